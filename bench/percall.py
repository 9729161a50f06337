"""Scenario 1: what one wait costs the client, on a flow that is already completed.

Every contender makes the same sequential calls against `fastserver` (a raw asyncio HTTP/1.1
server in another process, fast enough that the client's cost shows). The calls are split into
rounds of one short block per contender, in a rotating order, so drift in the machine's speed
(frequency scaling, a neighbour's load) lands on all of them alike; ratios are taken block by
block within each round (`paired_ratio`).
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from langchain_auth import Client as LangchainAuthClient
from langsmith_control_plane import AsyncControlPlane, ControlPlane
from langsmith_control_plane_client import AuthenticatedClient
from langsmith_control_plane_client.api.auth_service_v_2 import wait_for_auth_completion

from bench._common import API_KEY, Json, Sizes, child, module_command, summary

AUTH_ID = "flow-done"
SERVER = "fastserver: raw asyncio HTTP/1.1 keep-alive, own process"

RAW_SYNC = "raw httpx.Client.get (floor)"
RAW_ASYNC = "raw httpx.AsyncClient.get (async floor)"
GENERATED = "generated client .sync"
OURS_SYNC = "ours ControlPlane.auth.wait"
OURS_ASYNC = "ours AsyncControlPlane.auth.wait"
LANGCHAIN = "langchain-auth wait_for_completion"
CONTENDERS = (RAW_SYNC, RAW_ASYNC, GENERATED, OURS_SYNC, OURS_ASYNC, LANGCHAIN)
# Compared with the async floor; the others with the sync one.
ASYNC = frozenset({RAW_ASYNC, OURS_ASYNC, LANGCHAIN})


@dataclass
class _Contender:
    """One way of making the call: `sync` for blocking ones, `coro` for async ones."""

    name: str
    sync: Callable[[], object] | None = None
    coro: Callable[[], Awaitable[object]] | None = None


def _block(loop: asyncio.AbstractEventLoop, contender: _Contender, count: int) -> list[float]:
    """Make `count` calls one after another; return each call's duration in microseconds."""
    if contender.sync is not None:
        call = contender.sync
        times = []
        for _ in range(count):
            started = time.perf_counter()
            call()
            times.append((time.perf_counter() - started) * 1e6)
        return times
    assert contender.coro is not None
    make = contender.coro

    async def run() -> list[float]:
        # Timed inside the loop, so the cost of entering the loop is not charged to the call.
        times = []
        for _ in range(count):
            started = time.perf_counter()
            await make()
            times.append((time.perf_counter() - started) * 1e6)
        return times

    return loop.run_until_complete(run())


def run(sizes: Sizes) -> Json:
    """Run scenario 1 and return its section of results.json."""
    with child(module_command("fastserver")) as server:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        return _measure(url, sizes)


def _measure(url: str, sizes: Sizes) -> Json:
    loop = asyncio.new_event_loop()
    wait_url = f"{url}/v2/auth/wait/{AUTH_ID}?timeout=30"
    headers = {"X-Api-Key": API_KEY}
    raw_sync = httpx.Client()
    raw_async = httpx.AsyncClient()
    generated = AuthenticatedClient(
        base_url=url, token=API_KEY, prefix="", auth_header_name="X-Api-Key"
    )
    ours_sync = ControlPlane(base_url=url, api_key=API_KEY)
    # Built inside the loop that uses it: httpx binds its pool to the running loop.
    ours_async = loop.run_until_complete(_make_async_client(url))
    langchain = LangchainAuthClient(api_key=API_KEY, api_url=url)

    def raw_get() -> object:
        return raw_sync.get(wait_url, headers=headers).json()["token"]

    async def raw_aget() -> object:
        return (await raw_async.get(wait_url, headers=headers)).json()["token"]

    def generated_call() -> object:
        return wait_for_auth_completion.sync(AUTH_ID, client=generated, timeout=30)

    contenders = [
        _Contender(RAW_SYNC, sync=raw_get),
        _Contender(RAW_ASYNC, coro=raw_aget),
        _Contender(GENERATED, sync=generated_call),
        _Contender(OURS_SYNC, sync=lambda: ours_sync.auth.wait(AUTH_ID, timeout=60)),
        _Contender(OURS_ASYNC, coro=lambda: ours_async.auth.wait(AUTH_ID, timeout=60)),
        _Contender(LANGCHAIN, coro=lambda: langchain.wait_for_completion(AUTH_ID, timeout=30)),
    ]
    blocks: dict[str, list[list[float]]] = {c.name: [] for c in contenders}
    try:
        for contender in contenders:
            _block(loop, contender, sizes.warmup)
        per_round = max(1, sizes.calls // sizes.rounds)
        for index in range(sizes.rounds):
            # Rotate who goes first, so no contender always follows the same neighbour.
            shift = index % len(contenders)
            for contender in contenders[shift:] + contenders[:shift]:
                gc.collect()  # Start each block with no garbage left by the previous one.
                blocks[contender.name].append(_block(loop, contender, per_round))
    finally:
        raw_sync.close()
        generated.get_httpx_client().close()
        ours_sync.close()
        loop.run_until_complete(raw_async.aclose())
        loop.run_until_complete(ours_async.aclose())
        loop.close()
    results = {}
    for name, runs in blocks.items():
        floor = RAW_ASYNC if name in ASYNC else RAW_SYNC
        results[name] = {
            **summary([t for run in runs for t in run], 95),
            "x_floor_paired": paired_ratio(runs, blocks[floor]),
        }
    ours = (OURS_SYNC, OURS_ASYNC)
    return {
        "title": "Per-call cost, one wait on a completed flow, sequential",
        "server": SERVER,
        "unit": "us",
        "calls": sizes.calls,
        "warmup": sizes.warmup,
        "rounds": sizes.rounds,
        "contenders": results,
        "langchain_x_ours_paired": {
            name: paired_ratio(blocks[LANGCHAIN], blocks[name]) for name in ours
        },
    }


def paired_ratio(runs: list[list[float]], floor_runs: list[list[float]]) -> float:
    """Median over rounds of (this block's median / the floor's block median, same round).

    Blocks of one round run back to back, so a slow spell of the machine (other jobs, CPU
    frequency) lands on both sides of each ratio; the overall medians' ratio has no such
    protection.
    """
    ratios = [
        statistics.median(run) / statistics.median(floor)
        for run, floor in zip(runs, floor_runs, strict=True)
    ]
    return round(statistics.median(ratios), 3)


async def _make_async_client(url: str) -> AsyncControlPlane:
    return AsyncControlPlane(base_url=url, api_key=API_KEY)


def profile(path: str, calls: int = 3000) -> str:
    """Profile ours (sync) on `calls` calls with pyinstrument; write text to `path`, return it."""
    from pyinstrument import Profiler

    with child(module_command("fastserver")) as server:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        with ControlPlane(base_url=url, api_key=API_KEY) as client:
            for _ in range(100):
                client.auth.wait(AUTH_ID, timeout=60)
            profiler = Profiler(interval=0.0001)
            with profiler:
                for _ in range(calls):
                    client.auth.wait(AUTH_ID, timeout=60)
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    with open(path, "w") as out:
        out.write(text)
    return text
