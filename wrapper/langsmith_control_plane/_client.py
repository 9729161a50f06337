"""`ControlPlane` and `AsyncControlPlane`: thin I/O shells around the policies in `waiting`.

They build each request from the generated operation (`_operations`), perform what a policy
asks for (send, sleep), and report back what happened. Nothing here decides anything.
"""

from __future__ import annotations

import functools
import inspect
import logging
import sys
import time
import types
from collections.abc import AsyncGenerator, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Self, TypeVar

import httpx
from langsmith_control_plane_client import Client
from langsmith_control_plane_client.models import AuthAuthenticateRequest
from langsmith_control_plane_client.types import UNSET

from . import _operations
from ._http import (
    GENERATED_TIMEOUT,
    HEADERS,
    RequestFactory,
    client_options,
    new_async_transport,
    new_sync_transport,
    redirect_origin,
    transport_error,
)
from ._tracing import Tracing, traced, traced_async
from .config import Config, check_poll_timeout, check_timeout
from .errors import APITimeoutError, ClientClosedError, ConfigurationError, ControlPlaneError
from .models import AuthCheckResult, AuthenticateResult, AuthResult
from .waiting import (
    BodyReader,
    Finish,
    Limits,
    LookPolicy,
    Policy,
    PollPolicy,
    Reply,
    Send,
    Sleep,
    SubmitPolicy,
    authenticate_result,
    consent_flow,
)

if TYPE_CHECKING:
    from asyncio import Future, Queue

    from ._tracing import TracerProvider

__all__ = ["AsyncControlPlane", "ControlPlane"]

logger = logging.getLogger("langsmith_control_plane")

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")
LineFor = Callable[[Send], _operations.OperationRequest]

DEFAULT_CHECK_TIMEOUT = 10.0
DEFAULT_AUTHENTICATE_TIMEOUT = 60.0
DEFAULT_GET_TOKEN_TIMEOUT = 300.0


