"""A tiny loopback HTTP server that records requests and answers from a script.

Used where a test must see the raw request line, or needs a response the emulator would never
send. It is a real socket server: the client under test does real HTTP.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Recorded:
    method: str
    raw_path: str
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})

    @classmethod
    def json(cls, status: int, payload: object) -> Reply:
        return cls(status, json.dumps(payload).encode())


@dataclass
class ScriptedServer:
    url: str
    requests: list[Recorded]
    replies: list[Reply]


@contextmanager
def scripted_server(
    replies: list[Reply] | None = None, default: Callable[[], Reply] | None = None
) -> Iterator[ScriptedServer]:
    """Serve `replies` in order (then `default()`), recording every request."""
    state = ScriptedServer(url="", requests=[], replies=list(replies or []))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with lock:
                recorded = Recorded(self.command, self.path, dict(self.headers.items()), body)
                state.requests.append(recorded)
                reply = state.replies.pop(0) if state.replies else (default or Reply)()
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # A short poll interval: shutdown() waits for it, and every test stops its server.
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
