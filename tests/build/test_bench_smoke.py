"""The benchmark runner at tiny sizes: every scenario runs, reports numbers, and is judged.

Nothing here asserts a time (this machine's speed is not the subject; `make bench` is the real
run), and nothing names a contender: the checks hold whatever the scenarios compare.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from tests.conftest import ROOT

# Looked up, not imported (as importorskip would): its import costs every pytest process a second.
if importlib.util.find_spec("langchain_auth") is None:
    pytest.skip("the benchmarks need langchain-auth (the dev extra)", allow_module_level=True)
# The benchmark runner in a subprocess, its emulator and peer client included: about 50 s.
# One group, over one run: tests/conftest.py hands the three to one worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("bench-smoke")]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str, Path]:
    # One run for the module's tests, even when pytest-xdist's workers share them out: the
    # first to get here runs it, under a lock, in the folder of this session that all workers
    # share (a worker's base folder is its own, inside it; without workers, the base folder is
    # the session's, and its parent holds every past session's).
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if "PYTEST_XDIST_WORKER" in os.environ else base
    out = shared / "bench-smoke"
    page = out / "performance.md"
    with FileLock(shared / "bench-smoke.lock"):
        if not (out / "stdout").exists():
            run_the_smoke(out, page)
    return json.loads((out / "results.json").read_text()), (out / "stdout").read_text(), page


def run_the_smoke(out: Path, page: Path) -> None:
    out.mkdir(exist_ok=True)  # a failed run by another worker may have left it
    shutil.copy(ROOT / "docs" / "performance.md", page)
    published = [ROOT / "docs" / "performance.md", ROOT / "bench" / "results.json"]
    before = {path: path.read_bytes() for path in published if path.exists()}
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--out", str(out), "--docs", str(page)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # A smoke run leaves the published numbers alone.
    assert {path: path.read_bytes() for path in published if path.exists()} == before
    (out / "stdout").write_text(done.stdout)


def numbers(section: Any) -> list[float]:
    """Every number in a results section, however deep."""
    if isinstance(section, bool):
        return []
    if isinstance(section, int | float):
        return [section]
    if isinstance(section, dict):
        return [n for value in section.values() for n in numbers(value)]
    if isinstance(section, list):
        return [n for value in section for n in numbers(value)]
    return []


def test_every_scenario_reports_numbers(smoke: tuple[dict[str, Any], str, Path]) -> None:
    results, _, _ = smoke
    from bench.run import _scenarios

    assert results["smoke"] is True
    assert list(results["scenarios"]) == list(_scenarios())
    for name, section in results["scenarios"].items():
        assert section["title"], name
        found = numbers({k: v for k, v in section.items() if k != "title"})
        assert found, name
        assert all(n >= 0 for n in found), name


def test_the_waits_all_succeed(smoke: tuple[dict[str, Any], str, Path]) -> None:
    results, _, _ = smoke
    fanout = results["scenarios"]["fanout"]
    runs = [run for contender in fanout["runs"].values() for run in contender.values()]
    assert runs
    assert all(run["errors"] == 0 for run in runs)
    steady = results["scenarios"]["steady"]
    assert steady["errors"] == 0
    # Every parked wait re-polled once in the measured window.
    assert steady["repolls"] == steady["waits"]
    robustness = results["scenarios"]["robustness"]
    assert max(robustness["held"].values()) == len(robustness["cases"])  # someone held all


def test_every_goal_is_judged_and_reported(smoke: tuple[dict[str, Any], str, Path]) -> None:
    results, stdout, page = smoke
    goals = results["goals"]
    assert goals
    assert all(isinstance(goal["met"], bool) and goal["measured"] for goal in goals)
    text = page.read_text()
    # The results block of the page was replaced by this run's, and printed.
    start, end = (
        text.index("<!-- bench:results:start -->"),
        text.index("<!-- bench:results:end -->"),
    )
    block = text[start:end]
    assert block.strip().split("\n", 1)[1] in stdout
    assert "python -m bench.run --smoke" in block
    for goal in goals:
        assert goal["goal"] in block
    for section in results["scenarios"].values():
        assert section["title"] in block
    # Everything outside the block is the page as written.
    original = (ROOT / "docs" / "performance.md").read_text()
    assert text[:start] == original[: original.index("<!-- bench:results:start -->")]
    assert text[end:] == original[original.index("<!-- bench:results:end -->") :]
