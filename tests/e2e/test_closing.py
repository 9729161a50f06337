"""`aclose()` ends every call in flight at once, whatever it is doing, and opens nothing after.

A parked wait (reading) is `test_transport.py`'s; here the rest: a TLS handshake that hangs, a
turn to connect queued behind a hundred others, and a sleep before a retry. Each call must end
with `ClientClosedError` right after `aclose()` (the bound below is the test's patience; the
calls would otherwise run for their 60 s deadlines).
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest
from langsmith_control_plane import AsyncControlPlane, ClientClosedError
from langsmith_control_plane._async_transport import AsyncHTTP11Transport

from tests.support import raw_server as raw
from tests.support.checks import KEY

PATIENCE = 2.0  # seconds; far below any deadline the calls would otherwise run to
pytestmark = pytest.mark.anyio


class SilentServer:
    """Accepts connections (counting them) and never says a word: TLS handshakes hang."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.listener.settimeout(0.05)
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"
        self.accepted: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                self.accepted.append(self.listener.accept()[0])
            except TimeoutError:
                continue


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    server.thread.start()
    yield server
    server.stop.set()
    server.thread.join()
    for sock in server.accepted:
        sock.close()
    server.listener.close()


async def closed_calls(cp: AsyncControlPlane, calls: list[asyncio.Task[object]]) -> None:
    await cp.aclose()
    done, pending = await asyncio.wait(calls, timeout=PATIENCE)
    assert not pending
    for call in done:
        assert type(call.exception()) is ClientClosedError


async def test_a_tls_handshake_and_queued_connects_end_and_nothing_opens_after(
    silent: SilentServer,
) -> None:
    cp = AsyncControlPlane(base_url=silent.url, api_key=KEY)
    assert isinstance(cp._transport, AsyncHTTP11Transport)
    # 120 calls: 100 connecting at once (the transport's limit), 20 queued for a turn.
    calls = [asyncio.create_task(cp.auth.check(f"flow-{n}")) for n in range(120)]
    while len(silent.accepted) < 100:
        await asyncio.sleep(0.01)
    await closed_calls(cp, calls)  # type: ignore[arg-type]
    opened = len(silent.accepted)
    await asyncio.sleep(0.3)  # time for a queued turn to have connected, had it been let
    assert len(silent.accepted) == opened


async def test_a_sleep_before_a_retry_ends() -> None:
    with raw.raw_server([], default=raw.respond(503, {}, Retry_After="8")) as server:
        cp = AsyncControlPlane(base_url=server.url, api_key=KEY)
        call = asyncio.create_task(cp.auth.wait("x", timeout=60))
        while server.connections < 1:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)  # the answer is read: the wait sleeps on its Retry-After
        await closed_calls(cp, [call])  # type: ignore[list-item]
        assert server.connections == 1
