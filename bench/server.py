"""The benchmarks' HTTP server: raw asyncio, HTTP/1.1 keep-alive, in a process of its own.

`python -m bench.server [--release-at N] [--hold S] [--tls CERT KEY]` prints its port, then serves
`GET /v2/auth/wait/{auth_id}?timeout=T` until its stdin closes:

- without `--release-at`, every request is answered at once with `completed` and the token
  `tok-{auth_id}`: the per-call scenario, where the client's own cost must dominate (the
  emulator, FastAPI on uvicorn, spends more per request than any client, and would hide it);
- with `--release-at N`, each request is held (a parked long-poll) and answered `timeout` when
  its `timeout` runs out, as the real server does; once N are parked at the same time the server
  prints `{"parked": <CLOCK_MONOTONIC>}`, and `--hold` seconds later answers every parked
  request, and any later one at once, with `completed`, then prints `{"released": ...,
  "timeouts": <answered timeout in between>}`.

With `--tls`, it serves HTTPS with that certificate chain and key (PEM files), HTTP/1.1 only.

It parses nothing but the request line and the end of the head: GETs carry no body. Why not
the emulator here: ten thousand parked waits on uvicorn would measure uvicorn.
"""

from __future__ import annotations

import argparse
import asyncio
import asyncio.sslproto
import json
import resource
import socket
import ssl
import sys
import time
from urllib.parse import parse_qs, urlsplit

_PREFIX = "/v2/auth/wait/"
WARMUP = "warmup"  # answered at once in every mode: a client's unmeasured first wait


def response(status: str, token: str | None) -> bytes:
    """One complete HTTP/1.1 response carrying the wait endpoint's JSON."""
    body = json.dumps({"status": status, "token": token}).encode()
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


TIMEOUT = response("timeout", None)


class Server:
    """What every connection shares: the parked requests and when to release them."""

    def __init__(self, release_at: int | None, hold: float) -> None:
        self.release_at = release_at
        self.hold = hold
        self.released = release_at is None
        self._all_parked = False
        self.timeouts = 0  # answered since all were parked: the steady state's re-polls
        self.parked: dict[Connection, tuple[str, asyncio.TimerHandle]] = {}
        self._answers: dict[str, bytes] = {}

    def completed(self, auth_id: str) -> bytes:
        """The `completed` response for `auth_id` (cached: the per-call scenario repeats one)."""
        answer = self._answers.get(auth_id)
        if answer is None:
            answer = self._answers[auth_id] = response("completed", f"tok-{auth_id}")
        return answer

    def request(self, connection: Connection, target: str) -> None:
        """Answer or park one request for `target` (the path and query)."""
        url = urlsplit(target)
        auth_id = url.path.removeprefix(_PREFIX)
        if self.released or auth_id == WARMUP:
            connection.write(self.completed(auth_id))
            return
        hold = float(parse_qs(url.query).get("timeout", ["30"])[0])
        timer = asyncio.get_running_loop().call_later(hold, self._time_out, connection)
        self.parked[connection] = (auth_id, timer)
        if len(self.parked) == self.release_at and not self._all_parked:
            self._all_parked = True
            print(json.dumps({"parked": time.monotonic()}), flush=True)
            asyncio.get_running_loop().call_later(self.hold, self._release)

    def forget(self, connection: Connection) -> None:
        """The client hung up: drop its parked request, if any."""
        if (parked := self.parked.pop(connection, None)) is not None:
            parked[1].cancel()

    def _time_out(self, connection: Connection) -> None:
        del self.parked[connection]
        self.timeouts += self._all_parked
        connection.write(TIMEOUT)

    def _release(self) -> None:
        self.released = True
        for connection, (auth_id, timer) in self.parked.items():
            timer.cancel()
            connection.write(self.completed(auth_id))
        self.parked.clear()
        print(json.dumps({"released": time.monotonic(), "timeouts": self.timeouts}), flush=True)


class Connection(asyncio.Protocol):
    """One client connection: hands each complete request head to the `Server`."""

    def __init__(self, server: Server) -> None:
        self._server = server
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Keep the transport to answer on."""
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget any request parked on this connection."""
        self._server.forget(self)

    def data_received(self, data: bytes) -> None:
        """Handle each complete request head (`GET <target> HTTP/1.1 ... CRLF CRLF`)."""
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            line = self._buffer[: self._buffer.find(b"\r\n")]
            self._buffer = self._buffer[end + 4 :]
            self._server.request(self, line.split(b" ")[1].decode("ascii"))

    def write(self, data: bytes) -> None:
        """Send one response."""
        assert self._transport is not None
        self._transport.write(data)


async def serve(release_at: int | None, hold: float, tls: tuple[str, str] | None = None) -> None:
    """Serve on a free loopback port until stdin closes, as it does when the parent goes."""
    server = Server(release_at, hold)
    sock = socket.create_server(("127.0.0.1", 0))
    loop = asyncio.get_running_loop()
    context = None
    if tls is not None:
        # asyncio gives every TLS connection a 256 KiB read buffer (`SSLProtocol.max_size`):
        # 2.5 GB at 10,000 connections. The server's memory is not measured, so it reads in
        # TLS records' size (16 KiB) instead of holding that beside the client's.
        asyncio.sslproto.SSLProtocol.max_size = 16 * 1024
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*tls)
        context.set_alpn_protocols(["http/1.1"])
    # asyncio listens with a backlog of 100 unless told: 1,000 connects at once would overflow
    # it, and a dropped SYN costs its sender a second. The kernel caps this at somaxconn.
    listener = await loop.create_server(
        lambda: Connection(server),
        sock=sock,
        backlog=65535,
        ssl=context,
        # A burst of thousands of handshakes queues on this one process: give them time.
        ssl_handshake_timeout=None if context is None else 300,
    )
    print(sock.getsockname()[1], flush=True)
    async with listener:
        # Ends at EOF, so a benchmark that crashes or is killed leaves no server behind.
        await loop.run_in_executor(None, sys.stdin.buffer.read)


def main() -> None:
    """Parse the options, lift the open-files limit, and serve."""
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__)
    parser.add_argument("--release-at", type=int, help="park requests until N are parked")
    parser.add_argument("--hold", type=float, default=0.0, help="then wait S s, and release")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="serve HTTPS")
    args = parser.parse_args()
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    asyncio.run(serve(args.release_at, args.hold, tuple(args.tls) if args.tls else None))


if __name__ == "__main__":
    main()
