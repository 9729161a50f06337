"""The README's Python blocks run as written, against the emulator, so they cannot rot.

Each block runs in a fresh interpreter with the environment a user would have set (here the
emulator's URL and credentials). Whenever a block shows a consent URL, on stdout or stderr, a
"user" opens it and presses Approve, as a browser would.
"""

from __future__ import annotations

import os
import re

import pytest
from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT
from tests.support.blocks import consent_shown, run_with_a_user

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)


def test_the_readme_has_the_quick_start_blocks() -> None:
    assert len(BLOCKS) == 4
    assert "get_token" in BLOCKS[0]
    assert "authenticate" in BLOCKS[1]
    assert "wait_many" in BLOCKS[2]
    assert "cp.deployments" in BLOCKS[3]


# The blocks that start a consent flow: the "user" must have been shown its URL.
CONSENT_BLOCKS = (0, 1, 2)


@pytest.mark.parametrize("block", range(4))
def test_a_readme_block_runs_verbatim(emulator: Emulator, block: int) -> None:
    env = {
        **os.environ,
        "LANGSMITH_API_KEY": emulator.api_key,
        "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
        "LANGSMITH_CONTROL_PLANE_URL": emulator.url,
    }
    lines = run_with_a_user(BLOCKS[block], env, emulator)
    assert consent_shown(lines, emulator) is (block in CONSENT_BLOCKS), lines
