"""Every secret field through every exit: no value of one may appear anywhere.

The fields are the generated `SECRET_FIELDS` (templates/secrets.jinja, dotted entries such as
`Secret.value` included), so a field added there is covered here with no edit. The server echoes
each one (top level, nested, in a list of `Secret`s, and in a 422's `input`) in a success, in a
422 and in a 400, and a call sends an OAuth `code` in its query. The exits: results' and
errors' `str`, `repr` and traceback, an error's `body` and `headers`, `on_retry`'s events,
every log record of every logger at DEBUG (ours, httpx's, httpcore's), every span, and the
CLI's table and `--json`. The roads: the client's own pool, a user's `http_client`, and a proxy
named in the environment; sync, and async on asyncio and uvloop.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterator

import httpx
import pytest
from langsmith_control_plane import ControlPlaneError, RetryEvent
from langsmith_control_plane_client.api import SECRET_FIELDS
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from tests.e2e.conftest import Connect
from tests.support.checks import assert_no_secret
from tests.support.console import environment, run
from tests.support.scripted_server import Reply, ScriptedServer, scripted_server

# One distinctive value per secret field, by the name it has in JSON.
LEAKS = {name.rpartition(".")[2]: f"leak-{name}-7f3a" for name in SECRET_FIELDS}


def leaky() -> dict[str, object]:
    """An answer holding every secret value: top level, nested, and in a list of secrets."""
    return {
        "status": "completed",
        **LEAKS,
        "nested": {"deeper": [dict(LEAKS)]},
        "secrets": [{"name": "DB_PASSWORD", "value": LEAKS["value"]}],
    }


def assert_no_leak(*texts: str) -> None:
    assert_no_secret(*texts)
    for text in texts:
        for value in LEAKS.values():
            assert value not in text, text


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server(default=lambda: Reply.json(200, leaky())) as running:
        yield running


@pytest.fixture(params=["own-pool", "http-client", "proxy-environment"])
def road(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "proxy-environment":
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens: a dead proxy
    return str(request.param)


def test_no_secret_value_leaves_by_any_exit(
    connect: Connect, mode: str, road: str, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    retries: list[RetryEvent] = []
    options: dict[str, object] = {"tracer_provider": provider, "on_retry": retries.append}
    if road == "http-client":
        options["http_client"] = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    client = connect(server.url, **options)
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []

    result = client.check("x")
    assert result.token == LEAKS["token"]  # the value did arrive
    shown += [repr(result), str(result), repr(result.response)]

    server.replies += [Reply.json(503, leaky()), Reply.json(200, leaky())]
    client.check("x")  # retried once: the event's cause is shown by on_retry
    (event,) = retries
    shown += [repr(event), str(event.cause)]

    detail = [{"loc": ["query", "timeout"], "msg": "bad", "type": "t", "input": leaky()}]
    for status, body in ((422, {"detail": detail, **leaky()}), (400, leaky())):
        server.replies.append(Reply.json(status, body))
        with pytest.raises(ControlPlaneError) as raised:
            client.check("x")
        error = raised.value
        assert "***" in getattr(error, "body", "")
        shown += [str(error), repr(error), "".join(traceback.format_exception(error))]
        shown += [getattr(error, "body", ""), json.dumps(getattr(error, "headers", {}))]

    # An OAuth code in a query, on the road every generated method takes.
    client.run(lambda: client.cp.auth.callback.retrieve("github", code=LEAKS["code"], state="s"))
    assert LEAKS["code"] in server.requests[-1].raw_path  # it was sent
    if mode != "sync" and road == "http-client":
        client.run(options["http_client"].aclose)  # type: ignore[union-attr]

    shown += [record.getMessage() for record in caplog.records]
    for span in exporter.get_finished_spans():
        shown.append(json.dumps({**dict(span.attributes or {}), "name": span.name}))
        shown += [json.dumps(dict(event.attributes or {})) for event in span.events]
    provider.shutdown()
    assert len(exporter.get_finished_spans()) == 6
    assert_no_leak(*shown)


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_no_secret_value_leaves_by_the_cli(server: ScriptedServer, as_json: bool) -> None:
    env = environment(LANGSMITH_API_KEY="lsv2_sk_cli", LANGSMITH_CONTROL_PLANE_URL=server.url)
    declared = ("id", "organization_id", "provider_id", "name", "client_id", "auth_url")
    provider = {
        **dict.fromkeys(declared, "github"),
        "token_url": "https://github.com/login/oauth/access_token",
        "uses_pkce": False,
        "code_challenge_method": None,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        **leaky(),
    }
    server.replies.append(Reply.json(200, provider))
    result = run(
        "auth", "providers", "retrieve", "github", *(["--json"] if as_json else []), env=env
    )
    assert result.returncode == 0, result.stderr
    assert "github" in result.stdout
    assert_no_leak(result.stdout, result.stderr)
