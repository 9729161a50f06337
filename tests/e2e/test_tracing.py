"""OpenTelemetry: one client span per HTTP attempt, through both clients, against the emulator.

Each client gets its own SDK `TracerProvider` (`tracer_provider=`), so no test changes the
process's global provider; the one test of the global provider runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from langsmith_control_plane import (
    APIConnectionError,
    AsyncControlPlane,
    ConfigurationError,
    ControlPlane,
)
from langsmith_control_plane.testing import Emulator
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from tests.conftest import ROOT
from tests.e2e.conftest import Connect
from tests.support.checks import KEY, WORKSPACE, assert_no_secret

Exported = tuple[TracerProvider, InMemorySpanExporter]


@pytest.fixture
def exported() -> Iterator[Exported]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


def attributes(span: ReadableSpan) -> dict[str, object]:
    return dict(span.attributes or {})


def test_one_span_per_attempt_with_method_url_status_and_resend_count(
    connect: Connect, emulator: Emulator, flow: str, exported: Exported
) -> None:
    provider, exporter = exported
    emulator.fail_next(503, retry_after="0", auth_id=flow)
    client = connect(emulator.url, tracer_provider=provider)
    client.wait(flow, poll_timeout=7)
    failed, answered = spans = exporter.get_finished_spans()
    url = f"{emulator.url}/v2/auth/wait/{flow}?timeout=7"
    server = {"server.address": "127.0.0.1", "server.port": emulator.port}
    assert [(s.name, s.kind) for s in spans] == [("GET", SpanKind.CLIENT)] * 2
    assert attributes(failed) == {
        "http.request.method": "GET",
        "url.full": url,
        **server,
        "http.response.status_code": 503,
        "error.type": "503",
    }
    assert failed.status.status_code is StatusCode.ERROR
    assert attributes(answered) == {
        "http.request.method": "GET",
        "url.full": url,
        **server,
        "http.resend_count": 1,
        "http.response.status_code": 200,
    }
    assert answered.status.status_code is StatusCode.UNSET
    assert_no_secret(*(span.to_json() for span in spans))  # name, attributes, everything
    # Each attempt carried its own span's trace context to the server.
    sent = [r.headers["traceparent"] for r in emulator.requests()]
    assert sent == [
        f"00-{s.context.trace_id:032x}-{s.context.span_id:016x}-{s.context.trace_flags:02x}"
        for s in (failed, answered)
    ]


def test_a_failed_connection_is_a_span_with_the_error_type(
    connect: Connect, dead_url: str, exported: Exported
) -> None:
    provider, exporter = exported
    client = connect(dead_url, tracer_provider=provider)
    with pytest.raises(APIConnectionError):
        client.check("flow", timeout=0.3)
    spans = exporter.get_finished_spans()
    assert spans
    for span in spans:
        assert attributes(span)["error.type"] == "APIConnectionError"
        assert "http.response.status_code" not in attributes(span)
        assert span.status.status_code is StatusCode.ERROR


@pytest.fixture
def httpx_instrumented(exported: Exported) -> Iterator[None]:
    """The user's own HTTPX instrumentation, on every httpx transport, to the same provider."""
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=exported[0])
    yield
    instrumentor.uninstrument()


@pytest.mark.usefixtures("httpx_instrumented")
def test_with_httpx_instrumented_each_attempt_is_still_one_span(
    connect: Connect, emulator: Emulator, flow: str, exported: Exported
) -> None:
    provider, exporter = exported
    with httpx.Client() as raw:  # the instrumentation is live: a plain httpx request is seen
        raw.get(f"{emulator.url}/docs")
    assert [s.instrumentation_scope.name for s in exporter.get_finished_spans()] == [
        "opentelemetry.instrumentation.httpx"
    ]
    exporter.clear()
    client = connect(emulator.url, tracer_provider=provider)
    client.wait(flow)
    client.check(flow)
    spans = exporter.get_finished_spans()
    assert [s.instrumentation_scope.name for s in spans] == ["langsmith_control_plane"] * 2


def test_a_tracer_provider_of_another_type_is_refused_before_the_network(mode: str) -> None:
    cls = ControlPlane if mode == "sync" else AsyncControlPlane
    with pytest.raises(ConfigurationError, match=r"opentelemetry\.trace\.TracerProvider, not str"):
        cls(api_key=KEY, workspace_id=WORKSPACE, tracer_provider="console")  # type: ignore[arg-type]


GLOBAL_PROVIDER = """
import json, sys
from langsmith_control_plane import ControlPlane

with ControlPlane(base_url=sys.argv[1], api_key=sys.argv[2]) as cp:
    cp.auth.wait(sys.argv[3])
    loaded = sorted(name for name in sys.modules if name.startswith("opentelemetry"))
    # The application starts tracing after the client exists, as many do.
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    cp.auth.wait(sys.argv[3])
print(json.dumps({"loaded": loaded, "spans": [s.name for s in exporter.get_finished_spans()]}))
"""


def test_without_opentelemetry_imported_nothing_of_it_loads_and_the_global_provider_is_used_later(
    emulator: Emulator, flow: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", GLOBAL_PROVIDER, emulator.url, KEY, flow],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(done.stdout) == {"loaded": [], "spans": ["GET"]}
