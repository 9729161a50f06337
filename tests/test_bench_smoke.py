"""The benchmark runner, run with tiny sizes: every scenario and contender reports numbers.

No timing is asserted (this machine's speed is not the subject); `make bench` is the real run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest.importorskip("langchain_auth")
pytest.importorskip("pyinstrument")

EXPECTED: dict[str, dict[str, tuple[str, ...]]] = {
    "per_call": {
        "raw httpx.Client.get (floor)": ("median", "p95"),
        "raw httpx.AsyncClient.get (async floor)": ("median", "p95"),
        "generated client .sync": ("median", "p95"),
        "ours ControlPlane.auth.wait": ("median", "p95"),
        "ours AsyncControlPlane.auth.wait": ("median", "p95"),
        "langchain-auth wait_for_completion": ("median", "p95"),
    },
    "latency": {
        "ours ControlPlane.auth.wait": ("median", "p99"),
        "ours AsyncControlPlane.auth.wait": ("median", "p99"),
        "langchain-auth wait_for_completion": ("median", "p99"),
        "naive loop: timeout=0, sleep 1 s": ("median", "p99"),
    },
    "fanout": {
        name: ("wall_s", "release_ms", "errors", "peak_rss_mb", "peak_sockets")
        for name in (
            "ours AsyncControlPlane.auth.wait_many",
            "ours asyncio.gather(auth.wait ...)",
            "langchain-auth gather(wait_for_completion ...)",
        )
    },
    "blips": {
        name: ("flows", "succeeded", "success_rate_pct")
        for name in (
            "ours ControlPlane.auth.wait, poll_timeout=1",
            "ours AsyncControlPlane.auth.wait, poll_timeout=1",
            "langchain-auth, one call, timeout=1",
            "langchain-auth, re-called on TimeoutError, timeout=1",
        )
    },
    "imports": {
        f"import {module}": ("median", "min")
        for module in ("langsmith_control_plane", "httpx", "langchain_auth")
    },
    "generate": {"make _render-into": ("median",)},
}


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bench")
    readme = ROOT / "README.md"
    before = readme.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--profile", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # A smoke run never rewrites the README's numbers.
    assert readme.read_bytes() == before
    return out, done.stdout


def test_every_scenario_and_contender_has_numbers(smoke_run: tuple[Path, str]) -> None:
    out, _ = smoke_run
    results = json.loads((out / "results.json").read_text())
    assert results["smoke"] is True
    assert set(results["scenarios"]) == set(EXPECTED)
    for scenario, contenders in EXPECTED.items():
        got = results["scenarios"][scenario]["contenders"]
        assert set(got) == set(contenders), scenario
        for name, metrics in contenders.items():
            for metric in metrics:
                value = got[name][metric]
                assert isinstance(value, int | float), (scenario, name, metric, value)
                assert value >= 0, (scenario, name, metric, value)


def test_goals_machine_and_profiles_are_reported(smoke_run: tuple[Path, str]) -> None:
    out, _ = smoke_run
    results = json.loads((out / "results.json").read_text())
    keys = {goal["key"] for goal in results["goals"]}
    assert keys == {
        "per_call_vs_raw",
        "per_call_vs_langchain",
        "latency",
        "fanout",
        "blips",
        "imports",
    }
    assert all(isinstance(goal["met"], bool) for goal in results["goals"])
    assert {"nproc", "cpu", "python"} <= set(results["machine"])
    assert set(results["profiles"]) == {"per_call", "fanout", "imports"}
    assert (out / "profiles" / "per_call-ours.txt").stat().st_size > 0


def test_the_markdown_table_is_written_and_printed(smoke_run: tuple[Path, str]) -> None:
    out, stdout = smoke_run
    table = (out / "results.md").read_text()
    assert "| goal | measured | met |" in table
    assert "ours ControlPlane.auth.wait" in table
    assert table.strip() in stdout


def test_the_readme_block_is_replaced_between_the_markers(tmp_path: Path) -> None:
    from bench.report import README_END, README_START, update_readme

    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{README_START}\nold\n{README_END}\n\nafter\n")
    assert update_readme(readme, "| new | table |\n")
    assert readme.read_text() == f"# x\n\n{README_START}\n| new | table |\n{README_END}\n\nafter\n"
    readme.write_text("no markers\n")
    assert not update_readme(readme, "| t |")
    assert readme.read_text() == "no markers\n"
