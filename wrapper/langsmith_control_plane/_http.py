"""The transport every request goes through, and the two ways onto it.

One transport per `ControlPlane` carries everything: our own pool, or a user's `http_client`
reached through a forwarding transport instead of being reconfigured (so its pool, proxies and
TLS settings are used while our credentials never leak onto it). Two ways lead onto it:

- The wrapper's own calls are built by `RequestFactory` and handed straight to the transport.
  Every one of them goes to base_url's origin, refuses redirects and keeps no cookies, so the
  httpx client's per-request machinery (URL merging, auth and redirect generators, cookie
  extraction) would only cost time: a third of a call's client CPU (docs/performance.md).
- `generated_client` is an httpx client on the same transport, for any generated operation:
  credentials from an `httpx.Auth` (sent to base_url's origin only, never in a repr), our
  headers, finite timeouts, no redirects.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Generator, Mapping
from typing import Any

import attrs
import httpx

from ._operations import OperationRequest
from ._policy import Limits
from ._tls import tls_context
from ._version import __version__
from .config import Config, check_count, check_seconds
from .errors import APIConnectionError, APITimeoutError, ClientClosedError, ConfigurationError

__all__ = [
    "HEADERS",
    "AsyncForwardingTransport",
    "CredentialAuth",
    "ForwardingTransport",
    "RequestFactory",
    "TransportClosed",
    "TransportOptions",
    "client_options",
    "environment_proxies",
    "new_async_transport",
    "new_sync_transport",
    "redirect_origin",
    "transport_error",
]

HEADERS = {
    "User-Agent": f"langsmith-control-plane/{__version__}",
    "Accept": "application/json",
    # The bodies are tiny; a compressed one could inflate far past the body cap in one read.
    "Accept-Encoding": "identity",
}
# The async client's transports: ours (h11 on asyncio), or httpx's own as a way back.
ASYNC_TRANSPORTS = ("h11", "httpx")
ENV_ASYNC_TRANSPORT = "LANGSMITH_CONTROL_PLANE_ASYNC_TRANSPORT"


class TransportClosed(httpx.ReadError):
    """The client was closed while this request was in flight (its connection closed under it).

    A `ReadError`, as httpcore reports a connection closed under a reader; `transport_error`
    makes it a `ClientClosedError`, which ends a wait at once instead of being retried.
    """


@attrs.frozen
class TransportOptions:
    """How a client's own pool connects: its TLS context, and which async transport it uses.

    Built at client construction from `verify=`, `cert=` and `async_transport=` (else
    `LANGSMITH_CONTROL_PLANE_ASYNC_TRANSPORT`); `ssl_context` is None under a user's
    `http_client`, whose own settings are used.
    """

    ssl_context: ssl.SSLContext | None
    async_transport: str
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
        idle = (
            100
            if max_idle_connections is None
            else check_count("max_idle_connections", max_idle_connections)
        )
        expiry = (
            5.0 if keepalive_expiry is None else check_seconds("keepalive_expiry", keepalive_expiry)
        )
        if user_client is None:
            context = tls_context(True if verify is None else verify, cert)
            return cls(context, str(chosen), idle, expiry)
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
        return cls(None, str(chosen), idle, expiry)


class CredentialAuth(httpx.Auth):
    """Adds the credential headers to requests for `base_url`'s origin, and to no other."""

    def __init__(self, config: Config) -> None:
        self._headers = config.auth_headers
        origin = httpx.URL(config.base_url)
        self._origin = (origin.scheme, origin.host, origin.port)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send the request with the credentials, if it is for the API's origin."""
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers.update(self._headers())
        yield request

    def __repr__(self) -> str:
        return "CredentialAuth(<masked>)"


class RequestFactory:
    """Builds the wrapper's requests for base_url, credentials included, parsing each URL once."""

    def __init__(self, config: Config) -> None:
        self._base_url = config.base_url
        self._credentials = config.auth_headers()
        # Built once: the same for every request without headers of its own.
        self._headers = httpx.Headers({**HEADERS, **self._credentials})

    def build(
        self, line: OperationRequest, *, connect_timeout: float, read_timeout: float
    ) -> httpx.Request:
        """The request `line` describes, with the given time budgets (in seconds)."""
        headers = self._headers
        if line.headers:  # the operation's own (Content-Type); the credentials are never its
            headers = httpx.Headers({**HEADERS, **line.headers, **self._credentials})
        timeout = {
            "connect": connect_timeout,
            "read": read_timeout,
            "write": connect_timeout,
            "pool": connect_timeout + read_timeout,
        }
        return httpx.Request(
            line.method,
            self._base_url + line.path,
            headers=headers,
            json=line.json,
            extensions={"timeout": timeout},
        )

    def __repr__(self) -> str:
        return f"RequestFactory({self._base_url!r}, <credentials masked>)"


