"""Scenario 2: how long after a user finishes the flow the waiting code has the token.

For each flow, the waiter starts, the emulator's `complete()` is called, and the latency is the
time from just before that call to the moment the waiter returns (both read from
`time.perf_counter` in this process). The emulator runs in this process on its own thread, the
async clients on a second event-loop thread, and the sync waiters on worker threads. Long-poll
contenders are completed once their request is parked in the server (`wait_for_waiters`); the
naive loop never parks, so it is completed at a random moment of its one-second cycle, which
is when a real user would happen to finish.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import httpx
from langchain_auth import Client as LangchainAuthClient
from langsmith_control_plane import AsyncControlPlane, ControlPlane
from langsmith_control_plane.testing import Emulator

from bench._common import Json, Sizes, summary
from bench._loop import LoopThread

SERVER = "emulator (FastAPI/uvicorn), in-process thread"
OURS_SYNC = "ours ControlPlane.auth.wait"
OURS_ASYNC = "ours AsyncControlPlane.auth.wait"
LANGCHAIN = "langchain-auth wait_for_completion"
NAIVE = "naive loop: timeout=0, sleep 1 s"
CONTENDERS = (OURS_SYNC, OURS_ASYNC, LANGCHAIN, NAIVE)

WAIT_TIMEOUT = 30


@dataclass
class _Contender:
    """`start(auth_id)` begins a wait and returns a future of the `perf_counter` at its return."""

    name: str
    start: Callable[[str], Future[float]]
    parks: bool = True


def naive_wait(http: httpx.Client, url: str, api_key: str, auth_id: str) -> float:
    """What people write by hand: ask without waiting, sleep a second, ask again."""
    while True:
        answer = http.get(
            f"{url}/v2/auth/wait/{auth_id}", params={"timeout": 0}, headers={"X-Api-Key": api_key}
        ).json()
        if answer["status"] == "completed":
            return time.perf_counter()
        time.sleep(1)


def run(sizes: Sizes, seed: int = 2) -> Json:
    """Run scenario 2 and return its section of results.json."""
    rng = random.Random(seed)  # noqa: S311 - picks benchmark moments, not secrets
    with (
        Emulator() as emu,
        LoopThread() as loop,
        ThreadPoolExecutor(max_workers=2) as threads,
        ControlPlane(base_url=emu.url, api_key=emu.api_key) as ours_sync,
        httpx.Client() as naive_http,
    ):
        ours_async = loop.run(_async_client(emu))
        langchain = LangchainAuthClient(api_key=emu.api_key, api_url=emu.url)

        def ours_sync_wait(auth_id: str) -> float:
            ours_sync.auth.wait(auth_id, timeout=WAIT_TIMEOUT)
            return time.perf_counter()

        async def ours_async_wait(auth_id: str) -> float:
            await ours_async.auth.wait(auth_id, timeout=WAIT_TIMEOUT)
            return time.perf_counter()

        async def langchain_wait(auth_id: str) -> float:
            await langchain.wait_for_completion(auth_id, timeout=WAIT_TIMEOUT)
            return time.perf_counter()

        contenders = [
            _Contender(OURS_SYNC, lambda a: threads.submit(ours_sync_wait, a)),
            _Contender(OURS_ASYNC, lambda a: loop.submit(ours_async_wait(a))),
            _Contender(LANGCHAIN, lambda a: loop.submit(langchain_wait(a))),
            _Contender(
                NAIVE,
                lambda a: threads.submit(naive_wait, naive_http, emu.url, emu.api_key, a),
                parks=False,
            ),
        ]
        latencies: dict[str, list[float]] = {c.name: [] for c in contenders}
        try:
            for contender in contenders:  # Warm-up: one unmeasured flow each.
                _one_flow(emu, contender, rng)
            for index in range(sizes.flows):
                shift = index % len(contenders)
                for contender in contenders[shift:] + contenders[:shift]:
                    latencies[contender.name].append(_one_flow(emu, contender, rng))
        finally:
            loop.run(ours_async.aclose())
    return {
        "title": "Completion latency: complete() to the waiter returning",
        "server": SERVER,
        "unit": "ms",
        "flows": sizes.flows,
        "contenders": {name: summary(values, 99) for name, values in latencies.items()},
    }


def _one_flow(emu: Emulator, contender: _Contender, rng: random.Random) -> float:
    auth_id = emu.create_auth()
    returned = contender.start(auth_id)
    if contender.parks:
        emu.wait_for_waiters(auth_id, 1, timeout=10)
    else:
        # Uniform over the polling cycle: users do not finish in step with anyone's loop.
        time.sleep(rng.uniform(0.05, 1.05))
    completed = time.perf_counter()
    emu.complete(auth_id)
    return (returned.result(timeout=WAIT_TIMEOUT) - completed) * 1000


async def _async_client(emu: Emulator) -> AsyncControlPlane:
    # Made on the loop that will use it: httpx ties its pool to the running loop.
    return AsyncControlPlane(base_url=emu.url, api_key=emu.api_key)
