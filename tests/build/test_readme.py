"""The README's Python blocks run as written, against the emulator, so they cannot rot.

Each block runs in a fresh interpreter with the environment a user would have set (here the
emulator's URL and credentials). Whenever a block shows a consent URL, on stdout or stderr, a
"user" opens it and presses Approve, as a browser would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading

import pytest
from langsmith_control_plane.testing import Emulator, press_approve

from tests.conftest import ROOT

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
    process = subprocess.Popen(  # our interpreter, the README's own code
        [sys.executable, "-c", BLOCKS[block]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    consent = re.compile(re.escape(emulator.url) + r"/_emulator/authorize/\S+")

    def user() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            for url in consent.findall(line):
                press_approve(url)

    reader = threading.Thread(target=user)
    reader.start()
    try:
        assert process.wait(timeout=60) == 0, "".join(lines)
    finally:
        process.kill()
        reader.join(timeout=10)
    assert any(consent.search(line) for line in lines) is (block in CONSENT_BLOCKS), lines
    assert "Traceback" not in "".join(lines)
