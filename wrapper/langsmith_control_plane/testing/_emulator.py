"""`Emulator`: a local, real-HTTP stand-in for the Control Plane: every operation of the
vendored document."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

import httpx

from langsmith_control_plane.testing._deployments import Deployments, Listeners
from langsmith_control_plane.testing._services import Services
from langsmith_control_plane.testing._state import (
    AgentConnection,
    EmulatorState,
    Fault,
    Provider,
    RecordedRequest,
    StoredToken,
    authorize_path,
)
from langsmith_control_plane.testing._token_service import StoredTokens

if TYPE_CHECKING:
    from langsmith_control_plane.testing._server import ServerThread

DEFAULT_API_KEY = "lsv2_emulator_key"
"""The API key an `Emulator` accepts in `X-Api-Key` unless told otherwise."""

DEFAULT_WORKSPACE_ID = "emulator-workspace"
"""The workspace id an `Emulator` expects in `X-Tenant-Id` (when sent) unless told otherwise."""

DEFAULT_BEARER_TOKEN = "emulator-bearer-token"  # noqa: S105 -- a published test credential.
"""The token an `Emulator` accepts in `Authorization: Bearer ...` unless told otherwise."""

DEFAULT_COMPLETED_TTL = 600.0
"""Seconds a completed flow keeps answering its token before it answers `not_found`."""

DEFAULT_REVISION_STEP = 0.5
"""Seconds each in-progress status of a deployment revision lasts."""


class Emulator:
    """A local server that behaves like the Control Plane's Auth Service and Agent Connections.

    Use it as a context manager: `__enter__` returns once it accepts requests on `url`, and
    `__exit__` stops it, answering any parked long-poll `timeout` first, and closes its port::

        with Emulator() as emu:
            auth_id = emu.create_auth()
            ...  # point the client under test at emu.url with emu.api_key
            emu.complete(auth_id, "tok-1")

    `POST /v2/auth/authenticate` with `{"provider": ..., "scopes": [...], "user_id": ...}`
    answers `completed` with the token stored for that user and provider when its scopes
    cover the request (and `force_new` is not set); otherwise it starts a new flow and answers
    `pending` (or `token_expired` when the stored token was marked expired with
    `expire_token`) with its `auth_id` and `url`, the flow's consent page. Approving the flow
    (that page's button, the admin API or `complete`) stores its token for the user and
    provider. Without `user_id` the token belongs to the caller's own user: the API key and
    the bearer token both stand for the one user of the emulator's workspace.

    The wait endpoint holds `GET /v2/auth/wait/{auth_id}?timeout=N` until the flow completes
    (answering the moment it does) or N seconds pass, and answers 200 with
    `{"status": "completed", "token": ...}`, `{"status": "timeout", "token": null}`,
    `{"status": "pending", "token": null}` (for `timeout=0` on a live flow) or
    `{"status": "not_found", "token": null}` (unknown or expired flows). A `timeout` of 0 or
    less answers at once; one that is not an integer, like a bad body anywhere, gets FastAPI's
    own 422.
    Requests to either endpoint need `X-Api-Key: api_key` or `Authorization: Bearer
    bearer_token` (else 401); `X-Tenant-Id` is optional but, when sent, must be
    `workspace_id` (else 403). The flow id is the path segment percent-decoded once (`a%2Fb`
    is the flow `a/b`).

    A completed flow stays completed, and every wait on it answers the same token, until
    `completed_ttl` seconds have passed; then it is gone (`not_found`). The GET is
    idempotent: a client retrying after a lost response still gets its token, and any number
    of concurrent waiters all get it.

    Every other Auth Service and Agent Connections operation is served too, with state: OAuth
    providers (`add_provider`, `providers`), the stored tokens' summaries (`tokens`: a
    consent stores one per user and provider), agent connections (`connections`), MCP
    discovery (made up from the URL, no network) and the provider's redirect back (the
    callback and setup routes, which finish a flow as the consent page does). The token
    operations take no user: they act on every user's tokens in the workspace. A token expires
    `token_lifetime` seconds after its consent (None: never, `expires_at` null).

    Every other operation of the vendored document is served from it (routes, validation,
    answer shapes): deployments with a revision lifecycle (each in-progress status lasting
    `revision_step` seconds; `fail_next_revision` makes the next one fail) and logs, listeners,
    reads of no state; anything else answers 501 naming the operation.

    The same controls are served over HTTP under `/_emulator/`, without credentials (a local
    test double), with a consent page at `authorize_url(auth_id)` whose Approve button
    completes the flow. Every method is safe from any thread, also while requests are in
    flight. The emulator runs once: it cannot be restarted after it stops. Starting it needs
    the `emulator` extra (FastAPI and uvicorn); building one and arming faults does not.
    docs/emulator.md documents all of it.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        workspace_id: str = DEFAULT_WORKSPACE_ID,
        bearer_token: str = DEFAULT_BEARER_TOKEN,
        completed_ttl: float = DEFAULT_COMPLETED_TTL,
        token_lifetime: float | None = None,
        revision_step: float = DEFAULT_REVISION_STEP,
    ) -> None:
        """Configure the emulator; `port=0` picks a free port when it starts."""
        self.host = host
        self._requested_port = port
        self.api_key = api_key
        self.workspace_id = workspace_id
        self.bearer_token = bearer_token
        self._deployments = Deployments(workspace_id, revision_step)
        self._state = EmulatorState(completed_ttl, token_lifetime)
        self._state.services = Services(self._deployments, Listeners(), StoredTokens(self._state))
        self._server: ServerThread | None = None

    @property
    def port(self) -> int:
        """The port it listens on (available once started)."""
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        return self._server.port

    @property
    def url(self) -> str:
        """The base URL, such as `http://127.0.0.1:50123` (available once started)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> Self:
        """Start serving on a background thread; return once requests are accepted."""
        if self._server is not None:
            raise RuntimeError("an Emulator can only be started once")
        try:
            # Imported here so that the package imports without the `emulator` extra.
            from langsmith_control_plane.testing._server import ServerThread
        except ImportError as exc:
            raise ImportError(
                "the emulator needs FastAPI and uvicorn: "
                "pip install 'langsmith-control-plane[emulator]'"
            ) from exc
        self._server = ServerThread(
            self._state,
            host=self.host,
            port=self._requested_port,
            api_key=self.api_key,
            workspace_id=self.workspace_id,
            bearer_token=self.bearer_token,
        )
        self._server.start()
        return self

    def stop(self) -> None:
        """Answer parked requests, stop the server, join its thread and close its port."""
        if self._server is not None:
            self._server.stop()

    def __enter__(self) -> Self:
        """Start the emulator (see `start`)."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the emulator (see `stop`)."""
        self.stop()

    # Deployments.

    def fail_next_revision(
        self,
        deployment_id: str | None = None,
        *,
        phase: Literal["build", "deploy"] = "build",
        logs: Sequence[str] = (),
    ) -> None:
        """Make the next revision of `deployment_id` fail at `phase` (`BUILD_FAILED` or
        `DEPLOY_FAILED`) with `logs` as its last log lines. None: the next revision of any
        deployment, one created next included. KeyError for an unknown deployment."""
        self._deployments.fail_next_revision(deployment_id, phase, list(logs))

    # Flows.

    def create_auth(self, auth_id: str | None = None) -> str:
        """Start a pending flow and return its id (a random UUID when `auth_id` is None).

        Raises ValueError when a live flow already has this id.
        """
        return self._state.create_auth(auth_id)

    def complete(self, auth_id: str, token: str | None = None) -> str:
        """Complete a pending flow, waking its waiters at once; return the token.

        The token is random when None. Raises KeyError for an unknown or expired flow and
        ValueError for one already completed.
        """
        return self._state.complete(auth_id, token)

    def grant_token(
        self,
        provider: str,
        scopes: list[str],
        *,
        user_id: str | None = None,
        token: str | None = None,
    ) -> str:
        """Store a token as if the user had approved a flow for `scopes`; return the token.

        Authenticate then answers `completed` for that user (None: the caller's own user) and
        provider with this token, for any subset of `scopes`. The token is random when None;
        a token stored before for the same user and provider is replaced.
        """
        return self._state.grant_token(user_id, provider, scopes, token)

    def expire_token(self, provider: str, *, user_id: str | None = None) -> None:
        """Mark the token stored for `user_id` and `provider` expired.

        Authenticate then answers `token_expired`, with a new flow whose approval stores a
        fresh token. Raises KeyError when no token is stored for them.
        """
        self._state.expire_token(user_id, provider)

    # Providers, tokens and agent connections, as the API's operations see them.

    def add_provider(
        self,
        provider_id: str,
        *,
        name: str | None = None,
        client_id: str = "emulator-client",
        auth_url: str = "https://provider.example/authorize",
        token_url: str = "https://provider.example/token",  # noqa: S107 -- a URL.
        provider_type: str | None = None,
    ) -> Provider:
        """Register an OAuth provider, as `POST /v2/auth/providers` would; return it.

        `name` defaults to `provider_id`. Raises ValueError when `provider_id` is taken.
        """
        return self._state.create_provider(
            {
                "provider_id": provider_id,
                "name": name if name is not None else provider_id,
                "client_id": client_id,
                "auth_url": auth_url,
                "token_url": token_url,
                "uses_pkce": False,
                "code_challenge_method": "S256",
                "provider_type": provider_type,
                "mcp_server_url": None,
                "token_endpoint_auth_method": "client_secret_post",
                "is_dynamic_client": False,
            }
        )

    def providers(self) -> list[Provider]:
        """Every registered provider, oldest first."""
        return self._state.providers()

    def tokens(
        self, *, user_id: str | None = None, provider_id: str | None = None
    ) -> list[StoredToken]:
        """The tokens stored for `user_id` (None: the caller's own user), oldest first.

        With `provider_id`, only that provider's. Each carries the summary the API answers,
        the secret `token` and the `user_id` it belongs to (which the API never shows).
        """
        return [t for t in self._state.tokens(provider_id) if t.user_id == user_id]

    def connect(self, agent_id: str, token_id: str) -> AgentConnection:
        """Link a stored token to an agent, as `POST .../connections` would; return the link.

        Linking the same token again returns the same connection. KeyError for an unknown token.
        """
        return self._state.connect(agent_id, token_id)[0]

    def connections(self, agent_id: str) -> list[AgentConnection]:
        """The agent's connections, oldest first."""
        return [connection for connection, _ in self._state.connections(agent_id)]

    def expire(self, auth_id: str) -> None:
        """Forget a flow: parked and later waits answer `not_found`. KeyError if unknown."""
        self._state.expire(auth_id)

    def authorize_url(self, auth_id: str) -> str:
        """The emulated consent page for `auth_id`; its Approve button completes the flow."""
        return self.url + authorize_path(auth_id)

    def wait_for_waiters(self, auth_id: str, count: int = 1, timeout: float = 5.0) -> None:
        """Block until `count` requests are parked waiting on `auth_id`.

        For tests that must act while a long-poll is in flight, without guessing with sleeps.
        Raises TimeoutError after `timeout` seconds.
        """
        self._state.wait_for_waiters(auth_id, count, timeout)

    def wait_for_total_waiters(self, count: int, timeout: float = 5.0) -> None:
        """Block until `count` requests are parked across all flows.

        Raises TimeoutError after `timeout` seconds.
        """
        self._state.wait_for_waiters(None, count, timeout)

    # The request log.

    def requests(self) -> list[RecordedRequest]:
        """Every API request answered (or dropped) so far, oldest first.

        A request is logged as its response starts, so by the time a client has a response
        its request is in the log; a parked long-poll is logged when it is answered.
        """
        return self._state.requests()

    def reset_requests(self) -> None:
        """Empty the request log."""
        self._state.reset_requests()

    # Fault injection: each arms the next `times` API requests: with `auth_id`, only wait
    # requests for that flow; when None, a request to any API operation. Faults fire in the
    # order armed, before authentication and validation, and each request consumes at most one.

    def fail_next(
        self,
        status: int,
        *,
        retry_after: str | None = None,
        times: int = 1,
        auth_id: str | None = None,
    ) -> None:
        """Answer `status` (400-599) with `{"detail": ...}` and, if given, `Retry-After`."""
        self._state.add_fault(
            Fault("status", times, auth_id, status=status, retry_after=retry_after)
        )

    def drop_next(self, *, times: int = 1, auth_id: str | None = None) -> None:
        """Close the connection without sending a single response byte."""
        self._state.add_fault(Fault("drop", times, auth_id))

    def delay_next(self, seconds: float, *, times: int = 1, auth_id: str | None = None) -> None:
        """Wait `seconds` before handling the request as usual."""
        self._state.add_fault(Fault("delay", times, auth_id, seconds=seconds))

    def malformed_next(self, *, times: int = 1, auth_id: str | None = None) -> None:
        """Answer 200 with a body that is not JSON (a truncated document)."""
        self._state.add_fault(Fault("malformed", times, auth_id))

    def unknown_status_next(
        self, value: str = "cancelled", *, times: int = 1, auth_id: str | None = None
    ) -> None:
        """Answer 200 with `status: value`, a status the spec does not list, and the rest null.

        A wait gets `{"status": value, "token": null}`; an authenticate request gets every
        member of its answer, all null but `status`; any other operation `{"status": value}`.
        """
        self._state.add_fault(Fault("unknown_status", times, auth_id, value=value))


def press_approve(consent_url: str) -> None:
    """Load the consent page at `consent_url` and submit its Approve form, as a browser would.

    For demos and tests that play the user: `get_token`'s `on_auth_url` can hand it the URL.
    """
    with httpx.Client(timeout=10.0) as browser:
        page = browser.get(consent_url)
        page.raise_for_status()
        form = re.search(r'<form method="post" action="([^"]+)">', page.text)
        if form is None:
            raise RuntimeError(f"no Approve form on {consent_url}")
        browser.post(str(page.url.join(html.unescape(form.group(1))))).raise_for_status()
