"""uvicorn serving the emulator's app on a background thread, from a socket bound up front."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from langsmith_control_plane.testing._app import Connections, create_app
from langsmith_control_plane.testing._state import EmulatorState


def _tracking_protocol(connections: Connections) -> type[H11Protocol]:
    class TrackingH11Protocol(H11Protocol):
        """uvicorn's h11 protocol, noting each connection's transport for drop faults."""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            # asyncio turns Nagle off only for sockets made with proto=IPPROTO_TCP, and
            # socket.create_server's have proto 0: without this, each response's second write
            # waits out the client's delayed ACK (about 40 ms a request on loopback).
            sock = transport.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().connection_made(transport)
            if self.client is not None:
                connections[self.client] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client is not None:
                connections.pop(self.client, None)
            super().connection_lost(exc)

    return TrackingH11Protocol


class _Server(uvicorn.Server):
    """A uvicorn server that hands its loop to the state, wakes every waiter on shutdown, and
    stops as soon as it is asked to.

    uvicorn's own loop looks at `should_exit` every 0.1 s, and its shutdown sleeps 0.1 s and
    then polls the open connections every 0.1 s: a quarter of a second per stop, paid by every
    test that starts an emulator. Here a stop wakes the loop at once, and the shutdown waits on
    the connections in short steps. `main_loop` and `shutdown` are otherwise uvicorn's (0.55), the
    lifespan being off.
    """

    def __init__(
        self, config: uvicorn.Config, state: EmulatorState, ready: threading.Event
    ) -> None:
        super().__init__(config)
        self._state = state
        self._ready = ready
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = asyncio.Event()

    def request_stop(self) -> None:
        """Ask the server to stop (from any thread)."""
        self.should_exit = True
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                self._loop.call_soon_threadsafe(self._stopping.set)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._state.attach(self._loop)
        await super().startup(sockets)
        self._ready.set()

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):  # on_tick keeps the Date header current
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # Answer parked long-polls first; they would otherwise be waited out.
        self._state.close()
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        try:
            async with asyncio.timeout(self.config.timeout_graceful_shutdown):
                while self.server_state.connections or self.server_state.tasks:
                    await asyncio.sleep(0.005)
        except TimeoutError:
            for task in self.server_state.tasks:
                task.cancel(msg="the emulator is stopping")
        for server in self.servers:
            await server.wait_closed()
        self._state.detach()


class ServerThread:
    """The emulator's HTTP server, running on a daemon thread until `stop()`."""

    def __init__(
        self,
        state: EmulatorState,
        *,
        host: str,
        port: int,
        api_key: str,
        workspace_id: str,
        bearer_token: str,
    ) -> None:
        # Binding here, not in uvicorn, makes the port known (and connectable) before start.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # uvicorn's own backlog: Python's default of 128 makes a burst of a thousand concurrent
        # long-polls wait out SYN retransmits.
        self.socket = socket.create_server((host, port), family=family, backlog=2048)
        self.port: int = self.socket.getsockname()[1]
        connections: Connections = {}
        app = create_app(
            state,
            connections,
            api_key=api_key,
            workspace_id=workspace_id,
            bearer_token=bearer_token,
        )
        config = uvicorn.Config(
            app,
            http=_tracking_protocol(connections),
            ws="none",
            lifespan="off",
            # Leave the host process's logging alone.
            log_config=None,
            access_log=False,
            # Keep scope["client"] the socket peer, the key drop faults look transports up by.
            proxy_headers=False,
            # A backstop only: shutdown already answers every parked request at once.
            timeout_graceful_shutdown=5,
        )
        self._ready = threading.Event()
        self._server = _Server(config, state, self._ready)
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, name=f"lscp-emulator:{self.port}", daemon=True
        )

    def start(self, timeout: float = 10.0) -> None:
        """Start serving; return once the server accepts requests."""
        self._thread.start()
        if not self._ready.wait(timeout) or not self._server.started:
            self.stop()
            raise RuntimeError("the emulator's server did not start") from self._error

    def stop(self) -> None:
        """Stop serving and wait for the thread to end; the socket is closed after."""
        self._server.request_stop()
        self._thread.join()
        self.socket.close()

    def _run(self) -> None:
        # uvicorn installs no signal handlers off the main thread, which is what we want here.
        try:
            asyncio.run(self._server.serve(sockets=[self.socket]))
        except BaseException as exc:  # Reported by start(); a thread has nowhere to raise.
            self._error = exc
        finally:
            self._ready.set()
