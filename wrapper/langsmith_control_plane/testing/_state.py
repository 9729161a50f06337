"""The emulator's state: flows, OAuth providers, stored tokens, agent connections, armed faults
and the request log, shared across threads.

Everything here is plain Python (no FastAPI, no uvicorn) so the public names import without the
`emulator` extra. One `threading.Lock` guards the state; waiters park on a per-flow
`asyncio.Event` in the server's loop, and other threads wake them with `call_soon_threadsafe`.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import threading
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal
from urllib.parse import quote

from langsmith_control_plane.testing._services import Services

WAIT_PREFIX = "/v2/auth/wait/"
AUTHENTICATE_PATH = "/v2/auth/authenticate"
ADMIN_PREFIX = "/_emulator"

FaultKind = Literal["status", "drop", "delay", "malformed", "unknown_status"]

# Who "the caller" is where an answer must name a user (an agent connection's `created_by`) and
# no `user_id` was sent: the one user the emulator's API key and bearer token stand for.
CALLER_USER_ID = "emulator-user"

# The provider whose tokens the workspace-wide Slack operations act on, by `provider_id` or by
# `provider_type` of a registered provider.
SLACK = "slack"

# asyncio turns a timeout into a float deadline; a year is "forever" and never overflows it.
_FOREVER = 365 * 24 * 3600


def authorize_path(auth_id: str) -> str:
    """The path of the emulated consent page for `auth_id` (the id percent-encoded whole)."""
    return f"{ADMIN_PREFIX}/authorize/{quote(auth_id, safe='')}"


class AuthStatus(StrEnum):
    """Valid authentication status values."""

    # The docstring above is the schema description in the vendored spec, word for word.
    COMPLETED = "completed"
    PENDING = "pending"
    CONNECTION_REQUIRED = "connection_required"
    TOKEN_EXPIRED = "token_expired"  # noqa: S105 -- a status name, not a secret.


class AuthWaitStatus(StrEnum):
    """Valid auth wait status values."""

    # The docstring above is the schema description in the vendored spec, word for word.
    COMPLETED = "completed"
    PENDING = "pending"
    TIMEOUT = "timeout"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator received on its API (any path under `/v2/`).

    Attributes:
        method: the HTTP method.
        path: the path after percent-decoding (what the server routes on).
        raw_path: the request target as sent: percent-encoded path plus `?query`, if any.
        auth_id: the flow id taken from `path`, or None when the path is not the wait endpoint.
        timeout: the `timeout` query parameter read with `int()`; None when absent or not an
            integer (the text as sent is in `raw_path`).
        headers: the request headers, names lower-cased (repeated headers joined with ", ").
        body: the request body as sent, decoded as UTF-8 (undecodable bytes replaced); empty
            for a GET.
        status_code: the status answered, or None when the connection was dropped.
        client_port: the client's source port: one per connection, so it shows reuse.
    """

    method: str
    path: str
    raw_path: str
    auth_id: str | None
    timeout: int | None
    headers: dict[str, str]
    body: str
    status_code: int | None
    client_port: int


@dataclass(frozen=True)
class Fault:
    """A fault armed for the next `times` API requests.

    With `auth_id`, only wait requests for that flow; when None, a request to any API operation.
    """

    kind: FaultKind
    times: int = 1
    auth_id: str | None = None
    status: int | None = None
    retry_after: str | None = None
    seconds: float | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        if self.times < 1:
            raise ValueError("times must be at least 1")
        if self.kind == "status" and not (self.status is not None and 400 <= self.status <= 599):
            raise ValueError("a status fault needs a status between 400 and 599")
        if self.kind == "delay" and not (self.seconds is not None and self.seconds >= 0):
            raise ValueError("a delay fault needs seconds >= 0")
        if self.kind == "unknown_status" and self.value is None:
            raise ValueError("an unknown_status fault needs a value")


# Whose token, for which provider: the `user_id` sent, or None for the caller's own user.
GrantKey = tuple[str | None, str]


