"""The transport under an `AsyncControlPlane` that owns its pool: HTTP/1.1 on asyncio, by h11.

An agent platform parks thousands of long-polls at once, one connection each. httpx's own pool
(httpcore) walks every connection each time a request starts or ends, so N concurrent waits
cost O(N^2): 11 ms a wait at 5,000. aiohttp (tried, as an extra) is flat, but holds about 90
garbage-collected objects per parked request, and the collector walking them made the cost per
wait grow 1.4x from 1,000 to 10,000 waits. This is the least a pooled HTTP/1.1 client does:
h11, httpcore's own protocol machine, parses and validates every byte; one `asyncio.Protocol`
per connection feeds it; idle connections wait in a last-in-first-out queue per origin. The
measurements are in docs/performance.md.

The requests and responses are httpx's, and failures are the httpx exceptions httpcore raises
for the same event, so the clients treat this like any other httpx transport; the deliberate
differences are listed in docs/transport.md and pinned by tests/e2e/test_transport_differential.py.
It does not proxy: `_transports` uses httpx's transport instead when base_url goes through one.
It runs on asyncio's loops and on uvloop's, whose transports and loop lack two things asyncio's
have (noted where they matter).
"""

from __future__ import annotations

import asyncio
import collections
import contextvars
import functools
import ipaddress
import itertools
import select
import socket
import ssl
from asyncio.staggered import staggered_race
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import cast

import h11
import httpx

from ._tls import tls_context
from ._transport_errors import TransportClosed

__all__ = ["AsyncHTTP11Transport"]

# Defaults of the transport's arguments. httpcore's limit on a response head, which h11 enforces.
MAX_HEAD_BYTES = 100 * 1024
# Unparsed bytes held per connection before reading pauses: a server streaming a huge body
# cannot fill memory faster than the client consumes (and caps) it.
MAX_BUFFERED_BYTES = 256 * 1024

Origin = tuple[bytes, bytes, int]  # scheme, host, port
AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[object, ...]]


