"""Choosing the transport every request of a client goes through.

One transport per client carries everything: our own pool, a user's `http_client` reached
through a forwarding transport instead of being reconfigured (so its pool, proxies and TLS
settings are used while our credentials never leak onto it), or, when the environment names a
proxy for base_url, httpx's transport through that proxy. Requests are built in `_requests`.

Proxies are chosen here, once, for base_url alone (httpx honours them only in its client
layer, which the wrapper's requests skip): `NO_PROXY` is honoured, and an exempt host keeps the
chosen transport. Plain http goes only to loopback (`config.check_url`), and never through a
proxy: the proxy would read the API key in clear text, and loopback is reachable without it.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
from collections.abc import Mapping

import attrs
import httpx

from ._tls import tls_context
from .config import check_count, check_seconds
from .errors import ConfigurationError

__all__ = [
    "AsyncForwardingTransport",
    "ForwardingTransport",
    "TransportOptions",
    "environment_proxy",
    "new_async_transport",
    "new_sync_transport",
]

# The async client's transports: ours (h11 on asyncio), or httpx's own as a way back.
ASYNC_TRANSPORTS = ("h11", "httpx")
ENV_ASYNC_TRANSPORT = "LANGSMITH_CONTROL_PLANE_ASYNC_TRANSPORT"


@attrs.frozen
class TransportOptions:
    """How a client's own pool connects: its TLS context, and which async transport it uses.

    Built at client construction from `verify=`, `cert=` and `async_transport=` (else
    `LANGSMITH_CONTROL_PLANE_ASYNC_TRANSPORT`); `ssl_context` is None under a user's
    `http_client`, whose own settings are used.
    """

    ssl_context: ssl.SSLContext | None
    async_transport: str
    # Not in the repr: a proxy URL may carry a password.
    proxy: str | None = attrs.field(default=None, repr=False)
    """The environment's proxy for base_url (`environment_proxy`), for our own pool."""
    max_idle_connections: int = 100
    """Idle connections kept (per origin, on our async pool)."""
    keepalive_expiry: float = 5.0
    """Seconds an idle connection is kept."""

    @property
    def limits(self) -> httpx.Limits:
        """httpx's pool limits: no cap on connections in use, so thousands of concurrent
        long-polls never queue behind httpx's default of 100 and fail on its pool timeout."""
        return httpx.Limits(
            max_connections=None,
            max_keepalive_connections=self.max_idle_connections,
            keepalive_expiry=self.keepalive_expiry,
        )

    @classmethod
    def resolve(
        cls,
        base_url: str,
        *,
        verify: object = None,
        cert: object = None,
        async_transport: object = None,
        user_client: object = None,
        max_idle_connections: object = None,
        keepalive_expiry: object = None,
        environ: Mapping[str, str] | None = None,
    ) -> TransportOptions:
        """Check the options and build the TLS context (once, here, not on the event loop)."""
        env = os.environ if environ is None else environ
        name, chosen = "async_transport", async_transport
        if async_transport is None:
            name = ENV_ASYNC_TRANSPORT
            chosen = env.get(ENV_ASYNC_TRANSPORT, "").strip().lower() or ASYNC_TRANSPORTS[0]
        if chosen not in ASYNC_TRANSPORTS:
            raise ConfigurationError(f"{name} must be 'h11' or 'httpx', not {chosen!r}")
        defaults = attrs.fields(cls)  # the fields' own defaults, stated once
        idle = (
            defaults.max_idle_connections.default
            if max_idle_connections is None
            else check_count("max_idle_connections", max_idle_connections)
        )
        expiry = (
            defaults.keepalive_expiry.default
            if keepalive_expiry is None
            else check_seconds("keepalive_expiry", keepalive_expiry)
        )
        if user_client is None:
            context = tls_context(True if verify is None else verify, cert)
            return cls(context, str(chosen), environment_proxy(base_url, env), idle, expiry)
        given = [
            option
            for option, value in (
                ("verify", verify),
                ("cert", cert),
                ("async_transport", async_transport),
                ("max_idle_connections", max_idle_connections),
                ("keepalive_expiry", keepalive_expiry),
            )
            if value is not None
        ]
        if given:
            raise ConfigurationError(
                f"{' and '.join(given)} configure the client's own pool; with http_client=, "
                "set them on your httpx client instead"
            )
        return cls(None, str(chosen), None, idle, expiry)


