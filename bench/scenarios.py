"""The scenarios that run in the runner's process: per call, latency, blips, imports, generate.

Each takes the `Sizes` and returns its section of results.json. Contenders take turns (rounds
of one short block each, in a rotating order), so a slow spell of the shared machine lands on
all of them alike; ratios are taken round by round (`paired`). docs/performance.md says what
each scenario measures and why it is measured that way.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
from langchain_auth import Client as LangchainAuthClient
from langsmith_control_plane import AsyncControlPlane, ControlPlane
from langsmith_control_plane._transports import TransportOptions, new_async_transport
from langsmith_control_plane.testing import Emulator

from bench.run import ROOT, Json, Sizes, rotated_rounds, summary

T = TypeVar("T")

API_KEY = "lsv2_emulator_key"
OURS_SYNC = "ours ControlPlane.auth.wait"
OURS_ASYNC = "ours AsyncControlPlane.auth.wait"
LANGCHAIN = "langchain-auth wait_for_completion"
RAW_SYNC = "raw httpx.Client.get (sync floor)"
RAW_ASYNC = "raw httpx.AsyncClient.get (async floor)"
RAW_SAME = "raw httpx.AsyncClient.get on ours' transport"
NAIVE = "naive loop: timeout=0, sleep 1 s"
OURS_MODULE = "langsmith_control_plane"


def paired(runs: list[list[float]], floor_runs: list[list[float]]) -> float:
    """Median over rounds of (this block's median / the floor block's median, same round)."""
    ratios = [
        statistics.median(run) / statistics.median(floor)
        for run, floor in zip(runs, floor_runs, strict=True)
    ]
    return round(statistics.median(ratios), 3)


@contextmanager
def server_process() -> Iterator[str]:
    """`bench.server` in answer-at-once mode, in its own process; yields its URL."""
    with subprocess.Popen(  # runs until its stdin closes: when this block ends
        [sys.executable, "-m", "bench.server"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline())}"


@contextmanager
def loop_thread() -> Iterator[Callable[[Coroutine[Any, Any, T]], Future[T]]]:
    """An event loop on a thread for the async clients; yields a function to submit to it.

    The emulator's controls stay on the main thread and the waiters run elsewhere, as in an
    application: whoever completes a flow is never the thread that waits for it.
    """
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield lambda coro: asyncio.run_coroutine_threadsafe(coro, loop)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


# --- per call --------------------------------------------------------------------------------


def per_call(sizes: Sizes) -> Json:
    """Sequential waits on a completed flow: what one call costs the client."""
    loop = asyncio.new_event_loop()
    with server_process() as url:
        wait_url = f"{url}/v2/auth/wait/done?timeout=30"
        headers = {"X-Api-Key": API_KEY}
        raw_sync = httpx.Client()
        ours_sync = ControlPlane(base_url=url, api_key=API_KEY)
        # Async pools are bound to the loop they are first used on: this one.
        raw_async = httpx.AsyncClient()
        raw_same = httpx.AsyncClient(
            transport=new_async_transport(None, TransportOptions.resolve(url))
        )
        ours_async = AsyncControlPlane(base_url=url, api_key=API_KEY)
        langchain = LangchainAuthClient(api_key=API_KEY, api_url=url)

        async def raw_get(client: httpx.AsyncClient) -> object:
            return (await client.get(wait_url, headers=headers)).json()["token"]

        calls: dict[str, Callable[[], object]] = {
            RAW_SYNC: lambda: raw_sync.get(wait_url, headers=headers).json()["token"],
            RAW_ASYNC: lambda: raw_get(raw_async),
            RAW_SAME: lambda: raw_get(raw_same),
            OURS_SYNC: lambda: ours_sync.auth.wait("done", timeout=60),
            OURS_ASYNC: lambda: ours_async.auth.wait("done", timeout=60),
            LANGCHAIN: lambda: langchain.wait_for_completion("done", timeout=30),
        }
        try:
            blocks = _rounds(loop, calls, sizes)
        finally:
            raw_sync.close()
            ours_sync.close()
            loop.run_until_complete(raw_async.aclose())
            loop.run_until_complete(raw_same.aclose())
            loop.run_until_complete(ours_async.aclose())
            loop.close()
    floors = {RAW_SYNC: RAW_SYNC, OURS_SYNC: RAW_SYNC}
    return {
        "title": f"Per call: {sizes.calls:,} sequential waits on a completed flow, after "
        f"{sizes.warmup} unmeasured, against bench/server.py",
        "contenders": {
            name: {
                **summary([t for run in runs for t in run], 95),
                "x_floor": paired(runs, blocks[floors.get(name, RAW_ASYNC)]),
                # Async contenders on our transport, against the raw client on the same one.
                "x_same_transport": paired(runs, blocks[RAW_SAME])
                if name in (RAW_SAME, OURS_ASYNC)
                else "",
            }
            for name, runs in blocks.items()
        },
        "langchain_x_ours": min(
            paired(blocks[LANGCHAIN], blocks[name]) for name in (OURS_SYNC, OURS_ASYNC)
        ),
    }


def _rounds(
    loop: asyncio.AbstractEventLoop, calls: dict[str, Callable[[], object]], sizes: Sizes
) -> dict[str, list[list[float]]]:
    """Each contender's call times (µs), block by block: warm-up, then rotating rounds."""

    def block(call: Callable[[], object], count: int) -> list[float]:
        async def timed() -> list[float]:
            # Timed inside the loop: entering the loop is not part of a call's cost.
            times = []
            for _ in range(count):
                started = time.perf_counter()
                result = call()
                if isinstance(result, Awaitable):
                    await result
                times.append((time.perf_counter() - started) * 1e6)
            return times

        return loop.run_until_complete(timed())

    def measured(name: str) -> list[float]:
        gc.collect()  # Each block starts with no garbage left by the one before.
        return block(calls[name], sizes.calls // sizes.rounds)

    return rotated_rounds(
        list(calls), sizes.rounds, measured, lambda name: block(calls[name], sizes.warmup)
    )


# --- completion latency ----------------------------------------------------------------------


def latency(sizes: Sizes, seed: int = 2) -> Json:
    """From the emulator's `complete()` to the waiter returning, per flow."""
    rng = random.Random(seed)  # noqa: S311 - picks benchmark moments, not secrets
    with (
        Emulator() as emu,
        loop_thread() as submit,
        ThreadPoolExecutor(max_workers=2) as threads,
        ControlPlane(base_url=emu.url, api_key=emu.api_key) as ours_sync,
        httpx.Client() as naive_http,
    ):
        ours_async = AsyncControlPlane(base_url=emu.url, api_key=emu.api_key)
        langchain = LangchainAuthClient(api_key=emu.api_key, api_url=emu.url)

        def sync_wait(auth_id: str) -> float:
            ours_sync.auth.wait(auth_id, timeout=30)
            return time.perf_counter()

        async def async_wait(wait: Awaitable[object]) -> float:
            await wait
            return time.perf_counter()

        def naive_wait(auth_id: str) -> float:
            # What people write by hand: ask without waiting, sleep a second, ask again.
            while True:
                answer = naive_http.get(
                    f"{emu.url}/v2/auth/wait/{auth_id}",
                    params={"timeout": 0},
                    headers={"X-Api-Key": emu.api_key},
                ).json()
                if answer["status"] == "completed":
                    return time.perf_counter()
                time.sleep(1)

        starts: dict[str, Callable[[str], Future[float]]] = {
            OURS_SYNC: lambda a: threads.submit(sync_wait, a),
            OURS_ASYNC: lambda a: submit(async_wait(ours_async.auth.wait(a, timeout=30))),
            LANGCHAIN: lambda a: submit(async_wait(langchain.wait_for_completion(a, timeout=30))),
            NAIVE: lambda a: threads.submit(naive_wait, a),
        }

        def one(name: str) -> float:
            auth_id = emu.create_auth()
            returned = starts[name](auth_id)
            if name == NAIVE:
                # Users finish at any moment of the loop's one-second cycle.
                time.sleep(rng.uniform(0.05, 1.05))
            else:
                emu.wait_for_waiters(auth_id, 1, timeout=10)  # parked: the long-poll is on
            completed = time.perf_counter()
            emu.complete(auth_id)
            return (returned.result(timeout=30) - completed) * 1000

        try:
            latencies = rotated_rounds(list(starts), sizes.flows, one)
        finally:
            submit(ours_async.aclose()).result()
    return {
        "title": f"Completion latency: complete() to the waiter returning, {sizes.flows} flows "
        "each, emulator in process",
        "contenders": {name: summary(values, 99) for name, values in latencies.items()},
    }


# --- waits longer than one server hold, with 503 blips ------------------------------------


HOLD = 1  # the server-side hold each request asks for, standing in for a proxy's limit
COMPLETE_AFTER = 2.5
DEADLINE = 15


def blips(sizes: Sizes, seed: int = 4) -> Json:
    """Waits of 2.5 s through 1 s polls, each flow hit by two `503 Retry-After: 0` blips."""
    rng = random.Random(seed)  # noqa: S311 - picks benchmark moments, not secrets
    with (
        Emulator() as emu,
        loop_thread() as submit,
        ThreadPoolExecutor(max_workers=5) as threads,
        ControlPlane(base_url=emu.url, api_key=emu.api_key) as ours_sync,
    ):
        ours_async = AsyncControlPlane(base_url=emu.url, api_key=emu.api_key)
        langchain = LangchainAuthClient(api_key=emu.api_key, api_url=emu.url)

        async def langchain_loop(auth_id: str) -> object:
            # What langchain-auth's users must write to wait longer than one server hold.
            deadline = time.monotonic() + DEADLINE
            while True:
                try:
                    return await langchain.wait_for_completion(auth_id, timeout=HOLD)
                except TimeoutError:
                    if time.monotonic() >= deadline:
                        raise

        starts: dict[str, Callable[[str], Future[object]]] = {
            OURS_SYNC: lambda a: threads.submit(
                ours_sync.auth.wait, a, timeout=DEADLINE, poll_timeout=HOLD
            ),
            OURS_ASYNC: lambda a: submit(
                ours_async.auth.wait(a, timeout=DEADLINE, poll_timeout=HOLD)
            ),
            f"langchain-auth, one call, timeout={HOLD}": lambda a: submit(
                langchain.wait_for_completion(a, timeout=HOLD)
            ),
            f"langchain-auth, re-called on TimeoutError, timeout={HOLD}": lambda a: submit(
                langchain_loop(a)
            ),
        }
        outcomes: dict[str, list[str]] = {name: [] for name in starts}
        try:
            for first in range(0, sizes.blip_flows, 5):  # rounds of up to 5 flows per contender
                batch = min(5, sizes.blip_flows - first)
                flows = [(name, emu.create_auth()) for _ in range(batch) for name in starts]
                timers = [
                    threading.Timer(
                        rng.uniform(0, COMPLETE_AFTER),
                        emu.fail_next,
                        (503,),
                        {"retry_after": "0", "auth_id": auth_id},
                    )
                    for _, auth_id in flows
                    for _ in range(2)
                ] + [threading.Timer(COMPLETE_AFTER, emu.complete, (a,)) for _, a in flows]
                waits = [(name, starts[name](auth_id)) for name, auth_id in flows]
                for timer in timers:
                    timer.start()
                for name, wait in waits:
                    try:
                        wait.result(timeout=DEADLINE + 10)
                        outcomes[name].append("ok")
                    except Exception as exc:  # a failure is an outcome to count
                        outcomes[name].append(type(exc).__name__)
                for timer in timers:
                    timer.cancel()
                    timer.join()
        finally:
            submit(ours_async.aclose()).result()
    return {
        "title": f"Waits of {COMPLETE_AFTER} s through {HOLD} s server holds, two 503 blips "
        "per flow, emulator in process",
        "contenders": {
            name: {
                "flows": len(results),
                "succeeded": results.count("ok"),
                "success_pct": round(100 * results.count("ok") / len(results), 1),
                "failures": ", ".join(
                    f"{kind} x{n}" for kind, n in Counter(r for r in results if r != "ok").items()
                )
                or "none",
            }
            for name, results in outcomes.items()
        },
    }


# --- import time -----------------------------------------------------------------------------


MODULES = (OURS_MODULE, "httpx", "langchain_auth")
_IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+(\d+) \| ?(\S+)$")


def imports(sizes: Sizes) -> Json:
    """`python -X importtime -c "import X"` in fresh interpreters, bytecode cached for all.

    Where `PYTHONDONTWRITEBYTECODE` is set, our editable install would be compiled on every
    import while pip-installed packages ship compiled: unfair to ours, and not what a user who
    installs the wheel sees. So every module gets the same private bytecode cache, kept in the
    venv between runs (Python checks each file against its source): compiling langchain-auth's
    dependencies afresh took more CPU than the rest of the benchmark smoke test.
    """
    pycache = os.path.join(sys.prefix, "bench-pycache")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache

    def cumulative_ms(module: str) -> float:
        done = subprocess.run(  # noqa: S603 - our own interpreter, a module we name
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        for line in reversed(done.stderr.splitlines()):
            if (match := _IMPORT_LINE.match(line)) and match.group(2) == module:
                return int(match.group(1)) / 1000
        raise RuntimeError(f"no import time for {module}")

    # The unmeasured run fills the bytecode cache.
    samples = rotated_rounds(MODULES, sizes.import_runs, cumulative_ms)
    return {
        "title": f"Import time: cumulative `-X importtime`, fresh interpreters, "
        f"{sizes.import_runs} rounds",
        "contenders": {
            f"import {module}": {
                **summary(values),
                "min": round(min(values), 3),
                "x_httpx": paired([[v] for v in values], [[v] for v in samples["httpx"]]),
            }
            for module, values in samples.items()
        },
    }


# --- make generate ---------------------------------------------------------------------------


def generate(sizes: Sizes) -> Json:
    """`make _render-into` (what `make generate` runs) into a temporary folder, timed."""
    make = shutil.which("make")
    if make is None:
        raise RuntimeError("make is not installed")
    seconds = []
    for _ in range(sizes.generate_runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
            started = time.perf_counter()
            subprocess.run(  # noqa: S603 - make, with our own arguments
                [make, "--no-print-directory", "-s", "_render-into", f"DIR={out}/render"],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            seconds.append(time.perf_counter() - started)
    return {
        "title": "make generate (overlay, validate, generate, ruff) into a temporary folder",
        **summary(seconds),
    }


# --- robustness: side by side with langchain-auth on the cases a production client must hold ---

ROBUSTNESS_CASES = (
    "a 503 blip (Retry-After: 0)",
    "a dropped connection",
    "the user finishes after the first 1 s server hold",
    "an auth id with dot segments (../flow)",
    "a redirect to another origin",
)


def robustness(sizes: Sizes) -> Json:
    """Each case through langchain-auth and ours, on the emulator: what the caller gets."""
    del sizes  # every case runs once: it is a yes/no
    rows = asyncio.run(_robustness())
    redirect = ROBUSTNESS_CASES[4]

    def held(case: str, outcome: str) -> bool:
        if case == redirect:
            return outcome == "raises UnexpectedResponseError"
        return outcome.startswith("token")

    return {
        "title": "Robustness side by side (what the caller gets)",
        "cases": rows,
        "held": {
            name: sum(held(case, row[name]) for case, row in rows.items())
            for name in (LANGCHAIN, OURS_ASYNC)
        },
    }


async def _outcome(call: Awaitable[object]) -> str:
    try:
        result = await call
    except Exception as error:  # the outcome is what we report
        return f"raises {type(error).__name__}"
    return f"token {getattr(result, 'token', None)!r}"


async def _robustness() -> dict[str, Json]:
    rows: dict[str, Json] = {}
    with Emulator(api_key=API_KEY) as emulator:
        theirs = LangchainAuthClient(api_key=API_KEY, api_url=emulator.url)
        async with AsyncControlPlane(api_key=API_KEY, base_url=emulator.url) as ours:
            for case in ROBUSTNESS_CASES[:4]:
                row: Json = {}
                for name, wait in (
                    (LANGCHAIN, lambda i, t, p: theirs.wait_for_completion(i, timeout=t)),
                    (OURS_ASYNC, lambda i, t, p: ours.auth.wait(i, timeout=t, poll_timeout=p)),
                ):
                    auth_id, timeout, hold = _arrange(emulator, case, name)
                    row[name] = await _outcome(wait(auth_id, timeout, hold))
                rows[case] = row
    rows[ROBUSTNESS_CASES[4]] = await _redirect_case()
    return rows


def _arrange(emulator: Emulator, case: str, contender: str) -> tuple[str, int, int]:
    """Set the emulator up for `case`; return the flow, the caller's deadline and hold."""
    if case.startswith("an auth id"):
        flow = emulator.create_auth(f"../flow-{len(emulator.requests())}")
        emulator.complete(flow, "t")
        return flow, 5, 5
    flow = emulator.create_auth()
    if case.startswith("the user finishes"):
        # Holds are 1 s (as a proxy may force); langchain-auth's hold is its whole deadline.
        threading.Timer(2.5, emulator.complete, [flow, "t"]).start()
        return flow, (1 if contender == LANGCHAIN else 10), 1
    emulator.complete(flow, "t")
    if case.startswith("a 503"):
        emulator.fail_next(503, retry_after="0")
    else:
        emulator.drop_next()
    return flow, 5, 5


async def _redirect_case() -> Json:
    """An origin that redirects to another: who follows it, and with the API key?"""
    with Emulator(api_key=API_KEY) as elsewhere:
        flow = elsewhere.create_auth()
        elsewhere.complete(flow, "t")
        target = f"{elsewhere.url}/v2/auth/wait/{flow}?timeout=5"
        with _redirecting_server(target) as origin:
            row: Json = {}
            theirs = LangchainAuthClient(api_key=API_KEY, api_url=origin)
            row[LANGCHAIN] = await _outcome(theirs.wait_for_completion(flow, timeout=5))
            async with AsyncControlPlane(api_key=API_KEY, base_url=origin) as ours:
                row[OURS_ASYNC] = await _outcome(ours.auth.wait(flow, timeout=5))
        leaked = sum(r.headers.get("x-api-key") == API_KEY for r in elsewhere.requests())
    row[LANGCHAIN] += f"; sent the API key to the other origin {leaked} time(s)"
    return row


@contextmanager
def _redirecting_server(location: str) -> Iterator[str]:
    """A loopback server answering every request with a 307 to `location`."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(307)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


# --- management: provider and token calls side by side, through a 503 blip and a drop ---------

MANAGEMENT_CALLS = (
    "list providers (GET)",
    "get a provider (GET)",
    "create a provider (POST)",
    "check a token exists (GET)",
    "revoke tokens (DELETE)",
)
MANAGEMENT_FAULTS = ("a 503 blip (Retry-After: 0)", "a dropped connection")


def management(sizes: Sizes) -> Json:
    """Each management call through langchain-auth and ours, once with a 503 blip before it and
    once with a dropped connection: what the caller gets. A POST whose connection dropped may
    have been acted on, so raising a typed error is what holds there; elsewhere, the answer."""
    del sizes  # every case runs once: it is a yes/no
    rows = asyncio.run(_management())

    def held(case: str, outcome: str) -> bool:
        if "POST" in case and MANAGEMENT_FAULTS[1] in case:
            return outcome == "raises APIConnectionError"
        return outcome == "ok"

    return {
        "title": "Management calls side by side, through everyday faults (what the caller gets)",
        "cases": rows,
        "held": {
            name: sum(held(case, row[name]) for case, row in rows.items())
            for name in (LANGCHAIN_MANAGEMENT, OURS_ASYNC_MANAGEMENT)
        },
    }


LANGCHAIN_MANAGEMENT = "langchain-auth Client"
OURS_ASYNC_MANAGEMENT = "ours AsyncControlPlane.auth"


async def _management() -> dict[str, Json]:
    rows: dict[str, Json] = {}
    created = iter(range(1_000_000))
    with Emulator(api_key=API_KEY) as emulator:
        emulator.add_provider("github")
        theirs = LangchainAuthClient(api_key=API_KEY, api_url=emulator.url)
        async with AsyncControlPlane(api_key=API_KEY, base_url=emulator.url) as ours:
            provider = {
                "name": "P",
                "client_id": "c",
                "client_secret": "s",
                "auth_url": "https://example.com/authorize",
                "token_url": "https://example.com/token",
            }
            calls: dict[str, tuple[Callable[[], Awaitable[object]], ...]] = {
                MANAGEMENT_CALLS[0]: (
                    theirs.list_oauth_providers,
                    ours.auth.providers.list,
                ),
                MANAGEMENT_CALLS[1]: (
                    lambda: theirs.get_oauth_provider("github"),
                    lambda: ours.auth.providers.retrieve("github"),
                ),
                MANAGEMENT_CALLS[2]: (
                    lambda: theirs.create_oauth_provider(f"p{next(created)}", **provider),
                    lambda: ours.auth.providers.create(provider_id=f"p{next(created)}", **provider),
                ),
                MANAGEMENT_CALLS[3]: (
                    lambda: theirs.check_token_exists("github"),
                    lambda: ours.auth.tokens.exists(provider_id="github"),
                ),
                MANAGEMENT_CALLS[4]: (
                    lambda: theirs.revoke_tokens("github"),
                    lambda: ours.auth.tokens.delete_many(provider_id="github"),
                ),
            }
            for call, (their_call, our_call) in calls.items():
                for fault in MANAGEMENT_FAULTS:
                    row: Json = {}
                    for name, make in (
                        (LANGCHAIN_MANAGEMENT, their_call),
                        (OURS_ASYNC_MANAGEMENT, our_call),
                    ):
                        if fault == MANAGEMENT_FAULTS[0]:
                            emulator.fail_next(503, retry_after="0")
                        else:
                            emulator.drop_next()
                        row[name] = await _management_outcome(make())
                    rows[f"{call}, {fault}"] = row
    return rows


async def _management_outcome(call: Awaitable[object]) -> str:
    try:
        await call
    except Exception as error:  # the outcome is what we report
        return f"raises {type(error).__name__}"
    return "ok"
