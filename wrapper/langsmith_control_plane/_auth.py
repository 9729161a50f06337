"""`cp.auth`: the generated Auth Service resource, plus the handwritten OAuth-flow ergonomics.

As openai-python's `lib/` does, `AuthAPI` and `AsyncAuthAPI` subclass the generated resources,
so every generated operation (`providers.create`, `tokens.list`, `wait_for_completion`, ...) is
there with the SDK's guarantees, and add helpers beside them: `wait`, `check`, `get_token` (and
`wait_many`), and an `authenticate` that takes every argument of the generated one and returns a
result that says what to do next (`with_raw_response.authenticate` is the generated one's raw
answer). They are loaded on first use of `cp.auth`, and call only the client's requester (the
`_requester` protocol), never the client itself.

What a wait or authenticate answer means is decided here (`check_answer`, `wait_answer`,
`authenticate_answer`); the policies that retry and poll around them are `_policy`'s.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from langsmith_control_plane_client.api import RequestOptions
from langsmith_control_plane_client.api.auth import (
    AUTHENTICATE,
    WAIT_FOR_AUTH_COMPLETION,
    AsyncAuthResource,
    AuthResource,
)
from langsmith_control_plane_client.models import AuthAuthenticateResponse, AuthWaitResponse
from langsmith_control_plane_client.types import UNSET

from ._operations import (
    JSONObject,
    check_extra_headers,
    decode_object,
    request_line,
    unexpected,
)
from ._policy import CallPolicy, PollPolicy, Reply
from ._redact import mask_data
from ._requester import AsyncClientRequester, ClientRequester, LineFor, Road
from .config import check_poll_timeout
from .errors import (
    AuthNotFoundError,
    ConfigurationError,
    ControlPlaneError,
    UnexpectedAuthStatusError,
    UnexpectedResponseError,
)
from .models import (
    SECRET_FIELDS,
    AuthCheckResult,
    AuthenticateResult,
    AuthResult,
    AuthStatus,
    AuthWaitStatus,
)

if TYPE_CHECKING:
    from asyncio import Future, Queue

__all__ = [
    "AsyncAuthAPI",
    "AuthAPI",
    "authenticate_answer",
    "check_answer",
    "consent_flow",
    "print_auth_url",
    "wait_answer",
]

T = TypeVar("T")
Model = TypeVar("Model", AuthWaitResponse, AuthAuthenticateResponse)

# Answers of authenticate that start a consent flow: the user must visit `url`, then the flow
# is waited on by `auth_id`.
CONSENT_STATUSES = frozenset(
    {AuthStatus.PENDING, AuthStatus.CONNECTION_REQUIRED, AuthStatus.TOKEN_EXPIRED}
)


def check_answer(auth_id: str, secrets: frozenset[str]) -> Callable[[Reply], AuthCheckResult]:
    """What a wait answer means: completed (with its token) or pending, or the error."""

    def answer(reply: Reply) -> AuthCheckResult:
        data = decode_object(reply, "AuthWaitResponse", secrets)
        status = data.get("status")
        if status == "not_found":
            raise AuthNotFoundError(auth_id)
        if status not in ("completed", "pending", "timeout"):
            raise _unknown_status(status, auth_id, data)
        response = _model(AuthWaitResponse, data, reply, secrets)
        if status == "completed":
            token = _completed_token(response.token, reply, secrets)
            return AuthCheckResult(AuthWaitStatus.COMPLETED, auth_id, token, response)
        return AuthCheckResult(AuthWaitStatus.PENDING, auth_id, None, response)

    return answer


def wait_answer(auth_id: str, secrets: frozenset[str]) -> Callable[[Reply], AuthResult | None]:
    """What a long-poll answer means to `wait`: the result, or None to poll again."""
    look = check_answer(auth_id, secrets)

    def answer(reply: Reply) -> AuthResult | None:
        result = look(reply)
        if result.token is None:
            return None
        return AuthResult(result.status, auth_id, result.token, result.response)

    return answer


def authenticate_answer(secrets: frozenset[str]) -> Callable[[Reply], AuthenticateResult]:
    """What an authenticate answer means: a result, or the error it amounts to."""

    def answer(reply: Reply) -> AuthenticateResult:
        data = decode_object(reply, "AuthAuthenticateResponse", secrets)
        status = data.get("status")
        if not isinstance(status, str) or status not in {known.value for known in AuthStatus}:
            auth_id = data.get("auth_id")
            raise _unknown_status(status, auth_id if isinstance(auth_id, str) else None, data)
        response = _model(AuthAuthenticateResponse, data, reply, secrets)
        known = AuthStatus(status)
        token = (
            _completed_token(response.token, reply, secrets)
            if known is AuthStatus.COMPLETED
            else None
        )
        return AuthenticateResult(
            known, _text(response.auth_id), token, _text(response.url), response
        )

    return answer


def consent_flow(result: AuthenticateResult) -> tuple[str, str]:
    """The `(url, auth_id)` of the consent flow an authenticate answer started.

    Raises `UnexpectedAuthStatusError` for a status that is neither `completed` nor a consent
    flow, and `UnexpectedResponseError` when the flow lacks its URL or id.
    """
    if result.status not in CONSENT_STATUSES:
        raise _unknown_status(result.status, result.auth_id, result.response)
    if result.url is None or result.auth_id is None:
        raise UnexpectedResponseError(
            f"the control plane answered status {result.status.value!r} without a consent url "
            "and auth_id",
            status_code=200,
        )
    return result.url, result.auth_id


def _model(kind: type[Model], data: JSONObject, reply: Reply, secrets: frozenset[str]) -> Model:
    try:
        return kind.from_dict(data)
    except (KeyError, ValueError, TypeError) as error:
        what = f"fields the document does not allow ({type(error).__name__}: {error})"
        raise unexpected(reply, what, secrets) from None


def _text(value: object) -> str | None:
    """A non-empty string field of an answer, or None."""
    return value if isinstance(value, str) and value else None


def _completed_token(value: object, reply: Reply, secrets: frozenset[str]) -> str:
    """The token of a `completed` answer, which must have one."""
    token = _text(value)
    if token is None:
        raise unexpected(reply, 'status "completed" without a token', secrets)
    return token


def _unknown_status(status: object, auth_id: str | None, data: object) -> UnexpectedAuthStatusError:
    shown = status if isinstance(status, str) else repr(status)
    # The raw answer, its secrets masked at any depth, as at every exit (`_redact`).
    return UnexpectedAuthStatusError(
        shown[:80], auth_id=auth_id, response=mask_data(data, SECRET_FIELDS)
    )


def check_auth_id(auth_id: object) -> str:
    """An auth id, checked before anything is sent."""
    if not isinstance(auth_id, str):
        raise ConfigurationError(f"auth_id must be a string, not {type(auth_id).__name__}")
    if not auth_id:
        raise ConfigurationError("auth_id must not be empty")
    try:
        auth_id.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigurationError("auth_id is not valid Unicode text") from None
    return auth_id


def check_auth_ids(auth_ids: object) -> list[str]:
    """The ids of `wait_many`, checked, duplicates dropped."""
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
            check_auth_id(auth_id)
        except ConfigurationError as error:
            raise ConfigurationError(f"auth_ids[{index}]: {error.message}") from None
    return list(dict.fromkeys(ids))


def authenticate_arguments(
    provider: object,
    scopes: object,
    **optional: object,
) -> dict[str, Any]:
    """The arguments of the generated `authenticate`, checked (nothing sent yet)."""
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
    arguments: dict[str, Any] = {param.keyword: UNSET for param in AUTHENTICATE.params}
    arguments.update(provider=provider, scopes=scope_list)
    for name, value in optional.items():
        if value is None:
            continue
        if isinstance(value, str) and not value:
            raise ConfigurationError(f"{name} must be a non-empty string or None, not ''")
        arguments[name] = value
    return arguments


def print_auth_url(url: str) -> None:
    """The default `on_auth_url` of `get_token`: tell the user, on stderr, where to sign in."""
    print(f"Open this URL to sign in: {url}", file=sys.stderr, flush=True)


class _Plans:
    """How each flow call is performed: its policy and request lines (shared by both APIs)."""

    _road: Road

    def _poll(
        self,
        auth_id: object,
        timeout: float | None,
        poll_timeout: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[PollPolicy[AuthResult], LineFor]:
        if isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout == 0:
            raise ConfigurationError(
                "timeout must be a positive number of seconds; for one look without waiting, "
                "use auth.check(auth_id)"
            )
        flow = check_auth_id(auth_id)
        road = self._road
        config = road.config
        # Checked now, before anything is sent, rather than at the first poll.
        options = RequestOptions(extra_headers=check_extra_headers(extra_headers))
        policy = PollPolicy(
            flow,
            wait_answer(flow, road.limits.secret_fields),
            timeout=road.deadline(timeout, config.timeout),
            poll_timeout=config.poll_timeout
            if poll_timeout is None
            else check_poll_timeout(poll_timeout),
            max_retries=config.max_retries,
            limits=road.limits,
        )
        return policy, lambda send: request_line(
            WAIT_FOR_AUTH_COMPLETION,
            {"auth_id": flow, "timeout_": send.poll_timeout or 0},
            options,
        )

    def _look(
        self, auth_id: object, timeout: float | None, extra_headers: Mapping[str, str] | None
    ) -> tuple[CallPolicy[AuthCheckResult], LineFor]:
        flow = check_auth_id(auth_id)
        parse = check_answer(flow, self._road.limits.secret_fields)
        arguments = {"auth_id": flow, "timeout_": 0}
        options = RequestOptions(timeout, extra_headers)
        return self._road.plan(WAIT_FOR_AUTH_COMPLETION, arguments, parse, options, hold=0)

    def _authenticate(
        self,
        provider: object,
        scopes: object,
        options: RequestOptions,
        **optional: object,
    ) -> tuple[CallPolicy[AuthenticateResult], LineFor]:
        arguments = authenticate_arguments(provider, scopes, **optional)
        parse = authenticate_answer(self._road.limits.secret_fields)
        return self._road.plan(AUTHENTICATE, arguments, parse, options)

    def _token_budget(self, timeout: float | None) -> tuple[float, float]:
        """`get_token`'s budget in seconds, and its deadline."""
        budget = self._road.deadline(timeout, self._road.config.timeout)
        return budget, self._road.now() + budget


