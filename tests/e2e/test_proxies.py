"""The environment's proxies: credentials never cross one in clear text.

https goes through the proxy in a CONNECT tunnel (the proxy sees only the target's host and
port); plain http (loopback only) never goes through one; `NO_PROXY` is honoured and keeps the
client's own transport; a proxy the client cannot use is a `ConfigurationError` at once.
"""

from __future__ import annotations

import pytest
import trustme
from langsmith_control_plane import ConfigurationError
from langsmith_control_plane._async_transport import AsyncHTTP11Transport

from tests.e2e.conftest import Connect
from tests.e2e.test_connections import tls_context
from tests.support import raw_server as raw
from tests.support.checks import KEY, TOKEN, expect, got_token
from tests.support.proxy import tunnel

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def https_server(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> raw.RawServer:
    ca = trustme.CA()
    path = f"{tmp_path}/ca.pem"
    ca.cert_pem.write_to_path(path)
    monkeypatch.setenv("SSL_CERT_FILE", path)
    context = tls_context(ca.issue_cert("localhost", "127.0.0.1"))
    with raw.raw_server([], default=raw.completed(TOKEN), tls=context) as server:
        yield server  # type: ignore[misc]


def test_plain_http_to_loopback_never_goes_through_a_proxy(
    connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A `kubectl port-forward` to a self-hosted control plane, with a proxy for the rest.
    with (
        raw.raw_server([], default=tunnel) as proxy,
        raw.raw_server([], default=raw.completed(TOKEN)) as api,
    ):
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("ALL_PROXY", proxy.url)
        got_token(connect(api.url).wait("x", timeout=20))
    assert proxy.heads == []
    assert api.connections == 1


def test_https_goes_through_the_proxy_in_a_tunnel(
    connect: Connect, monkeypatch: pytest.MonkeyPatch, https_server: raw.RawServer
) -> None:
    url = https_server.url.replace("127.0.0.1", "localhost")
    with raw.raw_server([], default=tunnel) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        got_token(connect(url).wait("x", timeout=20))
    (head,) = proxy.heads
    port = url.rsplit(":", 1)[1]
    assert head.startswith(f"CONNECT localhost:{port} ".encode())
    assert KEY.encode() not in head
    assert b"x-api-key" not in head.lower()


def test_no_proxy_keeps_the_clients_own_transport(
    connect: Connect, mode: str, monkeypatch: pytest.MonkeyPatch, https_server: raw.RawServer
) -> None:
    url = https_server.url.replace("127.0.0.1", "localhost")
    with raw.raw_server([], default=tunnel) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "example.com,.localhost,localhost")
        client = connect(url)
        got_token(client.wait("x", timeout=20))
    assert proxy.heads == []
    if mode != "sync":  # the async client keeps its own pool, not httpx's
        assert isinstance(client.cp._transport, AsyncHTTP11Transport)


@pytest.mark.parametrize(
    "proxy",
    ["socks5://127.0.0.1:1080", "ftp://user:hunter2@127.0.0.1:21"],
    ids=["socks-without-socksio", "unknown-scheme"],
)
def test_a_proxy_the_client_cannot_use_is_a_configuration_error(
    connect: Connect, monkeypatch: pytest.MonkeyPatch, proxy: str
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    error = expect(ConfigurationError, lambda: connect("https://api.host.langchain.com"))
    assert "HTTPS_PROXY" in error.message
    assert "hunter2" not in str(error)


def test_a_proxys_password_is_not_in_the_transport_options_repr() -> None:
    from langsmith_control_plane._transports import TransportOptions

    options = TransportOptions.resolve(
        "https://api.host.langchain.com",
        environ={"HTTPS_PROXY": "http://user:hunter2-proxy@127.0.0.1:3128"},
    )
    assert options.proxy == "http://user:hunter2-proxy@127.0.0.1:3128"
    assert "hunter2-proxy" not in repr(options)
