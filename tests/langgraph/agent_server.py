"""A real Agent Server for the resumer's tests: `langgraph dev` (in memory) serving
tests/langgraph/deployed/graph.py, whose client talks to an emulator.

Loopback only: the server's telemetry, tracing and license calls are turned off by its own
settings (with LANGSMITH_API_KEY set it would otherwise trace runs and report metadata to
LangSmith), and its log goes to a file the tests search for tokens.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from langsmith_control_plane.testing import Emulator

from tests.support.checks import KEY, WORKSPACE

GRAPH = Path(__file__).resolve().parent / "deployed" / "graph.py"
# `make setup` installs langgraph-cli[inmem] here (the agent-server extra), apart from .venv.
LANGGRAPH = GRAPH.parents[3] / ".venv-agent-server" / "bin" / "langgraph"
# Its first start imports langgraph-api and the graph: seconds, more on a busy machine.
START_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AgentServer:
    """A running `langgraph dev`: its `url`, and `log()`, all it printed so far."""

    def __init__(self, url: str, log_path: Path) -> None:
        self.url = url
        self.log_path = log_path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def server_environment(emu: Emulator) -> dict[str, str]:
    env = {
        **os.environ,
        # The graph's ControlPlane() reads these.
        "LANGSMITH_API_KEY": KEY,
        "LANGSMITH_WORKSPACE_ID": WORKSPACE,
        "LANGSMITH_CONTROL_PLANE_URL": emu.url,
        # langgraph-api takes LANGSMITH_API_KEY for its own license key and then reports
        # metadata and traces runs to LangSmith; an empty license key and tracing off keep it
        # on loopback. LANGGRAPH_CLI_NO_ANALYTICS: the CLI's usage report.
        "LANGSMITH_CONTROL_PLANE_API_KEY": "",
        "LANGSMITH_TRACING": "false",
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@contextmanager
def agent_server(emu: Emulator, folder: Path, *, jobs: int = 10) -> Iterator[AgentServer]:
    """`langgraph dev` on a free loopback port, its state and log in `folder`; stopped after."""
    port = free_port()
    log_path = folder / "langgraph-dev.log"
    # Paths in langgraph.json are the server's working directory's, and that is `folder`, where
    # the in-memory runtime keeps its state (.langgraph_api/).
    config = folder / "langgraph.json"
    graph = {"dependencies": [str(GRAPH.parent)], "graphs": {"agent": f"{GRAPH}:graph"}}
    config.write_text(json.dumps(graph))
    if not LANGGRAPH.exists():
        raise RuntimeError(f"no {LANGGRAPH}: run `make setup`, which installs langgraph dev there")
    command = [
        str(LANGGRAPH), "dev", "--config", str(config), "--host", "127.0.0.1",
        "--port", str(port), "--no-browser", "--no-reload", "--n-jobs-per-worker", str(jobs),
    ]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # our own venv's langgraph-cli
            command, cwd=folder, env=server_environment(emu), stdout=log, stderr=subprocess.STDOUT
        )
    server = AgentServer(f"http://127.0.0.1:{port}", log_path)
    try:
        _wait_until_up(process, server)
        yield server
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(process: subprocess.Popen[bytes], server: AgentServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"langgraph dev exited ({process.returncode}):\n{server.log()}")
        try:
            if httpx.get(f"{server.url}/ok", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)  # polling a process's start-up, not hiding a race
    raise RuntimeError(f"langgraph dev did not answer in {START_TIMEOUT} s:\n{server.log()}")
