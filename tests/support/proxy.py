"""A forward proxy on loopback (a `raw_server` handler): it records every request head it gets.

`CONNECT host:port` opens a tunnel (what a client does for https): it answers 200 and relays
bytes both ways, seeing only ciphertext. Any other request (plain http through a proxy, which
would show the proxy every header) is answered 502, so nothing reaches the API.
"""

from __future__ import annotations

import socket
import threading
from contextlib import suppress

from tests.support.raw_server import RawServer


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


def tunnel(client: socket.socket, server: RawServer) -> None:
    method, target, _ = server.current.head.split(b" ", 2)
    if method != b"CONNECT":
        client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
        return
    host, port = target.decode().rsplit(":", 1)
    with socket.create_connection((host, int(port))) as upstream:
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        back = threading.Thread(target=_relay, args=(upstream, client), daemon=True)
        back.start()
        _relay(client, upstream)
        back.join(5)
