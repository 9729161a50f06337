"""docs/migrating-from-langchain-auth.md: its before (langchain-auth) and after examples run as
written, against the emulator, with a "user" who approves each consent URL they print."""

from __future__ import annotations

import inspect
import os
import re

import pytest
from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT
from tests.support.blocks import run_with_a_user

DOC = (ROOT / "docs" / "migrating-from-langchain-auth.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", DOC, re.DOTALL)


def test_the_doc_has_a_before_and_an_after() -> None:
    assert len(BLOCKS) == 2
    assert "from langchain_auth import Client" in BLOCKS[0]
    assert "from langsmith_control_plane import AsyncControlPlane" in BLOCKS[1]


@pytest.mark.parametrize("block", [0, 1], ids=["before", "after"])
def test_an_example_runs_verbatim(emulator: Emulator, block: int) -> None:
    env = {
        **os.environ,
        "LANGSMITH_API_KEY": emulator.api_key,
        "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
        "LANGSMITH_API_URL": emulator.url,  # the one URL variable both clients read
    }
    env.pop("LANGSMITH_CONTROL_PLANE_URL", None)
    lines = run_with_a_user(BLOCKS[block], env, emulator)
    assert [line for line in lines if not line.startswith("Ask")] == [
        "granted: completed\n",
        "stored: True\n",
    ]


def test_closing_is_mapped_as_the_clients_have_it() -> None:
    from langchain_auth import Client
    from langsmith_control_plane import AsyncControlPlane

    assert inspect.iscoroutinefunction(Client.close)
    assert inspect.iscoroutinefunction(AsyncControlPlane.aclose)
    assert not hasattr(AsyncControlPlane, "close")
    assert "| `await client.close()` (or `async with Client(...)`) | `await acp.aclose()`" in DOC
