"""Every `python` block of README.md and docs/*.md runs as written, so none can rot.

A block runs unless the line just before its opening fence is one of these HTML comments
(invisible on GitHub):

- `<!-- fragment: why -->`: a piece of a larger program, shown but not run;
- `<!-- run by tests/...py -->`: a test of its own runs it (several processes, another
  environment); that file must exist and name the page.

Pages are found by globbing, so a new page's blocks run too. Each page's blocks run in one
interpreter (one subprocess per page keeps the suite's CPU down), each in a fresh namespace, with
the emulator's three settings exported, as the README's "no key yet" quick start does, and a
"user" who presses Approve on every consent URL shown (`tests/support/blocks.py`). A block that
defines `test_*` functions (a pytest example) has each called with a fresh emulator as
`control_plane_emulator`, as the plugin's fixture would give it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT
from tests.support.blocks import run_with_a_user

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(?:<!-- (.*?) -->\n)?```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
RUN_BY = re.compile(r"run by (tests/\S+\.py)")

# Runs the blocks given as JSON in argv[1]; a line before each names it in the output.
RUNNER = """\
import json, sys
from langsmith_control_plane.testing import Emulator

for index, code in enumerate(json.loads(sys.argv[1])):
    print(f"--- block {index}", flush=True)
    namespace = {"__name__": "__main__"}
    exec(compile(code, f"<block {index}>", "exec"), namespace)
    for name, function in list(namespace.items()):
        if name.startswith("test_") and callable(function):
            with Emulator() as control_plane_emulator:
                function(control_plane_emulator)
"""


@pytest.fixture(scope="module")
def quick_start_emulator() -> Iterator[Emulator]:
    """One emulator for the module, with the default credentials `lscp emulator serve` prints
    (the README's "no key yet" quick start exports them)."""
    with Emulator() as emu:
        yield emu


def blocks(page: Path) -> list[tuple[str | None, str]]:
    """The page's python blocks: (the comment before the fence or None, the code)."""
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(page.read_text(encoding="utf-8"))]


def runnable(page: Path) -> list[str]:
    return [code for note, code in blocks(page) if note is None]


def test_every_marked_block_says_why_or_where_it_runs() -> None:
    for page in PAGES:
        for note, _ in blocks(page):
            if note is None:
                continue
            run_by = RUN_BY.fullmatch(note)
            if run_by is not None:
                test = ROOT / run_by.group(1)
                assert page.name in test.read_text(encoding="utf-8"), (page.name, test)
            else:
                assert re.fullmatch(r"fragment: \S.*", note), (page.name, note)


def test_the_pages_are_found_by_globbing() -> None:
    names = [page.name for page in PAGES if runnable(page)]
    assert {"README.md", "emulator.md"} <= set(names)  # and any page that gains blocks


@pytest.mark.parametrize(
    "page", [page for page in PAGES if runnable(page)], ids=lambda page: page.name
)
def test_a_pages_blocks_run_as_written(page: Path, quick_start_emulator: Emulator) -> None:
    emulator = quick_start_emulator
    env = {
        **os.environ,
        "LANGSMITH_API_KEY": emulator.api_key,
        "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
        "LANGSMITH_CONTROL_PLANE_URL": emulator.url,
    }
    code = runnable(page)
    lines = run_with_a_user(RUNNER, env, emulator, json.dumps(code))
    started = [line for line in lines if line.startswith("--- block ")]
    assert len(started) == len(code), "".join(lines)
