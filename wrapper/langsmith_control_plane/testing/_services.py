"""What the emulator's services share: a handler's signature, its typed refusal, and the table
that finds an operation's handler by the SDK's name for it.

Routing, validation and the shape of every answer come from the document (`_document.py`); a
service holds state and answers with plain values (moto's split: state per service, apart from
the routes). An operation no service handles answers 501 naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

Params = dict[str, Any]
Payload = Any
"""A request's JSON body (None when it has none)."""
Answer = tuple[int, Any]
"""A handler's answer: `(status, value)`."""
Handler = Callable[[Params, Payload], Answer]
"""`(parameters by name, JSON body or None) -> (status, value)`: the value is shaped by the
document's schema for that status (None for an answer without a body)."""


S = TypeVar("S")


class ServiceError(Exception):
    """A refusal the service gives: `{"detail": detail}` with `status` (404 for an unknown id,
    409 for a conflict, ...)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class Service(Protocol):
    """A service's state, and its handlers by operation name."""

    def handlers(self) -> Mapping[str, Handler]:
        """The operations this service answers, by the SDK's name for each."""
        ...


class Services:
    """The emulator's services, each with its own state."""

    def __init__(self, *services: Service) -> None:
        self._services = services
        self._handlers: dict[str, Handler] = {}
        for service in services:
            self._handlers |= service.handlers()

    def find(self, kind: type[S]) -> S:
        """The service of type `kind` (for the admin API's controls); LookupError if none."""
        for service in self._services:
            if isinstance(service, kind):
                return service
        raise LookupError(f"no {kind.__name__} service")

    def handler(self, name: str) -> Handler | None:
        """The handler of the operation the SDK calls `name`, or None: not emulated."""
        return self._handlers.get(name)
