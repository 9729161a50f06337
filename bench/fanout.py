"""Many concurrent waits in one process: the fan-out and the steady state.

`python -m bench.fanout CONTENDER N [--poll-timeout P] [--hold S]` is one measurement, in a
process of its own so the memory it reports is the client's alone: it starts `bench.server`
(another process, answering `completed` to every wait once all N are parked, S seconds
later), starts N waits at once, and prints one JSON line when all have returned. CLOCK_MONOTONIC
is one clock for every process, so the server's "all parked" and "released" moments and the
client's start and end are comparable; the client's CPU time is read as each arrives.

- fan-out (`fanout`): S = 0; per-wait cost = wall time / N, first wait started to last returned.
- steady state (`steady`): S = 1.5 P. Every wait stays parked and re-polls every P (the server
  answers `timeout` when a hold runs out, as the real one does); the client's CPU time between
  "parked" and "released", over the re-polls the server answered in between, is what each
  re-poll costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import IO, Any

from bench.run import ROOT, Json, Sizes
from bench.server import WARMUP

OURS = "ours AsyncControlPlane.auth.wait_many"
HTTPX_POOL = "ours through a user's httpx.AsyncClient (httpx's own pool)"
FLOOR = "floor: bare asyncio streams, one connection per wait"
LANGCHAIN = "langchain-auth gather(wait_for_completion)"
CONTENDERS = (OURS, FLOOR, HTTPX_POOL, LANGCHAIN)
SHORT = {"ours": OURS, "floor": FLOOR, "httpx-pool": HTTPX_POOL, "langchain": LANGCHAIN}

WAIT_TIMEOUT = 300  # every wait's own deadline: the run always ends
RUN_TIMEOUT = 600  # and the runner stops waiting for a measurement after this long


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM) in MB.

    Not `getrusage().ru_maxrss`: Linux carries that across `exec`, so a child would report
    the peak of the process it was forked from.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status")


Timed = tuple[float, float, list[str | None]]  # started, ended, the tokens (None: failed)


async def _ours(url: str, ids: list[str], poll_timeout: int, *, httpx_pool: bool = False) -> Timed:
    import httpx
    from langsmith_control_plane import AsyncControlPlane, AuthResult

    # A user's own client, as `http_client=`: httpx's pool, with no connection cap.
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
    http = httpx.AsyncClient(limits=limits) if httpx_pool else None
    async with AsyncControlPlane(
        base_url=url, api_key="k", poll_timeout=poll_timeout, http_client=http
    ) as client:
        await client.auth.wait(WARMUP)
        started = time.monotonic()
        tokens: list[str | None] = []
        async for _auth_id, outcome in client.auth.wait_many(ids, timeout=WAIT_TIMEOUT):
            tokens.append(outcome.token if isinstance(outcome, AuthResult) else None)
        ended = time.monotonic()
    if http is not None:
        await http.aclose()
    return started, ended, tokens


async def _ours_httpx_pool(url: str, ids: list[str], poll_timeout: int) -> Timed:
    return await _ours(url, ids, poll_timeout, httpx_pool=True)


async def _floor(url: str, ids: list[str], _poll_timeout: int) -> Timed:
    """The least any client can do: connect, send the request, read the answer, hang up."""
    host, port = url.removeprefix("http://").split(":")

    async def one(auth_id: str) -> str | None:
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(
            f"GET /v2/auth/wait/{auth_id}?timeout={WAIT_TIMEOUT} HTTP/1.1\r\n"
            f"host: {host}\r\nx-api-key: k\r\n\r\n".encode()
        )
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().partition(b"content-length: ")[2].partition(b"\r\n")[0])
        body = json.loads(await reader.readexactly(length))
        writer.close()
        return body["token"] if body["status"] == "completed" else None

    await one(WARMUP)
    started = time.monotonic()
    answers = await asyncio.gather(*(one(auth_id) for auth_id in ids), return_exceptions=True)
    return started, time.monotonic(), [a if isinstance(a, str) else None for a in answers]


async def _langchain(url: str, ids: list[str], _poll_timeout: int) -> Timed:
    from langchain_auth import Client

    client = Client(api_key="k", api_url=url)
    await client.wait_for_completion(WARMUP, timeout=WAIT_TIMEOUT)
    started = time.monotonic()
    waits = (client.wait_for_completion(auth_id, timeout=WAIT_TIMEOUT) for auth_id in ids)
    answers = await asyncio.gather(*waits, return_exceptions=True)
    return started, time.monotonic(), [getattr(answer, "token", None) for answer in answers]


RUNNERS: dict[str, Callable[[str, list[str], int], Coroutine[Any, Any, Timed]]] = {
    OURS: _ours,
    HTTPX_POOL: _ours_httpx_pool,
    FLOOR: _floor,
    LANGCHAIN: _langchain,
}


def measure(contender: str, count: int, poll_timeout: int, hold: float) -> Json:
    """Run `count` waits of `contender` against a fresh `bench.server`; the measurements."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < count + 100:
        raise SystemExit(f"{count:,} sockets need `ulimit -Hn` >= {count + 100}, not {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # the soft limit is often 1024
    events: dict[str, tuple[float, float, Json]] = {}

    def listen(lines: IO[str]) -> None:
        # The server's events, each stamped with this process's CPU time as it arrives.
        for line in lines:
            event = json.loads(line)
            (name,) = (key for key in ("parked", "released") if key in event)
            events[name] = (event[name], time.process_time(), event)

    with subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench.server", "--release-at", str(count), "--hold", str(hold)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as server:
        assert server.stdin is not None
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        listener = threading.Thread(target=listen, args=(server.stdout,))
        listener.start()
        ids = [f"flow-{index}" for index in range(count)]
        try:
            started, ended, tokens = asyncio.run(RUNNERS[contender](url, ids, poll_timeout))
        finally:
            server.stdin.close()  # the server exits at EOF, which ends the listener too
            listener.join()
    # Each flow's token is `tok-<auth_id>`; wait_many yields them in completion order.
    errors = count - len({f"tok-{auth_id}" for auth_id in ids} & set(tokens))
    report: Json = {
        "ms_per_wait": round((ended - started) / count * 1000, 3),
        "errors": errors,
        "peak_rss_mb": peak_rss_mb(),
    }
    if "parked" in events:
        report["park_s"] = round(events["parked"][0] - started, 2)
    if "released" in events:
        report["release_ms"] = round((ended - events["released"][0]) * 1000)
    if "parked" in events and "released" in events:
        (t0, cpu0, _), (t1, cpu1, last) = events["parked"], events["released"]
        report |= {"window_s": round(t1 - t0, 2), "cpu_s": round(cpu1 - cpu0, 3)}
        report["repolls"] = last["timeouts"]
    return report


def _run(contender: str, count: int, poll_timeout: int = 30, hold: float = 0) -> Json:
    """One measurement in a fresh process (`python -m bench.fanout ...`)."""
    short = next(key for key, name in SHORT.items() if name == contender)
    argv = [sys.executable, "-m", "bench.fanout", short, str(count)]
    argv += ["--poll-timeout", str(poll_timeout), "--hold", str(hold)]
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        argv, cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=True
    )
    result: Json = json.loads(done.stdout.splitlines()[-1])
    return result


