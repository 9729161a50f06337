"""The httpx client every request goes through: credentials, headers, timeouts, no redirects.

One httpx client per `ControlPlane` serves both the wrapper and `generated_client`, so an
operation is safe to call the moment it is generated: the credentials come from an `httpx.Auth`
(never stored as a plain header, never in a repr), and a user's own `http_client` is reached
through a forwarding transport instead of being reconfigured, so its pool, proxies and TLS
settings are used while our credentials never leak onto it.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from ._async_transport import owned_async_transport
from ._version import __version__
from .config import Config
from .errors import APIConnectionError, APITimeoutError

__all__ = [
    "HEADERS",
    "AsyncForwardingTransport",
    "CredentialAuth",
    "ForwardingTransport",
    "new_async_http",
    "new_sync_http",
    "redirect_origin",
    "transport_error",
]

HEADERS = {
    "User-Agent": f"langsmith-control-plane/{__version__}",
    "Accept": "application/json",
    # The bodies are tiny; a compressed one could inflate far past the body cap in one read.
    "Accept-Encoding": "identity",
}
# For calls through `generated_client`, which cannot pass per-request budgets: long enough for
# a 60 s server-side hold, never unbounded.
GENERATED_TIMEOUT = httpx.Timeout(65.0, connect=10.0)
# No connection cap: thousands of concurrent long-polls must not queue behind httpx's default
# of 100 and then fail on its pool timeout.
LIMITS = httpx.Limits(max_connections=None, max_keepalive_connections=100)


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


class ForwardingTransport(httpx.BaseTransport):
    """Sends through a user's `httpx.Client`, so its pool and network settings are used.

    Only the network part of it: its default headers, cookies and `auth` are meant for the
    services it usually talks to, so none of them is sent to the control plane (`auth=None`;
    the headers and cookies are never merged into our requests).
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


def _options(config: Config) -> dict[str, Any]:
    """What our sync and async httpx clients share."""
    return {
        "base_url": config.base_url,
        "auth": CredentialAuth(config),
        "headers": HEADERS,
        "timeout": GENERATED_TIMEOUT,
        "follow_redirects": False,
        "limits": LIMITS,
    }


def new_sync_http(config: Config, user_client: httpx.Client | None) -> httpx.Client:
    """Our httpx client: a new pool, or a user's client reached through `ForwardingTransport`."""
    transport = ForwardingTransport(user_client) if user_client else None
    return httpx.Client(**_options(config), transport=transport)


def new_async_http(config: Config, user_client: httpx.AsyncClient | None) -> httpx.AsyncClient:
    """The async twin of `new_sync_http`."""
    transport = AsyncForwardingTransport(user_client) if user_client else owned_async_transport()
    return httpx.AsyncClient(**_options(config), transport=transport)


def transport_error(error: httpx.TransportError, host: str) -> APIConnectionError:
    """Translate an httpx transport failure, keeping its reason but not its traceback.

    A failure while connecting (or waiting for a pooled connection) means the request never
    reached the server, which makes even a POST safe to send again.
    """
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
