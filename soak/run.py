"""The soak: many sequential and concurrent waits with faults mixed in, then a leak check.

`make soak` (also run by CI) does 10,000 sequential waits through `ControlPlane` and 2,000
concurrent waits through `AsyncControlPlane.auth.wait_many` against the emulator (in a process
of its own, so what is measured here is the client's), with 503s,
429s and dropped connections injected along the way. It fails (exit 1) unless every flow's token
is delivered exactly once, no unexpected exception occurs, and open file descriptors, threads
and RSS are back within a small margin of the warmed-up baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import os
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from langsmith_control_plane import AsyncControlPlane, ControlPlane, ControlPlaneError
from langsmith_control_plane.testing import Emulator

FD_MARGIN = 8


def _serve(conn: Connection) -> None:
    """In the child: run an emulator and call its methods for the parent, one at a time."""
    with Emulator() as emu:
        conn.send((emu.url, emu.api_key))
        while (call := conn.recv()) is not None:
            name, args, kwargs = call
            try:
                conn.send((True, getattr(emu, name)(*args, **kwargs)))
            except Exception as exc:  # handed back to the caller, to raise there
                conn.send((False, exc))


class RemoteEmulator:
    """The emulator in a process of its own, so this process's descriptors, threads and memory
    are the client's alone. Method calls are forwarded over a pipe; only one thread calls at a
    time (a lock), since a pipe carries one conversation."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self.url, self.api_key = self._conn.recv()
        self._lock = threading.Lock()

    # Any: a transparent proxy of Emulator's methods.
    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        def call(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            with self._lock:
                self._conn.send((name, args, kwargs))
                ok, value = self._conn.recv()
            if not ok:
                raise value
            return value

        return call

    def close(self) -> None:
        """Stop the child's emulator and wait for the process to end."""
        self._conn.send(None)
        self._process.join(timeout=30)
        self._conn.close()


THREAD_MARGIN = 0
RSS_MARGIN_MB = 16.0


def snapshot() -> tuple[int, int, float]:
    """Open file descriptors, live threads and RSS in MB, after a full collection."""
    gc.collect()
    with open("/proc/self/status", encoding="ascii") as status:
        rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return len(os.listdir("/proc/self/fd")), threading.active_count(), rss_kb / 1024


def sequential(emu: RemoteEmulator, count: int) -> int:
    """`count` waits one after another on one client; returns the number of faults injected."""
    faults = 0
    with ControlPlane(base_url=emu.url, api_key=emu.api_key, timeout=30) as cp:
        for n in range(count):
            auth_id = emu.create_auth()
            token = emu.complete(auth_id)
            # A fault every 33 waits: each retry sleeps a jittered backoff, which sets the pace.
            if n % 100 == 7:
                emu.fail_next(503, retry_after="0", auth_id=auth_id)
                faults += 1
            elif n % 100 == 40:
                emu.drop_next(auth_id=auth_id)
                faults += 1
            elif n % 100 == 73:
                emu.fail_next(429, retry_after="0", auth_id=auth_id)
                faults += 1
            result = cp.auth.wait(auth_id)
            if result.token != token:
                raise AssertionError(f"flow {auth_id} delivered the wrong token")
            emu.expire(auth_id)  # keep the emulator's own memory flat: we measure the client
    return faults


async def concurrent(emu: RemoteEmulator, count: int) -> None:
    """`count` flows waited for at once, completed while parked, each delivered exactly once."""
    ids = [emu.create_auth() for _ in range(count)]
    # Transient faults for the first requests of some flows, to be retried under load.
    for auth_id in ids[::20]:
        emu.fail_next(503, retry_after="0", auth_id=auth_id)
    for auth_id in ids[5::40]:
        emu.drop_next(auth_id=auth_id)
    expected: dict[str, str] = {}

    def complete_when_parked() -> None:
        emu.wait_for_total_waiters(count, timeout=120)
        for auth_id in ids:
            expected[auth_id] = emu.complete(auth_id)

    finisher = threading.Thread(target=complete_when_parked)
    finisher.start()
    delivered: dict[str, str] = {}
    async with AsyncControlPlane(base_url=emu.url, api_key=emu.api_key, timeout=120) as acp:
        async for auth_id, outcome in acp.auth.wait_many(ids):
            if isinstance(outcome, ControlPlaneError):
                raise AssertionError(f"flow {auth_id} failed: {outcome}")
            if auth_id in delivered:
                raise AssertionError(f"flow {auth_id} delivered twice")
            delivered[auth_id] = outcome.token or ""
    finisher.join()
    if delivered != expected:
        raise AssertionError(f"{len(set(expected) ^ set(delivered))} flows lost or mismatched")
    for auth_id in ids:
        emu.expire(auth_id)


def main() -> int:
    """Run the soak; print what was measured; exit 1 on any failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sequential", type=int, default=10_000)
    parser.add_argument("--concurrent", type=int, default=2_000)
    args = parser.parse_args()
    emu = RemoteEmulator()
    try:
        # Warm up at full concurrency, so the baseline already holds the memory a peak of that
        # many connections leaves allocated (the allocator keeps it): what grows after is a leak.
        sequential(emu, 500)
        asyncio.run(concurrent(emu, args.concurrent))
        base = snapshot()
        started = time.monotonic()
        faults = sequential(emu, args.sequential)
        print(f"{args.sequential} sequential waits, {faults} faults injected", flush=True)
        asyncio.run(concurrent(emu, args.concurrent))
        print(f"{args.concurrent} concurrent waits", flush=True)
        after = snapshot()
    finally:
        emu.close()
    took = time.monotonic() - started
    print(f"fds {base[0]} -> {after[0]}, threads {base[1]} -> {after[1]}, ", end="")
    print(f"RSS {base[2]:.1f} -> {after[2]:.1f} MB, {took:.1f} s")
    problems = []
    if after[0] > base[0] + FD_MARGIN:
        problems.append(f"file descriptors grew by {after[0] - base[0]}")
    if after[1] > base[1] + THREAD_MARGIN:
        problems.append(f"threads grew by {after[1] - base[1]}")
    if after[2] > base[2] + RSS_MARGIN_MB:
        problems.append(f"RSS grew by {after[2] - base[2]:.1f} MB")
    for problem in problems:
        print(f"soak: FAILED: {problem}", file=sys.stderr)
    print("soak: passed" if not problems else "soak: failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
