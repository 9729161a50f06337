"""docs/langgraph.md's examples run as written, each as separate processes, against the emulator.

A first process pauses the run and prints the consent URL; a second one, before the user signs
in, prints the same URL; the user approves; a third process resumes the run from the SQLite
file and the node gets the token.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from langsmith_control_plane.testing import Emulator, press_approve

from tests.conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "langgraph.md").read_text(), re.DOTALL)


def test_the_page_has_a_sync_and_an_async_example() -> None:
    assert len(BLOCKS) == 2
    assert "get_token(cp," in BLOCKS[0]
    assert "SqliteSaver.from_conn_string" in BLOCKS[0]
    assert "await aget_token(acp," in BLOCKS[1]


@pytest.mark.slow
@pytest.mark.parametrize("block", range(2), ids=["sync", "async"])
def test_an_example_pauses_and_a_later_process_finishes_it(
    control_plane_emulator: Emulator, tmp_path: Path, block: int
) -> None:
    emu = control_plane_emulator
    env = {
        **os.environ,
        "LANGSMITH_API_KEY": emu.api_key,
        "LANGSMITH_WORKSPACE_ID": emu.workspace_id,
        "LANGSMITH_CONTROL_PLANE_URL": emu.url,
    }

    def process() -> str:
        done = subprocess.run(  # our interpreter, the page's own code
            [sys.executable, "-c", BLOCKS[block]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        return done.stdout

    paused = process()
    [url] = re.findall(re.escape(emu.url) + r"/_emulator/authorize/[\w-]+", paused)
    assert paused == f"Sign in to github to continue: open {url}, then resume the run.\n"
    assert process() == paused  # resumed before the user signed in: the same URL again
    press_approve(url)
    assert re.fullmatch(r"got a token of \d+ characters\n", process())
    assert (tmp_path / "agent.db").exists()
