"""A minimal HTTP/1.1 keep-alive server that answers every request with a completed flow.

Scenario 1 measures what a client costs per call. The emulator (FastAPI on uvicorn) spends far
more time per request than any client, so against it every client would look alike; this
server parses nothing but the end of the request head and writes one canned response, so the
client's own cost dominates. It runs in its own process (`python -m bench.fastserver`), on the
other core, and prints its port as the first line of stdout.
"""

from __future__ import annotations

import asyncio
import json
import socket

BODY = json.dumps({"status": "completed", "token": "tok-fast"}).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"content-type: application/json\r\n"
    b"content-length: " + str(len(BODY)).encode() + b"\r\n"
    b"\r\n" + BODY
)


class _Answer(asyncio.Protocol):
    """Answer each request head as it arrives; GETs carry no body, so that is the request."""

    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Keep the transport to write responses on."""
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        """Write one response per complete request head (pipelined heads included)."""
        assert self._transport is not None
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            self._buffer = self._buffer[end + 4 :]
            self._transport.write(RESPONSE)


async def serve() -> None:
    """Serve on a free loopback port until the process is terminated."""
    sock = socket.create_server(("127.0.0.1", 0), backlog=4096)
    server = await asyncio.get_running_loop().create_server(_Answer, sock=sock)
    print(sock.getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve())
