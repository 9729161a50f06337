"""What the async client's own transport owns that httpx's pool gave for free.

Happy Eyeballs, closing in-use connections, reporting a close as a close, TLS options and
ALPN, odd host names, conflicting framing, and the way back to httpx's own transport. The
`anyio` tests run on asyncio's loop and on uvloop's (tests/e2e/conftest.py); the `connect`
ones through every client.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from langsmith_control_plane import (
    APIConnectionError,
    AsyncControlPlane,
    ClientClosedError,
    ConfigurationError,
    ControlPlane,
    _async_transport,
)
from langsmith_control_plane._transports import ENV_ASYNC_TRANSPORT
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import FAST, KEY, TOKEN, expect, got_token

KEEP_ALIVE = raw.completed_keep_alive(TOKEN)
CHUNKED_BODY = b'{"status": "completed", "token": "%s"}' % TOKEN.encode()


# --- Happy Eyeballs ---------------------------------------------------------------------------


@contextlib.contextmanager
def syn_dropping_listener(host: str = "127.0.0.2") -> Iterator[tuple[str, int]]:
    """A listener whose accept queue is full, so the kernel drops every new SYN: a connect to
    it hangs (as to an unreachable address) instead of being refused."""
    listener = socket.create_server((host, 0), backlog=0)
    address = listener.getsockname()
    fillers: list[socket.socket] = []
    try:
        for _ in range(64):
            filler = socket.socket()
            fillers.append(filler)
            filler.setblocking(False)
            filler.connect_ex(address)
            # A loopback handshake takes microseconds; one unanswered for 0.5 s was dropped.
            if not select.select([], [filler], [], 0.5)[1]:
                break
        else:
            pytest.fail("the listener's accept queue never filled")
        yield address
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@pytest.mark.anyio
async def test_a_name_whose_first_address_drops_connects_goes_on_to_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with (
        syn_dropping_listener() as dropping,
        raw.raw_server([], default=raw.completed(TOKEN)) as server,
    ):
        working = ("127.0.0.1", int(server.url.rsplit(":", 1)[1]))

        loop = asyncio.get_running_loop()
        resolver, resolved = loop.getaddrinfo, []

        async def resolve(host: str, port: int, **options: Any) -> list[Any]:
            if host != "localhost":  # uvloop's sock_connect resolves the address it is given
                return await resolver(host, port, **options)
            # The unreachable address first, as a resolver may well answer.
            resolved.append(host)
            stream = (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "")
            return [(*stream, dropping), (*stream, working)]

        monkeypatch.setattr(loop, "getaddrinfo", resolve)
        # No retry, and a connect budget of 2 s: a client that waits out the first address
        # fails; one that races the second after 0.25 s gets the token.
        async with AsyncControlPlane(
            base_url=f"http://localhost:{working[1]}", api_key=KEY, max_retries=0
        ) as client:
            client._limits = FAST
            got_token(await client.auth.wait("x", timeout=20))
    assert resolved == ["localhost"]  # through the loop's resolver, on either loop
    assert server.connections == 1


# --- closing ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_closing_the_client_ends_a_parked_wait_at_once(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    client = AsyncControlPlane(base_url=emulator.url, api_key=KEY, poll_timeout=30)
    wait = asyncio.ensure_future(client.auth.wait(auth_id, timeout=60))
    await asyncio.to_thread(emulator.wait_for_waiters, auth_id, 1, 10)
    await client.aclose()
    # Without closing in-use connections the wait would run on for its 30 s server hold.
    with pytest.raises(ClientClosedError):
        await asyncio.wait_for(wait, 10)


@pytest.mark.anyio
async def test_closing_the_client_closes_the_socket_of_an_unclosed_response() -> None:
    hung_up = threading.Event()

    def half_an_answer_then_watch(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
        sock.settimeout(10)
        with contextlib.suppress(ConnectionResetError):
            sock.recv(1)  # b"" on a close, a reset on an abort: either way, hung up
        hung_up.set()

    with raw.raw_server([half_an_answer_then_watch], default=raw.completed(TOKEN)) as server:
        client = AsyncControlPlane(base_url=server.url, api_key=KEY)
        http = client._http
        response = await http.send(
            http.build_request("GET", f"{server.url}/v2/auth/wait/x"), stream=True
        )
        assert response.status_code == 200  # and never read nor closed
        await client.aclose()
        assert await asyncio.to_thread(hung_up.wait, 10)
        with pytest.raises(httpx.ReadError):
            await response.aread()


@pytest.mark.anyio
async def test_a_connection_closed_under_a_reader_is_a_read_error_not_a_timeout() -> None:
    def half_an_answer_then_hold(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
        server.stop.wait(10)

    with raw.raw_server([half_an_answer_then_hold], default=raw.completed(TOKEN)) as server:
        async with httpx.AsyncClient(transport=_async_transport.AsyncHTTP11Transport()) as http:
            response = await http.send(http.build_request("GET", server.url), stream=True)
            chunks = response.aiter_raw()
            assert await anext(chunks) == b"{"
            reading = asyncio.ensure_future(anext(chunks))  # parked: the body never comes
            await asyncio.sleep(0)  # one turn of the loop: the read runs until it waits
            await response.aclose()
            with pytest.raises(httpx.ReadError, match="closed"):
                await asyncio.wait_for(reading, 10)


@pytest.mark.anyio
async def test_a_server_that_stays_silent_is_still_a_read_timeout() -> None:
    with raw.raw_server([raw.silent_for(10)], default=raw.completed(TOKEN)) as server:
        async with httpx.AsyncClient(transport=_async_transport.AsyncHTTP11Transport()) as http:
            with pytest.raises(httpx.ReadTimeout):
                await http.get(server.url, timeout=0.2)


# --- TLS --------------------------------------------------------------------------------------


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


def server_context(ca: trustme.CA, *, client_ca: trustme.CA | None = None) -> ssl.SSLContext:
    """A server context with a certificate for 127.0.0.1 that offers h2 first, then HTTP/1.1;
    with `client_ca`, it asks for a client certificate signed by it."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    context.set_alpn_protocols(["h2", "http/1.1"])
    if client_ca is not None:
        context.verify_mode = ssl.CERT_REQUIRED
        client_ca.configure_trust(context)
    return context