@dataclass(eq=False)
class _Flow:
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    token: str | None = None
    expires_at: float | None = None
    gone: bool = False
    # Set for a flow an authenticate request started: approving it stores the token there.
    grant: GrantKey | None = None
    scopes: frozenset[str] = frozenset()
    is_default: bool = True
    agent_id: str | None = None


@dataclass(frozen=True)
class ConsentRequest:
    """What a flow asks the user for, as its consent page shows it. `provider` is None for a
    flow `create_auth` started (no authenticate request: nothing is known); `user_id` None is
    the caller's own user."""

    provider: str | None
    scopes: tuple[str, ...]
    user_id: str | None
    agent_id: str | None


@dataclass(frozen=True)
class Provider:
    """An OAuth provider registered with the emulator: what the provider operations answer.

    The client secret a create or update sends is accepted and discarded: the emulator talks to
    no provider, and keeping no secret means none can leak into a repr or an answer.
    """

    id: str
    provider_id: str
    name: str
    client_id: str
    auth_url: str
    token_url: str
    uses_pkce: bool
    code_challenge_method: str | None
    provider_type: str | None
    mcp_server_url: str | None
    token_endpoint_auth_method: str
    is_dynamic_client: bool
    created_at: datetime
    updated_at: datetime
    authorization_params: Mapping[str, str] = field(default_factory=dict)
    allowed_redirect_uris: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredToken:
    """A token a completed consent (or `grant_token`) stored for a user and provider.

    `user_id` is the authenticate request's `user_id` (None: the caller's own user); `token`
    is the secret authenticate and wait answer, kept out of the repr. The token operations
    answer the rest as an `OAuthTokenSummary`.
    """

    id: str
    user_id: str | None
    provider_id: str
    scopes: tuple[str, ...]
    expires_at: datetime | None
    is_default: bool
    provider_account_label: str | None
    created_at: datetime
    updated_at: datetime
    token: str = field(repr=False)

    def expired(self, now: datetime) -> bool:
        """Whether the token has expired by `now`."""
        return self.expires_at is not None and self.expires_at <= now


@dataclass(frozen=True)
class AgentConnection:
    """A stored token linked to an agent.

    The connection operations answer it joined with its token's provider, label, scopes and
    expiry as they are now.
    """

    id: str
    agent_id: str
    oauth_token_id: str
    created_by: str
    created_at: datetime


class ConsentOutcome(StrEnum):
    """What finishing a consent (the callback, setup and consent page routes) did."""

    COMPLETED = "completed"
    ALREADY_COMPLETED = "already_completed"
    DENIED = "denied"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Authentication:
    """What an authenticate request answers: a stored token, or a flow to send the user to."""

    status: AuthStatus
    auth_id: str | None = None
    token: str | None = None


