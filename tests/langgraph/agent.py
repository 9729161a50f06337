"""The tests' LangGraph agent: one node that needs tokens, on a SQLite checkpointer in a file.

`run(...)` is one run of the agent, as one process makes it: it opens the client and the
checkpointer, starts or resumes the thread, closes both and returns what the run ended with.
`python -m tests.langgraph.agent URL KEY DB THREAD start|resume` does the same in a process of
its own and prints that as JSON (the two-process test).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
from typing import Any, TypedDict

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, interrupt
from langsmith_control_plane import AsyncControlPlane, ControlPlane
from langsmith_control_plane.langgraph import aget_token, get_token

ASSISTANT = "assistant-7"
USER = "user-1"


class State(TypedDict, total=False):
    user_id: str
    providers: list[str]
    # Only digests of the tokens reach the state (and so the checkpoint).
    tokens: dict[str, str]
    question: bool
    answer: str


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def graph(node: Any, checkpointer: Any) -> Any:
    builder = StateGraph(State)
    builder.add_node("call_apis", node)
    builder.add_edge(START, "call_apis")
    builder.add_edge("call_apis", END)
    return builder.compile(checkpointer=checkpointer)


def sync_node(cp: ControlPlane, options: dict[str, Any]) -> Any:
    def call_apis(state: State) -> State:
        tokens = {
            provider: digest(get_token(cp, provider, ["repo"], user_id=state["user_id"], **options))
            for provider in state["providers"]
        }
        if state.get("question"):  # an interrupt of the node's own, after the tokens
            return {"tokens": tokens, "answer": interrupt({"question": "go on?"})}
        return {"tokens": tokens}

    return call_apis


def async_node(acp: AsyncControlPlane, options: dict[str, Any]) -> Any:
    async def call_apis(state: State) -> State:
        tokens = {}
        for provider in state["providers"]:
            token = await aget_token(acp, provider, ["repo"], user_id=state["user_id"], **options)
            tokens[provider] = digest(token)
        if state.get("question"):
            return {"tokens": tokens, "answer": interrupt({"question": "go on?"})}
        return {"tokens": tokens}

    return call_apis


def outcome(result: dict[str, Any]) -> dict[str, Any]:
    """What a run ended with, as JSON: its interrupts' values, the tokens' digests, the answer."""
    return {
        "interrupts": [i.value for i in result.get("__interrupt__", [])],
        "tokens": result.get("tokens"),
        "answer": result.get("answer"),
    }


def run(
    mode: str,
    url: str,
    api_key: str,
    db: str,
    thread: str,
    action: str,
    *,
    resume: object = True,
    providers: tuple[str, ...] = ("github",),
    question: bool = False,
    assistant_id: str | None = ASSISTANT,
    max_retries: int | None = None,
    **options: Any,
) -> dict[str, Any]:
    """One run: `action` is "start" (a new run of the thread) or "resume" (`resume` answers)."""
    configurable = {"thread_id": thread}
    if assistant_id is not None:
        configurable["assistant_id"] = assistant_id
    config = {"configurable": configurable}
    start: State = {"user_id": USER, "providers": list(providers), "question": question}
    given = start if action == "start" else Command(resume=resume)
    client = {"api_key": api_key, "base_url": url, "max_retries": max_retries}
    if mode == "sync":
        with ControlPlane(**client) as cp, SqliteSaver.from_conn_string(db) as saver:
            return outcome(graph(sync_node(cp, options), saver).invoke(given, config))

    async def arun() -> dict[str, Any]:
        async with (
            AsyncControlPlane(**client) as acp,
            AsyncSqliteSaver.from_conn_string(db) as saver,
        ):
            return outcome(await graph(async_node(acp, options), saver).ainvoke(given, config))

    return asyncio.run(arun())


if __name__ == "__main__":
    url, api_key, db, thread, action = sys.argv[1:6]
    print(json.dumps(run("sync", url, api_key, db, thread, action)))
