"""What the transports report, and the SDK error each report becomes: a leaf module.

It imports httpx and `errors` only, so the transports (`_async_transport`) and the module that
chooses them (`_transports`) both import it and neither imports the other.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .errors import APIConnectionError, APITimeoutError, ClientClosedError

__all__ = ["HeadSent", "TransportClosed", "transport_error"]


class TransportClosed(httpx.ReadError):
    """The client was closed while this request was in flight (its connection closed under it).

    A `ReadError`, as httpcore reports a connection closed under a reader; `transport_error`
    makes it a `ClientClosedError`, which ends a wait at once instead of being retried.
    """


class HeadSent:
    """Whether a request's head started going out: an async `trace` extension (httpcore's).

    httpcore calls it at each step of an exchange, and `AsyncHTTP11Transport` before it writes;
    a request cut off by its deadline while it was still queued or connecting never reached the
    server, which makes even a POST safe to send again.
    """

    __slots__ = ("sent",)

    def __init__(self) -> None:
        self.sent = False

    async def __call__(self, name: str, info: Mapping[str, object]) -> None:
        if name.endswith("send_request_headers.started"):
            self.sent = True


def transport_error(
    error: httpx.TransportError, where: str, *, host: str, sent: bool = False
) -> APIConnectionError | ClientClosedError:
    """Translate an httpx transport failure at `where` (host:port), keeping its reason but not
    its traceback.

    A failure while connecting (or waiting for a pooled connection) means the request never
    reached the server, which makes even a POST safe to send again; `sent` says the request's
    head had started going out (`HeadSent`) whatever the failure. A request cut off by closing
    the client is a `ClientClosedError`, which no policy retries.
    """
    if isinstance(error, TransportClosed):
        return ClientClosedError("the client was closed while the request was in flight")
    reason = str(error) or type(error).__name__
    never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    reached = sent or not never_sent
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} did not answer in time ({reason})", host=host, reached_server=reached
        )
    if isinstance(error, httpx.ConnectError):
        return APIConnectionError(
            f"could not connect to {where}: {reason}", host=host, reached_server=reached
        )
    return APIConnectionError(
        f"could not reach {where}: {reason}", host=host, reached_server=reached
    )
