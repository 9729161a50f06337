"""`ControlPlane` and `AsyncControlPlane`: thin I/O shells around the policies in `_policy`.

Every call, generated or handwritten, goes one way, through the client's requester (the
protocols of `_requester`, which every resource receives): its arguments are checked and its
request line built (`_operations`), a policy decides (`_policy`), and the shell performs what the
policy asks for (send, sleep) and reports back what happened. Nothing here decides anything. The
resources (`cp.auth`, `cp.deployments`, ...) come from the generated `Resources` mixins, each
loaded on first use; `auth` and `deployments` are the handwritten subclasses in `_auth` and
`_deployments`, which hold the requester only.
"""

from __future__ import annotations

import copy
import functools
import logging
import time
import types
import weakref
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import attrs
import httpx
from langsmith_control_plane_client.api import (
    SECRET_FIELDS,
    AsyncResources,
    Operation,
    RequestOptions,
    Resources,
)

from ._clock import SYSTEM_CLOCK, Clock
from ._deadline import deadline_within
from ._operations import OperationRequest, operation_answer, request_line
from ._pages import AsyncPager, RawResponse, SyncPage
from ._policy import (
    IDEMPOTENT_METHODS,
    CallPolicy,
    Finish,
    Limits,
    Policy,
    Reply,
    RetryEvent,
    Send,
    Sleep,
)
from ._reading import BodyReader
from ._redact import install_log_filter, mask_query
from ._requester import LineFor
from ._requests import (
    RequestFactory,
    redirect_origin,
)
from ._tls import CertTypes, VerifyTypes
from ._tracing import Tracing, traced, traced_async
from ._transport_errors import HeadSent, transport_error
from ._transports import TransportOptions, new_async_transport, new_sync_transport
from .config import Config, check_count, check_timeout
from .errors import APITimeoutError, ClientClosedError, ConfigurationError, ControlPlaneError

if TYPE_CHECKING:
    import asyncio

    from ._auth import AsyncAuthAPI, AuthAPI
    from ._deployments import AsyncDeploymentsAPI, DeploymentsAPI
    from ._tracing import TracerProvider

__all__ = ["AsyncControlPlane", "ControlPlane"]

logger = logging.getLogger("langsmith_control_plane")

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")


