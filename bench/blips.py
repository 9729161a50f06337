"""Scenario 4: waits longer than one server timeout, with 503 blips on the way.

Every flow completes `COMPLETE_AFTER` seconds after its wait starts, longer than one server-side
hold (`SERVER_HOLD`, 1 s here, standing in for the real server's or a load balancer's limit),
so one request cannot cover the wait. Two `503 Retry-After: 0` blips are armed for each flow at
random moments before it completes; each hits that flow's next request. Every contender gets
its own flows, all of one round run at once, and the rounds repeat.

The contenders: ours (sync and async) with `poll_timeout=SERVER_HOLD`; langchain-auth called
once with `timeout=SERVER_HOLD` (its timeout is both its deadline and its server hold); and
langchain-auth called again after each `TimeoutError`, the loop its users have to write.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from langchain_auth import Client as LangchainAuthClient
from langsmith_control_plane import AsyncControlPlane, ControlPlane
from langsmith_control_plane.testing import Emulator

from bench._common import Json, Sizes
from bench._loop import LoopThread

SERVER = "emulator (FastAPI/uvicorn), in-process thread; 503s armed with fail_next"
SERVER_HOLD = 1
COMPLETE_AFTER = 2.5
DEADLINE = 15
BLIPS_PER_FLOW = 2
PER_ROUND = 5

OURS_SYNC = f"ours ControlPlane.auth.wait, poll_timeout={SERVER_HOLD}"
OURS_ASYNC = f"ours AsyncControlPlane.auth.wait, poll_timeout={SERVER_HOLD}"
LANGCHAIN_ONCE = f"langchain-auth, one call, timeout={SERVER_HOLD}"
LANGCHAIN_LOOP = f"langchain-auth, re-called on TimeoutError, timeout={SERVER_HOLD}"
CONTENDERS = (OURS_SYNC, OURS_ASYNC, LANGCHAIN_ONCE, LANGCHAIN_LOOP)

Outcome = str  # "ok", or the name of the exception that ended the wait


def run(sizes: Sizes, seed: int = 4) -> Json:
    """Run scenario 4 and return its section of results.json."""
    rng = random.Random(seed)  # noqa: S311 - picks benchmark moments, not secrets
    outcomes: dict[str, list[Outcome]] = {name: [] for name in CONTENDERS}
    with (
        Emulator() as emu,
        LoopThread() as loop,
        ThreadPoolExecutor(max_workers=PER_ROUND) as threads,
        ControlPlane(base_url=emu.url, api_key=emu.api_key) as ours_sync,
    ):
        ours_async = loop.run(_async_client(emu))
        langchain = LangchainAuthClient(api_key=emu.api_key, api_url=emu.url)
        starters: dict[str, Callable[[str], Future[Outcome]]] = {
            OURS_SYNC: lambda a: threads.submit(_ours_sync, ours_sync, a),
            OURS_ASYNC: lambda a: loop.submit(_ours_async(ours_async, a)),
            LANGCHAIN_ONCE: lambda a: loop.submit(_langchain_once(langchain, a)),
            LANGCHAIN_LOOP: lambda a: loop.submit(_langchain_loop(langchain, a)),
        }
        try:
            remaining = sizes.blip_flows
            while remaining > 0:
                batch = min(PER_ROUND, remaining)
                for name, outcome in _round(emu, starters, batch, rng):
                    outcomes[name].append(outcome)
                remaining -= batch
        finally:
            loop.run(ours_async.aclose())
    return {
        "title": (
            f"Waits of {COMPLETE_AFTER} s, longer than one {SERVER_HOLD} s server hold, "
            f"with {BLIPS_PER_FLOW} 503 blips per flow"
        ),
        "server": SERVER,
        "flows": sizes.blip_flows,
        "contenders": {
            name: {
                "flows": len(results),
                "succeeded": results.count("ok"),
                "success_rate_pct": round(100 * results.count("ok") / len(results), 1),
                "failures": dict(Counter(r for r in results if r != "ok")),
            }
            for name, results in outcomes.items()
        },
    }


def _round(
    emu: Emulator,
    starters: dict[str, Callable[[str], Future[Outcome]]],
    per_contender: int,
    rng: random.Random,
) -> list[tuple[str, Outcome]]:
    """Start `per_contender` flows for every contender at once; return how each ended."""
    flows = [(name, emu.create_auth()) for _ in range(per_contender) for name in starters]
    started = time.monotonic()
    # Blips and completions are scheduled on timers, relative to the common start.
    timers = [
        threading.Timer(rng.uniform(0, COMPLETE_AFTER), _arm_blip, (emu, auth_id))
        for _name, auth_id in flows
        for _ in range(BLIPS_PER_FLOW)
    ]
    timers += [threading.Timer(COMPLETE_AFTER, emu.complete, (auth_id,)) for _, auth_id in flows]
    futures = [(name, starters[name](auth_id)) for name, auth_id in flows]
    for timer in timers:
        # The delay counts from now, so take off the time spent starting the waits.
        timer.interval = max(0.0, timer.interval - (time.monotonic() - started))
        timer.start()
    try:
        return [(name, future.result(timeout=DEADLINE + 10)) for name, future in futures]
    finally:
        for timer in timers:
            timer.cancel()
            timer.join()


def _arm_blip(emu: Emulator, auth_id: str) -> None:
    emu.fail_next(503, retry_after="0", auth_id=auth_id)


def _ours_sync(client: ControlPlane, auth_id: str) -> Outcome:
    try:
        client.auth.wait(auth_id, timeout=DEADLINE, poll_timeout=SERVER_HOLD)
    except Exception as exc:  # Any failure is an outcome to count, not a crash.
        return type(exc).__name__
    return "ok"


async def _ours_async(client: AsyncControlPlane, auth_id: str) -> Outcome:
    try:
        await client.auth.wait(auth_id, timeout=DEADLINE, poll_timeout=SERVER_HOLD)
    except Exception as exc:
        return type(exc).__name__
    return "ok"


async def _langchain_once(client: LangchainAuthClient, auth_id: str) -> Outcome:
    try:
        await client.wait_for_completion(auth_id, timeout=SERVER_HOLD)
    except Exception as exc:
        return type(exc).__name__
    return "ok"


async def _langchain_loop(client: LangchainAuthClient, auth_id: str) -> Outcome:
    deadline = time.monotonic() + DEADLINE
    try:
        while True:
            try:
                await client.wait_for_completion(auth_id, timeout=SERVER_HOLD)
            except TimeoutError:
                if time.monotonic() >= deadline:
                    raise
                continue
            return "ok"
    except Exception as exc:
        return type(exc).__name__


async def _async_client(emu: Emulator) -> AsyncControlPlane:
    # Made on the loop that will use it: httpx ties its pool to the running loop.
    await asyncio.sleep(0)
    return AsyncControlPlane(base_url=emu.url, api_key=emu.api_key)
