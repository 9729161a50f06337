"""`langsmith_control_plane.langgraph`: consent as a pause of a real LangGraph run.

Real `langgraph` with its SQLite checkpointer in a file, against the emulator over loopback.
Each `run(...)` opens the client and the checkpointer afresh, as a new process would; the first
test uses two real processes. Tests taking `mode` run a sync node (`get_token`, `ControlPlane`,
`SqliteSaver`) and an async one (`aget_token`, `AsyncControlPlane`, `AsyncSqliteSaver`).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langsmith_control_plane import (
    APIConnectionError,
    AsyncControlPlane,
    ConfigurationError,
    ControlPlane,
    InternalServerError,
)
from langsmith_control_plane.langgraph import aget_token, get_token
from langsmith_control_plane.testing import Emulator, press_approve

from tests.conftest import ROOT
from tests.langgraph.agent import ASSISTANT, USER, State, digest, graph, run, sync_node
from tests.support.checks import TOKEN


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def agent(emulator: Emulator, tmp_path: Path, mode: str) -> Any:
    """`agent("start" | "resume", **options)`: one run of thread "t1" of this test's mode."""
    emu = emulator
    return partial(run, mode, emu.url, emu.api_key, str(tmp_path / "runs.db"), "t1")


def payload(emu: Emulator, auth_id: str, provider: str = "github") -> dict[str, Any]:
    url = emu.authorize_url(auth_id)
    return {
        "message": f"Sign in to {provider} to continue: open {url}, then resume the run.",
        "url": url,
        "auth_id": auth_id,
        "provider": provider,
        "scopes": ["repo"],
    }


def bodies(emu: Emulator) -> list[dict[str, Any]]:
    """The authenticate requests' bodies, in order."""
    return [json.loads(r.body) for r in emu.requests() if r.path == "/v2/auth/authenticate"]


def looks(emu: Emulator) -> list[tuple[str | None, int | None]]:
    """The wait requests, as (auth_id, timeout)."""
    return [(r.auth_id, r.timeout) for r in emu.requests() if r.method == "GET"]


