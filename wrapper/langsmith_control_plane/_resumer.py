"""The consent resumer: resumes the Agent Server threads that `get_token` paused, as users approve.

A run on an Agent Server (`langgraph dev`, LangSmith Deployment) that calls
`langsmith_control_plane.langgraph.get_token` pauses with a `ConsentPayload` interrupt, and
nobody is at a prompt to resume it. `ConsentResumer` is that somebody: it finds the threads
interrupted on such a payload (`threads.search`), long-polls their flows together
(`AsyncControlPlane.auth.wait_many`), and, as each user approves, resumes the thread through the
server's own API (`runs.create(..., command={"resume": ...})`).

It holds no state that matters: what is paused is on the server, what is approved is on the
Control Plane, so a restarted resumer, or a second one beside it, finds the same work. Exactly
once rests on the server, not on a lock of ours: a thread is resumed only while it is still
interrupted on the same interrupt (read right before resuming), the resume answers that
interrupt by its id (a late one on a thread that has moved on answers nothing), and the server
refuses a second run while one is queued or running (409, `multitask_strategy="reject"`): of
two resumers racing on one thread, one resumes it and the other moves on.

The resume value is `True` ("look again"): `get_token` then looks at the flow itself and gets
the token in the run's own process. The token the long-poll brings back is dropped here; it
reaches no run, state, checkpoint or log.

Needs `langgraph-sdk` (the `langgraph` extra); `import langsmith_control_plane` never imports it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import ConflictError, LangGraphError, NotFoundError

from ._client import AsyncControlPlane
from ._consent import consent_auth_id
from .config import check_url
from .errors import AuthNotFoundError, ConfigurationError, ControlPlaneError
from .models import AuthResult

__all__ = ["ConsentResumer", "Pause", "Resumed", "agent_server"]

logger = logging.getLogger("langsmith_control_plane.langgraph")

# What a scan reads of each thread: never its values (the application's state).
_FIELDS: list[Any] = ["thread_id", "status", "metadata", "interrupts"]


@attrs.frozen
class Pause:
    """A thread interrupted on a consent pause: which interrupt, for which flow."""

    thread_id: str
    interrupt_id: str
    auth_id: str
    assistant_id: str


@attrs.frozen
class Resumed:
    """A thread this resumer resumed: the run it created to answer the pause."""

    thread_id: str
    interrupt_id: str
    auth_id: str
    run_id: str


def agent_server(url: str) -> LangGraphClient:
    """The official client of the Agent Server at `url`: https, or plain http to loopback only.

    Its API key, if the server needs one, comes from the environment, as langgraph_sdk reads it
    (LANGGRAPH_API_KEY, else LANGSMITH_API_KEY), and goes with every request: hence the same
    rule as the control plane's `base_url`, checked before anything is sent.
    """
    return get_client(url=check_url("url", url))


def pauses(thread: Mapping[str, Any]) -> list[Pause]:
    """The consent pauses of a thread as `threads.search` or `threads.get` returns it."""
    if thread.get("status") != "interrupted":
        return []
    metadata = thread.get("metadata") or {}
    # Threads made by a run carry the run's assistant (or graph) in their metadata; the resume
    # goes to the same one.
    assistant = metadata.get("assistant_id") or metadata.get("graph_id")
    if not isinstance(assistant, str) or not assistant:
        return []
    found = []
    for interrupts in (thread.get("interrupts") or {}).values():
        for interrupt in interrupts:
            auth_id = consent_auth_id(interrupt.get("value"))
            if auth_id is not None:
                found.append(Pause(thread["thread_id"], interrupt["id"], auth_id, assistant))
    return found


def _positive(name: str, value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ConfigurationError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


def _count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be a whole number >= 1, not {value!r}")
    return value


class ConsentResumer:
    """Resumes the threads of an Agent Server paused by `get_token`, as their users approve.

    ```python
    from langgraph_sdk import get_client

    async with AsyncControlPlane() as acp:
        resumer = ConsentResumer(get_client(url="http://localhost:2024"), acp)
        await resumer.run()  # until resumer.stop() or cancellation
    ```

    Every `scan_interval` seconds it looks for threads interrupted on a consent pause (`page_size`
    threads a request, only those whose metadata contains `metadata`, when given) and adds their
    flows to the long-poll. A flow that completes, or is gone (expired: `get_token` then starts
    a new one and the run pauses again with a new URL), gets its thread resumed, if it is still
    interrupted on the same pause. A flow whose wait fails (an outage, or `wait_timeout`
    passing: default, the client's `timeout`) is dropped and found again by the next scan.
    At most `concurrency` threads are being resumed at once. `on_resume` is called with a
    `Resumed` for each run this resumer created.
    """

    def __init__(
        self,
        server: LangGraphClient,
        client: AsyncControlPlane,
        *,
        scan_interval: float = 2.0,
        page_size: int = 100,
        metadata: Mapping[str, Any] | None = None,
        wait_timeout: float | None = None,
        concurrency: int = 20,
        on_resume: Callable[[Resumed], object] | None = None,
    ) -> None:
        if not isinstance(server, LangGraphClient):
            raise ConfigurationError(
                "server must be a langgraph_sdk client (langgraph_sdk.get_client(url=...)), "
                f"not {type(server).__name__}"
            )
        if not isinstance(client, AsyncControlPlane):
            raise ConfigurationError(
                f"client must be an AsyncControlPlane, not {type(client).__name__}"
            )
        self._server = server
        self._client = client
        self._scan_interval = _positive("scan_interval", scan_interval)
        self._page_size = _count("page_size", page_size)
        self._metadata = dict(metadata) if metadata is not None else None
        self._wait_timeout = (
            None if wait_timeout is None else _positive("wait_timeout", wait_timeout)
        )
        self._slots = asyncio.Semaphore(_count("concurrency", concurrency))
        self._on_resume = on_resume
        # Flows being waited for, by auth_id (one flow may pause several threads).
        self._watched: dict[str, list[Pause]] = {}
        self._stopping = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def stop(self) -> None:
        """Ask `run` to return: it stops waiting, lets resumes in flight finish, and returns.

        Safe from any thread, and before `run` starts (it then returns at once).
        """
        if self._loop is None:
            self._stopping.set()
        else:
            self._loop.call_soon_threadsafe(self._stopping.set)

    async def run(self) -> None:
        """Resume paused threads as their users approve, until `stop()` or cancellation."""
        self._loop = asyncio.get_running_loop()
        waits: set[asyncio.Task[None]] = set()
        resumes: set[asyncio.Task[None]] = set()
        try:
            while not self._stopping.is_set():
                new = await self._scan()
                if new:
                    wait = asyncio.create_task(self._wait(new, resumes))
                    waits.add(wait)
                    wait.add_done_callback(waits.discard)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), self._scan_interval)
        finally:
            for wait in waits:
                wait.cancel()
            await asyncio.gather(*waits, return_exceptions=True)
            # A resume in flight is one or two short requests: let it end, so that a run it
            # created is reported, rather than cut between the server's answer and ours.
            await asyncio.gather(*resumes, return_exceptions=True)
            self._watched.clear()

    async def _scan(self) -> list[str]:
        """Watch the consent pauses the server has now; return the flows new to the watch."""
        new: list[str] = []
        offset = 0
        while True:
            try:
                page = await self._server.threads.search(
                    status="interrupted",
                    metadata=self._metadata,
                    limit=self._page_size,
                    offset=offset,
                    select=_FIELDS,
                )
            except (LangGraphError, httpx.HTTPError) as error:  # the server is down: scan later
                logger.warning("could not list the Agent Server's interrupted threads: %s", error)
                return new
            for thread in page:
                for pause in pauses(thread):
                    known = self._watched.setdefault(pause.auth_id, [])
                    if not known:
                        new.append(pause.auth_id)
                    if pause not in known:
                        known.append(pause)
            if len(page) < self._page_size:
                return new
            offset += len(page)

    async def _wait(self, auth_ids: list[str], resumes: set[asyncio.Task[None]]) -> None:
        waiting = set(auth_ids)
        try:
            flows = self._client.auth.wait_many(auth_ids, timeout=self._wait_timeout)
            async with contextlib.aclosing(flows) as outcomes:
                async for auth_id, outcome in outcomes:
                    waiting.discard(auth_id)
                    if isinstance(outcome, AuthResult | AuthNotFoundError):
                        # Approved, or gone (expired): either way the run has to look again.
                        resume = asyncio.create_task(self._resume_all(auth_id))
                        resumes.add(resume)
                        resume.add_done_callback(resumes.discard)
                    else:
                        self._forget(auth_id, outcome)
                    # The token (in an AuthResult) goes no further than this loop.
                    del outcome
        finally:
            # Whatever ended the wait early, the next scan watches these flows again.
            for auth_id in waiting:
                self._watched.pop(auth_id, None)

    def _forget(self, auth_id: str, error: ControlPlaneError) -> None:
        logger.warning(
            "stopped waiting for flow %s (the next scan finds it again): %s", auth_id, error
        )
        self._watched.pop(auth_id, None)

    async def _resume_all(self, auth_id: str) -> None:
        try:
            for pause in self._watched.get(auth_id, []):
                async with self._slots:
                    await self._resume(pause)
        finally:
            # Still paused after this (a resume failed)? The next scan watches it again.
            self._watched.pop(auth_id, None)

    async def _resume(self, pause: Pause) -> None:
        """Resume `pause`'s thread if it is still interrupted on that pause; else move on."""
        try:
            thread = await self._server.threads.get(pause.thread_id)
            if pause not in pauses(thread):
                return  # resumed already (by us, another resumer or a person), or gone
            run = await self._server.runs.create(
                pause.thread_id,
                pause.assistant_id,
                # Answers this interrupt only: a late resume answers nothing else.
                command={"resume": {pause.interrupt_id: True}},
                multitask_strategy="reject",
            )
        except ConflictError:
            return  # a run is queued or running on the thread: another resumer won
        except NotFoundError:
            return  # the thread was deleted
        except (LangGraphError, httpx.HTTPError) as error:
            logger.warning(
                "could not resume thread %s (the next scan tries again): %s", pause.thread_id, error
            )
            return
        resumed = Resumed(pause.thread_id, pause.interrupt_id, pause.auth_id, run["run_id"])
        logger.info("resumed thread %s (run %s)", resumed.thread_id, resumed.run_id)
        if self._on_resume is not None:
            self._on_resume(resumed)
