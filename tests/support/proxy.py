"""A forward proxy on loopback that records every request head it gets.

`CONNECT host:port` opens a tunnel (what a client does for https): it answers 200 and relays
bytes both ways, seeing only ciphertext. Any other request (plain http through a proxy, which
would show the proxy every header) is recorded and answered 502, so nothing reaches the API.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from tests.support.raw_server import read_head


@dataclass
class Proxy:
    url: str
    heads: list[bytes] = field(default_factory=list)


def _relay(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@contextmanager
def forward_proxy() -> Iterator[Proxy]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    proxy = Proxy(url=f"http://127.0.0.1:{listener.getsockname()[1]}")
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def serve(client: socket.socket) -> None:
        head = read_head(client)
        proxy.heads.append(head)
        method, target, _ = head.split(b" ", 2)
        if method != b"CONNECT":
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            client.close()
            return
        host, port = target.decode().rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        back = threading.Thread(target=_relay, args=(upstream, client), daemon=True)
        back.start()
        _relay(client, upstream)
        back.join(5)
        client.close()
        upstream.close()

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=serve, args=(client,), daemon=True)
            threads.append(thread)
            thread.start()

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield proxy
    finally:
        stop.set()
        acceptor.join()
        listener.close()
        for thread in threads:
            thread.join(timeout=5)
