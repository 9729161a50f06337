"""Shared pieces of the benchmarks: statistics, machine facts, sizes, child processes."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# One credential for every server the benchmarks start (the emulator's default).
API_KEY = "lsv2_emulator_key"

Json = dict[str, Any]


@dataclass(frozen=True)
class Sizes:
    """How much work each scenario does: `FULL` for `make bench`, `SMOKE` for the test."""

    calls: int  # scenario 1: measured sequential calls per contender
    warmup: int  # scenario 1: unmeasured calls per contender first
    rounds: int  # scenario 1: the calls are split into this many alternating blocks
    flows: int  # scenario 2: flows per contender
    fanout: int  # scenario 3: concurrent waits per contender
    blip_flows: int  # scenario 4: flows per contender
    import_runs: int  # scenario 5: fresh interpreters per module
    generate_runs: int  # scenario 6: generations


FULL = Sizes(
    calls=1000,
    warmup=100,
    rounds=50,
    flows=50,
    fanout=1000,
    blip_flows=20,
    import_runs=15,
    generate_runs=3,
)
SMOKE = Sizes(
    calls=20,
    warmup=5,
    rounds=2,
    flows=5,
    fanout=20,
    blip_flows=2,
    import_runs=2,
    generate_runs=1,
)


def percentile(values: Sequence[float], q: float) -> float:
    """The `q`-th percentile (0-100) with linear interpolation between closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values: Sequence[float], *percentiles: float) -> Json:
    """`n`, `median` and `pNN` for each requested percentile, rounded for the report."""
    out: Json = {"n": len(values), "median": round(percentile(values, 50), 3)}
    for q in percentiles:
        out[f"p{q:g}"] = round(percentile(values, q), 3)
    return out


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (or the platform's guess elsewhere)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or "unknown"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> Json:
    """Facts about the machine and the software the numbers came from."""
    return {
        "nproc": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu": cpu_model(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "os": f"{platform.system()} {platform.release()}",
        "versions": {
            name: _version(name)
            for name in (
                "langsmith-control-plane",
                "httpx",
                "httpcore",
                "langchain-auth",
                "uvicorn",
            )
        },
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def raise_fd_limit() -> None:
    """Lift the soft open-files limit to the hard one: a thousand sockets need it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def module_command(module: str, *args: str) -> list[str]:
    """The argv that runs `python -m bench.<module> args...` in this interpreter."""
    return [PYTHON, "-m", f"bench.{module}", *args]


@contextlib.contextmanager
def child(argv: list[str], *, stdin: bool = False) -> Iterator[subprocess.Popen[str]]:
    """Run a child process (from the repository root, so `bench` imports); always reap it."""
    process = subprocess.Popen(  # noqa: S603 - argv built here, from our own interpreter
        argv,
        cwd=ROOT,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def read_json_line(process: subprocess.Popen[str]) -> Json:
    """The next line a child printed, parsed as a JSON object."""
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise RuntimeError(f"child {process.args!r} exited ({process.poll()}) without answering")
    data: Json = json.loads(line)
    return data