class EmulatorState:
    """Flows, faults and recorded requests; every method is safe from any thread."""

    def __init__(self, completed_ttl: float, token_lifetime: float | None = None) -> None:
        self.completed_ttl = completed_ttl
        self.token_lifetime = token_lifetime
        # The services the document's routes dispatch to (deployments, listeners, the newer
        # token operations, ...), each keeping its own state; the emulator sets them.
        self.services = Services()
        self._lock = threading.Lock()
        self._waiters_changed = threading.Condition(self._lock)
        self._flows: dict[str, _Flow] = {}
        self._providers: dict[str, Provider] = {}
        # Keyed by token id; at most one token per user and provider (see `_store_token`).
        self._tokens: dict[str, StoredToken] = {}
        self._connections: dict[str, AgentConnection] = {}
        self._faults: list[Fault] = []
        self._records: list[RecordedRequest] = []
        self._waiting: Counter[str] = Counter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._closing = asyncio.Event()

    # Server lifecycle, called on the server's loop.

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Route wake-ups to `loop`, where the waiters park."""
        with self._lock:
            self._loop = loop

    def close(self) -> None:
        """The server is stopping: answer every parked waiter (`timeout`) and delayed request."""
        with self._lock:
            self._closed = True
            for flow in self._flows.values():
                self._wake(flow.changed)
            self._wake(self._closing)

    def detach(self) -> None:
        """Forget the loop, which is about to close; nothing can be parked on it any more."""
        with self._lock:
            self._loop = None

    # Flows.

    def create_auth(self, auth_id: str | None) -> str:
        """Start a pending flow; raises ValueError when a live flow already has this id."""
        with self._lock:
            if auth_id is None:
                auth_id = str(uuid.uuid4())
            if self._live_flow(auth_id) is not None:
                raise ValueError(f"flow {auth_id!r} already exists")
            self._flows[auth_id] = _Flow()
            return auth_id

    def complete(self, auth_id: str, token: str | None) -> str:
        """Complete a pending flow and wake its waiters; KeyError if unknown, ValueError if done.

        A flow an authenticate request started also stores its token for that user and
        provider, replacing any token stored before.
        """
        with self._lock:
            flow = self._require(auth_id)
            if flow.token is not None:
                raise ValueError(f"flow {auth_id!r} is already completed")
            return self._complete(flow, token)

    def expire(self, auth_id: str) -> None:
        """Forget a flow and wake its waiters (all answer `not_found`); KeyError if unknown."""
        with self._lock:
            self._forget(auth_id, self._require(auth_id))

    def _forget(self, auth_id: str, flow: _Flow) -> None:
        del self._flows[auth_id]
        flow.gone = True
        self._wake(flow.changed)

    def finish_consent(
        self, auth_id: str, provider_id: str | None, error: str | None
    ) -> ConsentOutcome:
        """Finish the consent for flow `auth_id`, as the provider's redirect back would.

        `provider_id` is the provider the redirect came back for (None: the consent page,
        which serves any flow); a flow an authenticate request started for another provider
        is `not_found`. An `error` (the user refused) ends a pending flow: it is forgotten, so
        its waiters answer `not_found` at once (docs/emulator.md, "A refused consent", says why).
        """
        with self._lock:
            flow = self._live_flow(auth_id)
            if flow is None or (
                provider_id is not None and flow.grant is not None and flow.grant[1] != provider_id
            ):
                return ConsentOutcome.NOT_FOUND
            if flow.token is not None:
                return ConsentOutcome.ALREADY_COMPLETED
            if error is not None:
                self._forget(auth_id, flow)
                return ConsentOutcome.DENIED
            self._complete(flow, None)
            return ConsentOutcome.COMPLETED

    def authenticate(
        self,
        user_id: str | None,
        provider: str,
        scopes: list[str],
        force_new: bool,
        is_default: bool,
        agent_id: str | None = None,
    ) -> Authentication:
        """Answer an authenticate request for `user_id` (None: the caller's own user).

        A stored token for the user and provider whose scopes cover `scopes` is `completed`
        (unless `force_new`); when that token has expired the answer is `token_expired` with a
        new flow. Otherwise a new pending flow starts, every time. Approving the flow stores
        its token as `is_default`.
        """
        key: GrantKey = (user_id, provider)
        wanted = frozenset(scopes)
        with self._lock:
            stored = self._token_for(key)
            status = AuthStatus.PENDING
            if stored is not None and wanted <= frozenset(stored.scopes) and not force_new:
                if not stored.expired(_now()):
                    return Authentication(AuthStatus.COMPLETED, token=stored.token)
                status = AuthStatus.TOKEN_EXPIRED
            auth_id = str(uuid.uuid4())
            self._flows[auth_id] = _Flow(
                grant=key, scopes=wanted, is_default=is_default, agent_id=agent_id
            )
            return Authentication(status, auth_id=auth_id)

    def grant_token(
        self, user_id: str | None, provider: str, scopes: list[str], token: str | None
    ) -> str:
        """Store a token as if the user had approved a flow for `scopes`; return it."""
        with self._lock:
            secret = token if token is not None else _new_token()
            self._store_token((user_id, provider), secret, frozenset(scopes), is_default=True)
            return secret

    def expire_token(self, user_id: str | None, provider: str) -> None:
        """Mark the stored token expired: authenticate answers `token_expired`. KeyError if none."""
        with self._lock:
            stored = self._token_for((user_id, provider))
            if stored is None:
                whose = f"user {user_id!r}" if user_id is not None else "the caller's own user"
                raise KeyError(f"no token stored for {whose} and provider {provider!r}")
            self._tokens[stored.id] = replace(stored, expires_at=_now())

    # OAuth providers.

    def create_provider(self, fields: Mapping[str, Any]) -> Provider:
        """Register a provider from `fields` (Provider's, but the id and times).

        Raises ValueError, storing nothing, when `provider_id` is taken.
        """
        with self._lock:
            provider_id = str(fields["provider_id"])
            if provider_id in self._providers:
                raise ValueError(f"provider {provider_id!r} already exists")
            now = _now()
            provider = Provider(id=str(uuid.uuid4()), created_at=now, updated_at=now, **fields)
            self._providers[provider_id] = provider
            return provider

    def providers(self) -> list[Provider]:
        """Every registered provider, oldest first."""
        with self._lock:
            return list(self._providers.values())

    def provider(self, provider_id: str) -> Provider:
        """The provider registered as `provider_id`; KeyError if none."""
        with self._lock:
            return self._require_provider(provider_id)

    def update_provider(self, provider_id: str, changes: Mapping[str, Any]) -> Provider:
        """Apply `changes` (Provider fields) to a registered provider; KeyError if none."""
        with self._lock:
            provider = replace(self._require_provider(provider_id), **changes, updated_at=_now())
            self._providers[provider_id] = provider
            return provider

    def delete_provider(self, provider_id: str) -> int:
        """Forget a provider and every token stored for it (and their connections).

        Returns how many tokens went with it; KeyError if no such provider.
        """
        with self._lock:
            self._require_provider(provider_id)
            del self._providers[provider_id]
            return self._delete_tokens(lambda t: t.provider_id == provider_id)

    # Stored tokens. The API's token operations act on every user's tokens: see `tokens`.

    def tokens(self, provider_id: str | None = None) -> list[StoredToken]:
        """Every user's stored tokens (for `provider_id` when given), oldest first."""
        with self._lock:
            return [t for t in self._tokens.values() if provider_id in (None, t.provider_id)]

    def delete_tokens(self, provider_id: str) -> int:
        """Delete every user's tokens for `provider_id`; return how many (0 is no error)."""
        with self._lock:
            return self._delete_tokens(lambda t: t.provider_id == provider_id)

    def delete_slack_tokens(self) -> int:
        """Delete every Slack token in the workspace; return how many."""
        with self._lock:
            return self._delete_tokens(self._is_slack)

    def has_slack_tokens(self) -> bool:
        """Whether the workspace holds any Slack token."""
        with self._lock:
            return any(self._is_slack(t) for t in self._tokens.values())

    def delete_token(self, token_id: str) -> None:
        """Delete one token and its connections; KeyError if unknown."""
        with self._lock:
            self._require_token(token_id)
            self._delete_tokens(lambda t: t.id == token_id)

    def update_token(self, token_id: str, changes: Mapping[str, Any]) -> StoredToken:
        """Set a token's `provider_account_label` and/or `is_default`; KeyError if unknown."""
        with self._lock:
            stored = replace(self._require_token(token_id), **changes, updated_at=_now())
            self._tokens[token_id] = stored
            return stored

    # Agent connections.

    def connect(self, agent_id: str, token_id: str) -> tuple[AgentConnection, StoredToken]:
        """Link a stored token to an agent; linking it again answers the same connection.

        KeyError if the token is unknown.
        """
        with self._lock:
            stored = self._require_token(token_id)
            for connection in self._connections.values():
                if (connection.agent_id, connection.oauth_token_id) == (agent_id, token_id):
                    return connection, stored
            connection = AgentConnection(
                id=str(uuid.uuid4()),
                agent_id=agent_id,
                oauth_token_id=token_id,
                created_by=stored.user_id if stored.user_id is not None else CALLER_USER_ID,
                created_at=_now(),
            )
            self._connections[connection.id] = connection
            return connection, stored

    def connections(self, agent_id: str) -> list[tuple[AgentConnection, StoredToken]]:
        """The agent's connections with their tokens, oldest first (none for an unknown agent)."""
        with self._lock:
            return [
                (c, self._tokens[c.oauth_token_id])
                for c in self._connections.values()
                if c.agent_id == agent_id
            ]

    def disconnect(self, agent_id: str, connection_id: str) -> None:
        """Remove one of the agent's connections (the token stays); KeyError if unknown."""
        with self._lock:
            connection = self._connections.get(connection_id)
            if connection is None or connection.agent_id != agent_id:
                raise KeyError(f"agent {agent_id!r} has no connection {connection_id!r}")
            del self._connections[connection_id]

    def consent_request(self, auth_id: str) -> ConsentRequest | None:
        """What the pending flow `auth_id` asks for; None when it is not pending."""
        with self._lock:
            flow = self._live_flow(auth_id)
            if flow is None or flow.token is not None:
                return None
            user_id, provider = flow.grant if flow.grant is not None else (None, None)
            return ConsentRequest(provider, tuple(sorted(flow.scopes)), user_id, flow.agent_id)

    def peek(self, auth_id: str) -> AuthWaitStatus:
        """The flow's status now: `pending`, `completed` or `not_found`."""
        with self._lock:
            return self._answer(self._live_flow(auth_id), AuthWaitStatus.PENDING)[0]

    async def wait(
        self, auth_id: str, timeout: int, client_gone: Callable[[], Awaitable[object]]
    ) -> tuple[AuthWaitStatus, str | None]:
        """Answer a wait request: hold it until the flow changes or `timeout` seconds pass.

        A request whose client disconnects (`client_gone()` finishes) stops waiting, so it no
        longer counts as parked; its answer goes nowhere.
        """
        with self._lock:
            flow = self._live_flow(auth_id)
            # The spec allows any integer: a negative timeout, like 0, answers at once.
            if flow is None or flow.token is not None or timeout <= 0 or self._closed:
                now = AuthWaitStatus.PENDING if timeout <= 0 else AuthWaitStatus.TIMEOUT
                return self._answer(flow, now)
            self._waiting[auth_id] += 1
            self._waiters_changed.notify_all()
        changed = asyncio.ensure_future(flow.changed.wait())
        gone = asyncio.ensure_future(client_gone())
        try:
            await asyncio.wait(
                (changed, gone), timeout=min(timeout, _FOREVER), return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            changed.cancel()
            gone.cancel()
            with self._lock:
                self._waiting[auth_id] -= 1
                if not self._waiting[auth_id]:
                    del self._waiting[auth_id]
        # Whatever ended the wait, the flow says what to answer; this also settles a photo
        # finish between completion and timeout in favour of the token.
        with self._lock:
            return self._answer(flow, AuthWaitStatus.TIMEOUT)

    def wait_for_waiters(self, auth_id: str | None, count: int, timeout: float) -> None:
        """Block until `count` requests are parked on `auth_id` (on any flow when None).

        Raises TimeoutError after `timeout` seconds.
        """

        def parked() -> int:
            return self._waiting[auth_id] if auth_id is not None else self._waiting.total()

        with self._waiters_changed:
            if not self._waiters_changed.wait_for(lambda: parked() >= count, timeout):
                where = f"on {auth_id!r}" if auth_id is not None else "in all"
                raise TimeoutError(f"{parked()} of {count} waiters {where} after {timeout} s")

    # Faults.

    def add_fault(self, fault: Fault) -> None:
        """Arm `fault`; faults fire in the order they were armed."""
        with self._lock:
            self._faults.append(fault)

    def take_fault(self, auth_id: str | None) -> Fault | None:
        """Consume one use of the oldest fault for this request.

        `auth_id` is the flow a wait request is for, or None for any other operation, which
        only faults armed without a flow match.
        """
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.auth_id is None or fault.auth_id == auth_id:
                    if fault.times == 1:
                        del self._faults[index]
                    else:
                        self._faults[index] = replace(fault, times=fault.times - 1)
                    return fault
            return None

    async def pause(self, seconds: float) -> None:
        """Sleep `seconds`, cut short when the server stops."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # The request log.

    def record(self, request: RecordedRequest) -> None:
        """Append `request` to the log."""
        with self._lock:
            self._records.append(request)

    def requests(self) -> list[RecordedRequest]:
        """A copy of the log, oldest first."""
        with self._lock:
            return list(self._records)

    def reset_requests(self) -> None:
        """Empty the log."""
        with self._lock:
            self._records.clear()

    # Helpers; the caller holds the lock.

    def _complete(self, flow: _Flow, token: str | None) -> str:
        flow.token = token if token is not None else _new_token()
        flow.expires_at = time.monotonic() + self.completed_ttl
        if flow.grant is not None:
            self._store_token(flow.grant, flow.token, flow.scopes, flow.is_default)
        self._wake(flow.changed)
        return flow.token

    def _token_for(self, key: GrantKey) -> StoredToken | None:
        for stored in self._tokens.values():
            if (stored.user_id, stored.provider_id) == key:
                return stored
        return None

    def _store_token(
        self, key: GrantKey, secret: str, scopes: frozenset[str], is_default: bool
    ) -> None:
        # One token per user and provider: a new consent refreshes the one stored (same id, so
        # its agent connections and label survive) rather than piling up copies.
        now = _now()
        expires_at = None
        if self.token_lifetime is not None:
            expires_at = now + timedelta(seconds=self.token_lifetime)
        user_id, provider_id = key
        stored = self._token_for(key) or StoredToken(
            id=str(uuid.uuid4()),
            user_id=user_id,
            provider_id=provider_id,
            scopes=(),
            expires_at=None,
            is_default=is_default,
            provider_account_label=None,
            created_at=now,
            updated_at=now,
            token=secret,
        )
        self._tokens[stored.id] = replace(
            stored,
            token=secret,
            scopes=tuple(sorted(scopes)),
            expires_at=expires_at,
            is_default=is_default,
            updated_at=now,
        )

    def _delete_tokens(self, doomed: Callable[[StoredToken], bool]) -> int:
        gone = {t.id for t in self._tokens.values() if doomed(t)}
        for token_id in gone:
            del self._tokens[token_id]
        for connection in list(self._connections.values()):
            if connection.oauth_token_id in gone:
                del self._connections[connection.id]
        return len(gone)

    def _is_slack(self, stored: StoredToken) -> bool:
        provider = self._providers.get(stored.provider_id)
        return stored.provider_id == SLACK or (
            provider is not None and provider.provider_type == SLACK
        )

    def _require_provider(self, provider_id: str) -> Provider:
        provider = self._providers.get(provider_id)
        if provider is None:
            raise KeyError(f"no provider {provider_id!r}")
        return provider

    def _require_token(self, token_id: str) -> StoredToken:
        stored = self._tokens.get(token_id)
        if stored is None:
            raise KeyError(f"no token {token_id!r}")
        return stored

    def _live_flow(self, auth_id: str) -> _Flow | None:
        flow = self._flows.get(auth_id)
        if flow is not None and flow.expires_at is not None and time.monotonic() >= flow.expires_at:
            # Completed flows expire lazily: nothing waits on them, so no timer is needed.
            del self._flows[auth_id]
            flow.gone = True
            return None
        return flow

    def _answer(
        self, flow: _Flow | None, otherwise: AuthWaitStatus
    ) -> tuple[AuthWaitStatus, str | None]:
        if flow is None or flow.gone:
            return AuthWaitStatus.NOT_FOUND, None
        if flow.token is not None:
            return AuthWaitStatus.COMPLETED, flow.token
        return otherwise, None

    def _require(self, auth_id: str) -> _Flow:
        flow = self._live_flow(auth_id)
        if flow is None:
            raise KeyError(f"no flow {auth_id!r}")
        return flow

    def _wake(self, event: asyncio.Event) -> None:
        if self._loop is None:
            # No loop, no parked waiters: setting the unbound event directly is safe.
            event.set()
        else:
            self._loop.call_soon_threadsafe(event.set)


def _now() -> datetime:
    return datetime.now(UTC)


def _new_token() -> str:
    return "emu_" + secrets.token_urlsafe(24)
