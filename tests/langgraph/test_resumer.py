"""`ConsentResumer` and `lscp langgraph resume` on a real Agent Server.

`langgraph dev` (langgraph-cli, in-memory runtime) serves tests/langgraph/deployed/graph.py,
whose node calls `get_token` against the emulator; the tests drive the server through the
official `langgraph-sdk`, play the user on the emulator, and read what happened back from the
server: the runs of each thread, its state, its checkpoints and the server's log.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient
from langsmith_control_plane import AsyncControlPlane, ConfigurationError
from langsmith_control_plane.langgraph import ConsentResumer, Resumed
from langsmith_control_plane.testing import Emulator, press_approve

from tests.conftest import suite_emulator
from tests.langgraph.agent_server import AgentServer, agent_server
from tests.support.checks import KEY, TOKEN, WORKSPACE

# One server for the module (its start-up is the slow part); each test uses threads of its own.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("agent_server")]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Emulator, AgentServer]]:
    with suite_emulator() as emu, agent_server(emu, tmp_path_factory.mktemp("server")) as server:
        yield emu, server


@pytest.fixture
def emu(world: tuple[Emulator, AgentServer]) -> Emulator:
    return world[0]


@pytest.fixture
def server(world: tuple[Emulator, AgentServer]) -> AgentServer:
    return world[1]


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def control_plane(emu: Emulator) -> AsyncControlPlane:
    return AsyncControlPlane(api_key=KEY, workspace_id=WORKSPACE, base_url=emu.url)


async def pause(client: LangGraphClient, user: str) -> tuple[str, dict[str, Any]]:
    """A new thread of `user`'s whose run has paused: its id and the interrupt."""
    thread = await client.threads.create()
    result = await client.runs.wait(thread["thread_id"], "agent", input={"user_id": user})
    [interrupt] = result["__interrupt__"]
    return thread["thread_id"], interrupt


async def finished(client: LangGraphClient, thread_id: str) -> list[dict[str, Any]]:
    """Wait for the thread's runs to end; return them, oldest first."""
    runs = await client.runs.list(thread_id, limit=100)
    for run in runs:
        if run["status"] in ("pending", "running"):  # a join of an ended run takes a second
            await asyncio.wait_for(client.runs.join(thread_id, run["run_id"]), 60)
    return sorted(await client.runs.list(thread_id, limit=100), key=lambda r: r["created_at"])


class Running:
    """A resumer running as a task; `resumed` fills as it resumes threads, and `changed` (an
    event several may share) is set each time."""

    def __init__(
        self,
        client: LangGraphClient,
        acp: AsyncControlPlane,
        changed: asyncio.Event | None = None,
    ) -> None:
        self.resumed: list[Resumed] = []
        self.changed = changed or asyncio.Event()

        def report(resumed: Resumed) -> None:
            self.resumed.append(resumed)
            self.changed.set()

        self.resumer = ConsentResumer(client, acp, scan_interval=0.1, on_resume=report)
        self.task = asyncio.create_task(self.resumer.run())

    async def until(self, done: Callable[[], bool]) -> None:
        while not done():
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), 30)

    async def stop(self) -> None:
        self.resumer.stop()
        await asyncio.wait_for(self.task, 30)


def run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(test())


async def waiting(emu: Emulator, auth_id: str, count: int = 1) -> None:
    """Until `count` long-polls are parked on the flow: the resumers watch it."""
    await asyncio.to_thread(emu.wait_for_waiters, auth_id, count, 30)


async def assert_finished(
    client: LangGraphClient, thread_id: str, runs: list[dict[str, Any]], token: str, count: int = 2
) -> None:
    """The thread's `count` runs all succeeded and its state holds the digest of `token`."""
    assert [r["status"] for r in runs] == ["success"] * count
    state = await client.threads.get_state(thread_id)
    assert state["values"]["token_digest"] == digest(token)


def assert_nowhere(token: str, server: AgentServer, *texts: str) -> None:
    assert token not in server.log()
    for text in texts:
        assert token not in text