class _ClientBase(Generic[HttpT]):
    _http_type: type[HttpT]
    _requester: _Requester

    def __init__(
        self,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        bearer_token: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | None = None,
        poll_timeout: int | None = None,
        max_retries: int | None = None,
        max_connect_attempts: int | None = None,
        request_timeout: float | None = None,
        http_client: HttpT | None = None,
        verify: VerifyTypes | None = None,
        cert: CertTypes | None = None,
        async_transport: str | None = None,
        connect_timeout: float | None = None,
        retry_wait_initial: float | None = None,
        retry_wait_max: float | None = None,
        retry_jitter: bool = True,
        retry_statuses: Iterable[int] | None = None,
        max_idle_connections: int | None = None,
        keepalive_expiry: float | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        tracer_provider: TracerProvider | None = None,
    ) -> None:
        """Configure a client; anything not passed comes from the environment or a default.

        Args:
            api_key: LangSmith API key (default: `LANGSMITH_API_KEY`, else
                `LANGCHAIN_API_KEY`).
            workspace_id: sent as `X-Tenant-Id` (default: `LANGSMITH_WORKSPACE_ID`; optional
                for workspace-scoped keys).
            bearer_token: send `Authorization: Bearer` instead of an API key.
            base_url: API root (default: `LANGSMITH_CONTROL_PLANE_URL`, else
                `LANGSMITH_API_URL`, else the US host); self-hosted LangSmith:
                `https://<host>/api-host`. `LANGSMITH_ENDPOINT` (the tracing API) is never used.
            region: `"us"` or `"eu"` (any case), instead of `base_url`.
            timeout: default deadline of a wait (`auth.wait`, `auth.get_token`,
                `auth.wait_many`), in seconds (300).
            request_timeout: default deadline of every other call, retries included, in
                seconds (60): each generated method, `auth.authenticate`, `auth.check`.
            poll_timeout: default longest server-side hold of one request, in seconds (30).
            max_retries: transient failures retried in a row before giving up (10).
            max_connect_attempts: attempts in a row that cannot connect (refused, unknown
                host, TLS refused) before a call fails (3), so a dead API or a wrong base_url
                is said within seconds; timeouts and server errors keep the call's patience.
            http_client: your own httpx client, whose pool, proxies and TLS settings are used
                (it is not closed by `close()`); credentials, timeouts and redirect refusal are
                this client's own.
            verify: TLS verification of the client's own pool, as httpx's `verify=`: True
                (certifi, or `SSL_CERT_FILE`), False, a CA bundle path, or an `ssl.SSLContext`.
            cert: client certificate, as httpx's `cert=`: a file, or (certificate, key[,
                password]).
            async_transport: `AsyncControlPlane`'s pool: `"h11"` (ours, the default) or
                `"httpx"` (httpx's own; default: `LANGSMITH_CONTROL_PLANE_ASYNC_TRANSPORT`).
                `ControlPlane` is always on httpx's.
            connect_timeout: longest time to open a connection, in seconds (10).
            retry_wait_initial: ceiling of the first retry's sleep, in seconds (0.5); it
                doubles with each failure in a row, as stamina's `wait_initial`.
            retry_wait_max: largest ceiling of a retry's sleep, in seconds (10).
            retry_jitter: draw each sleep between 0 and its ceiling ("full jitter", True), or
                sleep the ceiling (False). A server's Retry-After is always honoured.
            retry_statuses: the statuses after which an idempotent request (GET, HEAD, PUT,
                DELETE, OPTIONS) is retried (429, 500, 502, 503, 504). A POST or PATCH is sent
                again only when it provably never reached the server, or on 429, or 503 with
                Retry-After.
            max_idle_connections: idle connections kept for reuse (100).
            keepalive_expiry: seconds an idle connection is kept (5).
            on_retry: called with a `RetryEvent` (the attempt that failed, its error, the
                sleep before the next) each time a failure will be retried, for logs and
                metrics.
            tracer_provider: where the OpenTelemetry span of each HTTP attempt goes (default:
                the global provider, once the application has imported OpenTelemetry).
        """
        self._config = Config.resolve(
            api_key=api_key,
            workspace_id=workspace_id,
            bearer_token=bearer_token,
            base_url=base_url,
            region=region,
            timeout=timeout,
            poll_timeout=poll_timeout,
            max_retries=max_retries,
            request_timeout=request_timeout,
        )
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise ConfigurationError(
                f"http_client must be an {self._http_type.__module__}.{self._http_type.__name__}"
            )
        self._user_http: HttpT | None = http_client
        self._limits = _limits(
            Limits(secret_fields=frozenset(SECRET_FIELDS)),
            connect_timeout=connect_timeout,
            retry_wait_initial=retry_wait_initial,
            retry_wait_max=retry_wait_max,
            retry_jitter=retry_jitter,
            retry_statuses=retry_statuses,
            max_connect_attempts=max_connect_attempts,
        )
        if on_retry is not None and not callable(on_retry):
            raise ConfigurationError(f"on_retry must be callable, not {on_retry!r}")
        self._on_retry = on_retry
        self._clock: Clock = SYSTEM_CLOCK  # a test seam (see `_clock`), not a setting
        url = httpx.URL(self._config.base_url)
        self._host = url.host
        # host:port, for the messages of connection failures
        host = f"[{url.host}]" if ":" in url.host else url.host
        self._where = f"{host}:{url.port or (443 if url.scheme == 'https' else 80)}"
        self._requests = RequestFactory(self._config)
        install_log_filter(self._limits.secret_fields)
        self._network = TransportOptions.resolve(
            self._config.base_url,
            verify=verify,
            cert=cert,
            async_transport=async_transport,
            user_client=http_client,
            max_idle_connections=max_idle_connections,
            keepalive_expiry=keepalive_expiry,
        )
        self._tracing = Tracing(tracer_provider, self._config.base_url)
        # The httpx client owns the transport's lifetime; the wrapper's requests go straight
        # to the transport (see `_requests`).
        self._http: HttpT = self._new_http(http_client)

    def _new_http(self, user_client: HttpT | None) -> HttpT:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._config.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | None = None,
        request_timeout: float | None = None,
        poll_timeout: int | None = None,
        max_retries: int | None = None,
        max_connect_attempts: int | None = None,
        connect_timeout: float | None = None,
        retry_wait_initial: float | None = None,
        retry_wait_max: float | None = None,
        retry_jitter: bool | None = None,
        retry_statuses: Iterable[int] | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
    ) -> Self:
        """A client like this one with other settings, sharing its connection pool.

        Each argument as the constructor's; what is not passed stays this client's:
        `cp.with_options(max_retries=0, request_timeout=5).deployments.retrieve(id)`. Closing
        either client closes the pool they share.
        """
        config = self._config.with_settings(
            timeout=timeout,
            request_timeout=request_timeout,
            poll_timeout=poll_timeout,
            max_retries=max_retries,
        )
        given = {
            "connect_timeout": connect_timeout,
            "retry_wait_initial": retry_wait_initial,
            "retry_wait_max": retry_wait_max,
            "retry_statuses": retry_statuses,
            "max_connect_attempts": max_connect_attempts,
        }
        limits = _limits(
            self._limits,
            retry_jitter=self._limits.jitter if retry_jitter is None else retry_jitter,
            **given,
        )
        if on_retry is not None and not callable(on_retry):
            raise ConfigurationError(f"on_retry must be callable, not {on_retry!r}")
        clone = copy.copy(self)
        # The resources (cached on first use) hold the requester: the clone makes its own.
        for name in [key for key in vars(clone) if _is_cached(type(self), key)]:
            del vars(clone)[name]
        clone._config = config
        clone._limits = limits
        clone._on_retry = self._on_retry if on_retry is None else on_retry
        clone._requester = clone._new_requester()
        return clone

    def _new_requester(self) -> _Requester:
        raise NotImplementedError

    def _request(self, line: OperationRequest, send: Send) -> httpx.Request:
        if self._http.is_closed or (self._user_http is not None and self._user_http.is_closed):
            raise ClientClosedError(f"this {type(self).__name__} is closed")
        return self._requests.build(
            line,
            connect_timeout=send.connect_timeout,
            read_timeout=send.read_timeout,
        )

    def _reader(self, request: httpx.Request, response: httpx.Response, send: Send) -> BodyReader:
        return BodyReader(
            response.headers,
            status_code=response.status_code,
            deadline=send.deadline,
            limit=self._limits.max_body_bytes,
            host=self._host,
            method=request.method,
            path=request.url.path,
        )

    @staticmethod
    def _reply(request: httpx.Request, response: httpx.Response, reader: BodyReader) -> Reply:
        code = response.status_code
        origin = redirect_origin(response) if 300 <= code < 400 else None
        path = request.url.raw_path.decode("ascii").partition("?")[0]
        return Reply(code, response.headers, reader.body, time.time(), origin, request.method, path)

    def _log(
        self,
        request: httpx.Request,
        send: Send,
        outcome: Reply | ControlPlaneError,
        started: float,
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            what = outcome.status_code if isinstance(outcome, Reply) else type(outcome).__name__
            # a query can carry an OAuth code
            query = mask_query(request.url.params.multi_items(), self._limits.secret_fields)
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms)",
                request.method,
                f"{request.url.path}?{query}" if query else request.url.path,
                what,
                send.attempt,
                (time.perf_counter() - started) * 1000,
            )


