"""The HTTP/2 measurement's server: hypercorn serving the long-poll over TLS, HTTP/2 and HTTP/1.1.

`python -m bench.h2server --release-at N --tls CERT KEY` prints its port, then serves
`GET /v2/auth/wait/{auth_id}` until its stdin closes, as `bench.server --release-at N` does for
the fan-out: every request is held until N are parked at once, then all are answered
`completed` with the token `tok-{auth_id}`. It prints `{"parked": <CLOCK_MONOTONIC>}`, then
`{"released": ..., "timeouts": 0, "connections": <client connections the parked requests came
on>}`. ALPN offers h2 and http/1.1, so an HTTP/2 client and an HTTP/1.1 one meet the same
server. No hold times out: the measurement is the fan-out, not the steady state.

A raw ASGI app, no framework: the server's own cost per request stays small and equal for
both protocols. One connection may carry every stream (`h2_max_concurrent_streams`), so
HTTP/2's multiplexing is what is measured, not a server's cap.
"""

from __future__ import annotations

import argparse
import asyncio
import asyncio.sslproto
import json
import resource
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from hypercorn.asyncio import serve
from hypercorn.config import Config

from bench.server import WARMUP, response

_PREFIX = "/v2/auth/wait/"
Scope = dict[str, Any]


class App:
    """Parks every wait until `release_at` are parked, then answers them all."""

    def __init__(self, release_at: int) -> None:
        self.release_at = release_at
        self.parked = 0
        self.released = asyncio.Event()
        self.connections: set[tuple[str, int]] = set()

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Scope]],
        send: Callable[[Scope], Awaitable[None]],
    ) -> None:
        """The ASGI entry point: lifespan events, and the wait endpoint."""
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        auth_id = scope["path"].removeprefix(_PREFIX)
        if auth_id != WARMUP and not self.released.is_set():
            self.connections.add(tuple(scope["client"]))
            self.parked += 1
            if self.parked == self.release_at:
                print(json.dumps({"parked": time.monotonic()}), flush=True)
                self.released.set()
                print(
                    json.dumps(
                        {
                            "released": time.monotonic(),
                            "timeouts": 0,
                            "connections": len(self.connections),
                        }
                    ),
                    flush=True,
                )
            else:
                await self.released.wait()
        _, _, body = response("completed", f"tok-{auth_id}").partition(b"\r\n\r\n")
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


async def main_async(release_at: int, cert: str, key: str) -> None:
    """Serve on a free loopback port until stdin closes."""
    # As in bench.server: asyncio's 256 KiB read buffer per TLS connection is not the client's
    # memory, and 10,000 of them would be 2.5 GB more on the machine.
    asyncio.sslproto.SSLProtocol.max_size = 16 * 1024
    sock = socket.create_server(("127.0.0.1", 0), backlog=65535)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(sock.getsockname()[1], flush=True)
    config = Config()
    config.bind = [f"fd://{sock.fileno()}"]
    config.backlog = 65535
    config.certfile, config.keyfile = cert, key
    config.h2_max_concurrent_streams = release_at + 100
    config.keep_alive_timeout = 600
    config.accesslog = None
    config.errorlog = None
    loop = asyncio.get_running_loop()
    stdin_closed = loop.run_in_executor(None, sys.stdin.buffer.read)
    await serve(App(release_at), config, shutdown_trigger=lambda: stdin_closed)  # type: ignore[arg-type]


def main() -> None:
    """Parse the options, lift the open-files limit, and serve."""
    parser = argparse.ArgumentParser(prog="python -m bench.h2server", description=__doc__)
    parser.add_argument("--release-at", type=int, required=True)
    parser.add_argument("--hold", type=float, default=0.0, help="accepted, must be 0")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), required=True)
    args = parser.parse_args()
    if args.hold:
        parser.error("--hold: this server measures the fan-out only")
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    asyncio.run(main_async(args.release_at, *args.tls))


if __name__ == "__main__":
    main()
