"""Consent inside a LangGraph node: the run pauses for the user, durable across restarts.

```python
from langsmith_control_plane.langgraph import get_token

def call_github(state: State) -> dict:
    token = get_token(cp, "github", ["repo"], user_id=state["user_id"])
    ...
```

A stored token returns at once. Otherwise the run pauses with `interrupt(payload)`, the payload
carrying the consent `url` (a `ConsentPayload`); once the user is done, resume the run with
`Command(resume=...)` (any value: it means "look again"). The node then runs again from the top,
as LangGraph always does on resume, and this call finds the same flow again, looks once, and
returns the token, or pauses again with the same URL if the user has not finished yet.

What makes this durable is LangGraph's own checkpointer, not this module: the flow this call
started is the result of a LangGraph `task`, which the checkpointer saves with the run and
replays when the node runs again, in this process or another one. Each look at the flow is a
task too, so a node runs the same sequence of interrupts on every replay and LangGraph matches
each resume value to the interrupt it answered. No token is ever saved with the run: a task's
result says only whether the flow completed, and the token is kept in memory, or fetched again
when the node is replayed in a later run.

This module needs the `langgraph` extra (`pip install 'langsmith-control-plane[langgraph]'`);
`import langsmith_control_plane` never imports LangGraph.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

from langgraph.config import get_config
from langgraph.constants import CONFIG_KEY_CHECKPOINTER
from langgraph.func import task
from langgraph.types import interrupt

from ._auth import consent_flow
from ._client import AsyncControlPlane, ControlPlane
from ._consent import ConsentPayload, payload
from ._resumer import ConsentResumer, Resumed
from .errors import AuthNotFoundError, ConfigurationError
from .models import AuthCheckResult, AuthenticateResult

__all__ = ["ConsentPayload", "ConsentResumer", "Resumed", "aget_token", "get_token"]

# What a step's saved result says. Only these words are saved with the run, never a token.
COMPLETED = "completed"
PENDING = "pending"
EXPIRED = "expired"


class _Request:
    """The checked arguments of one call (nothing is sent before they are checked)."""

    __slots__ = ("agent_id", "ls_user_id", "provider", "redirect_uri", "scopes", "user_id")

    def __init__(
        self,
        provider: object,
        scopes: object,
        *,
        user_id: object,
        agent_id: object,
        ls_user_id: object,
        redirect_uri: object,
    ) -> None:
        if not isinstance(provider, str) or not provider.strip():
            raise ConfigurationError(
                f"provider must be a non-empty string, such as 'github', not {provider!r}"
            )
        if isinstance(scopes, str | bytes) or not isinstance(scopes, Iterable):
            raise ConfigurationError(
                f"scopes must be a list of strings, such as ['repo'], not {scopes!r}"
            )
        # Empty scopes are sent as they are, as `client.auth.get_token` and `lscp auth token`
        # send them: the API takes an empty list (the provider's default scopes).
        scope_list = list(scopes)
        for index, scope in enumerate(scope_list):
            if not isinstance(scope, str) or not scope:
                raise ConfigurationError(
                    f"scopes[{index}] must be a non-empty string, not {scope!r}"
                )
        self.provider: str = provider
        self.scopes: list[str] = scope_list
        self.user_id = _optional("user_id", user_id)
        self.ls_user_id = _optional("ls_user_id", ls_user_id)
        self.redirect_uri = _optional("redirect_uri", redirect_uri)
        run_agent = _assistant_id()  # also: are we in a graph at all?
        self.agent_id = _optional("agent_id", agent_id) or run_agent


def _optional(name: str, value: object) -> str | None:
    if value is not None and (not isinstance(value, str) or not value):
        raise ConfigurationError(f"{name} must be a non-empty string or None, not {value!r}")
    return value


def _assistant_id() -> str | None:
    """The run's `assistant_id` (where langchain-auth reads it), or None; outside a graph, raise."""
    try:
        config = get_config()
    except RuntimeError:
        raise ConfigurationError(
            "langsmith_control_plane.langgraph's get_token and aget_token work only inside a "
            "LangGraph node, where the run can pause for the user; elsewhere call "
            "client.auth.get_token(...), which waits for the user instead"
        ) from None
    configurable = config.get("configurable", {})
    # Without a checkpointer, interrupt() cannot pause the run: the user would get a URL the run
    # could never resume from. (LangGraph's key for it; an Agent Server always sets one.)
    if configurable.get(CONFIG_KEY_CHECKPOINTER) is None:
        raise ConfigurationError(
            "get_token and aget_token pause the run until the user signs in, which needs a "
            "checkpointer: compile the graph with one (graph.compile(checkpointer=...)), or "
            "deploy it to an Agent Server, which provides one"
        )
    assistant_id = configurable.get("assistant_id")
    return assistant_id if isinstance(assistant_id, str) and assistant_id else None


# A step's result, as saved with the run: {"status": COMPLETED}, or {"status": PENDING, "url",
# "auth_id"} for a flow the user has to finish.
Flow = dict[str, str]


def _started(result: AuthenticateResult, token: list[str]) -> Flow:
    if result.completed and result.token is not None:
        token.append(result.token)
        return {"status": COMPLETED}
    url, auth_id = consent_flow(result)
    return {"status": PENDING, "url": url, "auth_id": auth_id}


def _looked(result: AuthCheckResult, token: list[str]) -> str:
    if result.completed and result.token is not None:
        token.append(result.token)
        return COMPLETED
    return PENDING