def recording(seen: list[object]) -> raw.Handler:
    """Answer `completed`; record the protocol ALPN agreed on and the client's certificate."""

    def handler(sock: socket.socket, server: raw.RawServer) -> None:
        assert isinstance(sock, ssl.SSLSocket)
        seen.append((sock.selected_alpn_protocol(), bool(sock.getpeercert())))
        raw.completed(TOKEN)(sock, server)

    return handler


def test_only_http_1_1_is_offered_by_alpn(connect: Connect, ca: trustme.CA, tmp_path: Path) -> None:
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    seen: list[object] = []
    with raw.raw_server([], default=recording(seen), tls=server_context(ca)) as server:
        got_token(connect(server.url, verify=str(tmp_path / "ca.pem")).wait("x", timeout=20))
    # The server prefers h2: it picked HTTP/1.1 because that alone was offered.
    assert seen == [("http/1.1", False)]


@pytest.mark.parametrize("how", ["path", "context", "off"])
def test_verify_takes_a_ca_bundle_a_context_or_false(
    connect: Connect, ca: trustme.CA, tmp_path: Path, how: str
) -> None:
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    verify: object = {
        "path": tmp_path / "ca.pem",
        "context": ssl.create_default_context(cafile=str(tmp_path / "ca.pem")),
        "off": False,
    }[how]
    with raw.raw_server([], default=raw.completed(TOKEN), tls=server_context(ca)) as server:
        got_token(connect(server.url, verify=verify, max_retries=0).wait("x", timeout=20))


def test_a_client_certificate_is_presented(
    connect: Connect, ca: trustme.CA, tmp_path: Path
) -> None:
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    client_ca = trustme.CA()
    client_ca.issue_cert("agent@example.com").private_key_and_cert_chain_pem.write_to_path(
        str(tmp_path / "client.pem")
    )
    seen: list[object] = []
    context = server_context(ca, client_ca=client_ca)
    with raw.raw_server([], default=recording(seen), tls=context) as server:
        client = connect(
            server.url, verify=str(tmp_path / "ca.pem"), cert=str(tmp_path / "client.pem")
        )
        got_token(client.wait("x", timeout=20))
        without = connect(server.url, verify=str(tmp_path / "ca.pem"), max_retries=0)
        expect(APIConnectionError, lambda: without.check("x"))
    assert seen == [("http/1.1", True)]


