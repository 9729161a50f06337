"""One blocking interface over ControlPlane and AsyncControlPlane, so every end-to-end
scenario runs through both clients without being written twice."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from langsmith_control_plane import AsyncControlPlane, AuthResult, ControlPlane
from langsmith_control_plane.testing import Emulator


class Client:
    """One scenario's client, sync or async, behind one blocking interface."""

    def __init__(self, mode: str, **options: Any) -> None:
        self.mode = mode
        if mode == "sync":
            self.sync = ControlPlane(**options)
        else:
            self.runner = asyncio.Runner()
            self.async_ = AsyncControlPlane(**options)

    def wait(self, auth_id: str, **kwargs: Any) -> AuthResult:
        if self.mode == "sync":
            return self.sync.auth.wait(auth_id, **kwargs)
        return self.runner.run(self.async_.auth.wait(auth_id, **kwargs))

    def check(self, auth_id: str) -> AuthResult:
        if self.mode == "sync":
            return self.sync.auth.check(auth_id)
        return self.runner.run(self.async_.auth.check(auth_id))

    def close(self) -> None:
        if self.mode == "sync":
            self.sync.close()
        else:
            self.runner.run(self.async_.aclose())
            self.runner.close()


def complete_on_second_poll(emulator: Emulator, auth_id: str, token: str) -> None:
    """Block until a first poll on `auth_id` was answered and a second one is parked, then
    complete the flow under it (for a client polling with a short `poll_timeout`)."""
    # The first poll is logged when the server answers it (status "timeout").
    deadline = time.monotonic() + 10
    while not emulator.requests() and time.monotonic() < deadline:
        time.sleep(0.01)
    emulator.wait_for_waiters(auth_id, 1, timeout=10)
    emulator.complete(auth_id, token=token)
