"""The async transport opens at most `max_connecting` connections at once; others wait a turn.

The server accepts TCP connections and never answers the TLS handshake, so each connect ends
at its connect timeout; the order of the server's accepts and the client's failures shows
whether the second connect waited for the first.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from langsmith_control_plane._async_transport import AsyncHTTP11Transport

TIMEOUTS = {"connect": 0.3, "read": 5.0, "write": 5.0, "pool": 5.0}


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("max_connecting", "order"),
    [
        (1, ["accepted", "timed out", "accepted", "timed out"]),
        (2, ["accepted", "accepted", "timed out", "timed out"]),
    ],
)
async def test_connects_beyond_the_limit_wait_for_a_turn(
    max_connecting: int, order: list[str]
) -> None:
    events: list[str] = []
    held: list[asyncio.StreamWriter] = []

    async def silent(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        events.append("accepted")
        held.append(writer)  # open, and silent: the handshake never ends

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport = AsyncHTTP11Transport(max_connecting=max_connecting)

    async def request() -> None:
        url = f"https://127.0.0.1:{port}/"
        with pytest.raises(httpx.ConnectTimeout):
            await transport.handle_async_request(
                httpx.Request("GET", url, extensions={"timeout": TIMEOUTS})
            )
        events.append("timed out")

    try:
        await asyncio.gather(request(), request())
    finally:
        await transport.aclose()
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()
    assert events == order