def fanout(sizes: Sizes) -> Json:
    """Ours and the floor at each size, side by side (best of two each); the others at one."""
    runs: dict[str, dict[str, Json]] = {name: {} for name in CONTENDERS}
    for count in sizes.fanout:
        for name in (FLOOR, OURS):
            tries = [_run(name, count) for _ in range(2)]
            runs[name][str(count)] = min(tries, key=lambda run: run["ms_per_wait"])
    for name in (HTTPX_POOL, LANGCHAIN):
        runs[name][str(sizes.peer_fanout)] = _run(name, sizes.peer_fanout)
    return {
        "title": "Fan-out: N concurrent waits in one process, answered once all are parked "
        "(bench/server.py in its own process; best of two for ours and the floor)",
        "sizes": list(sizes.fanout),
        "runs": runs,
    }


def steady(sizes: Sizes) -> Json:
    """The largest fan-out held parked: what re-polling every `poll_timeout` costs.

    The window runs from "all parked" for 1.5 poll_timeouts: every wait re-polls once in it
    (the first re-polls come one poll_timeout after each wait parked, so parking must take
    under half a poll_timeout), and the last half lets the client finish that burst. The
    steady-state share of a core is then CPU per re-poll x waits / poll_timeout.
    """
    count, period = sizes.fanout[-1], sizes.poll_timeout
    run = _run(OURS, count, poll_timeout=period, hold=1.5 * period)
    per_repoll = run["cpu_s"] / max(run["repolls"], 1)
    return {
        "title": f"Steady state: {count:,} parked waits re-polling every {period} s "
        "(bench/server.py answers `timeout` when a hold runs out)",
        "waits": count,
        "poll_timeout": period,
        "core_pct": round(100 * per_repoll * count / period, 1),
        "cpu_ms_per_repoll": round(per_repoll * 1000, 3),
        **{key: run[key] for key in ("window_s", "cpu_s", "repolls", "park_s", "errors")},
        "peak_rss_mb": run["peak_rss_mb"],
    }


def main() -> None:
    """`python -m bench.fanout CONTENDER N`: one measurement, printed as a JSON line."""
    parser = argparse.ArgumentParser(prog="python -m bench.fanout", description=__doc__)
    parser.add_argument("contender", choices=SHORT)
    parser.add_argument("count", type=int)
    parser.add_argument("--poll-timeout", type=int, default=30)
    parser.add_argument("--hold", type=float, default=0.0)
    args = parser.parse_args()
    report = measure(SHORT[args.contender], args.count, args.poll_timeout, args.hold)
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
