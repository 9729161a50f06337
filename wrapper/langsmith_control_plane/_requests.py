"""Building requests: the wrapper's own (`RequestFactory`) and the settings of the httpx client
that owns each client's transport (`client_options`).

The wrapper's calls are built here and handed straight to the transport: every one goes to
base_url's origin, refuses redirects and keeps no cookies, so the httpx client's per-request
machinery (URL merging, auth and redirect generators, cookie extraction, its INFO log line of
each URL) would only cost time, a third of a call's client CPU (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from ._operations import OperationRequest
from ._policy import Limits
from ._version import __version__
from .config import Config

__all__ = [
    "HEADERS",
    "CredentialAuth",
    "RequestFactory",
    "client_options",
    "generated_timeout",
    "redirect_origin",
]

HEADERS = {
    "User-Agent": f"langsmith-control-plane/{__version__}",
    "Accept": "application/json",
    # The bodies are tiny; a compressed one could inflate far past the body cap in one read.
    "Accept-Encoding": "identity",
}


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


def generated_timeout(config: Config, limits: Limits) -> httpx.Timeout:
    """The timeouts of a request sent through the httpx client that owns the transport (the
    wrapper's own calls carry per-request budgets instead): the client's `request_timeout` plus
    the time an answer takes (65 s by default: long enough for a 60 s server-side hold), and its
    `connect_timeout`; never unbounded."""
    return httpx.Timeout(
        config.request_timeout + limits.read_margin, connect=limits.connect_timeout
    )


def client_options(config: Config, limits: Limits) -> dict[str, Any]:
    """The settings of the httpx client that owns the transport, sync or async.

    That client also owns the transport's lifetime: closing it closes the transport.
    """
    return {
        "base_url": config.base_url,
        "auth": CredentialAuth(config),
        "headers": HEADERS,
        "timeout": generated_timeout(config, limits),
        "follow_redirects": False,
    }


def redirect_origin(response: httpx.Response) -> str | None:
    """Scheme, host and port of a redirect's target, for the error message (None if none)."""
    target = httpx.URL(response.headers.get("location", ""))
    return f"{target.scheme}://{target.netloc.decode('ascii')}" if target.host else None
