"""The clients' clock: the one place the shells read the time and sleep.

The policies take the time as an argument (`_policy` is pure); the shells in `_client` and the
flows in `_auth` ask their client's `_clock`. It is a seam for tests, not a setting: a test's
clock whose sleeps return at once and move its time forward crosses a Retry-After or a backoff
without waiting it out (`tests/support/clock.py`). Real sockets still take real time, so such a
clock's `now` must never run behind `time.monotonic()`.
"""

from __future__ import annotations

import time


class Clock:
    """`time.monotonic`, `time.sleep` and `asyncio.sleep`."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        # Imported on first async use, as in `_client`: sync users never need asyncio.
        import asyncio

        await asyncio.sleep(seconds)


SYSTEM_CLOCK = Clock()
