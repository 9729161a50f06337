"""docs/cli.md's transcripts (its ```console blocks) match what lscp really prints.

Each block's `$ ` lines run in order in one bash, stderr merged into stdout as on a terminal,
against a fresh emulator with the default credentials (the flow `slow` pending), its URL shown
as the docs show it (http://127.0.0.1:8124). What differs from run to run is normalized on both
sides: flow ids, tokens, the debug log's clock and durations, and a traceback's frames (the page
shows them as `  ...`). The HTML comment before a block (invisible on GitHub) says how it runs:

- none: as above;
- `<!-- transcript: without the emulator extra -->`: lscp runs as if FastAPI were missing;
- `<!-- run by tests/...py -->`: that test runs it (a server that runs until Ctrl-C).
"""

from __future__ import annotations

import re
import subprocess

import pytest
from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT
from tests.support.console import LSCP, environment

PAGE = ROOT / "docs" / "cli.md"
SHOWN_URL = "http://127.0.0.1:8124"
BLOCK = re.compile(r"^(?:<!-- (.*?) -->\n)?```console\n(.*?)^```", re.DOTALL | re.MULTILINE)
NO_EXTRA = "transcript: without the emulator extra"
# `lscp` as installed, but with FastAPI missing (importlib.util.find_spec sees None).
WITHOUT_EXTRA = (
    "lscp() { python -c \"import sys; sys.modules['fastapi'] = None; "
    'from langsmith_control_plane.cli import main; sys.exit(main())" "$@"; }\n'
)
VARYING = [
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<id>"),
    (re.compile(r"\bemu_[A-Za-z0-9_-]+"), "<token>"),
    (re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", re.MULTILINE), "<time> "),
    (re.compile(r"\d+(\.\d+)? ms\)"), "<ms>)"),
    # A traceback's frames, as the page shortens them.
    (
        re.compile(r"^(Traceback \(most recent call last\):\n)(?:[ \t].*\n)+", re.MULTILINE),
        r"\1  ...\n",
    ),
]


def blocks() -> list[tuple[str | None, str]]:
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(PAGE.read_text(encoding="utf-8"))]


def normalized(text: str) -> str:
    for pattern, replacement in VARYING:
        text = pattern.sub(replacement, text)
    return text


def commands_and_output(block: str) -> list[tuple[str, str]]:
    """Each `$ command` of the transcript with the output shown under it."""
    steps: list[tuple[str, str]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            steps.append((line[2:].rstrip("\n"), ""))
        elif steps:
            steps[-1] = (steps[-1][0], steps[-1][1] + line)
    return steps


TRANSCRIPTS = [(note, block) for note, block in blocks() if not (note or "").startswith("run by")]


def test_every_transcript_is_checked_here_or_by_a_named_test() -> None:
    for note, _ in blocks():
        if note is None or note == NO_EXTRA:
            continue
        run_by = re.fullmatch(r"run by (tests/\S+\.py)", note)
        assert run_by is not None, note
        assert "cli.md" in (ROOT / run_by.group(1)).read_text(encoding="utf-8")
    assert len(TRANSCRIPTS) == 3


@pytest.mark.parametrize(("note", "block"), TRANSCRIPTS, ids=["no-extra", "session", "failures"])
def test_a_transcript_matches_the_real_output(note: str | None, block: str) -> None:
    steps = commands_and_output(block)
    with Emulator() as emulator:
        emulator.create_auth("slow")
        script = (WITHOUT_EXTRA if note == NO_EXTRA else "") + "exec 2>&1\n"
        for index, (command, _) in enumerate(steps):
            script += f"echo '@@ {index}'\n{command.replace(SHOWN_URL, emulator.url)}\n"
        env = environment(emulator, PATH=f"{LSCP.parent}:{environment()['PATH']}")
        env.update(LANGSMITH_API_KEY=emulator.api_key, LANGSMITH_WORKSPACE_ID=emulator.workspace_id)
        result = subprocess.run(
            ["bash", "-c", script],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        real = result.stdout.replace(emulator.url, SHOWN_URL)
    outputs = re.split(r"^@@ \d+\n", real, flags=re.MULTILINE)[1:]
    assert len(outputs) == len(steps), real
    for (command, shown), output in zip(steps, outputs, strict=True):
        assert normalized(output.rstrip("\n")) == normalized(shown.rstrip("\n")), command
