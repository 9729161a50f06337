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
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import IO, Any

import httpx

from bench.run import ROOT, Json, Sizes
from bench.server import WARMUP

OURS = "ours AsyncControlPlane.auth.wait_many"
HTTPX_POOL = "ours through a user's httpx.AsyncClient (httpx's own pool)"
FLOOR = "floor: bare asyncio streams, one connection per wait"
LANGCHAIN = "langchain-auth gather(wait_for_completion)"
OURS_TLS = "ours AsyncControlPlane.auth.wait_many, over TLS"
FLOOR_TLS = "floor: bare asyncio streams over TLS, one connection per wait"
CONTENDERS = (OURS, FLOOR, HTTPX_POOL, LANGCHAIN)
SHORT = {
    "ours": OURS,
    "floor": FLOOR,
    "httpx-pool": HTTPX_POOL,
    "langchain": LANGCHAIN,
    "ours-tls": OURS_TLS,
    "floor-tls": FLOOR_TLS,
}
OURS_H1 = "ours AsyncControlPlane.auth.wait_many (our HTTP/1.1 transport), over TLS"
OURS_H2 = "ours through a user's httpx.AsyncClient(http2=True), over TLS"
# httpx opens one HTTP/2 connection per origin and caps it at 100 streams (httpcore's own
# MAX_CONCURRENT_STREAMS); every further request queues behind a hold. One client, and so one
# connection, per 100 waits is what HTTP/2 at this scale takes.
STREAMS_PER_CONNECTION = 100
OURS_H2_SHARDED = (
    "ours through one httpx.AsyncClient(http2=True) per 100 waits "
    "(one AsyncControlPlane each), over TLS"
)
# Against bench.h2server (hypercorn, TLS, h2 and http/1.1), not bench.server.
HYPERCORN = (OURS_H1, OURS_H2, OURS_H2_SHARDED)
SHORT |= {
    "ours-h1-hypercorn": OURS_H1,
    "ours-h2-hypercorn": OURS_H2,
    "ours-h2-sharded-hypercorn": OURS_H2_SHARDED,
}
TLS = (OURS_TLS, FLOOR_TLS, *HYPERCORN)

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


Clock = tuple[float, float]  # CLOCK_MONOTONIC, and this process's CPU time
Timed = tuple[Clock, Clock, list[str | None]]  # started, ended, the tokens (None: failed)


def now() -> Clock:
    """The wall clock every process shares, and the CPU time this one has used."""
    return time.monotonic(), time.process_time()


async def _ours(
    url: str, ids: list[str], poll_timeout: int, *, httpx_pool: bool = False, http2: bool = False
) -> Timed:
    from langsmith_control_plane import AsyncControlPlane, AuthResult

    # A user's own client, as `http_client=`: httpx's pool, with no connection cap.
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
    http = httpx.AsyncClient(limits=limits, http2=http2) if httpx_pool else None
    async with AsyncControlPlane(
        base_url=url, api_key="k", poll_timeout=poll_timeout, http_client=http
    ) as client:
        await client.auth.wait(WARMUP)
        started = now()
        tokens: list[str | None] = []
        async for _auth_id, outcome in client.auth.wait_many(ids, timeout=WAIT_TIMEOUT):
            tokens.append(outcome.token if isinstance(outcome, AuthResult) else None)
        ended = now()
    if http is not None:
        await http.aclose()
    return started, ended, tokens


async def _ours_httpx_pool(url: str, ids: list[str], poll_timeout: int) -> Timed:
    return await _ours(url, ids, poll_timeout, httpx_pool=True)


async def _ours_http2(url: str, ids: list[str], poll_timeout: int) -> Timed:
    return await _ours(url, ids, poll_timeout, httpx_pool=True, http2=True)


