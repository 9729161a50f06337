"""The consent resumer at scale (`make bench-resumer`, about a minute and a half).

500 threads of the deployed test agent (tests/langgraph/deployed/graph.py) pause at once on
`langgraph dev`; `lscp langgraph resume`, in a process of its own, watches them; the users
approve on the emulator in random order over 30 s. Checked: every thread resumed exactly once
(one line from the resumer, exactly two runs on the server, both successful, the token's
digest in the state). Measured: the time from each approval (the emulator's flow completed)
to the resume (the server's `created_at` of the run that answered it), and the resumer
process's CPU time and peak memory (/proc). Prints the results, writes bench/resumer.json and
the results block of docs/performance.md's "The consent resumer at scale".
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from langgraph_sdk import get_client
from langsmith_control_plane.testing import Emulator

from tests.langgraph.agent_server import agent_server
from tests.support.checks import BEARER, KEY, WORKSPACE

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:resumer:start -->", "<!-- bench:resumer:end -->"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a running process (/proc/PID/stat, fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def peak_rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    assert match is not None
    return int(match.group(1)) / 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def measure(threads: int, spread: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)  # noqa: S311 -- the approvals order, not a secret
    with (
        tempfile.TemporaryDirectory(prefix="bench-resumer-") as folder,
        Emulator(api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER) as emu,
        agent_server(emu, Path(folder), jobs=threads) as server,
    ):
        client = get_client(url=server.url, timeout=120)
        env = {**os.environ, "LANGSMITH_API_KEY": KEY, "LANGSMITH_WORKSPACE_ID": WORKSPACE}
        command = [sys.executable, "-m", "langsmith_control_plane.cli", "langgraph", "resume"]
        command += ["--url", server.url, "--base-url", emu.url]
        resumer = await asyncio.create_subprocess_exec(
            *command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        lines: list[dict[str, str]] = []

        async def read_lines() -> None:
            assert resumer.stdout is not None
            async for line in resumer.stdout:
                lines.append(json.loads(line))

        reader = asyncio.create_task(read_lines())

        # Every thread pauses, started after the resumer: it finds them by scanning.
        limit = asyncio.Semaphore(50)

        async def pause(n: int) -> tuple[str, str]:
            async with limit:
                thread = await client.threads.create()
                result = await client.runs.wait(
                    thread["thread_id"], "agent", input={"user_id": f"user-{n}"}
                )
            [interrupt] = result["__interrupt__"]
            return thread["thread_id"], interrupt["value"]["auth_id"]

        started = time.monotonic()
        paused = await asyncio.gather(*(pause(n) for n in range(threads)))
        pausing = time.monotonic() - started
        await asyncio.to_thread(emu.wait_for_total_waiters, threads, 120)
        cpu_before = cpu_seconds(resumer.pid)

        # The users approve in random order, at random moments over `spread` seconds.
        moments = sorted(rng.uniform(0, spread) for _ in paused)
        order = rng.sample(paused, len(paused))
        approved: dict[str, float] = {}
        begin = time.monotonic()
        for moment, (thread_id, auth_id) in zip(moments, order, strict=True):
            await asyncio.sleep(max(0.0, begin + moment - time.monotonic()))
            emu.complete(auth_id)
            approved[thread_id] = time.time()
        while len(lines) < threads:
            await asyncio.sleep(0.1)
            if time.monotonic() - begin > spread + 120:
                raise RuntimeError(f"only {len(lines)} of {threads} threads were resumed")

        # Exactly once: one line per thread, two runs on each (the first and the resume).
        resumed_at: dict[str, float] = {}

        async def check(thread_id: str) -> None:
            async with limit:
                runs = await client.runs.list(thread_id, limit=10)
                for run in runs:
                    if run["status"] in ("pending", "running"):
                        await client.runs.join(thread_id, run["run_id"])
                runs = await client.runs.list(thread_id, limit=10)
                assert sorted(r["status"] for r in runs) == ["success", "success"], runs
                state = await client.threads.get_state(thread_id)
            assert len(state["values"]["token_digest"]) == len(hashlib.sha256().hexdigest())
            resume = max(runs, key=lambda r: r["created_at"])
            resumed_at[thread_id] = datetime.fromisoformat(resume["created_at"]).timestamp()

        await asyncio.gather(*(check(thread_id) for thread_id, _ in paused))
        cpu = cpu_seconds(resumer.pid) - cpu_before
        peak = peak_rss_mib(resumer.pid)
        resumer.terminate()
        await reader
        assert resumer.stderr is not None
        stderr = await resumer.stderr.read()
        await resumer.wait()
        assert sorted(line["thread_id"] for line in lines) == sorted(t for t, _ in paused)
        assert resumer.returncode == 143, stderr.decode()

    latency = [resumed_at[t] - approved[t] for t in approved]
    return {
        "threads": threads,
        "spread_s": spread,
        "seed": seed,
        "pausing_s": round(pausing, 1),
        "resumed_exactly_once": len(lines),
        "approval_to_resume_s": {
            "median": round(statistics.median(latency), 3),
            "p95": round(percentile(latency, 0.95), 3),
            "max": round(max(latency), 3),
        },
        "resumer_cpu_s": round(cpu, 2),
        "resumer_peak_rss_mib": round(peak, 1),
    }


def block(result: dict[str, Any]) -> str:
    latency = result["approval_to_resume_s"]
    return "\n".join(
        [
            START,
            f"{result['threads']} threads paused at once on `langgraph dev` (in memory, "
            f"{result['threads']} jobs, {result['pausing_s']:g} s to pause them all),",
            f"approved in random order over {result['spread_s']:g} s (seed {result['seed']}); "
            "`lscp langgraph resume` with its defaults (2-s scan):",
            "",
            "| measure | value |",
            "| --- | --- |",
            f"| threads resumed exactly once | {result['resumed_exactly_once']} of "
            f"{result['threads']} |",
            f"| approval to resume, median | {latency['median'] * 1000:.0f} ms |",
            f"| approval to resume, p95 | {latency['p95'] * 1000:.0f} ms |",
            f"| approval to resume, max | {latency['max'] * 1000:.0f} ms |",
            "| resumer CPU time, approvals and the check after | "
            f"{result['resumer_cpu_s']:.2f} s |",
            f"| resumer peak memory (RSS) | {result['resumer_peak_rss_mib']:.0f} MiB |",
            END,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=500)
    parser.add_argument("--spread", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=32)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "resumer.json")
    parser.add_argument("--docs", type=Path, default=DOCS)
    args = parser.parse_args()
    result = asyncio.run(measure(args.threads, args.spread, args.seed))
    print(json.dumps(result, indent=2))
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    text = args.docs.read_text()
    start, end = text.index(START), text.index(END) + len(END)
    args.docs.write_text(text[:start] + block(result) + text[end:])


if __name__ == "__main__":
    main()
