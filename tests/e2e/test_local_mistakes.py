"""Local mistakes are local: what the client can tell is wrong before sending is a
`ConfigurationError` with nothing sent, and a request cut before its head went out is reported
as never having reached the server."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import httpx
import pytest
from langsmith_control_plane import APITimeoutError, ConfigurationError
from langsmith_control_plane._async_transport import AsyncHTTP11Transport

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import TOKEN, expect


@pytest.fixture
def silent_tls_url() -> Iterator[str]:
    """An https URL whose server takes the connection (the kernel does) and never answers the
    TLS handshake: a request to it stays connecting."""
    with socket.create_server(("127.0.0.1", 0), backlog=64) as listener:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X Trace", "1"),  # a space in the name
        ("X-Trace:", "1"),
        ("X-Tracé", "1"),  # non-ASCII name
        ("X-Trace", "café"),  # non-ASCII value: httpx would raise UnicodeEncodeError
        ("X-Trace", "a\x01b"),  # a control character: sent as is before
        ("X-Trace", "a\x7fb"),
        ("", "1"),
    ],
    ids=["space", "colon", "non-ascii-name", "non-ascii-value", "ctrl-01", "del", "empty"],
)
def test_an_invalid_header_is_a_configuration_error_and_nothing_is_sent(
    connect: Connect, name: str, value: str
) -> None:
    with raw.raw_server([], default=raw.completed(TOKEN)) as server:
        client = connect(server.url)
        error = expect(ConfigurationError, lambda: client.check("x", extra_headers={name: value}))
        assert error.message.startswith("extra_headers: ")
        assert server.connections == 0


def test_a_post_cut_while_connecting_never_reached_the_server(
    connect: Connect, silent_tls_url: str
) -> None:
    # The call's deadline (1 s, plus the grace) cuts the request while its TLS handshake hangs.
    client = connect(silent_tls_url)
    error = expect(
        APITimeoutError, lambda: client.authenticate("github", ["repo"], user_id="eve", timeout=1)
    )
    assert error.reached_server is False


@pytest.mark.anyio
async def test_a_request_queued_for_a_turn_to_connect_honours_the_pool_timeout(
    silent_tls_url: str,
) -> None:
    transport = AsyncHTTP11Transport(max_connecting=1)
    try:
        first = asyncio.create_task(
            transport.handle_async_request(
                httpx.Request("GET", silent_tls_url, extensions={"timeout": {"connect": 30}})
            )
        )
        await asyncio.sleep(0.1)  # the first holds the only turn, in its handshake
        queued = httpx.Request(
            "GET", silent_tls_url, extensions={"timeout": {"connect": 30, "pool": 0.2}}
        )
        with pytest.raises(httpx.PoolTimeout):
            await asyncio.wait_for(transport.handle_async_request(queued), 10)
        first.cancel()
    finally:
        await transport.aclose()
