"""Which transport an owned AsyncControlPlane sends through, and how aiohttp's failures read.

The end-to-end behaviour on the aiohttp transport (timeouts, drops, body cap, redirects,
cancellation, secrets) is the fault matrix's and test_client's: with the `aiohttp` extra
installed, as in the dev environment, every owned async client there sends through it. Here:
the choice itself, the fallback to httpx's pool without the extra, and the error mapping for
failures a loopback test cannot provoke (a connect timeout) or does not tell apart.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from importlib import metadata
from types import SimpleNamespace

import aiohttp
import httpx
import pytest
from langsmith_control_plane import AsyncControlPlane, _async_transport
from langsmith_control_plane._async_transport import (
    AiohttpTransport,
    _httpx_error,
    aiohttp_usable,
    owned_async_transport,
)
from langsmith_control_plane.testing import Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


def test_owned_async_clients_use_aiohttp() -> None:
    assert isinstance(owned_async_transport(), AiohttpTransport)


@pytest.mark.parametrize(
    ("installed", "usable"),
    [
        ("3.14.5", True),
        ("3.10.0", True),
        ("3.9.5", False),
        ("4.0.0a1", True),
        ("3.11b0", True),
        (None, False),
    ],
)
def test_aiohttp_is_used_only_from_3_10(
    monkeypatch: pytest.MonkeyPatch, installed: str | None, usable: bool
) -> None:
    def version(name: str) -> str:
        assert name == "aiohttp"
        if installed is None:
            raise metadata.PackageNotFoundError(name)
        return installed

    monkeypatch.setattr(metadata, "version", version)
    assert aiohttp_usable.__wrapped__() is usable


@pytest.mark.anyio
async def test_without_the_extra_httpx_pool_serves_past_its_default_cap(
    monkeypatch: pytest.MonkeyPatch, emulator: Emulator
) -> None:
    monkeypatch.setattr(_async_transport, "aiohttp_usable", lambda: False)
    ids = [emulator.create_auth() for _ in range(120)]  # more than httpx's default 100

    def finish() -> None:
        emulator.wait_for_total_waiters(len(ids), timeout=30)
        for auth_id in ids:
            emulator.complete(auth_id, token=f"t-{auth_id}")

    async with AsyncControlPlane(base_url=emulator.url, api_key=emulator.api_key) as client:
        assert owned_async_transport() is None
        finisher = threading.Thread(target=finish)
        finisher.start()
        results = await asyncio.gather(*(client.auth.wait(i, timeout=60) for i in ids))
        finisher.join()
    assert [r.token for r in results] == [f"t-{i}" for i in ids]


def _connector_error(os_error: OSError) -> aiohttp.ClientConnectorError:
    key = SimpleNamespace(host="control-plane.example", port=443, ssl=True)
    return aiohttp.ClientConnectorError(key, os_error)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("Connection timeout to host"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("Timeout on reading data from socket"), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (_connector_error(ConnectionRefusedError(111, "Connect call failed")), httpx.ConnectError),
        (_connector_error(OSError(-2, "Name or service not known")), httpx.ConnectError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (
            aiohttp.ClientPayloadError("Response payload is not completed"),
            httpx.RemoteProtocolError,
        ),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
    ],
    ids=[
        "connect-timeout",
        "read-timeout",
        "bare-timeout",
        "refused",
        "dns",
        "disconnected",
        "truncated",
        "reset",
    ],
)
def test_aiohttp_failures_become_the_httpx_errors_httpcore_raises(
    failure: BaseException, expected: type[httpx.TransportError]
) -> None:
    request = httpx.Request("GET", "https://control-plane.example/v2/auth/wait/x")
    error = _httpx_error(failure, request)
    assert type(error) is expected
    assert error.request is request
    assert str(error) == (str(failure) or type(failure).__name__)
