"""A local emulator of every Control Plane operation (the Auth Service's sign-in flows, and
deployments with a revision lifecycle, among others), for tests, demos and benchmarks.

`Emulator` serves the real HTTP endpoint on loopback with scriptable flows and fault injection;
the `control_plane_emulator` pytest fixture (registered by this distribution's pytest plugin)
hands each test a fresh one. Running an emulator needs the `emulator` extra:
`pip install 'langsmith-control-plane[emulator]'`.
"""

from langsmith_control_plane.testing._emulator import (
    DEFAULT_API_KEY,
    DEFAULT_BEARER_TOKEN,
    DEFAULT_COMPLETED_TTL,
    DEFAULT_WORKSPACE_ID,
    Emulator,
    press_approve,
)
from langsmith_control_plane.testing._state import (
    AgentConnection,
    Provider,
    RecordedRequest,
    StoredToken,
)

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_BEARER_TOKEN",
    "DEFAULT_COMPLETED_TTL",
    "DEFAULT_WORKSPACE_ID",
    "AgentConnection",
    "Emulator",
    "Provider",
    "RecordedRequest",
    "StoredToken",
    "press_approve",
]
