"""The one road: the requester protocol every call takes, generated or handwritten.

A client hands its requester to every resource. Generated methods use the generated protocol
(`call`, `call_raw`, `paginate`); handwritten helpers (`cp.auth.wait`, `get_token`, the CLI,
LangGraph) use the same object through the few more members below: the settings they read,
the time, and `plan` + `run` for a call whose answer they read themselves. Nothing else of a
client is theirs to touch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from langsmith_control_plane_client.api import (
    AsyncRequester,
    Operation,
    Requester,
    RequestOptions,
)

if TYPE_CHECKING:
    from ._operations import OperationRequest
    from ._policy import CallPolicy, Limits, Policy, Reply, Send
    from .config import Config

__all__ = ["AsyncClientRequester", "ClientRequester", "LineFor", "Road"]

T = TypeVar("T")
LineFor = Callable[["Send"], "OperationRequest"]


class Road(Protocol):
    """What both requesters offer handwritten code besides the generated protocol."""

    @property
    def config(self) -> Config:
        """The client's resolved settings (deadlines, server hold, retries)."""

    @property
    def limits(self) -> Limits:
        """The limits every policy applies."""

    def now(self) -> float:
        """The monotonic time the policies reckon in."""

    def deadline(self, timeout: object, default: float) -> float:
        """A call's deadline in seconds: its own `timeout=`, checked, else `default`."""

    def plan(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        answer: Callable[[Reply], T],
        options: RequestOptions,
        *,
        hold: int | None = None,
    ) -> tuple[CallPolicy[T], LineFor]:
        """One call of `operation` whose 2xx answer `answer` reads; checked, nothing sent."""


class ClientRequester(Requester, Road, Protocol):
    """A `ControlPlane`'s requester."""

    def run(self, policy: Policy[T], line_for: LineFor) -> T:
        """Perform a policy: send, sleep and retry as it says; its result or error."""


class AsyncClientRequester(AsyncRequester, Road, Protocol):
    """An `AsyncControlPlane`'s requester."""

    async def run(self, policy: Policy[T], line_for: LineFor) -> T:
        """Perform a policy: send, sleep and retry as it says; its result or error."""
