"""One blocking interface over ControlPlane and AsyncControlPlane, so every end-to-end
scenario runs through both clients without being written twice."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import attrs
from langsmith_control_plane import (
    AsyncControlPlane,
    AuthCheckResult,
    AuthenticateResult,
    AuthResult,
    ControlPlane,
)
from langsmith_control_plane._clock import Clock
from langsmith_control_plane._policy import Limits
from langsmith_control_plane.testing import Emulator

T = TypeVar("T")


ASYNC_MODES = ("async", "async-uvloop")


def new_runner(mode: str) -> asyncio.Runner:
    """An event loop runner for an async mode: asyncio's own loop, or uvloop's."""
    if mode == "async-uvloop":
        import uvloop

        return asyncio.Runner(loop_factory=uvloop.new_event_loop)
    return asyncio.Runner()


class Client:
    """One scenario's client, sync or async, behind one blocking interface.

    `limits`, when given, replaces the client's `Limits` right after construction: the one
    place tests shrink time budgets (the logic that applies them is the same). `clock`, when
    given, replaces its clock (`tests/support/clock.py`).
    """

    def __init__(
        self,
        mode: str,
        *,
        limits: Limits | None = None,
        clock: Clock | None = None,
        **options: Any,
    ) -> None:
        self.mode = mode
        self.cp: ControlPlane | AsyncControlPlane
        if mode == "sync":
            self.cp = ControlPlane(**options)
        else:
            self.runner = new_runner(mode)
            self.cp = AsyncControlPlane(**options)
        if limits is not None:
            given = self.cp._limits  # what the constructor's arguments set is kept
            self.cp._limits = attrs.evolve(
                limits,
                secret_fields=given.secret_fields,
                max_connect_attempts=given.max_connect_attempts,
            )
        if clock is not None:
            self.cp._clock = clock

    def run(self, call: Callable[[], T | Awaitable[T]]) -> T:
        """Call `call`; for the async client, run the awaitable it returns to completion."""
        result = call()
        if isinstance(result, Awaitable):
            return self.runner.run(_awaited(result))
        return result

    def wait(self, auth_id: str, **kwargs: Any) -> AuthResult:
        return self.run(lambda: self.cp.auth.wait(auth_id, **kwargs))

    def check(self, auth_id: str, **kwargs: Any) -> AuthCheckResult:
        return self.run(lambda: self.cp.auth.check(auth_id, **kwargs))

    def authenticate(self, *args: Any, **kwargs: Any) -> AuthenticateResult:
        return self.run(lambda: self.cp.auth.authenticate(*args, **kwargs))

    def get_token(self, *args: Any, **kwargs: Any) -> str:
        return self.run(lambda: self.cp.auth.get_token(*args, **kwargs))

    def close(self) -> None:
        """Close the client, as a user would; calls on it go on running (and must fail)."""
        self.run(self.cp.close if isinstance(self.cp, ControlPlane) else self.cp.aclose)

    def dispose(self) -> None:
        """Close the client and, for the async one, its event loop."""
        self.close()
        if self.mode != "sync":
            self.runner.close()


async def _awaited(awaitable: Awaitable[T]) -> T:
    return await awaitable


def complete_on_second_poll(emulator: Emulator, auth_id: str, token: str) -> None:
    """Block until a first poll on `auth_id` was answered and a second one is parked, then
    complete the flow under it (for a client polling with a short `poll_timeout`)."""
    # The first poll is logged when the server answers it (status "timeout").
    deadline = time.monotonic() + 10
    while not emulator.requests() and time.monotonic() < deadline:
        time.sleep(0.01)
    emulator.wait_for_waiters(auth_id, 1, timeout=10)
    emulator.complete(auth_id, token=token)
