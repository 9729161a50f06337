"""Connections under both clients: keep-alive, expiry, closing, framing, TLS.

The sync client pools through httpx's transport, the async one through ours
(`_async_transport.AsyncHTTP11Transport`); every other e2e test runs through both as well. Here
is what only the connection layer decides: when a pooled connection may be used again, what
closing a client closes, how an answer is framed, and how a certificate is checked.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from pathlib import Path

import httpx
import pytest
import trustme
from langsmith_control_plane import APIConnectionError, AsyncControlPlane, _async_transport
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import KEY, TOKEN, expect, got_token

KEEP_ALIVE = raw.completed_keep_alive(TOKEN)


def test_a_connection_the_server_closed_while_idle_is_not_reused(connect: Connect) -> None:
    answered, closed = threading.Event(), threading.Event()

    def answer_then_close(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(KEEP_ALIVE)
        answered.wait(10)  # closed only once the client holds the connection as idle
        sock.close()
        closed.set()

    with raw.raw_server([answer_then_close], default=raw.completed(TOKEN)) as server:
        # No retries: a request sent on the dead connection would fail the second wait.
        client = connect(server.url, max_retries=0)
        got_token(client.wait("x", timeout=20))
        answered.set()
        assert closed.wait(10)
        got_token(client.wait("x", timeout=20))
    assert server.connections == 2


@pytest.mark.anyio
async def test_an_idle_connection_past_its_keep_alive_expiry_is_not_reused(
    emulator: Emulator, flow: str
) -> None:
    options = {"base_url": emulator.url, "api_key": KEY, "keepalive_expiry": 0}
    async with AsyncControlPlane(**options) as client:
        for _ in range(2):
            got_token(await client.auth.wait(flow, timeout=20))
    assert len({request.client_port for request in emulator.requests()}) == 2


def test_an_async_client_carries_on_in_a_second_event_loop(emulator: Emulator, flow: str) -> None:
    client = AsyncControlPlane(base_url=emulator.url, api_key=KEY)
    # Each asyncio.run closes its loop; the connection the first left idle is not reused.
    got_token(asyncio.run(client.auth.wait(flow, timeout=20)))
    got_token(asyncio.run(client.auth.wait(flow, timeout=20)))
    asyncio.run(client.aclose())
    assert len({request.client_port for request in emulator.requests()}) == 2


def test_closing_the_client_closes_its_idle_connections(connect: Connect) -> None:
    hung_up = threading.Event()

    def answer_then_watch(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(KEEP_ALIVE)
        sock.settimeout(10)
        try:
            if sock.recv(1) == b"":
                hung_up.set()
        except ConnectionResetError:
            hung_up.set()

    with raw.raw_server([answer_then_watch], default=raw.completed(TOKEN)) as server:
        client = connect(server.url)
        got_token(client.wait("x", timeout=20))
        assert not hung_up.is_set()
        client.close()
        assert hung_up.wait(10)


def test_an_informational_answer_and_a_chunked_body_are_read(connect: Connect) -> None:
    body = b'{"status": "completed", "token": "%s"}' % TOKEN.encode()
    half = len(body) // 2

    def continue_then_chunks(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for chunk in (body[:half], body[half:]):
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        sock.sendall(b"0\r\n\r\n")
        sock.close()

    with raw.raw_server([continue_then_chunks], default=raw.completed("other")) as server:
        got_token(connect(server.url).wait("x", timeout=20))
    assert server.connections == 1


def tls_context(certificate: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    return context


@pytest.mark.parametrize("trusted", [True, False], ids=["trusted", "untrusted"])
def test_tls_certificates_are_verified(
    connect: Connect, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, trusted: bool
) -> None:
    server_ca = trustme.CA()
    certificate = server_ca.issue_cert("127.0.0.1")
    # The authorities a client trusts: the server's own, or an unrelated one.
    trusted_ca = server_ca if trusted else trustme.CA()
    trusted_ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    with raw.raw_server([], default=raw.completed(TOKEN), tls=tls_context(certificate)) as server:
        assert server.url.startswith("https://")
        client = connect(server.url, max_retries=0)
        if trusted:
            got_token(client.wait("x", timeout=20))
        else:
            error = expect(APIConnectionError, lambda: client.wait("x", timeout=20))
            assert error.reached_server is False
            assert "CERTIFICATE_VERIFY_FAILED" in error.message


@pytest.mark.anyio
async def test_bytes_past_an_answer_never_become_the_next_answer() -> None:
    smuggled = b'{"status": "completed", "token": "smuggled"}'

    def answer_with_extra(sock: socket.socket, server: raw.RawServer) -> None:
        # One write: a pending answer, then a second "answer" nobody asked for.
        pending = b'{"status": "pending", "token": null}'
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(pending), pending)
            + b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(smuggled), smuggled)
        )
        server.stop.wait(10)  # keeps the connection open, as a keep-alive server would

    with raw.raw_server([answer_with_extra], default=raw.completed(TOKEN)) as server:
        async with AsyncControlPlane(base_url=server.url, api_key=KEY) as client:
            assert (await client.auth.check("x")).status == "pending"
            got_token(await client.auth.wait("x", timeout=20))
    assert server.connections == 2


@pytest.mark.anyio
async def test_a_protocol_switch_is_refused_not_spun_on() -> None:
    def switch(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n")
        server.stop.wait(10)

    with raw.raw_server([switch], default=switch) as server:
        async with AsyncControlPlane(base_url=server.url, api_key=KEY) as client:
            http = client._http
            upgrade = {"Connection": "Upgrade", "Upgrade": "websocket"}
            with pytest.raises(httpx.RemoteProtocolError, match="switched protocols"):
                await http.get(f"{server.url}/v2/socket", headers=upgrade, timeout=5)


@pytest.mark.anyio
async def test_idle_connections_are_kept_up_to_the_cap(emulator: Emulator) -> None:
    ids = [emulator.create_auth() for _ in range(4)]

    def finish() -> None:
        emulator.wait_for_total_waiters(len(ids), timeout=30)
        for auth_id in ids:
            emulator.complete(auth_id, token=TOKEN)

    async with AsyncControlPlane(
        base_url=emulator.url, api_key=KEY, max_idle_connections=2
    ) as client:
        finisher = threading.Thread(target=finish)
        finisher.start()
        results = [outcome async for _, outcome in client.auth.wait_many(ids, timeout=30)]
        finisher.join()
        assert len(results) == len(ids)
        for result in results:
            got_token(result)
        transport = client._transport
        assert isinstance(transport, _async_transport.AsyncHTTP11Transport)
        # Four connections carried the four waits; two stay open for the next calls.
        assert [len(idle) for idle in transport._idle.values()] == [2]
    assert len({request.client_port for request in emulator.requests()}) == 4


@pytest.mark.anyio
async def test_a_url_of_another_scheme_is_refused_as_httpx_refuses_it(emulator: Emulator) -> None:
    async with AsyncControlPlane(base_url=emulator.url, api_key=KEY) as client:
        http = client._http
        with pytest.raises(httpx.UnsupportedProtocol, match="'ftp'"):
            await http.get("ftp://127.0.0.1/v2/auth/wait/x")
