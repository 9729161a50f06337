"""`ControlPlane` and `AsyncControlPlane`: thin I/O shells around the policy in `waiting`.

They build requests with the generated client's request description, perform what a `Wait`
asks for (send, sleep), and hand back what happened. Nothing here decides anything.
"""

from __future__ import annotations

import functools
import logging
import time
import types
from collections.abc import AsyncIterator, Iterable
from types import TracebackType
from typing import Any, Generic, Self, TypeVar
from urllib.parse import urlencode

import httpx
from langsmith_control_plane_client.api.auth_service_v_2 import wait_for_auth_completion

from ._version import __version__
from .config import Config, check_poll_timeout, check_timeout
from .errors import ConfigurationError, ControlPlaneError
from .models import AuthResult
from .waiting import BodyReader, Done, Reply, Send, Sleep, Wait, transport_error

__all__ = ["AsyncControlPlane", "ControlPlane"]

logger = logging.getLogger("langsmith_control_plane")

_HEADERS = {"User-Agent": f"langsmith-control-plane/{__version__}", "Accept": "application/json"}

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


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
    ) -> None:
        """Configure a client; anything not passed comes from the environment or a default.

        Args:
            api_key: LangSmith API key (default: `LANGSMITH_API_KEY`).
            workspace_id: sent as `X-Tenant-Id` (default: `LANGSMITH_WORKSPACE_ID`; optional
                for workspace-scoped keys).
            bearer_token: send `Authorization: Bearer` instead of an API key.
            base_url: API root (default: `LANGSMITH_CONTROL_PLANE_URL`, else the US host);
                self-hosted LangSmith: `https://<host>/api-host`.
            region: `"us"` or `"eu"`, instead of `base_url`.
            timeout: default overall deadline of `auth.wait`, in seconds (300).
            poll_timeout: default longest server-side wait of one request, in seconds (30).
            max_retries: transient failures retried in a row before giving up (10).
            http_client: your own httpx client (not closed by `close()`); its redirect and
                timeout settings are overridden on every request.
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
        self._owns_http = http_client is None
        # No connection cap: hundreds of concurrent long-polls must not queue behind httpx's
        # default of 100 and then fail on its 5 s pool timeout.
        self._http: HttpT = http_client or self._http_type(
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=100),
            follow_redirects=False,
            headers=_HEADERS,
        )
        # Merging headers costs time on every call: our own client carries ours as defaults,
        # a user's client gets them per request.
        self._extra_headers = {} if self._owns_http else _HEADERS

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._config.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _new_wait(
        self, auth_id: object, timeout: float | None, poll_timeout: int | None, *, once: bool
    ) -> Wait:
        return Wait(
            _check_auth_id(auth_id),
            timeout=self._config.timeout if timeout is None else check_timeout("timeout", timeout),
            poll_timeout=self._config.poll_timeout
            if poll_timeout is None
            else check_poll_timeout(poll_timeout),
            max_retries=self._config.max_retries,
            once=once,
        )

    def _build(self, auth_id: str, send: Send) -> httpx.Request:
        request: dict[str, Any] = wait_for_auth_completion._get_kwargs(
            auth_id, timeout=send.server_timeout
        )
        if auth_id in (".", ".."):
            # quote() leaves dots alone, and httpx would resolve a "." or ".." segment away,
            # sending the request to another route.
            request["url"] = request["url"].rpartition("/")[0] + "/" + "%2E" * len(auth_id)
        remaining = max(send.deadline - time.monotonic(), 0.001)
        return self._http.build_request(
            request["method"],
            # The query is encoded here: passing params= makes httpx parse the URL twice.
            f"{self.base_url}{request['url']}?{urlencode(request['params'])}",
            # Built per request so no plain-text copy of the key sits on the client object.
            headers={**self._extra_headers, **self._config.auth_headers()},
            timeout=httpx.Timeout(
                connect=send.connect_timeout,
                read=send.read_timeout,
                write=send.connect_timeout,
                pool=remaining,
            ),
        )

    @staticmethod
    def _reply(response: httpx.Response, reader: BodyReader) -> Reply:
        return Reply(response.status_code, response.headers, reader.body, time.time())

    @staticmethod
    def _log(
        request: httpx.Request, send: Send, outcome: Reply | ControlPlaneError, started: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            what = outcome.status_code if isinstance(outcome, Reply) else type(outcome).__name__
            logger.debug(
                "GET %s -> %s (attempt %d, %.1f ms)",
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


class ControlPlane(_ClientBase[httpx.Client]):
    """Synchronous client of the LangSmith Deployment Control Plane API.

    Use it as a context manager, or call `close()`; one pooled connection serves every call.
    """

    _http_type = httpx.Client

    @functools.cached_property
    def auth(self) -> AuthAPI:
        """Waiting for OAuth flows: `auth.wait(...)`, `auth.check(...)`."""
        return AuthAPI(self)

    def close(self) -> None:
        """Close the connection pool (a user-supplied `http_client` is left open)."""
        if self._owns_http:
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

    def _run(self, wait: Wait) -> AuthResult:
        while True:
            action = wait.next_action(time.monotonic())
            if isinstance(action, Done):
                return action.result
            if isinstance(action, Sleep):
                time.sleep(action.seconds)
            else:
                wait.handle(self._send(wait.auth_id, action), time.monotonic())

    def _send(self, auth_id: str, send: Send) -> Reply | ControlPlaneError:
        request = self._build(auth_id, send)
        started = time.perf_counter()
        outcome: Reply | ControlPlaneError
        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
            try:
                reader = BodyReader(response.headers, response.status_code, send.deadline)
                for chunk in response.iter_bytes():
                    reader.feed(chunk, time.monotonic())
            finally:
                response.close()
            outcome = self._reply(response, reader)
        except httpx.TransportError as exc:
            outcome = transport_error(exc)
        except ControlPlaneError as exc:
            outcome = exc
        self._log(request, send, outcome, started)
        return outcome


class AsyncControlPlane(_ClientBase[httpx.AsyncClient]):
    """Asynchronous client of the LangSmith Deployment Control Plane API.

    Use it as an async context manager, or await `aclose()`; one connection pool serves
    every call, including hundreds of concurrent long-polls.
    """

    _http_type = httpx.AsyncClient

    @functools.cached_property
    def auth(self) -> AsyncAuthAPI:
        """Waiting for OAuth flows: `auth.wait(...)`, `auth.check(...)`, `auth.wait_many(...)`."""
        return AsyncAuthAPI(self)

    async def aclose(self) -> None:
        """Close the connection pool (a user-supplied `http_client` is left open)."""
        if self._owns_http:
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

    async def _run(self, wait: Wait) -> AuthResult:
        while True:
            action = wait.next_action(time.monotonic())
            if isinstance(action, Done):
                return action.result
            if isinstance(action, Sleep):
                await _asyncio().sleep(action.seconds)
            else:
                wait.handle(await self._send(wait.auth_id, action), time.monotonic())

    async def _send(self, auth_id: str, send: Send) -> Reply | ControlPlaneError:
        request = self._build(auth_id, send)
        started = time.perf_counter()
        outcome: Reply | ControlPlaneError
        try:
            response = await self._http.send(request, stream=True, follow_redirects=False)
            try:
                reader = BodyReader(response.headers, response.status_code, send.deadline)
                async for chunk in response.aiter_bytes():
                    reader.feed(chunk, time.monotonic())
            finally:
                await response.aclose()
            outcome = self._reply(response, reader)
        except httpx.TransportError as exc:
            outcome = transport_error(exc)
        except ControlPlaneError as exc:
            outcome = exc
        self._log(request, send, outcome, started)
        return outcome


class AuthAPI:
    """`ControlPlane.auth`: waiting for OAuth flows to complete."""

    def __init__(self, client: ControlPlane) -> None:
        self._client = client

    def wait(
        self, auth_id: str, *, timeout: float | None = None, poll_timeout: int | None = None
    ) -> AuthResult:
        """Block until the flow completes and return its result (with the token).

        `timeout` is the overall deadline in seconds; the wait is split into requests the
        server holds for at most `poll_timeout` seconds. Raises `AuthWaitTimeout` when the
        deadline passes, `AuthNotFoundError` for an unknown or expired flow, and the other
        `ControlPlaneError`s for failures that retrying cannot fix.
        """
        client = self._client
        return client._run(client._new_wait(auth_id, timeout, poll_timeout, once=False))

    def check(self, auth_id: str) -> AuthResult:
        """Look once without waiting: the result's status is `completed` or `pending`."""
        client = self._client
        return client._run(client._new_wait(auth_id, None, None, once=True))


