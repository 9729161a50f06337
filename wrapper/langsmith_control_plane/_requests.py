"""Building the wrapper's requests (`RequestFactory`).

The wrapper's calls are built here and handed straight to the transport: every one goes to
base_url's origin, refuses redirects and keeps no cookies, so the httpx client's per-request
machinery (URL merging, auth and redirect generators, cookie extraction, its INFO log line of
each URL) would only cost time, a third of a call's client CPU (docs/performance.md).
"""

from __future__ import annotations

import httpx

from ._operations import OperationRequest
from ._version import __version__
from .config import Config

__all__ = [
    "HEADERS",
    "RequestFactory",
    "redirect_origin",
]

HEADERS = {
    "User-Agent": f"langsmith-control-plane/{__version__}",
    "Accept": "application/json",
    # The bodies are tiny; a compressed one could inflate far past the body cap in one read.
    "Accept-Encoding": "identity",
}


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


def redirect_origin(response: httpx.Response) -> str | None:
    """Scheme, host and port of a redirect's target, for the error message (None if none)."""
    target = httpx.URL(response.headers.get("location", ""))
    return f"{target.scheme}://{target.netloc.decode('ascii')}" if target.host else None
