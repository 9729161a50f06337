"""The transport under an `AsyncControlPlane` that owns its httpx client.

httpx's own pool (httpcore) walks every connection each time a request starts or ends, so N
concurrent long-polls cost O(N^2): 10 ms a wait at 5,000 (docs/performance.md). With the
`aiohttp` extra installed, owned async clients send through aiohttp's connector instead, whose
cost per wait stays flat to 10,000 and beyond; the requests and responses stay httpx's, so the
clients read the bodies and see failures as with any other httpx transport. `_http` chooses it
(not with a proxy in the environment, which it does not honour); without the extra, httpx's
pool is used as before. A user's own `http_client` is never touched.

Why not the `httpx-aiohttp` package: its 0.2.0 reports refused connections and DNS failures
as `httpx.ConnectTimeout` (so ours would say "did not answer in time" for a wrong host), and
turns `max_connections=None` into aiohttp's default cap of 100 connections, which starves a
long-poll fan-out. The adapter below is the part of it this client needs, with those fixed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator
from importlib import metadata
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport", "aiohttp_usable"]

# httpx's default keep-alive expiry, so an idle connection lives as long as on httpx's pool.
KEEPALIVE_SECONDS = 5.0
# The first release with ConnectionTimeoutError and SocketTimeoutError, which the mapping needs.
MIN_AIOHTTP = (3, 10)


@functools.cache
def aiohttp_usable() -> bool:
    """Whether a recent enough aiohttp is installed (asked once; aiohttp is not imported)."""
    try:
        version = metadata.version("aiohttp")
    except metadata.PackageNotFoundError:
        return False
    match = re.match(r"(\d+)\.(\d+)", version)
    return match is not None and (int(match[1]), int(match[2])) >= MIN_AIOHTTP


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through one `aiohttp.ClientSession` with no connection cap.

    The session is made on the first request, inside the event loop that will use it (aiohttp
    binds a session to its loop), and closed by `aclose`. Timeouts map onto aiohttp's: connect
    to `sock_connect`, read to `sock_read` (each wait for data), pool to `connect` (getting a
    connection, connecting included); there is no cap to queue behind. Failures become the
    httpx exceptions httpcore raises for the same event.
    """

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`; the response's body streams from the connection as it is read."""
        import aiohttp
        from yarl import URL

        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=0,
                    keepalive_timeout=KEEPALIVE_SECONDS,
                    ssl=httpx.create_ssl_context(),
                ),
                auto_decompress=False,  # httpx decodes, by the headers it asked with
                cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            )
        timeouts = request.extensions.get("timeout", {})
        content = await request.aread()
        try:
            response = await self._session.request(
                request.method,
                # Already encoded by httpx: `encoded=True` keeps aiohttp from quoting it again.
                URL(str(request.url), encoded=True),
                headers=request.headers.multi_items(),
                data=content or None,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeouts.get("pool"),
                    sock_connect=timeouts.get("connect"),
                    sock_read=timeouts.get("read"),
                ),
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _httpx_error(exc, request) from exc
        version = response.version or aiohttp.HttpVersion11
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            extensions={
                "http_version": f"HTTP/{version.major}.{version.minor}".encode(),
                "reason_phrase": (response.reason or "").encode(),
            },
        )

    async def aclose(self) -> None:
        """Close the session and every connection it holds."""
        if self._session is not None:
            await self._session.close()


class _Body(httpx.AsyncByteStream):
    """A response body read from aiohttp as it arrives."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response: aiohttp.ClientResponse | None = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        if self._response is None:
            raise httpx.StreamClosed
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _httpx_error(exc, self._request) from exc

    async def aclose(self) -> None:
        """Give the connection back, or close it if the body was not read to its end.

        The response is let go here: httpx's streamed response refers to itself through its
        stream, so it lives until a garbage collection; aiohttp's objects need not wait with it
        (with thousands of waits, what the collector has to walk is what makes it slow).
        """
        if self._response is not None:
            self._response.release()
            self._response = None


def _httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception httpcore raises for the failure aiohttp reported as `exc`."""
    import aiohttp

    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, TimeoutError):  # aiohttp's SocketTimeoutError among them
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS
        kind = httpx.ConnectError
    elif isinstance(
        exc,
        aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError,
    ):
        kind = httpx.RemoteProtocolError  # hung up early, or an answer that is not HTTP
    else:
        kind = httpx.ReadError  # a reset, or another failure of the connection
    return kind(str(exc) or type(exc).__name__, request=request)