def _pause(request: _Request, flow: Flow) -> None:
    # Returns only once the run is resumed; the resume value means "look again", nothing more.
    interrupt(payload(request.provider, request.scopes, url=flow["url"], auth_id=flow["auth_id"]))


def _steps(request: _Request, start: Callable[[], Flow], look: Callable[[str], str]) -> str | None:
    """Start (or find again) the flow and pause until a look finds it completed.

    Returns the completed flow's auth_id, or None when a token was stored. The token itself is
    in memory if the step that saw it ran in this process (see `get_token`).
    """
    flow = start()
    while flow["status"] != COMPLETED:
        _pause(request, flow)
        status = look(flow["auth_id"])
        if status == COMPLETED:
            return flow["auth_id"]
        if status == EXPIRED:
            flow = start()
    return None


async def _asteps(
    request: _Request,
    start: Callable[[], Awaitable[Flow]],
    look: Callable[[str], Awaitable[str]],
) -> str | None:
    """`_steps` for async steps."""
    flow = await start()
    while flow["status"] != COMPLETED:
        _pause(request, flow)
        status = await look(flow["auth_id"])
        if status == COMPLETED:
            return flow["auth_id"]
        if status == EXPIRED:
            flow = await start()
    return None


def get_token(
    client: ControlPlane,
    provider: str,
    scopes: Iterable[str],
    *,
    user_id: str | None = None,
    agent_id: str | None = None,
    ls_user_id: str | None = None,
    redirect_uri: str | None = None,
) -> str:
    """The user's token for `provider`, from inside a sync LangGraph node.

    A stored token returns at once. Otherwise the run pauses with `interrupt(payload)` (a
    `ConsentPayload`, with the consent `url`); resume it with `Command(resume=...)`, any value,
    once the user is done. On resume this call looks once: the token if the user finished,
    else the run pauses again with the same flow's URL; an expired flow is replaced by a new
    one. `agent_id` defaults to the run's `configurable["assistant_id"]`.

    Raises `ConfigurationError` for bad arguments, or outside a graph (use
    `client.auth.get_token` there), before anything is sent; errors of the requests (an
    outage, a rejected key) are raised as `client.auth` raises them, not turned into a pause.
    """
    request = _Request(
        provider,
        scopes,
        user_id=user_id,
        agent_id=agent_id,
        ls_user_id=ls_user_id,
        redirect_uri=redirect_uri,
    )
    if not isinstance(client, ControlPlane):
        raise ConfigurationError(
            f"get_token needs a ControlPlane, not {type(client).__name__}; "
            "in an async node, use aget_token"
        )
    # Filled only by a step that runs in this process; what the run saves are the steps'
    # results, which never hold the token.
    token: list[str] = []

    def control_plane_authenticate() -> Flow:
        return _started(
            client.auth.authenticate(
                request.provider,
                request.scopes,
                user_id=request.user_id,
                agent_id=request.agent_id,
                ls_user_id=request.ls_user_id,
                redirect_uri=request.redirect_uri,
            ),
            token,
        )

    def control_plane_check(auth_id: str) -> str:
        try:
            return _looked(client.auth.check(auth_id), token)
        except AuthNotFoundError:
            return EXPIRED

    # As LangGraph tasks, the steps' results are saved with the run, and replayed (by name and
    # place in the node's calls) when the node runs again; the names show in traces.
    start, look = task(control_plane_authenticate), task(control_plane_check)
    completed = _steps(request, lambda: start().result(), lambda auth_id: look(auth_id).result())
    if not token and completed is not None:
        # Replayed: the step that saw the token ran in an earlier run; look at the flow again.
        control_plane_check(completed)
    if not token:
        # The grant was revoked since it was seen: ask again. These steps are not saved (one
        # more saved step would take the place of a later step's result), so until the user
        # approves, each replay starts one more flow.
        _steps(request, control_plane_authenticate, control_plane_check)
    return token[-1]


async def aget_token(
    client: AsyncControlPlane,
    provider: str,
    scopes: Iterable[str],
    *,
    user_id: str | None = None,
    agent_id: str | None = None,
    ls_user_id: str | None = None,
    redirect_uri: str | None = None,
) -> str:
    """The user's token for `provider`, from inside an async LangGraph node; see `get_token`."""
    request = _Request(
        provider,
        scopes,
        user_id=user_id,
        agent_id=agent_id,
        ls_user_id=ls_user_id,
        redirect_uri=redirect_uri,
    )
    if not isinstance(client, AsyncControlPlane):
        raise ConfigurationError(
            f"aget_token needs an AsyncControlPlane, not {type(client).__name__}; "
            "in a sync node, use get_token"
        )
    token: list[str] = []

    async def control_plane_authenticate() -> Flow:
        result = await client.auth.authenticate(
            request.provider,
            request.scopes,
            user_id=request.user_id,
            agent_id=request.agent_id,
            ls_user_id=request.ls_user_id,
            redirect_uri=request.redirect_uri,
        )
        return _started(result, token)

    async def control_plane_check(auth_id: str) -> str:
        try:
            return _looked(await client.auth.check(auth_id), token)
        except AuthNotFoundError:
            return EXPIRED

    start, look = task(control_plane_authenticate), task(control_plane_check)
    completed = await _asteps(request, start, look)
    if not token and completed is not None:
        await control_plane_check(completed)
    if not token:
        await _asteps(request, control_plane_authenticate, control_plane_check)
    return token[-1]