class _ClientBase(Generic[HttpT]):
    _http_type: type[HttpT]

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
        http_client: HttpT | None = None,
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
            timeout: default overall deadline of `auth.wait`, in seconds (300).
            poll_timeout: default longest server-side hold of one request, in seconds (30).
            max_retries: transient failures retried in a row before giving up (10).
            http_client: your own httpx client, whose pool, proxies and TLS settings are used
                (it is not closed by `close()`); credentials, timeouts and redirect refusal are
                this client's own.
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
        )
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise ConfigurationError(
                f"http_client must be an {self._http_type.__module__}.{self._http_type.__name__}"
            )
        self._user_http: HttpT | None = http_client
        self._limits = Limits()
        self._host = httpx.URL(self._config.base_url).host
        self._requests = RequestFactory(self._config)
        self._tracing = Tracing(tracer_provider, self._config.base_url)
        # The httpx client serves `generated_client` and owns the transport's lifetime; the
        # wrapper's own requests go straight to the transport (see `_http`).
        self._http: HttpT = self._new_http(self._config, http_client)

    def _new_http(self, config: Config, user_client: HttpT | None) -> HttpT:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._config.base_url

    @functools.cached_property
    def generated_client(self) -> Client:
        """The generated client, for any operation of the spec, wired like this one.

        It shares this client's connection pool, credentials, base URL, User-Agent, finite
        timeouts and redirect refusal, and raises `errors.UnexpectedStatus` on an undocumented
        status: `wait_for_auth_completion.sync(auth_id, client=cp.generated_client)`.
        """
        client = Client(
            base_url=self._config.base_url,
            headers=HEADERS,
            timeout=GENERATED_TIMEOUT,
            follow_redirects=False,
            raise_on_unexpected_status=True,
        )
        if isinstance(self._http, httpx.Client):
            return client.set_httpx_client(self._http)
        return client.set_async_httpx_client(self._http)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _poll(self, auth_id: object, timeout: float | None, poll_timeout: int | None) -> PollPolicy:
        if timeout is not None and isinstance(timeout, int | float) and timeout == 0:
            raise ConfigurationError(
                "timeout must be a positive number of seconds; for one look without waiting, "
                "use auth.check(auth_id)"
            )
        return PollPolicy(
            _check_auth_id(auth_id),
            timeout=self._config.timeout if timeout is None else check_timeout("timeout", timeout),
            poll_timeout=self._config.poll_timeout
            if poll_timeout is None
            else check_poll_timeout(poll_timeout),
            max_retries=self._config.max_retries,
            limits=self._limits,
        )

    def _look(self, auth_id: object, timeout: float) -> LookPolicy:
        return LookPolicy(
            _check_auth_id(auth_id),
            timeout=check_timeout("timeout", timeout),
            max_retries=self._config.max_retries,
            limits=self._limits,
        )

    def _submit(
        self, body: AuthAuthenticateRequest, timeout: float
    ) -> tuple[SubmitPolicy[AuthenticateResult], LineFor]:
        policy = SubmitPolicy(
            authenticate_result,
            timeout=check_timeout("timeout", timeout),
            max_retries=self._config.max_retries,
            limits=self._limits,
        )
        request = _operations.authenticate_request(body)
        return policy, lambda send: request

    def _request(self, line: _operations.OperationRequest, send: Send) -> httpx.Request:
        if self._http.is_closed or (self._user_http is not None and self._user_http.is_closed):
            raise ClientClosedError(f"this {type(self).__name__} is closed")
        return self._requests.build(
            line,
            connect_timeout=send.connect_timeout,
            read_timeout=send.read_timeout,
        )

    def _reader(self, response: httpx.Response, send: Send) -> BodyReader:
        return BodyReader(
            response.headers,
            status_code=response.status_code,
            deadline=send.deadline,
            limit=self._limits.max_body_bytes,
            host=self._host,
        )

    @staticmethod
    def _reply(response: httpx.Response, reader: BodyReader) -> Reply:
        code = response.status_code
        origin = redirect_origin(response) if 300 <= code < 400 else None
        return Reply(code, response.headers, reader.body, time.time(), origin)

    @staticmethod
    def _log(
        request: httpx.Request, send: Send, outcome: Reply | ControlPlaneError, started: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            what = outcome.status_code if isinstance(outcome, Reply) else type(outcome).__name__
            logger.debug(
                "%s %s -> %s (attempt %d, %.1f ms)",
                request.method,
                request.url.raw_path.decode("ascii"),
                what,
                send.attempt,
                (time.perf_counter() - started) * 1000,
            )


def _asyncio() -> types.ModuleType:
    # Imported on first async use: asyncio adds about a third to the package's import time,
    # and sync users never need it.
    import asyncio

    return asyncio


def _check_auth_id(auth_id: object) -> str:
    if not isinstance(auth_id, str):
        raise ConfigurationError(f"auth_id must be a string, not {type(auth_id).__name__}")
    if not auth_id:
        raise ConfigurationError("auth_id must not be empty")
    try:
        auth_id.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigurationError("auth_id is not valid Unicode text") from None
    return auth_id


def _check_auth_ids(auth_ids: object) -> list[str]:
    if isinstance(auth_ids, str | bytes):
        raise ConfigurationError(
            "auth_ids must be a collection of auth ids, not one string: "
            f"wait_many([{auth_ids!r}]) waits for one flow"
        )
    if not isinstance(auth_ids, Iterable):
        raise ConfigurationError(
            f"auth_ids must be an iterable of strings, not {type(auth_ids).__name__}"
        )
    ids = list(auth_ids)
    for index, auth_id in enumerate(ids):
        try:
            _check_auth_id(auth_id)
        except ConfigurationError as error:
            raise ConfigurationError(f"auth_ids[{index}]: {error.message}") from None
    return list(dict.fromkeys(ids))


def _authenticate_body(
    provider: object,
    scopes: object,
    *,
    user_id: object,
    agent_id: object,
    ls_user_id: object,
    force_new: object,
    redirect_uri: object,
) -> AuthAuthenticateRequest:
    """The generated request model, after checking every argument (nothing sent yet)."""
    if not isinstance(provider, str) or not provider.strip():
        raise ConfigurationError(
            f"provider must be a non-empty string, such as 'github', not {provider!r}"
        )
    if isinstance(scopes, str | bytes) or not isinstance(scopes, Iterable):
        raise ConfigurationError(
            f"scopes must be a list of strings, such as ['repo'], not {scopes!r}"
        )
    scope_list = list(scopes)
    for index, scope in enumerate(scope_list):
        if not isinstance(scope, str) or not scope:
            raise ConfigurationError(f"scopes[{index}] must be a non-empty string, not {scope!r}")
    optional = {
        "user_id": user_id,
        "agent_id": agent_id,
        "ls_user_id": ls_user_id,
        "redirect_uri": redirect_uri,
    }
    for name, value in optional.items():
        if value is not None and (not isinstance(value, str) or not value):
            raise ConfigurationError(f"{name} must be a non-empty string or None, not {value!r}")
    if not isinstance(force_new, bool):
        raise ConfigurationError(f"force_new must be True or False, not {force_new!r}")
    return AuthAuthenticateRequest(
        provider=provider,
        scopes=scope_list,
        user_id=UNSET if user_id is None else str(user_id),
        agent_id=UNSET if agent_id is None else str(agent_id),
        ls_user_id=UNSET if ls_user_id is None else str(ls_user_id),
        redirect_uri=UNSET if redirect_uri is None else str(redirect_uri),
        force_new=force_new,
    )


def print_auth_url(url: str) -> None:
    """The default `on_auth_url` of `get_token`: tell the user, on stderr, where to sign in."""
    print(f"Open this URL to sign in: {url}", file=sys.stderr, flush=True)


class ControlPlane(_ClientBase[httpx.Client]):
    """Synchronous client of the LangSmith Deployment Control Plane API.

    Use it as a context manager, or call `close()`; one pooled connection serves every call.
    """

    _http_type = httpx.Client
    _transport: httpx.BaseTransport

    def _new_http(self, config: Config, user_client: httpx.Client | None) -> httpx.Client:
        self._transport = new_sync_transport(user_client)
        return httpx.Client(**client_options(config), transport=self._transport)

    @functools.cached_property
    def auth(self) -> AuthAPI:
        """OAuth flows: `auth.wait(...)`, `auth.check(...)`."""
        return AuthAPI(self)

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
            action = policy.next_action(time.monotonic())
            if isinstance(action, Finish):
                return action.result
            if isinstance(action, Sleep):
                time.sleep(action.seconds)
            else:
                policy.observe(self._send(line_for(action), action), time.monotonic())

    @traced
    def _send(self, line: _operations.OperationRequest, send: Send) -> Reply | ControlPlaneError:
        request = self._request(line, send)
        started = time.perf_counter()
        outcome: Reply | ControlPlaneError
        try:
            response = self._transport.handle_request(request)
            try:
                reader = self._reader(response, send)
                # A mock transport's response arrives already read.
                chunks = [response.content] if response.is_stream_consumed else response.iter_raw()
                for chunk in chunks:
                    if not reader.feed(chunk, time.monotonic()):
                        break
            finally:
                response.close()
            outcome = self._reply(response, reader)
        except httpx.TransportError as exc:
            outcome = transport_error(exc, self._host)
        except ControlPlaneError as exc:
            outcome = exc
        self._log(request, send, outcome, started)
        return outcome


class AsyncControlPlane(_ClientBase[httpx.AsyncClient]):
    """Asynchronous client of the LangSmith Deployment Control Plane API.

    Use it as an async context manager, or await `aclose()`; one connection pool serves
    every call, including thousands of concurrent long-polls.
    """

    _http_type = httpx.AsyncClient
    _transport: httpx.AsyncBaseTransport

    def _new_http(self, config: Config, user_client: httpx.AsyncClient | None) -> httpx.AsyncClient:
        self._transport = new_async_transport(user_client)
        return httpx.AsyncClient(**client_options(config), transport=self._transport)

    @functools.cached_property
    def auth(self) -> AsyncAuthAPI:
        """OAuth flows: `auth.wait(...)`, `auth.check(...)`, `auth.wait_many(...)`."""
        return AsyncAuthAPI(self)

    async def aclose(self) -> None:
        """Close the connection pool (a user-supplied `http_client` is left open)."""
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
        while True:
            action = policy.next_action(time.monotonic())
            if isinstance(action, Finish):
                return action.result
            if isinstance(action, Sleep):
                await _asyncio().sleep(action.seconds)
            else:
                policy.observe(await self._send(line_for(action), action), time.monotonic())

    @traced_async
    async def _send(
        self, line: _operations.OperationRequest, send: Send
    ) -> Reply | ControlPlaneError:
        request = self._request(line, send)
        started = time.perf_counter()
        outcome: Reply | ControlPlaneError
        try:
            # The whole exchange, headers included, ends by the Send's deadline: httpx's
            # timeouts bound each read, not a server that trickles its answer.
            async with _asyncio().timeout(max(send.deadline - time.monotonic(), 0.0)):
                response = await self._transport.handle_async_request(request)
                try:
                    reader = self._reader(response, send)
                    if response.is_stream_consumed:  # a mock transport's, already read
                        reader.feed(response.content, time.monotonic())
                    else:
                        async for chunk in response.aiter_raw():
                            if not reader.feed(chunk, time.monotonic()):
                                break
                finally:
                    await response.aclose()
            outcome = self._reply(response, reader)
        except httpx.TransportError as exc:
            outcome = transport_error(exc, self._host)
        except ControlPlaneError as exc:
            outcome = exc
        except TimeoutError:
            outcome = APITimeoutError(
                f"{self._host} did not finish answering within the request's time budget",
                host=self._host,
                reached_server=True,
            )
        self._log(request, send, outcome, started)
        return outcome


def _wait_line(auth_id: str) -> LineFor:
    return lambda send: _operations.wait_request(auth_id, send.poll_timeout or 0)


class AuthAPI:
    """`ControlPlane.auth`: OAuth flows, from `authenticate` (or `get_token`) to `wait`."""

    def __init__(self, client: ControlPlane) -> None:
        self._client = client

    def wait(
        self, auth_id: str, *, timeout: float | None = None, poll_timeout: int | None = None
    ) -> AuthResult:
        """Block until the flow completes and return its result, with the token.

        `timeout` is the overall deadline in seconds; the wait is split into requests the
        server holds for at most `poll_timeout` seconds. Raises `AuthWaitTimeoutError` when the
        deadline passes while the user has not finished, `AuthNotFoundError` for an unknown or
        expired flow, `UnexpectedAuthStatusError` for a status this SDK does not handle, the
        last failure when the deadline passes while requests were failing, and the other
        `ControlPlaneError`s for failures that retrying cannot fix.
        """
        policy = self._client._poll(auth_id, timeout, poll_timeout)
        return self._client._run(policy, _wait_line(policy.auth_id))

    def check(self, auth_id: str, *, timeout: float = DEFAULT_CHECK_TIMEOUT) -> AuthCheckResult:
        """Look once, without waiting: the result's status is `completed` or `pending`.

        Transient failures are retried within `timeout` seconds (default 10), then raised.
        """
        policy = self._client._look(auth_id, timeout)
        return self._client._run(policy, _wait_line(policy.auth_id))

    def authenticate(
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        ls_user_id: str | None = None,
        force_new: bool = False,
        redirect_uri: str | None = None,
        timeout: float = DEFAULT_AUTHENTICATE_TIMEOUT,
    ) -> AuthenticateResult:
        """Get the user's stored token for `provider`, or start a consent flow for it.

        The result's `status` says which (see `AuthenticateResult`): `completed` with a
        `token`, or a flow (`pending`, `connection_required`, `token_expired`) with the consent
        `url` to send the user to and the `auth_id` to `wait` on. `force_new` starts a new flow
        even when a token is stored. The request is sent again only when it provably never
        reached the server, or the server said it did not act on it (429, 503 with
        Retry-After), within `timeout` seconds; errors are the same typed errors as `wait`'s.
        """
        body = _authenticate_body(
            provider,
            scopes,
            user_id=user_id,
            agent_id=agent_id,
            ls_user_id=ls_user_id,
            force_new=force_new,
            redirect_uri=redirect_uri,
        )
        return self._client._run(*self._client._submit(body, timeout))

    def get_token(
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        ls_user_id: str | None = None,
        force_new: bool = False,
        redirect_uri: str | None = None,
        on_auth_url: Callable[[str], object] = print_auth_url,
        timeout: float = DEFAULT_GET_TOKEN_TIMEOUT,
    ) -> str:
        """The whole flow in one call: the stored token, or consent first, then the token.

        Calls `authenticate`; if the user must consent, calls `on_auth_url(url)` once (by
        default it prints the URL on stderr) and waits for the flow. `timeout` bounds the
        whole call, in seconds. Raises what `authenticate` and `wait` raise.
        """
        deadline = time.monotonic() + check_timeout("timeout", timeout)
        result = self.authenticate(
            provider,
            scopes,
            user_id=user_id,
            agent_id=agent_id,
            ls_user_id=ls_user_id,
            force_new=force_new,
            redirect_uri=redirect_uri,
            timeout=min(timeout, DEFAULT_AUTHENTICATE_TIMEOUT),
        )
        if result.completed and result.token is not None:
            return result.token
        url, auth_id = consent_flow(result)
        on_auth_url(url)
        return self.wait(auth_id, timeout=max(deadline - time.monotonic(), 0.001)).token


class AsyncAuthAPI:
    """`AsyncControlPlane.auth`: OAuth flows, from `authenticate` (or `get_token`) to `wait`."""

    def __init__(self, client: AsyncControlPlane) -> None:
        self._client = client

    async def wait(
        self, auth_id: str, *, timeout: float | None = None, poll_timeout: int | None = None
    ) -> AuthResult:
        """Wait until the flow completes and return its result; see `ControlPlane.auth.wait`."""
        policy = self._client._poll(auth_id, timeout, poll_timeout)
        return await self._client._run(policy, _wait_line(policy.auth_id))

    async def check(
        self, auth_id: str, *, timeout: float = DEFAULT_CHECK_TIMEOUT
    ) -> AuthCheckResult:
        """Look once, without waiting; see `ControlPlane.auth.check`."""
        policy = self._client._look(auth_id, timeout)
        return await self._client._run(policy, _wait_line(policy.auth_id))

    async def authenticate(
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        ls_user_id: str | None = None,
        force_new: bool = False,
        redirect_uri: str | None = None,
        timeout: float = DEFAULT_AUTHENTICATE_TIMEOUT,
    ) -> AuthenticateResult:
        """Get the stored token or start a consent flow; see `ControlPlane.auth.authenticate`."""
        body = _authenticate_body(
            provider,
            scopes,
            user_id=user_id,
            agent_id=agent_id,
            ls_user_id=ls_user_id,
            force_new=force_new,
            redirect_uri=redirect_uri,
        )
        return await self._client._run(*self._client._submit(body, timeout))

    async def get_token(
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        ls_user_id: str | None = None,
        force_new: bool = False,
        redirect_uri: str | None = None,
        on_auth_url: Callable[[str], object] = print_auth_url,
        timeout: float = DEFAULT_GET_TOKEN_TIMEOUT,
    ) -> str:
        """The whole flow in one call; see `ControlPlane.auth.get_token`.

        `on_auth_url` may be a plain function or a coroutine function.
        """
        deadline = time.monotonic() + check_timeout("timeout", timeout)
        result = await self.authenticate(
            provider,
            scopes,
            user_id=user_id,
            agent_id=agent_id,
            ls_user_id=ls_user_id,
            force_new=force_new,
            redirect_uri=redirect_uri,
            timeout=min(timeout, DEFAULT_AUTHENTICATE_TIMEOUT),
        )
        if result.completed and result.token is not None:
            return result.token
        url, auth_id = consent_flow(result)
        told = on_auth_url(url)
        if inspect.isawaitable(told):
            await told
        return (await self.wait(auth_id, timeout=max(deadline - time.monotonic(), 0.001))).token

    def wait_many(
        self,
        auth_ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_timeout: int | None = None,
    ) -> AsyncGenerator[tuple[str, AuthResult | ControlPlaneError], None]:
        """Wait for many flows at once, yielding `(auth_id, result or error)` as each finishes.

        One flow's failure does not stop the others. Duplicate ids are waited for once; the
        ids and options are checked before anything is sent. Leaving the loop early cancels the
        waits still running once the generator is closed (`async with
        contextlib.aclosing(acp.auth.wait_many(...)) as results:` closes it at once).
        """
        ids = _check_auth_ids(auth_ids)
        policies = [self._client._poll(auth_id, timeout, poll_timeout) for auth_id in ids]
        return self._wait_many(policies)

    async def _wait_many(
        self, policies: list[PollPolicy]
    ) -> AsyncGenerator[tuple[str, AuthResult | ControlPlaneError], None]:
        asyncio = _asyncio()
        # Each wait's own task, reported through a queue as it finishes: no wrapper coroutine
        # per wait, since every object a parked wait holds is walked by the garbage collector.
        finished: Queue[Future[AuthResult]] = asyncio.Queue()
        tasks: dict[Future[AuthResult], str] = {}
        for policy in policies:
            task = asyncio.ensure_future(self._client._run(policy, _wait_line(policy.auth_id)))
            task.add_done_callback(finished.put_nowait)
            tasks[task] = policy.auth_id
        try:
            for _ in range(len(tasks)):
                task = await finished.get()
                outcome: AuthResult | ControlPlaneError
                try:
                    outcome = task.result()
                except ControlPlaneError as error:
                    outcome = error
                yield tasks[task], outcome
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