class ForwardingTransport(httpx.BaseTransport):
    """Sends through a user's `httpx.Client`, so its pool and network settings are used.

    Only the network part of it: its default headers, cookies and `auth` are meant for the
    services it usually talks to, so none of them is sent to the control plane (`auth=None`;
    the headers and cookies are never merged into our requests). Closing the SDK's client
    leaves it open.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Forward the request, unread (the caller streams the body)."""
        return self._client.send(request, stream=True, follow_redirects=False, auth=None)


class AsyncForwardingTransport(httpx.AsyncBaseTransport):
    """The async twin of `ForwardingTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Forward the request, unread (the caller streams the body)."""
        return await self._client.send(request, stream=True, follow_redirects=False, auth=None)


def environment_proxy(base_url: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The proxy the environment names for `base_url`, or None: none named, `NO_PROXY`
    exempts the host, or the URL is plain http (loopback only; never through a proxy).

    httpx's variables, any case: `HTTPS_PROXY` (`HTTP_PROXY` for http), else `ALL_PROXY`.
    """
    env = os.environ if environ is None else environ
    proxies = {
        name.lower()[: -len("_proxy")]: value
        for name, value in env.items()
        if name.lower().endswith("_proxy") and value
    }
    url = httpx.URL(base_url)
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or url.scheme != "https":
        return None
    if _exempt(url.host, url.port or 443, proxies.get("no", "")):
        return None
    return _usable(proxy)


def _usable(proxy: str) -> str:
    """The proxy, if the client can go through it; else a `ConfigurationError` that says why
    (the URL is not echoed: it may hold the proxy's password)."""
    where = "the environment's proxy for base_url (HTTPS_PROXY or ALL_PROXY)"
    scheme = proxy.partition("://")[0].lower() if "://" in proxy else ""
    if scheme in ("socks5", "socks5h"):
        if importlib.util.find_spec("socksio") is None:
            raise ConfigurationError(
                f"{where} is a SOCKS proxy, which needs `pip install httpx[socks]`; or exempt "
                "the host with NO_PROXY"
            )
    elif scheme not in ("http", "https"):
        raise ConfigurationError(
            f"{where} must be an http://, https://, socks5:// or socks5h:// URL; fix it, or "
            "exempt the host with NO_PROXY"
        )
    return proxy


def _exempt(host: str, port: int, no_proxy: str) -> bool:
    """Whether `NO_PROXY` exempts host:port, as curl and httpx read it: `*`, or entries that
    are the host or a domain it is in (a leading dot or `*.` allowed), with or without a port."""
    host = host.lower().rstrip(".")
    for entry in no_proxy.lower().replace(" ", "").split(","):
        name, _, entry_port = entry.partition(":") if entry.count(":") == 1 else (entry, "", "")
        name = name.removeprefix("*").lstrip(".").strip("[]")
        if entry == "*" or (
            name
            and (host == name or host.endswith("." + name))
            and (not entry_port or entry_port == str(port))
        ):
            return True
    return False


def new_sync_transport(
    user_client: httpx.Client | None, options: TransportOptions
) -> httpx.BaseTransport:
    """The transport of a `ControlPlane`: a user's client, or a pool of our own (through the
    environment's proxy for base_url, if it names one) whose every socket wait ends by the
    request's deadline (`_sync_transport`)."""
    # Here: it imports httpcore, which async users and importers never need.
    from ._sync_transport import DeadlineTransport

    if user_client is not None:
        return ForwardingTransport(user_client)
    verify = options.ssl_context
    assert verify is not None  # TransportOptions builds one whenever there is no user client
    return DeadlineTransport(ssl_context=verify, limits=options.limits, proxy=options.proxy)


def new_async_transport(
    user_client: httpx.AsyncClient | None, options: TransportOptions
) -> httpx.AsyncBaseTransport:
    """The transport of an `AsyncControlPlane`: a user's client, or a pool of our own.

    Our own is `AsyncHTTP11Transport`, whose cost per wait stays flat with thousands in
    flight; httpx's own `AsyncHTTPTransport` with `async_transport="httpx"` (a way back,
    should ours misbehave), or when base_url is reached through a proxy (ours does not proxy).
    """
    # Here: it imports asyncio, a third of the package's import time, which sync users never
    # need.
    from ._async_transport import AsyncHTTP11Transport

    if user_client is not None:
        return AsyncForwardingTransport(user_client)
    verify = options.ssl_context
    assert verify is not None  # TransportOptions builds one whenever there is no user client
    if options.proxy is not None or options.async_transport == "httpx":
        return httpx.AsyncHTTPTransport(limits=options.limits, verify=verify, proxy=options.proxy)
    return AsyncHTTP11Transport(
        ssl_context=verify,
        max_idle=options.max_idle_connections,
        keepalive_expiry=options.keepalive_expiry,
    )