def _limits(
    base: Limits,
    *,
    connect_timeout: object,
    retry_wait_initial: object,
    retry_wait_max: object,
    retry_jitter: object,
    retry_statuses: object,
    max_connect_attempts: object,
) -> Limits:
    """`base` with the client's arguments that are given, each checked."""
    given: dict[str, Any] = {}
    for name, field, value in (
        ("connect_timeout", "connect_timeout", connect_timeout),
        ("retry_wait_initial", "backoff_initial", retry_wait_initial),
        ("retry_wait_max", "backoff_max", retry_wait_max),
    ):
        if value is not None:
            given[field] = check_timeout(name, value)
    if not isinstance(retry_jitter, bool):
        raise ConfigurationError(f"retry_jitter must be True or False, not {retry_jitter!r}")
    given["jitter"] = retry_jitter
    if retry_statuses is not None:
        statuses = frozenset(retry_statuses) if isinstance(retry_statuses, Iterable) else None
        if statuses is None or not all(
            isinstance(code, int) and not isinstance(code, bool) and 400 <= code <= 599
            for code in statuses
        ):
            raise ConfigurationError(
                f"retry_statuses must be HTTP error statuses (400-599), not {retry_statuses!r}"
            )
        given["retry_statuses"] = statuses
    if max_connect_attempts is not None:
        attempts = check_count("max_connect_attempts", max_connect_attempts)
        if attempts < 1:
            raise ConfigurationError("max_connect_attempts must be at least 1")
        given["max_connect_attempts"] = attempts
    return attrs.evolve(base, **given)


