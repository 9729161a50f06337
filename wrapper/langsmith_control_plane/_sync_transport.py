"""The sync client's own pool: httpcore's, with every socket wait cut at the call's deadline.

httpcore bounds each read by the read timeout, so a server that trickles its head or body a
byte at a time, or sends `100 Continue` every second, holds a blocking call as long as it
likes. Here the pool's network backend (httpcore's own `SyncBackend`, wrapped) gives each
connect, TLS handshake, read and write at most what is left of the deadline the shell set for
this request (`deadline_within`), and fails with the timeout httpcore raises for the same step
when none is left. Everything else is httpcore's, as under `httpx.HTTPTransport`: this module
is that class's request and exception mapping, on a pool built with the backend (httpx offers
no way to pass one).
"""

from __future__ import annotations

import contextlib
import math
import ssl
import time
import typing
from collections.abc import Iterable, Iterator

import httpcore
import httpx

from ._deadline import DEADLINE

__all__ = ["DeadlineTransport"]


def _bounded(timeout: float | None, error: type[httpcore.TimeoutException]) -> float | None:
    deadline = DEADLINE.get()
    if deadline == math.inf:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> object:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


# httpcore's exceptions as httpx's, as `httpx.HTTPTransport` maps them (most specific first:
# the first class of an exception's MRO found here).
_HTTPX_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
    httpcore.ProtocolError: httpx.ProtocolError,
}


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        mapped = next(
            (_HTTPX_ERRORS[kind] for kind in type(exc).__mro__ if kind in _HTTPX_ERRORS), None
        )
        if mapped is None:
            raise
        raise mapped(str(exc)) from exc


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            with _as_httpx_errors():
                close()


class DeadlineTransport(httpx.BaseTransport):
    """httpx's transport on httpcore's pool, every socket wait bounded by `deadline_within`."""

    def __init__(
        self, *, ssl_context: ssl.SSLContext, limits: httpx.Limits, proxy: str | None = None
    ) -> None:
        through = None
        if proxy is not None:
            parsed = httpx.Proxy(proxy)
            through = httpcore.Proxy(
                url=httpcore.URL(
                    scheme=parsed.url.raw_scheme,
                    host=parsed.url.raw_host,
                    port=parsed.url.port,
                    target=parsed.url.raw_path,
                ),
                auth=parsed.raw_auth,
                headers=parsed.headers.raw,
            )
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            proxy=through,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`; the response's body streams from the connection as it is read."""
        assert isinstance(request.stream, httpx.SyncByteStream)
        url = request.url
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = self._pool.handle_request(core)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
