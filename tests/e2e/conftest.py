"""End-to-end fixtures: both clients over real loopback HTTP, and the log-hygiene check.

Every e2e test that takes `connect` runs three times: through `ControlPlane`, and through
`AsyncControlPlane` on asyncio's event loop and on uvloop's (the two supported loops); every
`anyio` test runs on both loops.
With DEBUG logging on for every logger (ours, httpx, httpcore), `no_secrets_in_logs` checks
after each test that neither credential nor the returned token reached a log record.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import uvloop
from langsmith_control_plane._policy import Limits
from langsmith_control_plane.testing import Emulator

from tests.support.checks import BEARER, FAST, KEY, TOKEN, WORKSPACE, assert_no_secret
from tests.support.clients import ASYNC_MODES, Client

Connect = Callable[..., Client]


@pytest.fixture(autouse=True)
def no_secrets_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)  # the root logger: ours, httpx and httpcore all propagate
    yield
    for record in caplog.get_records("call"):
        text = record.getMessage()
        if record.exc_info:
            text += "".join(traceback.format_exception(*record.exc_info))
        assert_no_secret(text)


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
    key and workspace unless a bearer token is passed, and `FAST` limits unless `limits=`
    says otherwise. All are closed after the test."""
    made: list[Client] = []

    def make(base_url: str, *, limits: Limits = FAST, **options: Any) -> Client:
        if "bearer_token" not in options:
            options = {"api_key": KEY, "workspace_id": WORKSPACE, **options}
        made.append(Client(mode, base_url=base_url, limits=limits, **options))
        return made[-1]

    yield make
    for client in made:
        client.dispose()


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER) as emu:
        yield emu


@pytest.fixture
def flow(emulator: Emulator) -> str:
    """A flow the user has already completed, with the secret token."""
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token=TOKEN)
    return auth_id