async def _ours_http2_sharded(url: str, ids: list[str], poll_timeout: int) -> Timed:
    from langsmith_control_plane import AsyncControlPlane, AuthResult

    step = STREAMS_PER_CONNECTION
    https = [httpx.AsyncClient(http2=True) for _ in range(0, len(ids), step)]
    clients = [
        AsyncControlPlane(base_url=url, api_key="k", poll_timeout=poll_timeout, http_client=http)
        for http in https
    ]
    for client in clients:  # each opens its connection before the clock starts
        await client.auth.wait(WARMUP)

    async def shard(client: AsyncControlPlane, part: list[str]) -> list[str | None]:
        return [
            outcome.token if isinstance(outcome, AuthResult) else None
            async for _, outcome in client.auth.wait_many(part, timeout=WAIT_TIMEOUT)
        ]

    started = now()
    parts = [ids[index : index + step] for index in range(0, len(ids), step)]
    shards = await asyncio.gather(*map(shard, clients, parts))
    ended = now()
    for client, http in zip(clients, https, strict=True):
        await client.aclose()
        await http.aclose()
    return started, ended, [token for tokens in shards for token in tokens]


async def _floor(url: str, ids: list[str], _poll_timeout: int) -> Timed:
    """The least any client can do: connect, send the request, read the answer, hang up.

    Over TLS, with the settings httpx (and so our transport) verifies a server with.
    """
    scheme, _, netloc = url.partition("://")
    host, port = netloc.split(":")
    context = httpx.create_ssl_context() if scheme == "https" else None

    async def one(auth_id: str) -> str | None:
        reader, writer = await asyncio.open_connection(host, int(port), ssl=context)
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
    started = now()
    answers = await asyncio.gather(*(one(auth_id) for auth_id in ids), return_exceptions=True)
    return started, now(), [a if isinstance(a, str) else None for a in answers]


async def _langchain(url: str, ids: list[str], _poll_timeout: int) -> Timed:
    from langchain_auth import Client

    client = Client(api_key="k", api_url=url)
    await client.wait_for_completion(WARMUP, timeout=WAIT_TIMEOUT)
    started = now()
    waits = (client.wait_for_completion(auth_id, timeout=WAIT_TIMEOUT) for auth_id in ids)
    answers = await asyncio.gather(*waits, return_exceptions=True)
    return started, now(), [getattr(answer, "token", None) for answer in answers]


