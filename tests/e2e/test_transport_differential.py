"""The same scripted faults through our transport and through httpx's own `AsyncHTTPTransport`.

Each case is a raw server misbehaving on the first connection; two requests go through one
pool. What the first gets (an answer or an exception class), what the second gets, and how
many connections the server saw (2: the first was not reused) must be the same on both
transports, except for the deliberate differences in `DIFFERENCES`, each written down here
and in docs/transport.md. Runs on asyncio's loop and on uvloop's.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

import httpx
import pytest
import trustme
from langsmith_control_plane._async_transport import AsyncHTTP11Transport

from tests.support import raw_server as raw


def answer(text: str, *, close: bool = False) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n" % len(text)
    return head + (b"Connection: close\r\n" if close else b"") + b"\r\n" + text.encode()


def then_serve_again(first: bytes) -> raw.Handler:
    """Send `first`, then answer "reused" to a second request on the same connection."""

    def handler(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(first)
        sock.settimeout(5)
        try:
            if raw.read_head(sock):
                sock.sendall(answer("reused"))
                server.stop.wait(5)
        except OSError:
            pass  # the client closed the connection: it was not reused

    return handler


def then_hold(first: bytes) -> raw.Handler:
    """Send `first`, then nothing more, holding the connection open."""

    def handler(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(first)
        server.stop.wait(10)

    return handler


def then_close(first: bytes) -> raw.Handler:
    def handler(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(first)
        sock.close()

    return handler


def chunked(*chunks: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in (*chunks, b""))


CASES: dict[str, raw.Handler] = {
    "keep-alive": then_serve_again(answer("first")),
    "connection-close": then_serve_again(answer("first", close=True)),
    "reset-before-answer": raw.reset_before_response,
    "reset-mid-body": raw.reset_during_response,
    "close-without-answer": raw.close_without_answer,
    "close-mid-body": then_close(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"),
    "1xx-then-chunked": then_serve_again(
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(b"fi", b"rst")
    ),
    "bytes-past-an-answer": then_serve_again(answer("first") + answer("smuggled")),
    "content-length-and-chunked": then_serve_again(
        b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunked(b"first")
    ),
    "body-to-eof": then_close(b"HTTP/1.0 200 OK\r\n\r\nfirst"),
    "not-http": then_close(b"SSH-2.0-OpenSSH_9.6\r\n"),
    "head-over-100-kib": then_hold(b"HTTP/1.1 200 OK\r\n" + b"X-Pad: %s\r\n" % (b"x" * 110_000)),
    "slow-head": then_hold(b"HTTP/1.1 200 OK\r\n"),
    "slow-body": then_hold(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"),
    "tls-untrusted": then_close(answer("first", close=True)),  # over TLS, by an unknown CA
}


@dataclass(frozen=True)
class Outcome:
    first: str  # the answer's body, or the exception's class
    second: str
    connections: int  # 1: the second request reused the first connection


# What httpx's own transport does in each case (ours must do the same, but for DIFFERENCES).
EXPECTED = {
    "keep-alive": Outcome("first", "reused", 1),
    "connection-close": Outcome("first", "second", 2),
    "reset-before-answer": Outcome("ReadError", "second", 2),
    "reset-mid-body": Outcome("ReadError", "second", 2),
    "close-without-answer": Outcome("RemoteProtocolError", "second", 2),
    "close-mid-body": Outcome("RemoteProtocolError", "second", 2),
    "1xx-then-chunked": Outcome("first", "reused", 1),
    "bytes-past-an-answer": Outcome("first", "smuggled", 1),
    "content-length-and-chunked": Outcome("first", "reused", 1),
    "body-to-eof": Outcome("first", "second", 2),
    "not-http": Outcome("RemoteProtocolError", "second", 2),
    "head-over-100-kib": Outcome("RemoteProtocolError", "second", 2),
    "slow-head": Outcome("ReadTimeout", "second", 2),
    "slow-body": Outcome("ReadTimeout", "second", 2),
    "tls-untrusted": Outcome("ConnectError", "ConnectError", 2),
}

# Where ours decides otherwise, on purpose (docs/transport.md):
DIFFERENCES = {
    # Bytes the server sent past its answer belong to no request: httpcore keeps them in h11's
    # buffer and hands them to the next request as its answer; ours closes the connection.
    "bytes-past-an-answer": Outcome("first", "second", 2),
    # RFC 9112 6.3: a message with both framings ought to be handled as an error (request
    # smuggling). h11 lets chunked win and httpcore reuses the connection; ours fails the
    # request (which the wrapper retries on a new connection, when retrying is safe).
    "content-length-and-chunked": Outcome("RemoteProtocolError", "second", 2),
}


async def outcome(transport: httpx.AsyncBaseTransport, case: str) -> Outcome:
    """Two requests through `transport`'s pool, the first to the misbehaving connection."""
    tls = None
    if case == "tls-untrusted":
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        trustme.CA().issue_cert("127.0.0.1").configure_cert(tls)
    second = then_close(answer("second", close=True))
    with raw.raw_server([CASES[case]], default=second, tls=tls) as server:
        results = []
        async with httpx.AsyncClient(transport=transport, timeout=0.5) as http:
            for _ in range(2):
                try:
                    response = await http.get(server.url)
                    results.append(response.text)
                except httpx.TransportError as error:
                    results.append(type(error).__name__)
    return Outcome(results[0], results[1], server.connections)


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(CASES))
async def test_ours_decides_as_httpxs_own_transport(case: str) -> None:
    theirs = await outcome(httpx.AsyncHTTPTransport(), case)
    ours = await outcome(AsyncHTTP11Transport(), case)
    assert theirs == EXPECTED[case]
    assert ours == DIFFERENCES.get(case, theirs)
