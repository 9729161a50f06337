"""One fan-out contender in a process of its own, so its peak RSS is its own.

Run by `bench.fanout`: `python -m bench.fanout_worker CONTENDER URL API_KEY TIMEOUT`, with the
flow ids as one JSON list on stdin. It starts every wait at once, prints one JSON line when
all have returned, and exits. Each flow is completed with the token `tok-<auth_id>`, so a
wrong or missing token counts as an error.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path

from langchain_auth import Client as LangchainAuthClient
from langsmith_control_plane import AsyncControlPlane, AuthResult, ControlPlaneError

from bench._common import Json, raise_fd_limit

WAIT_MANY = "ours AsyncControlPlane.auth.wait_many"
GATHER = "ours asyncio.gather(auth.wait ...)"
LANGCHAIN = "langchain-auth gather(wait_for_completion ...)"
CONTENDERS = (WAIT_MANY, GATHER, LANGCHAIN)


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB.

    Not `getrusage().ru_maxrss`: Linux carries that across `exec`, so a child would report
    the peak of the parent it was forked from. VmHWM belongs to the address space `exec` made.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status")


async def _ours_wait_many(
    client: AsyncControlPlane, ids: list[str], timeout: float
) -> list[object]:
    outcomes: list[object] = []
    async for _auth_id, outcome in client.auth.wait_many(ids, timeout=timeout):
        outcomes.append(outcome)
    return outcomes


async def _ours_gather(client: AsyncControlPlane, ids: list[str], timeout: float) -> list[object]:
    waits = (client.auth.wait(auth_id, timeout=timeout) for auth_id in ids)
    return list(await asyncio.gather(*waits, return_exceptions=True))


async def _langchain_gather(url: str, api_key: str, ids: list[str], timeout: float) -> list[object]:
    client = LangchainAuthClient(api_key=api_key, api_url=url)
    waits = (client.wait_for_completion(auth_id, timeout=int(timeout)) for auth_id in ids)
    return list(await asyncio.gather(*waits, return_exceptions=True))


def _token(outcome: object) -> str | None:
    if isinstance(outcome, AuthResult):
        return outcome.token
    token = getattr(outcome, "token", None)  # langchain_auth.types.AuthResult
    return token if isinstance(token, str) else None


async def _main(contender: str, url: str, api_key: str, timeout: float, ids: list[str]) -> Json:
    client = AsyncControlPlane(base_url=url, api_key=api_key) if contender != LANGCHAIN else None
    rss_before = peak_rss_mb()
    started = time.monotonic()
    try:
        if contender == WAIT_MANY:
            assert client is not None
            outcomes = await _ours_wait_many(client, ids, timeout)
        elif contender == GATHER:
            assert client is not None
            outcomes = await _ours_gather(client, ids, timeout)
        else:
            outcomes = await _langchain_gather(url, api_key, ids, timeout)
        ended = time.monotonic()
    finally:
        if client is not None:
            await client.aclose()
    # wait_many yields in completion order, so tokens are checked as a multiset.
    expected = Counter(f"tok-{auth_id}" for auth_id in ids)
    got = Counter(token for outcome in outcomes if (token := _token(outcome)) is not None)
    kinds = Counter(
        type(outcome).__name__
        for outcome in outcomes
        if isinstance(outcome, BaseException | ControlPlaneError)
    )
    ok = sum((got & expected).values())
    return {
        "started": started,
        "ended": ended,
        "ok": ok,
        "errors": len(ids) - ok,
        "error_kinds": dict(kinds),
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    """Read the ids, wait for all of them, print the measurements as one JSON line.

    A fifth argument names a file to write a pyinstrument profile of the run to.
    """
    contender, url, api_key, timeout = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    profile_path = sys.argv[5] if len(sys.argv) > 5 else None
    if contender not in CONTENDERS:
        raise SystemExit(f"unknown contender {contender!r}")
    raise_fd_limit()
    ids: list[str] = json.loads(sys.stdin.readline())
    if profile_path is None:
        report = asyncio.run(_main(contender, url, api_key, timeout, ids))
    else:
        from pyinstrument import Profiler

        from bench.profiles import render, time_in

        with Profiler(interval=0.001) as profiler:
            report = asyncio.run(_main(contender, url, api_key, timeout, ids))
        Path(profile_path).write_text(render(profiler))
        session = profiler.last_session
        root = session.root_frame() if session is not None else None
        if root is not None:
            report["profile"] = {
                "profiled_s": round(root.time, 3),
                "pool_assign_s": round(time_in(root, "_assign_requests_to_connections"), 3),
                "sniffio_s": round(time_in(root, "current_async_library"), 3),
                "sniffio_installed": importlib.util.find_spec("sniffio") is not None,
            }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
