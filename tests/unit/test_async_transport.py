"""The aiohttp transport's choice and error mapping, without a network.

Its end-to-end behaviour (timeouts, drops, body cap, redirects, cancellation, secrets, POSTs)
is tests/e2e's: with the `aiohttp` extra installed, as in the dev environment, every owned
async client there sends through it. Here: whether it is chosen, and how each aiohttp failure
reads, including those a loopback test cannot provoke (a connect timeout) or tell apart.
"""

from __future__ import annotations

from importlib import metadata
from types import SimpleNamespace

import aiohttp
import httpx
import pytest
from langsmith_control_plane._async_transport import (
    AiohttpTransport,
    _httpx_error,
    aiohttp_usable,
)
from langsmith_control_plane._http import new_async_transport


def test_owned_async_clients_use_aiohttp(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("all_proxy", raising=False)
    monkeypatch.setenv("NO_PROXY", "localhost")  # names no proxy
    assert isinstance(new_async_transport(None), AiohttpTransport)


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