@pytest.mark.parametrize("client_type", [ControlPlane, AsyncControlPlane])
def test_tls_options_are_checked_when_the_client_is_built(
    client_type: type[ControlPlane | AsyncControlPlane], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.pem"
    with pytest.raises(ConfigurationError, match="cannot load the CA bundle"):
        client_type(api_key=KEY, verify=str(missing))
    with pytest.raises(ConfigurationError, match="cannot load the client certificate"):
        client_type(api_key=KEY, cert=str(missing))
    with pytest.raises(ConfigurationError, match="verify must be"):
        client_type(api_key=KEY, verify=1)  # type: ignore[arg-type]
    http = httpx.Client() if client_type is ControlPlane else httpx.AsyncClient()
    with pytest.raises(ConfigurationError, match="set them on your httpx client"):
        client_type(api_key=KEY, verify=False, http_client=http)  # type: ignore[arg-type]


# --- odd input --------------------------------------------------------------------------------


@pytest.mark.parametrize("client_type", [ControlPlane, AsyncControlPlane])
def test_a_host_label_over_63_characters_is_refused_when_the_client_is_built(
    client_type: type[ControlPlane | AsyncControlPlane],
) -> None:
    with pytest.raises(ConfigurationError, match="invalid host name"):
        client_type(api_key=KEY, base_url=f"https://{'a' * 64}.example.com")


@pytest.mark.anyio
async def test_the_transport_reports_an_unencodable_host_as_a_connect_error() -> None:
    async with httpx.AsyncClient(transport=_async_transport.AsyncHTTP11Transport()) as http:
        with pytest.raises(httpx.ConnectError, match="invalid host name"):
            await http.get(f"http://{'a' * 64}.localhost/")


@pytest.mark.anyio
async def test_an_answer_with_both_content_length_and_chunked_fails_and_is_not_reused() -> None:
    def conflicting(sock: socket.socket, server: raw.RawServer) -> None:
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"%x\r\n%s\r\n0\r\n\r\n" % (len(CHUNKED_BODY), CHUNKED_BODY)
        )
        server.stop.wait(10)  # keeps the connection open, as a keep-alive server would

    with raw.raw_server([conflicting], default=raw.completed(TOKEN)) as server:
        async with AsyncControlPlane(base_url=server.url, api_key=KEY) as client:
            http = client._http
            with pytest.raises(httpx.RemoteProtocolError, match="Content-Length and Transfer"):
                await http.get(f"{server.url}/v2/auth/wait/x")
            got_token(await client.auth.wait("x", timeout=20))  # on a new connection
    assert server.connections == 2


# --- the way back -----------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["argument", "environment"])
async def test_the_async_client_can_run_on_httpxs_own_transport(
    emulator: Emulator, flow: str, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    options: dict[str, Any] = {}
    if how == "argument":
        options["async_transport"] = "httpx"
    else:
        monkeypatch.setenv(ENV_ASYNC_TRANSPORT, " HTTPX ")
    async with AsyncControlPlane(base_url=emulator.url, api_key=KEY, **options) as client:
        assert type(client._transport) is httpx.AsyncHTTPTransport
        got_token(await client.auth.wait(flow, timeout=20))


def test_an_unknown_async_transport_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="async_transport must be 'h11' or 'httpx'"):
        AsyncControlPlane(api_key=KEY, async_transport="aiohttp")
    monkeypatch.setenv(ENV_ASYNC_TRANSPORT, "curl")
    with pytest.raises(ConfigurationError, match=f"{ENV_ASYNC_TRANSPORT} must be"):
        AsyncControlPlane(api_key=KEY)


def test_by_default_the_async_client_is_on_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_ASYNC_TRANSPORT, raising=False)
    client = AsyncControlPlane(api_key=KEY)
    assert type(client._transport) is _async_transport.AsyncHTTP11Transport