@pytest.mark.slow
def test_a_run_paused_in_one_process_finishes_in_another(
    emulator: Emulator, tmp_path: Path
) -> None:
    emu = emulator
    db = tmp_path / "runs.db"

    agent = [sys.executable, "-m", "tests.langgraph.agent", emu.url, emu.api_key, str(db), "t1"]

    def process(action: str) -> dict[str, Any]:
        done = subprocess.run(  # our interpreter, the tests' agent
            [*agent, action],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        return dict(json.loads(done.stdout))

    paused = process("start")
    [started] = bodies(emu)
    auth_id = paused["interrupts"][0]["auth_id"]
    assert paused == {"interrupts": [payload(emu, auth_id)], "tokens": None, "answer": None}
    assert (started["agent_id"], started["user_id"]) == (ASSISTANT, USER)

    press_approve(paused["interrupts"][0]["url"])  # the user, in a browser
    emu.reset_requests()
    finished = process("resume")
    sent = (bodies(emu), looks(emu))

    with ControlPlane(api_key=emu.api_key, base_url=emu.url) as cp:
        token = cp.auth.check(auth_id).token
    assert token is not None
    assert finished == {"interrupts": [], "tokens": {"github": digest(token)}, "answer": None}
    # One look at the same flow, no second flow.
    assert sent == ([], [(auth_id, 0)])


def test_a_resume_before_the_user_finished_pauses_again_on_the_same_flow(
    emulator: Emulator, agent: Any
) -> None:
    emu = emulator
    first = agent("start")
    auth_id = first["interrupts"][0]["auth_id"]
    again = agent("resume")
    assert again == first == {"interrupts": [payload(emu, auth_id)], "tokens": None, "answer": None}
    assert agent("resume") == first  # and again
    emu.complete(auth_id, TOKEN)
    assert agent("resume")["tokens"] == {"github": digest(TOKEN)}
    assert len(bodies(emu)) == 1
    assert looks(emu) == [(auth_id, 0)] * 3


def test_a_stored_token_returns_at_once_without_a_pause(emulator: Emulator, agent: Any) -> None:
    emu = emulator
    emu.grant_token("github", ["repo"], user_id=USER, token=TOKEN)
    assert agent("start") == {"interrupts": [], "tokens": {"github": digest(TOKEN)}, "answer": None}
    assert (len(bodies(emu)), looks(emu)) == (1, [])


@pytest.mark.parametrize(
    ("options", "sent"),
    [
        ({}, ASSISTANT),
        ({"agent_id": "agent-explicit"}, "agent-explicit"),
        ({"assistant_id": None}, None),
    ],
    ids=["the-runs-assistant", "explicit-wins", "none"],
)
def test_the_agent_id_is_the_runs_assistant_id_unless_given(
    emulator: Emulator, agent: Any, options: dict[str, Any], sent: str | None
) -> None:
    agent("start", **options)
    [body] = bodies(emulator)
    assert body.get("agent_id") == sent


def test_an_expired_flow_is_replaced_by_a_new_one(emulator: Emulator, agent: Any) -> None:
    emu = emulator
    old = agent("start")["interrupts"][0]["auth_id"]
    emu.expire(old)
    paused = agent("resume")
    new = paused["interrupts"][0]["auth_id"]
    assert new != old
    assert paused["interrupts"] == [payload(emu, new)]
    emu.complete(new, TOKEN)
    assert agent("resume")["tokens"] == {"github": digest(TOKEN)}
    assert len(bodies(emu)) == 2


def test_each_resume_answers_the_interrupt_it_was_given_for(emulator: Emulator, agent: Any) -> None:
    # The node's own interrupt after get_token gets its own answer, not one a replayed
    # get_token was resumed with: each look is saved, so replays pause in the same order.
    emu = emulator
    auth_id = agent("start", question=True)["interrupts"][0]["auth_id"]
    agent("resume", question=True, resume="early")
    emu.complete(auth_id, TOKEN)
    assert agent("resume", question=True, resume="done")["interrupts"] == [{"question": "go on?"}]
    finished = agent("resume", question=True, resume="yes")
    assert finished == {"interrupts": [], "tokens": {"github": digest(TOKEN)}, "answer": "yes"}
    assert len(bodies(emu)) == 1


def test_two_tokens_in_one_node_and_a_grant_revoked_between_replays(
    emulator: Emulator, agent: Any
) -> None:
    emu = emulator
    emu.grant_token("github", ["repo"], user_id=USER, token=TOKEN)
    two = {"providers": ("github", "slack")}
    slack = agent("start", **two)["interrupts"][0]
    assert slack["provider"] == "slack"
    emu.expire_token("github", user_id=USER)  # revoked while the run was paused
    github = agent("resume", **two)["interrupts"][0]
    assert github["provider"] == "github"  # asked again, not a failed run
    emu.complete(github["auth_id"], "tok-github-2")
    assert agent("resume", **two)["interrupts"] == [slack]
    emu.complete(slack["auth_id"], TOKEN)
    assert agent("resume", **two)["tokens"] == {
        "github": digest("tok-github-2"),
        "slack": digest(TOKEN),
    }


def test_the_payload_round_trips_through_the_checkpointer_and_no_token_is_saved(
    emulator: Emulator, agent: Any, tmp_path: Path
) -> None:
    emu = emulator
    paused = agent("start")["interrupts"][0]
    with (
        ControlPlane(api_key=emu.api_key, base_url=emu.url) as cp,
        SqliteSaver.from_conn_string(str(tmp_path / "runs.db")) as saver,
    ):
        saved = graph(sync_node(cp, {}), saver).get_state({"configurable": {"thread_id": "t1"}})
    [interrupt] = saved.interrupts
    assert interrupt.value == paused == json.loads(json.dumps(interrupt.value))
    emu.complete(paused["auth_id"], TOKEN)
    agent("resume")
    agent("resume")  # a finished run's resume: the node does not run again
    files = [path for path in tmp_path.iterdir() if path.name.startswith("runs.db")]
    assert files
    assert not [path for path in files if TOKEN.encode() in path.read_bytes()]


def test_an_outage_raises_and_is_not_a_pause(
    emulator: Emulator, agent: Any, dead_url: str, mode: str, tmp_path: Path
) -> None:
    with pytest.raises(APIConnectionError):
        run(mode, dead_url, "key", str(tmp_path / "other.db"), "t1", "start", max_retries=0)
    emu = emulator
    auth_id = agent("start")["interrupts"][0]["auth_id"]
    emu.fail_next(500, auth_id=auth_id)
    with pytest.raises(InternalServerError):
        agent("resume", max_retries=0)
    # Once the service is back, resuming again goes on where the run stopped.
    emu.complete(auth_id, TOKEN)
    assert agent("resume")["tokens"] == {"github": digest(TOKEN)}
    assert len(bodies(emu)) == 1


def run_in_graph(function: Any, client: object, provider: object, scopes: object) -> Any:
    """Call `function` (`get_token` or `aget_token`) in the node of a one-node graph."""
    config = {"configurable": {"thread_id": "t1"}}
    if inspect.iscoroutinefunction(function):

        async def anode(state: State) -> State:
            return {"answer": await function(client, provider, scopes)}

        return asyncio.run(graph(anode, InMemorySaver()).ainvoke({}, config))

    def node(state: State) -> State:
        return {"answer": function(client, provider, scopes)}

    return graph(node, InMemorySaver()).invoke({}, config)


@pytest.mark.parametrize(
    ("provider", "scopes", "named"),
    [(7, ["repo"], "provider"), ("github", [""], "scopes"), ("github", "repo", "scopes")],
)
def test_bad_arguments_raise_before_anything_is_sent(
    emulator: Emulator, mode: str, provider: object, scopes: object, named: str
) -> None:
    emu = emulator
    with pytest.raises(ConfigurationError, match=rf"^{named}(\[0\])? must"):
        if mode == "sync":
            with ControlPlane(api_key=emu.api_key, base_url=emu.url) as cp:
                run_in_graph(get_token, cp, provider, scopes)
        else:
            run_in_graph(
                aget_token,
                AsyncControlPlane(api_key=emu.api_key, base_url=emu.url),
                provider,
                scopes,
            )
    assert emu.requests() == []


def test_a_graph_without_a_checkpointer_is_refused_before_any_flow_starts(
    emulator: Emulator,
) -> None:
    emu = emulator

    def node(state: State) -> State:
        return {"answer": get_token(cp, "github", ["repo"], user_id=USER)}

    with (
        ControlPlane(api_key=emu.api_key, base_url=emu.url) as cp,
        pytest.raises(ConfigurationError, match=r"needs a checkpointer: compile the graph"),
    ):
        graph(node, None).invoke({}, {"configurable": {"thread_id": "t1"}})
    assert emu.requests() == []


def test_the_wrong_client_or_no_graph_is_a_configuration_error(
    emulator: Emulator,
) -> None:
    emu = emulator
    with ControlPlane(api_key=emu.api_key, base_url=emu.url) as cp:
        with pytest.raises(ConfigurationError, match=r"call client\.auth\.get_token\(\.\.\.\)"):
            get_token(cp, "github", ["repo"], user_id=USER)
        with pytest.raises(ConfigurationError, match="needs an AsyncControlPlane"):
            run_in_graph(aget_token, cp, "github", ["repo"])
    acp = AsyncControlPlane(api_key=emu.api_key, base_url=emu.url)
    with pytest.raises(ConfigurationError, match=r"call client\.auth\.get_token\(\.\.\.\)"):
        asyncio.run(aget_token(acp, "github", ["repo"], user_id=USER))
    with pytest.raises(ConfigurationError, match="needs a ControlPlane"):
        run_in_graph(get_token, acp, "github", ["repo"])
    assert emu.requests() == []
