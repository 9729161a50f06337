"""Without the `aiohttp` extra, owned async clients keep httpx's pool, with no connection cap.

(With the extra, as installed here, every other e2e test runs its async client through aiohttp;
tests/unit/test_async_transport.py checks the choice and the error mapping.)
"""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from langsmith_control_plane import AsyncControlPlane, _http
from langsmith_control_plane.testing import Emulator


@pytest.mark.anyio
async def test_without_the_extra_httpx_pool_serves_past_its_default_cap(
    monkeypatch: pytest.MonkeyPatch, emulator: Emulator
) -> None:
    monkeypatch.setattr(_http, "aiohttp_usable", lambda: False)
    ids = [emulator.create_auth() for _ in range(120)]  # more than httpx's default 100

    def finish() -> None:
        emulator.wait_for_total_waiters(len(ids), timeout=30)
        for auth_id in ids:
            emulator.complete(auth_id, token=f"t-{auth_id}")

    async with AsyncControlPlane(base_url=emulator.url, api_key=emulator.api_key) as client:
        assert isinstance(client._transport, httpx.AsyncHTTPTransport)
        finisher = threading.Thread(target=finish)
        finisher.start()
        results = await asyncio.gather(*(client.auth.wait(i, timeout=60) for i in ids))
        finisher.join()
    assert [r.token for r in results] == [f"t-{i}" for i in ids]
