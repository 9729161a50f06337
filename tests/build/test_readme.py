"""The README's shape: its quick start blocks, and its length (depth goes to docs/).

Its Python blocks run as written, against the emulator the "no key yet" quick start starts, in
tests/build/test_docs.py with every other page's.
"""

from __future__ import annotations

import inspect
import re

from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_the_readme_has_the_quick_start_blocks() -> None:
    assert len(BLOCKS) == 4
    assert "get_token" in BLOCKS[0]
    assert "authenticate" in BLOCKS[1]
    assert "wait_many" in BLOCKS[2]
    assert "cp.deployments" in BLOCKS[3]


def test_the_quick_start_leads_with_no_key_yet() -> None:
    quick_start = README.split("## Quick start\n", 1)[1]
    assert quick_start.index("lscp emulator serve") < quick_start.index("```python")
    assert len(README) < 12_000


def test_the_quick_start_exports_what_the_emulator_serves_with() -> None:
    defaults = inspect.signature(Emulator).parameters
    exported = re.search(r"^export (LANGSMITH_CONTROL_PLANE_URL=.*)$", README, re.MULTILINE)
    assert exported is not None
    assert exported.group(1).split() == [
        "LANGSMITH_CONTROL_PLANE_URL=http://127.0.0.1:8124",
        f"LANGSMITH_API_KEY={defaults['api_key'].default}",
        f"LANGSMITH_WORKSPACE_ID={defaults['workspace_id'].default}",
    ]
