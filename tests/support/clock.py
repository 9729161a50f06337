"""A clock for the clients under test whose sleeps return at once (see `_clock` in the package).

Its time is the real monotonic time plus every sleep it was asked for, so it never runs behind
the sockets' real timeouts, and a Retry-After or a backoff is crossed without being waited out.
`slept` records each sleep, for the tests that check what the client waited for.
"""

from __future__ import annotations

import asyncio
import time

from langsmith_control_plane._clock import Clock


class JumpingClock(Clock):
    def __init__(self) -> None:
        self.slept: list[float] = []
        self._ahead = 0.0

    def now(self) -> float:
        return time.monotonic() + self._ahead

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self._ahead += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still a turn of the loop, as a real sleep gives the others