RUNNERS: dict[str, Callable[[str, list[str], int], Coroutine[Any, Any, Timed]]] = {
    OURS: _ours,
    HTTPX_POOL: _ours_httpx_pool,
    FLOOR: _floor,
    LANGCHAIN: _langchain,
    OURS_TLS: _ours,
    FLOOR_TLS: _floor,
    OURS_H1: _ours,
    OURS_H2: _ours_http2,
    OURS_H2_SHARDED: _ours_http2_sharded,
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

    module = "bench.h2server" if contender in HYPERCORN else "bench.server"
    argv = [sys.executable, "-m", module, "--release-at", str(count), "--hold", str(hold)]
    scheme = "http"
    folder = Path(tempfile.mkdtemp(prefix="bench-fanout-"))
    if contender in TLS:
        scheme = "https"
        argv += ["--tls", *_certificates(folder)]
    with (
        contextlib.ExitStack() as cleanup,
        subprocess.Popen(  # noqa: S603 - our interpreter
            argv,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as server,
    ):
        cleanup.callback(shutil.rmtree, folder)
        assert server.stdin is not None
        assert server.stdout is not None
        url = f"{scheme}://127.0.0.1:{int(server.stdout.readline())}"
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
        "ms_per_wait": round((ended[0] - started[0]) / count * 1000, 3),
        "cpu_ms_per_wait": round((ended[1] - started[1]) / count * 1000, 3),
        "errors": errors,
        "peak_rss_mb": peak_rss_mb(),
    }
    if "parked" in events:
        report["park_s"] = round(events["parked"][0] - started[0], 2)
    if "released" in events:
        report["release_ms"] = round((ended[0] - events["released"][0]) * 1000)
    if "parked" in events and "released" in events:
        (t0, cpu0, _), (t1, cpu1, last) = events["parked"], events["released"]
        report |= {"window_s": round(t1 - t0, 2), "cpu_s": round(cpu1 - cpu0, 3)}
        report["repolls"] = last["timeouts"]
        if "connections" in last:
            report["connections"] = last["connections"]
    return report


def _certificates(folder: Path) -> tuple[str, str]:
    """A fresh CA, trusted by this process (`SSL_CERT_FILE`, which httpx's TLS settings read),
    and a certificate for 127.0.0.1 it signed: the server's chain and key files, in `folder`."""
    import trustme

    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1")
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    leaf.private_key_pem.write_to_path(str(folder / "key.pem"))
    leaf.private_key_and_cert_chain_pem.write_to_path(str(folder / "chain.pem"))
    os.environ["SSL_CERT_FILE"] = str(folder / "ca.pem")
    return str(folder / "chain.pem"), str(folder / "key.pem")


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
    """Ours and the floor at each size, side by side (best of a few each); the others at one."""
    runs: dict[str, dict[str, Json]] = {name: {} for name in CONTENDERS}
    for count in sizes.fanout:
        for name in (FLOOR, OURS):
            tries = [_run(name, count) for _ in range(sizes.fanout_tries)]
            runs[name][str(count)] = min(tries, key=lambda run: run["ms_per_wait"])
    for name in (HTTPX_POOL, LANGCHAIN):
        runs[name][str(sizes.peer_fanout)] = _run(name, sizes.peer_fanout)
    return {
        "title": "Fan-out: N concurrent waits in one process, answered once all are parked "
        f"(bench/server.py in its own process; the best of {sizes.fanout_tries} for ours and "
        "the floor)",
        "sizes": list(sizes.fanout),
        "runs": runs,
    }


def fanout_tls(sizes: Sizes) -> Json:
    """Ours and the floor over TLS at each size, side by side: every wait a TLS handshake."""
    runs: dict[str, dict[str, Json]] = {name: {} for name in (OURS_TLS, FLOOR_TLS)}
    for count in sizes.fanout:
        for name in (FLOOR_TLS, OURS_TLS):
            runs[name][str(count)] = _run(name, count)
    return {
        "title": "Fan-out over TLS: N concurrent waits in one process, one TLS connection each "
        "(trustme certificates, bench/server.py serving HTTPS in its own process; one run each)",
        "sizes": list(sizes.fanout),
        "runs": runs,
    }


def http2(sizes: Sizes) -> Json:
    """HTTP/2 (httpx, `http2=True`) against our HTTP/1.1 transport, both over TLS to hypercorn.

    At the middle fan-out (5,000: the 10,000 of docs/performance.md take `make bench` past ten
    minutes; `python -m bench.fanout ours-h2-sharded-hypercorn 10000` and `ours-h1-hypercorn`
    measure them): connections used, client CPU, peak RSS. Then one httpx client alone with
    more waits than its 100 streams, each wait's server hold 1 s: the waits past the 100th queue
    until a request times out (`poll_timeout` + 5 s), which "all parked" shows.
    """
    count = sizes.fanout[1]
    runs: dict[str, dict[str, Json]] = {OURS_H1: {}, OURS_H2_SHARDED: {}, OURS_H2: {}}
    for name in (OURS_H1, OURS_H2_SHARDED):
        runs[name][str(count)] = _run(name, count)
    capped = min(3 * STREAMS_PER_CONNECTION, count)
    runs[OURS_H2][str(capped)] = _run(OURS_H2, capped, poll_timeout=1)
    return {
        "title": "HTTP/2 or HTTP/1.1: N concurrent waits over TLS to hypercorn (bench/h2server.py, "
        "h2 and http/1.1 by ALPN, in its own process; one run each; connections counted by the "
        "server; the single HTTP/2 client's waits hold 1 s)",
        "sizes": [count, capped],
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
