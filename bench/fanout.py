"""Scenario 3: a thousand concurrent waits in one process, completed together.

The emulator runs in this process; each contender runs in a child process of its own
(`bench.fanout_worker`), so the peak RSS it reports is the client's alone. This process counts
the child's open sockets from /proc while it runs, waits until every wait is parked in the
emulator, then completes all flows at once. Times are CLOCK_MONOTONIC, which is one clock for
every process on the machine.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from langsmith_control_plane.testing import Emulator

from bench._common import Json, Sizes, child, module_command, raise_fd_limit, read_json_line
from bench.fanout_worker import CONTENDERS

SERVER = "emulator (FastAPI/uvicorn) in the parent; each client in its own process"
# Overall deadline of every wait: generous, because starting a thousand of langchain-auth's
# clients (one new httpx.AsyncClient, with its TLS context, per call) takes long on 2 cores.
WAIT_TIMEOUT = 300
PARK_TIMEOUT = 240.0


class SocketCounter:
    """Samples how many sockets a process has open, from /proc/<pid>/fd, on a thread."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self._fd_dir = Path(f"/proc/{pid}/fd")
        self._interval = interval
        self._stop = threading.Event()
        self.peak = 0
        self._thread = threading.Thread(target=self._run, name="socket-counter", daemon=True)

    def start(self) -> None:
        """Begin sampling."""
        self._thread.start()

    def stop(self) -> int:
        """Stop sampling and return the peak seen."""
        self._stop.set()
        self._thread.join()
        return self.peak

    def count(self) -> int:
        """Sockets open in the process now (0 once it has gone)."""
        sockets = 0
        try:
            names = os.listdir(self._fd_dir)
        except OSError:
            return 0
        for name in names:
            try:
                if os.readlink(self._fd_dir / name).startswith("socket:"):
                    sockets += 1
            except OSError:
                continue  # Closed between listing and reading: not open any more.
        return sockets

    def sample(self) -> None:
        """Take one sample now (also done every `interval` on the thread)."""
        self.peak = max(self.peak, self.count())

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.sample()


def run(sizes: Sizes) -> Json:
    """Run scenario 3 and return its section of results.json."""
    raise_fd_limit()
    results: Json = {}
    with Emulator(completed_ttl=3600) as emu:
        for contender in CONTENDERS:
            results[contender] = _one(emu, contender, sizes.fanout)
    return {
        "title": f"Fan-out: {sizes.fanout:,} concurrent waits completed together",
        "server": SERVER,
        "waits": sizes.fanout,
        "contenders": results,
    }


def _one(emu: Emulator, contender: str, count: int, profile_path: str | None = None) -> Json:
    ids = [emu.create_auth() for _ in range(count)]
    argv = module_command("fanout_worker", contender, emu.url, emu.api_key, str(WAIT_TIMEOUT))
    if profile_path is not None:
        argv.append(profile_path)
    with child(argv, stdin=True) as process:
        assert process.stdin is not None
        counter = SocketCounter(process.pid)
        counter.start()
        process.stdin.write(json.dumps(ids) + "\n")
        process.stdin.flush()
        parked_all = True
        try:
            emu.wait_for_total_waiters(count, timeout=PARK_TIMEOUT)
        except TimeoutError:
            parked_all = False  # Some waits failed before parking; the report counts them.
        parked = time.monotonic()
        # Every wait holds its connection now: the moment of the peak, so never miss it.
        counter.sample()
        for auth_id in ids:
            emu.complete(auth_id, f"tok-{auth_id}")
        report = read_json_line(process)
        process.wait(timeout=60)
        peak_sockets = counter.stop()
    return {
        "wall_s": round(report["ended"] - report["started"], 3),
        "all_parked_s": round(parked - report["started"], 3),
        "release_ms": round((report["ended"] - parked) * 1000, 1),
        "errors": report["errors"],
        "error_kinds": report["error_kinds"],
        "all_parked": parked_all,
        "rss_before_mb": report["rss_before_mb"],
        "peak_rss_mb": report["peak_rss_mb"],
        "peak_sockets": peak_sockets,
        **({"profile": report["profile"]} if "profile" in report else {}),
    }


def profile(contender: str, count: int, path: str) -> Json:
    """Run one contender with pyinstrument on in its process; the profile goes to `path`."""
    raise_fd_limit()
    with Emulator(completed_ttl=3600) as emu:
        return _one(emu, contender, count, profile_path=path)