def _is_cached(cls: type, name: str) -> bool:
    """Whether `name` is a cached property of `cls` (a resource, loaded on first use)."""
    return isinstance(getattr(cls, name, None), functools.cached_property)


def _asyncio() -> types.ModuleType:
    # Imported on first async use: asyncio adds about a third to the package's import time,
    # and sync users never need it.
    import asyncio

    return asyncio


class _Requester:
    """The one road (`_requester`): what resources and handwritten helpers call."""

    def __init__(self, client: _ClientBase[Any]) -> None:
        self._client = client

    @property
    def config(self) -> Config:
        return self._client._config

    @property
    def limits(self) -> Limits:
        return self._client._limits

    def now(self) -> float:
        return self._client._clock.now()

    def deadline(self, timeout: object, default: float) -> float:
        return default if timeout is None else check_timeout("timeout", timeout)

    def plan(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        answer: Callable[[Reply], T],
        options: RequestOptions,
        *,
        hold: int | None = None,
    ) -> tuple[CallPolicy[T], LineFor]:
        line = request_line(operation, arguments, options)
        policy = CallPolicy(
            answer,
            idempotent=operation.method in IDEMPOTENT_METHODS,
            timeout=self.deadline(options.timeout, self.config.request_timeout),
            max_retries=self.config.max_retries,
            limits=self.limits,
            hold=hold,
        )
        return policy, lambda send: line

    def _parsed(self, operation: Operation[T]) -> Callable[[Reply], T]:
        return operation_answer(operation, self.limits.secret_fields)

    def _raw(self, operation: Operation[T]) -> Callable[[Reply], RawResponse[T]]:
        parse = self._parsed(operation)
        return lambda reply: RawResponse(reply, parse)


class _SyncRequester(_Requester):
    """A `ControlPlane`'s requester (`_requester.ClientRequester`)."""

    _client: ControlPlane

    def run(self, policy: Policy[T], line_for: LineFor) -> T:
        return self._client._run(policy, line_for)

    def call(
        self, operation: Operation[T], arguments: Mapping[str, Any], options: RequestOptions
    ) -> T:
        return self.run(*self.plan(operation, arguments, self._parsed(operation), options))

    def call_raw(
        self, operation: Operation[T], arguments: Mapping[str, Any], options: RequestOptions
    ) -> RawResponse[T]:
        return self.run(*self.plan(operation, arguments, self._raw(operation), options))

    def paginate(
        self, operation: Operation[Any], arguments: Mapping[str, Any], options: RequestOptions
    ) -> SyncPage[Any]:
        return SyncPage.first(
            operation, arguments, lambda page: self.call(operation, page, options)
        )