def test_a_paused_run_finishes_once_its_user_approves(
    emu: Emulator, server: AgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    async def test() -> None:
        client = get_client(url=server.url)
        async with control_plane(emu) as acp:
            running = Running(client, acp)  # started before the run pauses: it finds it
            thread_id, interrupt = await pause(client, "user-single")
            consent = interrupt["value"]
            assert consent["url"] == emu.authorize_url(consent["auth_id"])
            await waiting(emu, consent["auth_id"])
            await asyncio.to_thread(press_approve, consent["url"])  # the user, on the page
            await running.until(lambda: len(running.resumed) == 1)
            runs = await finished(client, thread_id)
            await running.stop()
            token = (await acp.auth.check(consent["auth_id"])).token

        assert running.resumed == [
            Resumed(thread_id, interrupt["id"], consent["auth_id"], runs[1]["run_id"])
        ]
        await assert_finished(client, thread_id, runs, token)
        state = await client.threads.get_state(thread_id)
        assert state["values"] == {"user_id": "user-single", "token_digest": digest(token)}
        history = await client.threads.get_history(thread_id, limit=100)
        # The token press_approve made (random): in no checkpoint, run, server or resumer log.
        assert_nowhere(token, server, json.dumps(history), json.dumps(runs), caplog.text)

    run(test)


def test_two_resumers_resume_each_thread_once(emu: Emulator, server: AgentServer) -> None:
    async def test() -> None:
        client = get_client(url=server.url)
        async with control_plane(emu) as acp:
            paused = await asyncio.gather(*(pause(client, f"user-pair-{n}") for n in range(8)))
            first = Running(client, acp)
            second = Running(client, acp, first.changed)
            for _, interrupt in paused:  # both long-poll every flow: both see each approval
                await waiting(emu, interrupt["value"]["auth_id"], 2)
            for n, (_, interrupt) in enumerate(paused):
                emu.complete(interrupt["value"]["auth_id"], f"{TOKEN}-pair-{n}")
            both = lambda: len(first.resumed) + len(second.resumed)  # noqa: E731
            await first.until(lambda: both() >= len(paused))
            runs = await asyncio.gather(*(finished(client, thread_id) for thread_id, _ in paused))
            await first.stop()
            await second.stop()  # resumes in flight end before stop() returns

        resumed = sorted(r.thread_id for r in first.resumed + second.resumed)
        assert resumed == sorted(thread_id for thread_id, _ in paused)
        for n, ((thread_id, _), thread_runs) in enumerate(zip(paused, runs, strict=True)):
            await assert_finished(client, thread_id, thread_runs, f"{TOKEN}-pair-{n}")

    run(test)


def test_a_restarted_resumer_resumes_what_was_approved_while_it_was_down(
    emu: Emulator, server: AgentServer
) -> None:
    async def test() -> None:
        client = get_client(url=server.url)
        async with control_plane(emu) as acp:
            before = Running(client, acp)
            thread_id, interrupt = await pause(client, "user-restart")
            auth_id = interrupt["value"]["auth_id"]
            await waiting(emu, auth_id)
            await before.stop()
            emu.complete(auth_id, f"{TOKEN}-restart")  # while no resumer runs
            after = Running(client, acp)
            await after.until(lambda: len(after.resumed) == 1)
            runs = await finished(client, thread_id)
            await after.stop()

        assert before.resumed == []
        assert [r.thread_id for r in after.resumed] == [thread_id]
        await assert_finished(client, thread_id, runs, f"{TOKEN}-restart")

    run(test)


def test_an_expired_flow_resumes_the_run_into_a_new_pause(
    emu: Emulator, server: AgentServer
) -> None:
    async def test() -> None:
        client = get_client(url=server.url)
        async with control_plane(emu) as acp:
            running = Running(client, acp)
            thread_id, interrupt = await pause(client, "user-expiry")
            auth_id = interrupt["value"]["auth_id"]
            await waiting(emu, auth_id)
            emu.expire(auth_id)  # the user never came back
            await running.until(lambda: len(running.resumed) == 1)
            await finished(client, thread_id)
            thread = await client.threads.get(thread_id)
            [[again]] = thread["interrupts"].values()
            renewed = again["value"]["auth_id"]
            await waiting(emu, renewed)
            emu.complete(renewed, f"{TOKEN}-expiry")
            await running.until(lambda: len(running.resumed) == 2)
            runs = await finished(client, thread_id)
            await running.stop()

        assert renewed != auth_id
        assert again["value"]["url"] == emu.authorize_url(renewed)
        assert [r.auth_id for r in running.resumed] == [auth_id, renewed]
        await assert_finished(client, thread_id, runs, f"{TOKEN}-expiry", count=3)

    run(test)


def test_lscp_langgraph_resume_prints_each_resumed_thread_and_stops_on_sigterm(
    emu: Emulator, server: AgentServer
) -> None:
    async def test() -> None:
        client = get_client(url=server.url)
        thread_id, interrupt = await pause(client, "user-cli")
        env = {
            **os.environ,
            "LANGSMITH_API_KEY": KEY,
            "LANGSMITH_WORKSPACE_ID": WORKSPACE,
        }
        command = [sys.executable, "-m", "langsmith_control_plane.cli", "langgraph", "resume"]
        command += ["--url", server.url, "--base-url", emu.url, "--scan-interval", "0.1"]
        process = await asyncio.create_subprocess_exec(
            *command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        auth_id = interrupt["value"]["auth_id"]
        await waiting(emu, auth_id)
        emu.complete(auth_id, f"{TOKEN}-cli")
        assert process.stdout is not None
        line = json.loads(await asyncio.wait_for(process.stdout.readline(), 30))
        runs = await finished(client, thread_id)
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)

        assert line == {"thread_id": thread_id, "run_id": runs[1]["run_id"]}
        assert process.returncode == 143
        assert stderr.decode().splitlines()[-1] == "lscp: terminated"
        assert_nowhere(f"{TOKEN}-cli", server, stderr.decode())

    run(test)


@pytest.mark.parametrize(
    ("option", "value"),
    [("scan_interval", 0), ("scan_interval", float("nan")), ("page_size", 0), ("concurrency", 1.5)],
)
def test_bad_options_are_a_configuration_error(option: str, value: object, tmp_path: Path) -> None:
    async def test() -> None:
        async with AsyncControlPlane(api_key=KEY, base_url="http://127.0.0.1:9") as acp:
            with pytest.raises(ConfigurationError, match=option):
                ConsentResumer(get_client(url="http://127.0.0.1:9"), acp, **{option: value})
            with pytest.raises(ConfigurationError, match="langgraph_sdk client"):
                ConsentResumer(acp, acp)  # type: ignore[arg-type]

    run(test)


def test_an_unreachable_server_is_scanned_again_and_stop_returns(
    emulator: Emulator, dead_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    def failed_scans() -> int:
        return sum("could not list" in r.getMessage() for r in caplog.records)

    async def test() -> None:
        async with control_plane(emulator) as acp:
            # get_client's transport retries a refused connection for seconds; this one fails.
            server = LangGraphClient(httpx.AsyncClient(base_url=dead_url))
            resumer = ConsentResumer(server, acp, scan_interval=0.05)
            task = asyncio.create_task(resumer.run())
            while failed_scans() < 2 and not task.done():  # an outage does not end it
                await asyncio.sleep(0.01)
            resumer.stop()
            await asyncio.wait_for(task, 10)

    run(test)
    assert failed_scans() >= 2


LSCP = [sys.executable, "-m", "langsmith_control_plane.cli"]


def test_the_key_never_goes_to_an_agent_server_over_plain_http_off_loopback() -> None:
    # langgraph_sdk sends LANGSMITH_API_KEY with every request: refused before any is sent.
    done = subprocess.run(
        [*LSCP, "langgraph", "resume", "--url", "http://192.0.2.1:2024"],
        env={**os.environ, "LANGSMITH_API_KEY": KEY},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "lscp: error: url uses plain http to a non-loopback host (192.0.2.1); use https so "
        "credentials are not sent in the clear"
    )
