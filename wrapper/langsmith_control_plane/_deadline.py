"""The deadline of the sync request in progress, apart from the transport that reads it.

The shell sets it around each request (`deadline_within`); `_sync_transport`'s network backend
cuts every socket wait at it. Kept apart so the client imports no httpcore until a
`ControlPlane` builds its pool (httpcore costs a sixth of the package's import time).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Iterator
from contextvars import ContextVar

__all__ = ["DEADLINE", "deadline_within"]

# The monotonic time by which the current request must be over (per thread and context).
DEADLINE: ContextVar[float] = ContextVar("langsmith_control_plane_deadline", default=math.inf)


@contextlib.contextmanager
def deadline_within(seconds: float) -> Iterator[None]:
    """Every socket wait of the requests made in this block ends within `seconds` from now."""
    token = DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        DEADLINE.reset(token)
