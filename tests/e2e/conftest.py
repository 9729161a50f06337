"""End-to-end fixtures: both clients over real loopback HTTP.

Every e2e test that takes `connect` runs three times: through `ControlPlane`, and through
`AsyncControlPlane` on asyncio's event loop and on uvloop's (the two supported loops); every
`anyio` test runs on both loops.
The emulator and the log-hygiene check are the whole suite's (`tests/conftest.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import uvloop
from langsmith_control_plane._policy import Limits
from langsmith_control_plane.testing import Emulator

from tests.support.checks import FAST, KEY, TOKEN, WORKSPACE
from tests.support.clients import ASYNC_MODES, Client
from tests.support.clock import JumpingClock

Connect = Callable[..., Client]


@pytest.fixture(params=["sync", *ASYNC_MODES])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(
    params=[
        pytest.param(("asyncio", {}), id="asyncio"),
        pytest.param(("asyncio", {"loop_factory": uvloop.new_event_loop}), id="uvloop"),
    ]
)
def anyio_backend(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def connect(mode: str) -> Iterator[Connect]:
    """Make clients of this test's mode: `connect(base_url, **options)`, with the secret API
    key and workspace unless a bearer token is passed, `FAST` limits unless `limits=` says
    otherwise, and a `JumpingClock` of their own (`client.cp._clock`): no test waits out a
    backoff or a Retry-After. All are closed after the test."""
    made: list[Client] = []

    def make(base_url: str, *, limits: Limits = FAST, **options: Any) -> Client:
        if "bearer_token" not in options:
            options = {"api_key": KEY, "workspace_id": WORKSPACE, **options}
        options.setdefault("clock", JumpingClock())
        made.append(Client(mode, base_url=base_url, limits=limits, **options))
        return made[-1]

    yield make
    for client in made:
        client.dispose()


@pytest.fixture
def flow(emulator: Emulator) -> str:
    """A flow the user has already completed, with the secret token."""
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token=TOKEN)
    return auth_id