class AsyncHTTP11Transport(httpx.AsyncBaseTransport):
    """A pool of HTTP/1.1 connections with no cap on those in use.

    At most `max_idle` idle ones are kept per origin (as httpx's pool keeps 100: a fan-out of
    thousands of waits that all finish leaves at most this many sockets open); one idle past
    `keepalive_expiry` seconds (httpx's default, 5) is closed when the pool
    is next used (as httpx's pool does) or by `aclose`.

    Timeouts are httpx's: connect bounds opening a connection (TLS included), read each wait
    for data, write each wait to send. Connections are bound to the event loop that opened
    them, as on httpx's pool. `aclose` closes every connection, those in use too.

    `ssl_context` is used for https (default: httpx's default context); it is told to offer
    HTTP/1.1 by ALPN, as httpcore does. A name with several addresses is connected to by
    Happy Eyeballs (RFC 8305): the next address is tried `happy_eyeballs_delay` seconds after
    the last attempt started, while the earlier ones go on, as anyio does under httpx.

    At most `max_connecting` connections are being opened at once; further requests queue for
    a turn, and their connect timeout starts with it. Thousands of waits started together
    would otherwise all start their TLS handshakes at once: the handshakes take the client's
    (and server's) CPU in turn, so those queued past the connect timeout fail, are retried,
    and start more handshakes (docs/performance.md, "Over TLS").
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        happy_eyeballs_delay: float = 0.25,
        max_idle: int = 100,
        keepalive_expiry: float = 5.0,
        max_connecting: int = 100,
        max_head_bytes: int = MAX_HEAD_BYTES,
        max_buffered_bytes: int = MAX_BUFFERED_BYTES,
    ) -> None:
        self._max_head_bytes = max_head_bytes
        self._max_buffered_bytes = max_buffered_bytes
        self._max_idle = max_idle
        self._keepalive_expiry = keepalive_expiry
        self._max_connecting = max_connecting
        self._turns: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None
        self._idle: dict[Origin, collections.deque[_Connection]] = {}
        # Connections lent to a request or a response: `aclose` closes these as well.
        self._in_use: set[_Connection] = set()
        self._ssl_context = tls_context() if ssl_context is None else ssl_context
        self._ssl_context.set_alpn_protocols(["http/1.1"])
        self._happy_eyeballs_delay = happy_eyeballs_delay
        self._closed = False
        # The context of the read-timeout timers, whose callback reads no context variable:
        # one per transport, where asyncio would copy the caller's for each timer (an object
        # per parked wait). Not one per process: a context can be entered by one thread at a
        # time, and clients in other threads' loops would collide.
        self._timer_context = contextvars.Context()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`; the response's body streams from the connection as it is read."""
        if self._closed:
            raise TransportClosed("the transport is closed")
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(
                f"the URL's scheme must be http or https: {url.scheme!r}"
            )
        origin = (url.raw_scheme, url.raw_host, url.port or (443 if url.scheme == "https" else 80))
        timeouts = request.extensions.get("timeout", {})
        connection = self._take_idle(origin) or await self._connect_in_turn(origin, timeouts)
        self._in_use.add(connection)
        read_timeout = timeouts.get("read")
        try:
            trace = request.extensions.get("trace")  # httpcore's extension: the head goes out
            if trace is not None:
                await trace("http11.send_request_headers.started", {"request": request})
            await connection.send(request, timeouts.get("write"))
            response = await connection.next_event(read_timeout)
            while not isinstance(response, h11.Response):  # informational 1xx answers
                response = await connection.next_event(read_timeout)
            if _conflicting_framing(response.headers):
                raise httpx.RemoteProtocolError(
                    "the response has both Content-Length and Transfer-Encoding"
                )
        except BaseException:  # cancelled too: the connection is mid-exchange
            self._in_use.discard(connection)
            connection.close()
            raise
        return httpx.Response(
            response.status_code,
            headers=response.headers.raw_items(),
            stream=_Body(self, origin, connection, read_timeout),
            extensions={
                "http_version": b"HTTP/" + response.http_version,
                "reason_phrase": response.reason,
            },
        )

    async def aclose(self) -> None:
        """Close every connection at once, as httpcore does.

        A request or response still reading from one raises `TransportClosed`, a `ReadError`.
        """
        self._closed = True
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()
        in_use, self._in_use = self._in_use, set()
        for connection in in_use:
            connection.close(TransportClosed)

    def _take_idle(self, origin: Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        if not idle:
            return None
        # Oldest first on the left: those past their expiry go, then the newest is reused.
        loop = asyncio.get_running_loop()
        now = loop.time()
        while idle and idle[0].expires_at <= now:
            idle.popleft().close()
        while idle:
            connection = idle.pop()
            # A connection is its loop's: one left by an earlier `asyncio.run` is not reused.
            if connection.loop is loop and connection.reusable and not connection.readable():
                return connection
            connection.close()
        return None

    def _release(self, origin: Origin, connection: _Connection, *, complete: bool) -> None:
        self._in_use.discard(connection)
        idle = self._idle.get(origin)
        if idle is None:  # not setdefault: it would build a deque on every release
            idle = self._idle[origin] = collections.deque()
        if (
            complete
            and not self._closed
            and len(idle) < self._max_idle
            and connection.start_next_cycle()
        ):
            connection.expires_at = asyncio.get_running_loop().time() + self._keepalive_expiry
            idle.append(connection)
        else:
            connection.close()

    async def _connect_in_turn(
        self, origin: Origin, timeouts: dict[str, float | None]
    ) -> _Connection:
        loop = asyncio.get_running_loop()
        if self._turns is None or self._turns[0] is not loop:  # a semaphore is its loop's
            self._turns = (loop, asyncio.Semaphore(self._max_connecting))
        turns = self._turns[1]
        if turns.locked():  # queued: for at most the pool timeout, as in httpcore's pool
            try:
                async with asyncio.timeout(timeouts.get("pool")):
                    await turns.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("timed out waiting for a turn to connect") from None
        else:
            await turns.acquire()
        try:
            if self._closed:  # closed while queued: open nothing
                raise TransportClosed("the transport was closed")
            # A connection another request released while this one queued serves it.
            return self._take_idle(origin) or await self._connect(origin, timeouts)
        finally:
            turns.release()

    async def _connect(self, origin: Origin, timeouts: dict[str, float | None]) -> _Connection:
        scheme, raw_host, port = origin
        host = raw_host.decode("ascii")
        loop = asyncio.get_running_loop()
        ssl_context = self._ssl_context if scheme == b"https" else None
        hostname = host if ssl_context else None
        # An address has nothing to race, and asyncio's race costs tasks and a wait per
        # connect even for one address: 5,000 concurrent waits to 127.0.0.1 took 1.9x as
        # long with it (one quiet run) and peaked 29 MB higher (every run).
        delay = None if _is_ip_address(host) else self._happy_eyeballs_delay

        def factory() -> _Connection:
            return _Connection(
                loop, self._timer_context, self._max_head_bytes, self._max_buffered_bytes
            )

        try:
            async with asyncio.timeout(timeouts.get("connect")):
                if delay is not None and not isinstance(loop, asyncio.BaseEventLoop):
                    # uvloop's create_connection tries the addresses one at a time.
                    sock = await _happy_eyeballs(loop, host, port, delay)
                    try:
                        _, connection = await loop.create_connection(
                            factory, sock=sock, ssl=ssl_context, server_hostname=hostname
                        )
                    except BaseException:
                        sock.close()
                        raise
                elif delay is not None:  # asyncio's races the addresses itself
                    _, connection = await loop.create_connection(
                        factory,
                        host,
                        port,
                        ssl=ssl_context,
                        server_hostname=hostname,
                        happy_eyeballs_delay=delay,
                        interleave=1,
                    )
                else:
                    _, connection = await loop.create_connection(
                        factory, host, port, ssl=ssl_context, server_hostname=hostname
                    )
        except TimeoutError:
            raise httpx.ConnectTimeout("timed out while connecting") from None
        except OSError as exc:  # refused, DNS, TLS (ssl.SSLError is an OSError)
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from exc
        except UnicodeError:  # the idna codec refused the name (a label over 63 characters)
            raise httpx.ConnectError(f"invalid host name: {host!r}") from None
        if self._closed:  # closed while connecting: nothing will close this one later
            connection.close()
            raise TransportClosed("the transport was closed")
        return connection


@functools.lru_cache(maxsize=256)
def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


async def _happy_eyeballs(
    loop: asyncio.AbstractEventLoop, host: str, port: int, delay: float
) -> socket.socket:
    """A connected socket to `host`, its addresses raced as asyncio's own loop races them.

    Only for loops without `happy_eyeballs_delay` (uvloop): asyncio's resolver call and its
    staggered race (what asyncio's `create_connection` itself runs) over `sock_connect`.
    """
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if not infos:
        raise OSError(f"getaddrinfo() returned no address for {host!r}")
    # Alternating address families, as RFC 8305 asks (asyncio's interleave=1).
    families = dict.fromkeys(info[0] for info in infos)
    by_family = [[info for info in infos if info[0] == family] for family in families]
    ordered = [info for info in itertools.chain(*itertools.zip_longest(*by_family)) if info]

    def attempt(info: AddrInfo) -> Callable[[], Awaitable[socket.socket]]:
        async def connect() -> socket.socket:
            family, kind, proto, _, address = info
            sock = socket.socket(family, kind, proto)
            try:
                sock.setblocking(False)
                await loop.sock_connect(sock, address)
            except BaseException:
                sock.close()
                raise
            return sock

        return connect

    winner, _, errors = await staggered_race([attempt(info) for info in ordered], delay)
    if winner is None:
        failures = [error for error in errors if error is not None]
        if len(failures) == 1 and isinstance(failures[0], OSError):
            raise failures[0]
        raise OSError(f"Multiple exceptions: {', '.join(str(error) for error in failures)}")
    return cast(socket.socket, winner)


class _Connection(asyncio.Protocol):
    """One connection: bytes from asyncio in, h11 events out, waiting with timeouts between."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        timer_context: contextvars.Context,
        max_head_bytes: int,
        max_buffered_bytes: int,
    ) -> None:
        self.loop = loop
        self._timer_context = timer_context
        self._max_buffered_bytes = max_buffered_bytes
        self._h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=max_head_bytes)
        self._transport: asyncio.Transport | None = None
        self._waiter: asyncio.Future[bool] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._incoming: list[bytes] = []
        self._incoming_bytes = 0
        self._reading_paused = False
        self._writing_paused = False
        self._eof = False
        self._eof_fed = False
        self._error: BaseException | None = None
        # What a reader raises once this side closed the connection (None while open).
        self._closed_as: type[httpx.TransportError] | None = None
        self.expires_at = 0.0

    # asyncio's side: the protocol callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A cast, not an isinstance check: uvloop's transports have asyncio.Transport's
        # methods without subclassing it.
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self._incoming.append(data)
        self._incoming_bytes += len(data)
        if self._incoming_bytes > self._max_buffered_bytes and not self._reading_paused:
            assert self._transport is not None
            self._transport.pause_reading()
            self._reading_paused = True
        self._wake()

    def eof_received(self) -> None:
        self._eof = True
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        self._error = exc
        self._wake()

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        self._wake()

    # the transport's side

    @property
    def reusable(self) -> bool:
        """Open, and nothing arrived unasked (which would belong to no request)."""
        transport = self._transport
        return (
            transport is not None
            and not transport.is_closing()  # TLS drops its socket a turn before telling us
            and not self._eof
            and not self._incoming
        )

    def readable(self) -> bool:
        """Whether the socket holds what the loop has not read yet: on an idle connection,
        the server's close (as httpcore checks before reusing one)."""
        sock = None if self._transport is None else self._transport.get_extra_info("socket")
        if sock is None:
            return True  # no socket left to read: not usable either
        if not hasattr(select, "poll"):  # Windows
            return bool(select.select([sock], [], [], 0)[0])
        poller = select.poll()  # not select.select: descriptors past 1023 are common here
        poller.register(sock.fileno(), select.POLLIN)
        return bool(poller.poll(0))

    async def send(self, request: httpx.Request, timeout: float | None) -> None:
        """Write the whole request, waiting for the socket to drain if it is full."""
        try:
            data = self._h11.send(
                h11.Request(
                    method=request.method,
                    target=request.url.raw_path,
                    headers=request.headers.raw,
                )
            )
            body = await request.aread()
            if body:
                data = (data or b"") + (self._h11.send(h11.Data(data=body)) or b"")
            data = (data or b"") + (self._h11.send(h11.EndOfMessage()) or b"")
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc
        if self._transport is None:  # closed under us while the body was read
            raise (self._closed_as or httpx.WriteError)("the connection was closed")
        self._transport.write(data)
        while self._writing_paused and not self._eof:
            if not await self._woken(timeout):
                raise httpx.WriteTimeout("timed out while sending the request")
            if self._closed_as is not None:
                raise self._closed_as("the connection was closed")

    async def next_event(self, timeout: float | None) -> object:
        """h11's next event, reading as much as it needs, each wait bounded by `timeout`."""
        while True:
            if self._closed_as is not None:
                raise self._closed_as("the connection was closed")
            try:
                event = self._h11.next_event()
            except h11.RemoteProtocolError as exc:
                raise httpx.RemoteProtocolError(str(exc)) from exc
            if isinstance(event, h11.ConnectionClosed):
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            if event is h11.PAUSED:
                # Only after the server agreed to switch protocols (101 to an Upgrade, 2xx to
                # CONNECT): h11 would answer PAUSED forever, and nothing here speaks the new one.
                raise httpx.RemoteProtocolError("the server switched protocols; not supported")
            if event is not h11.NEED_DATA:
                return event
            if self._incoming:
                data = b"".join(self._incoming)
                self._incoming.clear()
                self._incoming_bytes = 0
                if self._reading_paused and self._transport is not None:
                    self._transport.resume_reading()
                    self._reading_paused = False
                self._h11.receive_data(data)
            elif self._eof and not self._eof_fed:
                self._fail_on_disconnect()
                self._eof_fed = True
                self._h11.receive_data(b"")
            elif not await self._woken(timeout):
                raise httpx.ReadTimeout("timed out while reading the response")

    def start_next_cycle(self) -> bool:
        """Make the connection ready for another request, if both sides finished cleanly."""
        if self._h11.our_state is h11.DONE and self._h11.their_state is h11.DONE:
            if self._h11.trailing_data[0]:  # bytes past the answer belong to no request
                return False
            self._h11.start_next_cycle()
            return self.reusable
        return False

    def close(self, error: type[httpx.TransportError] = httpx.ReadError) -> None:
        """Close the socket at once; a reader waiting on it is woken and raises `error`.

        From another thread's loop the close is handed to that loop; with its loop closed,
        the socket was left open by whoever closed it, and is let go.
        """
        if self._transport is None or self.loop.is_closed():
            self._transport = None
        elif self.loop is asyncio.get_running_loop():
            self._abort(error)
        else:
            self.loop.call_soon_threadsafe(self._abort, error)

    def _abort(self, error: type[httpx.TransportError]) -> None:
        transport, self._transport = self._transport, None
        if transport is not None:
            self._closed_as = error
            self._wake()  # not a timeout: the reader sees `_closed_as` and raises it
            transport.abort()

    def _fail_on_disconnect(self) -> None:
        # The failures httpcore reports for a connection that ended mid-exchange.
        if self._error is not None:
            raise httpx.ReadError(str(self._error) or type(self._error).__name__)
        if self._h11.their_state is h11.SEND_RESPONSE:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")

    def _woken(self, timeout: float | None) -> asyncio.Future[bool]:
        """A future that turns True on data, EOF or a drained socket; False after `timeout`.

        A plain future rather than a coroutine with `asyncio.timeout`: a parked wait awaits it,
        and every object a parked wait holds is one more for the garbage collector to walk.
        """
        waiter: asyncio.Future[bool] = self.loop.create_future()
        self._waiter = waiter
        if timeout is not None:
            self._timer = self.loop.call_later(
                timeout, self._settle, False, context=self._timer_context
            )
        return waiter

    def _wake(self) -> None:
        self._settle(True)

    def _settle(self, woken: bool) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(woken)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _conflicting_framing(headers: Iterable[tuple[bytes, bytes]]) -> bool:
    """Both Content-Length and Transfer-Encoding: RFC 9112 (6.3) asks to treat it as an error.

    h11 lets Transfer-Encoding win and would keep the connection; an intermediary that went by
    Content-Length saw other message boundaries, so the body may be a smuggled one.
    """
    names = [name for name, _ in headers]
    return b"transfer-encoding" in names and b"content-length" in names


class _Body(httpx.AsyncByteStream):
    """A response body, read from its connection as it arrives."""

    def __init__(
        self,
        pool: AsyncHTTP11Transport,
        origin: Origin,
        connection: _Connection,
        timeout: float | None,
    ) -> None:
        self._pool = pool
        self._origin = origin
        self._connection: _Connection | None = connection
        self._timeout = timeout
        self._complete = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx.StreamClosed
        while True:
            event = await connection.next_event(self._timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                self._complete = True
                return

    async def aclose(self) -> None:
        """Give the connection back to the pool if the body was read to its end, else close it."""
        connection, self._connection = self._connection, None
        if connection is not None:
            self._pool._release(self._origin, connection, complete=self._complete)
