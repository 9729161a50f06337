"""OpenTelemetry client spans for the wrapper's requests: one per HTTP attempt, both clients.

Why the SDK makes its own spans instead of leaving them to `opentelemetry-instrumentation-httpx`
(docs/architecture.md, "Tracing"): that instrumentation patches two methods,
`httpx.HTTPTransport.handle_request` and `httpx.AsyncHTTPTransport.handle_async_request`, so it
sees only requests that reach one of those classes. The async client's own pool
(`AsyncHTTP11Transport`) is neither, and becoming one would mean inheriting httpcore's pool, the
very thing it replaces. A span made here also knows what no transport can: which attempt it is.

While one of our spans is current, the HTTP instrumentations under it are suppressed (the
`suppress_http_instrumentation` context key they all check), so a sync request through an
instrumented `httpx.HTTPTransport` is still one span, not two.

Nothing of OpenTelemetry is imported until the application has imported it itself or passed a
`tracer_provider`: before that no provider can be collecting spans, and a call pays one dict
lookup.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol, TypeVar
from urllib.parse import urlsplit

import attrs

from ._operations import OperationRequest
from ._policy import Reply, Send
from ._redact import span_path
from ._version import __version__
from .errors import ConfigurationError, ControlPlaneError

if TYPE_CHECKING:
    from opentelemetry.context import Context
    from opentelemetry.trace import Span, Tracer
    from opentelemetry.trace import TracerProvider as TracerProvider  # for _client's signature

__all__ = ["Tracing", "traced", "traced_async"]

Outcome = Reply | ControlPlaneError


class Tracing:
    """Where one client's spans go: `tracer_provider`, or else the global provider once the
    application has imported OpenTelemetry."""

    def __init__(self, tracer_provider: TracerProvider | None, base_url: str) -> None:
        if tracer_provider is not None:
            _check_provider(tracer_provider)
        self._provider = tracer_provider
        self._api: _Api | None = None
        parts = urlsplit(base_url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        # Without any user:password@ (the config never has one; a span must not either way).
        netloc = f"[{host}]" if ":" in host else host
        self._base = f"{parts.scheme}://{netloc}{f':{parts.port}' if parts.port else ''}"
        self._base += parts.path
        self._server: dict[str, str | int] = {"server.address": host, "server.port": port}

    def start(self, line: OperationRequest, send: Send) -> _Attempt | None:
        """The span of this attempt, current from now on; None when nobody collects spans."""
        api = self._api
        if api is None:
            if self._provider is None and "opentelemetry.trace" not in sys.modules:
                return None
            api = self._api = _Api(self._provider)
        if api.suppressed():
            return None
        # The stable HTTP client conventions (https://opentelemetry.io/docs/specs/semconv/http/),
        # spelled out rather than taken from opentelemetry-semantic-conventions, which the
        # API alone does not bring.
        attributes: dict[str, str | int] = {
            "http.request.method": line.method,
            "url.full": self._base + span_path(line.path),
            **self._server,
        }
        if send.attempt > 1:
            attributes["http.resend_count"] = send.attempt - 1
        return _Attempt(api, line, attributes)


class _Api:
    """The parts of OpenTelemetry's API a span needs, imported once: an import statement in
    each call would cost a microsecond apiece."""

    def __init__(self, provider: TracerProvider | None) -> None:
        from opentelemetry import context, propagate, trace

        # Got once: before the application sets its provider this is a proxy that forwards
        # to it from then on, as OpenTelemetry's own instrumentations rely on.
        self.tracer: Tracer = trace.get_tracer(
            "langsmith_control_plane", __version__, tracer_provider=provider
        )
        self.client = trace.SpanKind.CLIENT
        self.error = trace.StatusCode.ERROR
        self.in_context = trace.set_span_in_context
        self.inject = propagate.inject
        self.get_value = context.get_value
        self.set_value = context.set_value
        self.attach = context.attach
        self.detach = context.detach
        # opentelemetry-api's own keys, which every HTTP instrumentation checks.
        self.all_key = context._SUPPRESS_INSTRUMENTATION_KEY
        self.http_key = context._SUPPRESS_HTTP_INSTRUMENTATION_KEY

    def suppressed(self) -> bool:
        return bool(self.get_value(self.all_key) or self.get_value(self.http_key))


class _Attempt:
    """One attempt's span: current, and the HTTP instrumentations under it suppressed, until
    `end`. The request's line carries the trace context headers of the global propagator."""

    def __init__(self, api: _Api, line: OperationRequest, attributes: dict[str, str | int]) -> None:
        self._api = api
        self.span: Span = api.tracer.start_span(line.method, kind=api.client, attributes=attributes)
        current: Context = api.in_context(self.span)
        headers: dict[str, str] = {}
        api.inject(headers, context=current)
        self.line = attrs.evolve(line, headers={**line.headers, **headers}) if headers else line
        self._token = api.attach(api.set_value(api.http_key, True, current))

    def end(self, outcome: Outcome | BaseException) -> None:
        """Record the status code, or the error's type, and end the span."""
        try:
            error: str | None
            if isinstance(outcome, Reply):
                self.span.set_attribute("http.response.status_code", outcome.status_code)
                error = str(outcome.status_code) if outcome.status_code >= 400 else None
            else:
                error = type(outcome).__qualname__
            if error is not None:
                self.span.set_attribute("error.type", error)
                self.span.set_status(self._api.error)
            self.span.end()
        finally:
            self._api.detach(self._token)


class _Traced(Protocol):
    _tracing: Tracing


C = TypeVar("C", bound=_Traced)
SendOnce = Callable[[C, OperationRequest, Send], Outcome]
SendOnceAsync = Callable[[C, OperationRequest, Send], Awaitable[Outcome]]


def traced(send_once: SendOnce[C]) -> SendOnce[C]:
    """Make a sync shell's `_send` one span per call, when spans are collected."""

    @functools.wraps(send_once)
    def send(client: C, line: OperationRequest, action: Send) -> Outcome:
        attempt = client._tracing.start(line, action)
        if attempt is None:
            return send_once(client, line, action)
        try:
            outcome = send_once(client, attempt.line, action)
        except BaseException as error:  # ClientClosedError, KeyboardInterrupt: still ended
            attempt.end(error)
            raise
        attempt.end(outcome)
        return outcome

    return send


def traced_async(send_once: SendOnceAsync[C]) -> SendOnceAsync[C]:
    """Make an async shell's `_send` one span per call, when spans are collected."""

    @functools.wraps(send_once)
    async def send(client: C, line: OperationRequest, action: Send) -> Outcome:
        attempt = client._tracing.start(line, action)
        if attempt is None:
            return await send_once(client, line, action)
        try:
            outcome = await send_once(client, attempt.line, action)
        except BaseException as error:  # cancelled (wait_many closed early): still ended
            attempt.end(error)
            raise
        attempt.end(outcome)
        return outcome

    return send


def _check_provider(provider: object) -> None:
    try:
        from opentelemetry.trace import TracerProvider
    except ImportError:
        raise ConfigurationError(
            "tracer_provider needs opentelemetry-api: pip install 'langsmith-control-plane[otel]'"
        ) from None
    if not isinstance(provider, TracerProvider):
        raise ConfigurationError(
            "tracer_provider must be an opentelemetry.trace.TracerProvider, "
            f"not {type(provider).__name__}"
        )
