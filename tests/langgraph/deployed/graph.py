"""The deployed agent of the resumer's tests: one async node that needs the user's GitHub token.

`langgraph dev` serves it (tests/langgraph/agent_server.py), as LangSmith Deployment would: no
checkpointer of its own, the client's settings from the server's environment. Only a digest of
the token reaches the state, so the tests can tell the run got it and that it was saved nowhere.
"""

from __future__ import annotations

import hashlib
from typing import TypedDict

from langgraph.graph import END, START, StateGraph
from langsmith_control_plane import AsyncControlPlane
from langsmith_control_plane.langgraph import aget_token

# Key, workspace and URL from the environment. An async node: on an Agent Server a sync node
# runs in the server's thread pool, and so do the LangGraph tasks get_token runs in it, so as
# many sync runs resumed at once as the pool has threads wait on each other for good
# (docs/langgraph.md, "In a deployed agent").
acp = AsyncControlPlane()


class State(TypedDict, total=False):
    user_id: str
    token_digest: str


async def call_github(state: State) -> State:
    token = await aget_token(acp, "github", ["repo"], user_id=state["user_id"])
    return {"token_digest": hashlib.sha256(token.encode()).hexdigest()}


builder = StateGraph(State)
builder.add_node(call_github)
builder.add_edge(START, "call_github")
builder.add_edge("call_github", END)
graph = builder.compile()