class AuthAPI(AuthResource, _Plans):
    """`ControlPlane.auth`: every Auth Service operation, and OAuth flows from `authenticate`
    (or `get_token`) to `wait`."""

    _road: ClientRequester

    def __init__(self, requester: ClientRequester) -> None:
        super().__init__(requester)
        self._road = requester

    def wait(
        self,
        auth_id: str,
        *,
        timeout: float | None = None,
        poll_timeout: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthResult:
        """Block until the flow completes and return its result, with the token.

        Wraps `wait_for_completion` (`poll_timeout` is its server hold). `timeout` is the
        overall deadline in seconds (default: the client's `timeout`); the wait is split into
        requests the server holds for at most `poll_timeout` seconds. Raises
        `AuthWaitTimeoutError` when the deadline passes while the user has not finished,
        `AuthNotFoundError` for an unknown or expired flow, `UnexpectedAuthStatusError` for a
        status this SDK does not handle, the last failure when the deadline passes while
        requests were failing, and the other `ControlPlaneError`s for failures that retrying
        cannot fix.
        """
        return self._road.run(*self._poll(auth_id, timeout, poll_timeout, extra_headers))

    def check(
        self,
        auth_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthCheckResult:
        """Look once, without waiting: the result's status is `COMPLETED` or `PENDING`.

        One `wait_for_completion` with no server hold. Transient failures are retried within
        `timeout` seconds (default: the client's `request_timeout`), then raised.
        """
        return self._road.run(*self._look(auth_id, timeout, extra_headers))

    def authenticate(  # type: ignore[override]
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        ls_user_id: str | None = None,
        agent_id: str | None = None,
        use_agent_builder_public_oauth: bool | None = None,
        force_new: bool = False,
        token_id: str | UUID | None = None,
        redirect_uri: str | None = None,
        is_default: bool | None = None,
        check_only: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthenticateResult:
        """Get the user's stored token for `provider`, or start a consent flow for it.

        The generated `authenticate` with every one of its arguments, whose answer it reads for
        you (`with_raw_response.authenticate` gives the answer as it came). The result's
        `status` says which (see `AuthenticateResult`): `COMPLETED` with a `token`, or a flow
        (`PENDING`, `CONNECTION_REQUIRED`, `TOKEN_EXPIRED`) with the consent `url` to send the
        user to and the `auth_id` to `wait` on. `force_new` starts a new flow even when a token
        is stored; an argument left None is not sent (the server's default applies). The
        request is sent again only when it provably never reached the server, or the server
        said it did not act on it (429, 503 with Retry-After), within `timeout` seconds
        (default: the client's `request_timeout`).
        """
        plan = self._authenticate(
            provider,
            scopes,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
            user_id=user_id,
            ls_user_id=ls_user_id,
            agent_id=agent_id,
            use_agent_builder_public_oauth=use_agent_builder_public_oauth,
            force_new=force_new,
            token_id=token_id,
            redirect_uri=redirect_uri,
            is_default=is_default,
            check_only=check_only,
        )
        return self._road.run(*plan)

    def get_token(
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        ls_user_id: str | None = None,
        agent_id: str | None = None,
        use_agent_builder_public_oauth: bool | None = None,
        force_new: bool = False,
        token_id: str | UUID | None = None,
        redirect_uri: str | None = None,
        is_default: bool | None = None,
        check_only: bool | None = None,
        on_auth_url: Callable[[str], object] = print_auth_url,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> str:
        """The whole flow in one call: the stored token, or consent first, then the token.

        Calls `authenticate` (with every one of its arguments); if the user must consent, calls
        `on_auth_url(url)` once (by default it prints the URL on stderr) and waits for the
        flow. `timeout` bounds the whole call, in seconds (default: the client's `timeout`).
        Raises what `authenticate` and `wait` raise.
        """
        budget, deadline = self._token_budget(timeout)
        result = self.authenticate(
            provider,
            scopes,
            user_id=user_id,
            ls_user_id=ls_user_id,
            agent_id=agent_id,
            use_agent_builder_public_oauth=use_agent_builder_public_oauth,
            force_new=force_new,
            token_id=token_id,
            redirect_uri=redirect_uri,
            is_default=is_default,
            check_only=check_only,
            timeout=min(budget, self._road.config.request_timeout),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        if result.token is not None:
            return result.token
        url, auth_id = consent_flow(result)
        on_auth_url(url)
        remaining = max(deadline - self._road.now(), 0.001)
        return self.wait(auth_id, timeout=remaining, extra_headers=extra_headers).token


class AsyncAuthAPI(AsyncAuthResource, _Plans):
    """`AsyncControlPlane.auth`: every Auth Service operation, and OAuth flows from
    `authenticate` (or `get_token`) to `wait`, and `wait_many`."""

    _road: AsyncClientRequester

    def __init__(self, requester: AsyncClientRequester) -> None:
        super().__init__(requester)
        self._road = requester

    async def wait(
        self,
        auth_id: str,
        *,
        timeout: float | None = None,
        poll_timeout: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthResult:
        """Wait until the flow completes and return its result; see `ControlPlane.auth.wait`."""
        return await self._road.run(*self._poll(auth_id, timeout, poll_timeout, extra_headers))

    async def check(
        self,
        auth_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthCheckResult:
        """Look once, without waiting; see `ControlPlane.auth.check`."""
        return await self._road.run(*self._look(auth_id, timeout, extra_headers))

    async def authenticate(  # type: ignore[override]
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        ls_user_id: str | None = None,
        agent_id: str | None = None,
        use_agent_builder_public_oauth: bool | None = None,
        force_new: bool = False,
        token_id: str | UUID | None = None,
        redirect_uri: str | None = None,
        is_default: bool | None = None,
        check_only: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthenticateResult:
        """Get the stored token or start a consent flow; see `ControlPlane.auth.authenticate`."""
        plan = self._authenticate(
            provider,
            scopes,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
            user_id=user_id,
            ls_user_id=ls_user_id,
            agent_id=agent_id,
            use_agent_builder_public_oauth=use_agent_builder_public_oauth,
            force_new=force_new,
            token_id=token_id,
            redirect_uri=redirect_uri,
            is_default=is_default,
            check_only=check_only,
        )
        return await self._road.run(*plan)

    async def get_token(
        self,
        provider: str,
        scopes: Iterable[str],
        *,
        user_id: str | None = None,
        ls_user_id: str | None = None,
        agent_id: str | None = None,
        use_agent_builder_public_oauth: bool | None = None,
        force_new: bool = False,
        token_id: str | UUID | None = None,
        redirect_uri: str | None = None,
        is_default: bool | None = None,
        check_only: bool | None = None,
        on_auth_url: Callable[[str], object] = print_auth_url,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> str:
        """The whole flow in one call; see `ControlPlane.auth.get_token`.

        `on_auth_url` may be a plain function or a coroutine function.
        """
        budget, deadline = self._token_budget(timeout)
        result = await self.authenticate(
            provider,
            scopes,
            user_id=user_id,
            ls_user_id=ls_user_id,
            agent_id=agent_id,
            use_agent_builder_public_oauth=use_agent_builder_public_oauth,
            force_new=force_new,
            token_id=token_id,
            redirect_uri=redirect_uri,
            is_default=is_default,
            check_only=check_only,
            timeout=min(budget, self._road.config.request_timeout),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        if result.token is not None:
            return result.token
        url, auth_id = consent_flow(result)
        told = on_auth_url(url)
        if inspect.isawaitable(told):
            await told
        remaining = max(deadline - self._road.now(), 0.001)
        return (await self.wait(auth_id, timeout=remaining, extra_headers=extra_headers)).token

    def wait_many(
        self,
        auth_ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_timeout: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[tuple[str, AuthResult | ControlPlaneError], None]:
        """Wait for many flows at once, yielding `(auth_id, result or error)` as each finishes.

        One flow's failure does not stop the others. Duplicate ids are waited for once; the
        ids and options are checked before anything is sent. Leaving the loop early cancels the
        waits still running once the generator is closed (`async with
        contextlib.aclosing(acp.auth.wait_many(...)) as results:` closes it at once).
        """
        ids = check_auth_ids(auth_ids)
        waits = [self._poll(auth_id, timeout, poll_timeout, extra_headers) for auth_id in ids]
        return self._wait_many(waits)

    async def _wait_many(
        self, waits: list[tuple[PollPolicy[AuthResult], LineFor]]
    ) -> AsyncGenerator[tuple[str, AuthResult | ControlPlaneError], None]:
        import asyncio  # Here: sync users never need it (a third of the import time).

        # Each wait's own task, reported through a queue as it finishes: no wrapper coroutine
        # per wait, since every object a parked wait holds is walked by the garbage collector.
        finished: Queue[Future[AuthResult]] = asyncio.Queue()
        tasks: dict[Future[AuthResult], str] = {}
        for policy, line_for in waits:
            task = asyncio.ensure_future(self._road.run(policy, line_for))
            task.add_done_callback(finished.put_nowait)
            tasks[task] = policy.auth_id
        try:
            for _ in range(len(tasks)):
                done = await finished.get()
                outcome: AuthResult | ControlPlaneError
                try:
                    outcome = done.result()
                except ControlPlaneError as error:
                    outcome = error
                yield tasks[done], outcome
        finally:
            for running in tasks:
                running.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