class _AsyncRequester(_Requester):
    """An `AsyncControlPlane`'s requester (`_requester.AsyncClientRequester`)."""

    _client: AsyncControlPlane

    async def run(self, policy: Policy[T], line_for: LineFor) -> T:
        return await self._client._run(policy, line_for)

    async def call(
        self, operation: Operation[T], arguments: Mapping[str, Any], options: RequestOptions
    ) -> T:
        return await self.run(*self.plan(operation, arguments, self._parsed(operation), options))

    async def call_raw(
        self, operation: Operation[T], arguments: Mapping[str, Any], options: RequestOptions
    ) -> RawResponse[T]:
        return await self.run(*self.plan(operation, arguments, self._raw(operation), options))

    def paginate(
        self, operation: Operation[Any], arguments: Mapping[str, Any], options: RequestOptions
    ) -> AsyncPager[Any]:
        return AsyncPager(operation, arguments, lambda page: self.call(operation, page, options))


class ControlPlane(_ClientBase[httpx.Client], Resources):
    """Synchronous client of the LangSmith Deployment Control Plane API.

    Every operation of the API is a method of a resource: `cp.auth`, `cp.agent_connections`,
    `cp.deployments`, `cp.listeners`, `cp.integrations`. Use it as a context manager, or call
    `close()`; one connection pool serves every call.
    """

    _http_type = httpx.Client
    _transport: httpx.BaseTransport
    _requester: _SyncRequester

    def _new_http(self, user_client: httpx.Client | None) -> httpx.Client:
        self._requester = self._new_requester()
        self._transport = new_sync_transport(user_client, self._network)
        # It sends nothing itself: it owns the transport's lifetime (closing it closes that).
        return httpx.Client(transport=self._transport)

    def _new_requester(self) -> _SyncRequester:
        return _SyncRequester(self)

    @functools.cached_property
    def auth(self) -> AuthAPI:
        """Auth Service: OAuth providers, tokens and flows (`auth.get_token(...)`, ...)."""
        from ._auth import AuthAPI

        return AuthAPI(self._requester)

    @functools.cached_property
    def deployments(self) -> DeploymentsAPI:
        """Deployments: create, update, and wait for a revision (`deployments.revisions.wait`)."""
        from ._deployments import DeploymentsAPI

        return DeploymentsAPI(self._requester)

    def close(self) -> None:
        """Close the connection pool (a user-supplied `http_client` is left open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _run(self, policy: Policy[T], line_for: LineFor) -> T:
        while True:
            action = policy.next_action(self._clock.now())
            if isinstance(action, Finish):
                return action.result
            if isinstance(action, Sleep):
                self._clock.sleep(action.seconds)
            else:
                retry = policy.observe(self._send(line_for(action), action), self._clock.now())
                if retry is not None and self._on_retry is not None:
                    self._on_retry(retry)

    @traced
    def _send(self, line: OperationRequest, send: Send) -> Reply | ControlPlaneError:
        request = self._request(line, send)
        started = time.perf_counter()
        outcome: Reply | ControlPlaneError
        try:
            # The whole exchange, 1xx answers and a trickled head or body included, ends by the
            # Send's deadline: httpx's timeouts bound each read, not the sum of them.
            with deadline_within(max(send.deadline - self._clock.now(), 0.0)):
                response = self._transport.handle_request(request)
                try:
                    reader = self._reader(request, response, send)
                    # A mock transport's response arrives already read.
                    chunks = (
                        [response.content] if response.is_stream_consumed else response.iter_raw()
                    )
                    for chunk in chunks:
                        if not reader.feed(chunk, self._clock.now()):
                            break
                finally:
                    response.close()
            outcome = self._reply(request, response, reader)
        except httpx.TransportError as exc:
            outcome = transport_error(exc, self._where, host=self._host)
        except ControlPlaneError as exc:
            outcome = exc
        self._log(request, send, outcome, started)
        return outcome


class AsyncControlPlane(_ClientBase[httpx.AsyncClient], AsyncResources):
    """Asynchronous client of the LangSmith Deployment Control Plane API.

    The same resources as `ControlPlane`, with coroutine methods. Use it as an async context
    manager, or await `aclose()`; one connection pool serves every call, including thousands of
    concurrent long-polls.
    """

    _http_type = httpx.AsyncClient
    _transport: httpx.AsyncBaseTransport
    _requester: _AsyncRequester

    def _new_http(self, user_client: httpx.AsyncClient | None) -> httpx.AsyncClient:
        self._requester = self._new_requester()
        # The calls in flight, and those `aclose` cancelled (see `_run`).
        self._calls: set[asyncio.Task[Any]] = set()
        # Weak: a task that ends before its cancellation is delivered is not kept.
        self._cancelled_by_close: weakref.WeakSet[asyncio.Task[Any]] = weakref.WeakSet()
        self._transport = new_async_transport(user_client, self._network)
        return httpx.AsyncClient(transport=self._transport)

    def _new_requester(self) -> _AsyncRequester:
        return _AsyncRequester(self)

    @functools.cached_property
    def auth(self) -> AsyncAuthAPI:
        """Auth Service: OAuth providers, tokens and flows (`auth.wait_many(...)`, ...)."""
        from ._auth import AsyncAuthAPI

        return AsyncAuthAPI(self._requester)

    @functools.cached_property
    def deployments(self) -> AsyncDeploymentsAPI:
        """Deployments: create, update, and wait for a revision (`deployments.revisions.wait`)."""
        from ._deployments import AsyncDeploymentsAPI

        return AsyncDeploymentsAPI(self._requester)

    async def aclose(self) -> None:
        """Close the connection pool (a user-supplied `http_client` is left open).

        Every call in flight ends at once with `ClientClosedError`, whatever it is doing:
        connecting, in a TLS handshake, queued for a turn to connect, reading, or sleeping
        before a retry; none opens a connection after this.
        """
        calls, self._calls = self._calls, set()
        current = _asyncio().current_task()
        for task in calls:
            if task is not current and not task.done():
                self._cancelled_by_close.add(task)
                loop = task.get_loop()
                if loop is _asyncio().get_running_loop():
                    task.cancel("the client was closed")
                elif not loop.is_closed():  # a call on another thread's loop
                    loop.call_soon_threadsafe(task.cancel, "the client was closed")
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _run(self, policy: Policy[T], line_for: LineFor) -> T:
        # The call's task is known to `aclose`, which cancels it wherever it waits.
        task = _asyncio().current_task()
        if task is not None:
            self._calls.add(task)
        try:
            while True:
                action = policy.next_action(self._clock.now())
                if isinstance(action, Finish):
                    return action.result
                if isinstance(action, Sleep):
                    await self._clock.asleep(action.seconds)
                else:
                    outcome = await self._send(line_for(action), action)
                    retry = policy.observe(outcome, self._clock.now())
                    if retry is not None and self._on_retry is not None:
                        self._on_retry(retry)
        except _asyncio().CancelledError:
            if task is None or task not in self._cancelled_by_close:
                raise
            self._cancelled_by_close.discard(task)
            task.uncancel()
            raise ClientClosedError(
                f"this {type(self).__name__} was closed during the call"
            ) from None
        finally:
            if task is not None:
                self._calls.discard(task)

    @traced_async
    async def _send(self, line: OperationRequest, send: Send) -> Reply | ControlPlaneError:
        request = self._request(line, send)
        head = request.extensions["trace"] = HeadSent()
        started = time.perf_counter()
        outcome: Reply | ControlPlaneError
        try:
            # The whole exchange, headers included, ends by the Send's deadline: httpx's
            # timeouts bound each read, not a server that trickles its answer.
            async with _asyncio().timeout(max(send.deadline - self._clock.now(), 0.0)):
                response = await self._transport.handle_async_request(request)
                try:
                    reader = self._reader(request, response, send)
                    if response.is_stream_consumed:  # a mock transport's, already read
                        reader.feed(response.content, self._clock.now())
                    else:
                        async for chunk in response.aiter_raw():
                            if not reader.feed(chunk, self._clock.now()):
                                break
                finally:
                    await response.aclose()
            outcome = self._reply(request, response, reader)
        except httpx.TransportError as exc:
            outcome = transport_error(exc, self._where, host=self._host, sent=head.sent)
        except ControlPlaneError as exc:
            outcome = exc
        except TimeoutError:
            # Cut while queued or connecting, the request never reached the server.
            outcome = APITimeoutError(
                f"{self._where} did not finish answering within the request's time budget",
                host=self._host,
                reached_server=head.sent,
            )
        self._log(request, send, outcome, started)
        return outcome
