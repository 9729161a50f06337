"""A loopback TCP server whose every connection is handled by a scripted misbehaviour.

For the faults an HTTP framework cannot make: resets mid-response, silent closes, trickled
headers or bodies, huge bodies. Connection N is handled by `handlers[N]`, later ones by
`default`. Each handler gets the accepted socket after the request head has been read.
"""

from __future__ import annotations

import gzip
import json
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

Handler = Callable[[socket.socket, "RawServer"], None]


@dataclass
class RawServer:
    url: str
    stop: threading.Event = field(default_factory=threading.Event)
    connections: int = 0
    bytes_sent: list[int] = field(default_factory=list)
    heads: list[bytes] = field(default_factory=list)
    """Every request head read, in order of arrival."""
    current: threading.local = field(default_factory=threading.local)
    """`current.head`: the head of the connection a handler runs for (one thread each)."""


def read_head(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER 0)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def respond(status: int, payload: object, **headers: str) -> Handler:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()

    def handler(sock: socket.socket, server: RawServer) -> None:
        head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
        head += "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
        sock.sendall(head.encode() + b"\r\n" + body)
        sock.close()

    return handler


def completed(token: str) -> Handler:
    return respond(200, {"status": "completed", "token": token})


def completed_keep_alive(token: str) -> bytes:
    """A completed answer that leaves the connection open, as a keep-alive server's does."""
    body = json.dumps({"status": "completed", "token": token}).encode()
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


def reset_before_response(sock: socket.socket, server: RawServer) -> None:
    reset(sock)


def reset_during_response(sock: socket.socket, server: RawServer) -> None:
    sock.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 60\r\n\r\n{"status": "comp')
    reset(sock)


def close_without_answer(sock: socket.socket, server: RawServer) -> None:
    sock.close()


def silent_for(seconds: float) -> Handler:
    """Accept the request, then say nothing (no headers) for `seconds`."""

    def handler(sock: socket.socket, server: RawServer) -> None:
        server.stop.wait(seconds)
        sock.close()

    return handler


def trickle_headers(interval: float, lines: int) -> Handler:
    """Send the status line, then one header line per `interval` (never idle long enough to
    time out), `lines` of them, then end the head with a completed answer."""

    def handler(sock: socket.socket, server: RawServer) -> None:
        body = b'{"status": "completed", "token": "late"}'
        try:
            sock.sendall(b"HTTP/1.1 200 OK\r\n")
            for n in range(lines):
                if server.stop.wait(interval):
                    break
                sock.sendall(f"X-Trickle-{n}: 1\r\n".encode())
            sock.sendall(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        except OSError:
            pass  # the client gave up: what the test wants
        sock.close()

    return handler


def continue_every(interval: float, count: int) -> Handler:
    """Answer `100 Continue` once per `interval`, `count` times, then a completed answer."""

    def handler(sock: socket.socket, server: RawServer) -> None:
        body = b'{"status": "completed", "token": "late"}'
        try:
            for _ in range(count):
                sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
                if server.stop.wait(interval):
                    break
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        except OSError:
            pass  # the client gave up: what the test wants
        sock.close()

    return handler


def trickle_body(interval: float) -> Handler:
    """Send headers, then one body byte per `interval`: never idle long enough to time out."""

    def handler(sock: socket.socket, server: RawServer) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        try:
            while not server.stop.wait(interval):
                sock.sendall(b" ")
        except OSError:
            pass  # the client gave up: what the test wants
        sock.close()

    return handler


def gzip_bomb(decoded_size: int) -> Handler:
    """A 200 whose small gzip body inflates to `decoded_size` bytes of JSON-ish padding."""
    body = gzip.compress(b'{"status": "completed", "token": "' + b"x" * decoded_size + b'"}')
    return respond(200, body, Content_Encoding="gzip")


def huge_body(declared: bool) -> Handler:
    """A 64 MiB body, with or without a Content-Length; records how much got out."""
    size, chunk = 64 * 1024 * 1024, b"x" * 65536

    def handler(sock: socket.socket, server: RawServer) -> None:
        head = f"Content-Length: {size}\r\n" if declared else "Transfer-Encoding: chunked\r\n"
        sent = 0
        try:
            sock.sendall(f"HTTP/1.1 200 OK\r\n{head}\r\n".encode())
            while sent < size:
                frame = chunk if declared else f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                sock.sendall(frame)
                sent += len(chunk)
        except OSError:
            pass  # the client closed the connection early
        server.bytes_sent.append(sent)
        sock.close()

    return handler


@contextmanager
def raw_server(
    handlers: list[Handler], default: Handler, *, tls: ssl.SSLContext | None = None
) -> Iterator[RawServer]:
    """Serve on loopback; with `tls`, over TLS with that server context (an https URL)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    scheme = "https" if tls else "http"
    server = RawServer(url=f"{scheme}://127.0.0.1:{listener.getsockname()[1]}")
    workers: list[threading.Thread] = []

    def serve(sock: socket.socket, handler: Handler) -> None:
        if tls is not None:
            try:
                sock = tls.wrap_socket(sock, server_side=True)
            except OSError:  # the client refused the certificate
                sock.close()
                return
        with sock:
            server.current.head = read_head(sock)
            server.heads.append(server.current.head)
            handler(sock, server)

    def accept_loop() -> None:
        while not server.stop.is_set():
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            handler = (
                handlers[server.connections] if server.connections < len(handlers) else default
            )
            server.connections += 1
            worker = threading.Thread(target=serve, args=(sock, handler), daemon=True)
            workers.append(worker)
            worker.start()

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        server.stop.set()
        acceptor.join()
        for worker in workers:
            worker.join(timeout=5)
        listener.close()