class ForwardingTransport(httpx.BaseTransport):
    """Sends through an `httpx.Client`, so its pool and network settings are used.

    Only the network part of it: a user's client's default headers, cookies and `auth` are
    meant for the services it usually talks to, so none of them is sent to the control plane
    (`auth=None`; the headers and cookies are never merged into our requests). `owned` says
    whether closing this transport closes the client.
    """

    def __init__(self, client: httpx.Client, *, owned: bool = False) -> None:
        self._client = client
        self._owned = owned

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Forward the request, unread (the caller streams the body)."""
        return self._client.send(request, stream=True, follow_redirects=False, auth=None)

    def close(self) -> None:
        """Close the client if it is ours; a user's is left open."""
        if self._owned:
            self._client.close()


class AsyncForwardingTransport(httpx.AsyncBaseTransport):
    """The async twin of `ForwardingTransport`."""

    def __init__(self, client: httpx.AsyncClient, *, owned: bool = False) -> None:
        self._client = client
        self._owned = owned

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Forward the request, unread (the caller streams the body)."""
        return await self._client.send(request, stream=True, follow_redirects=False, auth=None)

    async def aclose(self) -> None:
        """Close the client if it is ours; a user's is left open."""
        if self._owned:
            await self._client.aclose()


def environment_proxies() -> bool:
    """Whether the environment names a proxy (`HTTPS_PROXY`, ...; `NO_PROXY` alone does not)."""
    import urllib.request  # Here: it costs import time, and only client construction needs it.

    return bool(set(urllib.request.getproxies()) - {"no"})


def new_sync_transport(
    user_client: httpx.Client | None, options: TransportOptions
) -> httpx.BaseTransport:
    """The transport of a `ControlPlane`: a user's client, or a pool of our own.

    When the environment names a proxy, our own pool is an httpx client's, since httpx honours
    proxies (and `NO_PROXY`) only in the client, not in a bare transport.
    """
    if user_client is not None:
        return ForwardingTransport(user_client)
    verify = options.ssl_context
    assert verify is not None  # TransportOptions builds one whenever there is no user client
    if environment_proxies():
        return ForwardingTransport(httpx.Client(limits=options.limits, verify=verify), owned=True)
    return httpx.HTTPTransport(limits=options.limits, verify=verify)


def new_async_transport(
    user_client: httpx.AsyncClient | None, options: TransportOptions
) -> httpx.AsyncBaseTransport:
    """The transport of an `AsyncControlPlane`: a user's client, or a pool of our own.

    Our own is `AsyncHTTP11Transport`, whose cost per wait stays flat with thousands in
    flight; httpx's own `AsyncHTTPTransport` with `async_transport="httpx"` (a way back,
    should ours misbehave); an httpx client's when the environment names a proxy, as in
    `new_sync_transport` (ours does not proxy).
    """
    # Here: it imports asyncio, a third of the package's import time, which sync users never
    # need.
    from ._async_transport import AsyncHTTP11Transport

    if user_client is not None:
        return AsyncForwardingTransport(user_client)
    verify = options.ssl_context
    assert verify is not None  # TransportOptions builds one whenever there is no user client
    if environment_proxies():
        client = httpx.AsyncClient(limits=options.limits, verify=verify)
        return AsyncForwardingTransport(client, owned=True)
    if options.async_transport == "httpx":
        return httpx.AsyncHTTPTransport(limits=options.limits, verify=verify)
    return AsyncHTTP11Transport(
        ssl_context=verify,
        max_idle=options.max_idle_connections,
        keepalive_expiry=options.keepalive_expiry,
    )


def generated_timeout(config: Config, limits: Limits) -> httpx.Timeout:
    """The timeouts of calls through `generated_client`, which cannot pass per-request budgets:
    the client's `request_timeout` plus the time an answer takes (65 s by default: long enough
    for a 60 s server-side hold), and its `connect_timeout`; never unbounded."""
    return httpx.Timeout(
        config.request_timeout + limits.read_margin, connect=limits.connect_timeout
    )


def client_options(config: Config, limits: Limits) -> dict[str, Any]:
    """The settings of the httpx client under `generated_client`, sync or async.

    That client also owns the transport's lifetime: closing it closes the transport.
    """
    return {
        "base_url": config.base_url,
        "auth": CredentialAuth(config),
        "headers": HEADERS,
        "timeout": generated_timeout(config, limits),
        "follow_redirects": False,
    }


def transport_error(
    error: httpx.TransportError, host: str
) -> APIConnectionError | ClientClosedError:
    """Translate an httpx transport failure, keeping its reason but not its traceback.

    A failure while connecting (or waiting for a pooled connection) means the request never
    reached the server, which makes even a POST safe to send again. A request cut off by
    closing the client is a `ClientClosedError`, which no policy retries.
    """
    if isinstance(error, TransportClosed):
        return ClientClosedError("the client was closed while the request was in flight")
    reason = str(error) or type(error).__name__
    never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{host} did not answer in time ({reason})", host=host, reached_server=not never_sent
        )
    return APIConnectionError(
        f"could not reach {host}: {reason}", host=host, reached_server=not never_sent
    )


def redirect_origin(response: httpx.Response) -> str | None:
    """Scheme, host and port of a redirect's target, for the error message (None if none)."""
    target = httpx.URL(response.headers.get("location", ""))
    return f"{target.scheme}://{target.netloc.decode('ascii')}" if target.host else None