class AsyncAuthAPI:
    """`AsyncControlPlane.auth`: waiting for OAuth flows to complete."""

    def __init__(self, client: AsyncControlPlane) -> None:
        self._client = client

    async def wait(
        self, auth_id: str, *, timeout: float | None = None, poll_timeout: int | None = None
    ) -> AuthResult:
        """Wait until the flow completes and return its result; see `ControlPlane.auth.wait`."""
        client = self._client
        return await client._run(client._new_wait(auth_id, timeout, poll_timeout, once=False))

    async def check(self, auth_id: str) -> AuthResult:
        """Look once without waiting: the result's status is `completed` or `pending`."""
        client = self._client
        return await client._run(client._new_wait(auth_id, None, None, once=True))

    async def wait_many(
        self,
        auth_ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_timeout: int | None = None,
    ) -> AsyncIterator[tuple[str, AuthResult | ControlPlaneError]]:
        """Wait for many flows at once, yielding `(auth_id, result or error)` as each finishes.

        One flow's failure does not stop the others. Duplicate ids are waited for once.
        Leaving the loop early cancels the waits still running once the generator is closed
        (`async with contextlib.aclosing(...)` closes it at once).
        """

        async def one(auth_id: str) -> tuple[str, AuthResult | ControlPlaneError]:
            try:
                return auth_id, await self.wait(auth_id, timeout=timeout, poll_timeout=poll_timeout)
            except ControlPlaneError as error:
                return auth_id, error

        asyncio = _asyncio()
        tasks = [asyncio.ensure_future(one(auth_id)) for auth_id in dict.fromkeys(auth_ids)]
        try:
            for finished in asyncio.as_completed(tasks):
                yield await finished
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
