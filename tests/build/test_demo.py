"""`make demo`: what it installs on a fresh clone, and the demo itself (scripts/demo.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from langsmith_control_plane.testing import press_approve

from tests.conftest import ROOT
from tests.support.console import CONTROL

# The venv running these tests: .venv under `make test`, .nox/tests-3-12 (say) under nox.
VENV = Path(sys.prefix)
DEMO_STAMP = VENV / ".installed-emulator"


def dry_run(target: str, venv: Path) -> list[str]:
    """The commands `make TARGET` would run with `venv` as the venv, and a fresh clone's missing
    Agent Server venv beside it (`make -n`)."""
    agent = venv.parent / ".venv-agent-server"
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", target, f"VENV={venv}", f"AGENT_VENV={agent}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def installs(steps: list[str]) -> list[str]:
    return [step.split("pip install --quiet ")[1] for step in steps if "pip install" in step]


def test_on_a_fresh_clone_make_demo_installs_only_the_emulator_extra(tmp_path: Path) -> None:
    venv = tmp_path / ".venv"  # Not there yet, as on a fresh clone.
    steps = dry_run("demo", venv)
    assert installs(steps) == ["--upgrade pip", "-e '.[emulator]'"]
    assert steps[-1] == f"{venv}/bin/python scripts/demo.py"  # After the install.

    # Once the demo's install is done, the dev targets still install the dev extra.
    venv.mkdir()
    (venv / ".installed-emulator").touch()
    for target in ("setup", "lint", "typecheck"):
        steps = dry_run(target, venv)
        # setup also makes the Agent Server's own venv (the agent-server extra, Makefile).
        agent = ["--upgrade pip", "-e '.[agent-server]'"] if target == "setup" else []
        assert installs(steps) == ["--upgrade pip", "-e '.[dev]'", *agent]
        # The dev extra includes the emulator's, so the demo needs nothing more after it.
        assert f"touch {venv}/.installed-dev {venv}/.installed-emulator" in steps


@pytest.mark.slow
def test_make_demo() -> None:
    # `-o`: this venv is the one running the tests; never reinstall it underneath them.
    result = subprocess.run(
        ["make", "--no-print-directory", "-o", str(DEMO_STAMP), "demo", f"VENV={VENV}"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(
        r"^  Open this URL to sign in: http://127\.0\.0\.1:\d+/_emulator/authorize/",
        result.stdout,
        re.M,
    )
    token = re.search(r"^   Signed in\. Token: (emu_\S+)$", result.stdout, re.M)
    assert token
    assert f"   Same token, no consent page: {token[1]}\n" in result.stdout
    # The provider, registered with its secret from stdin: lscp says so, the secret never shows.
    assert "\n  created provider 'github'\n" in result.stdout
    # The granted token listed (never its value), then revoked: consent again, a new token.
    assert re.search(r"^  ID +PROVIDER +ACCOUNT +SCOPES", result.stdout, re.M)
    assert re.search(r"^  \S+ +github +\S+ +repo ", result.stdout, re.M)
    assert "\n  revoked 1 token of github for the API key's user\n" in result.stdout
    again = re.search(r"^   Signed in again\. New token: (emu_\S+)$", result.stdout, re.M)
    assert again
    assert again[1] != token[1]
    assert result.stdout.count("Open this URL") == 2  # the first ask and the one after revoking
    for secret in ("demo-client-secret", token[1]):
        assert result.stdout.count(secret) == (0 if secret.startswith("demo") else 2)
    # The deploy story: DEPLOYED, then a failed build with its log lines, then deleted.
    deployed = re.search(r"^  lscp: deployment (\S+): DEPLOYED \(0:0\d\)$", result.stdout, re.M)
    assert deployed
    assert re.search(r"^   Deployed: revision [0-9a-f-]{36}$", result.stdout, re.M)
    assert re.search(
        r"^  lscp: deployment \S+: BUILD_FAILED \(0:0\d\)\n"
        r"    Building revision \S+\n"
        r"    npm ERR! Missing script: build\n"
        r"    error: build exited with code 1\n"
        r"  lscp: error: revision \S+ of deployment \S+ ended BUILD_FAILED; ",
        result.stdout,
        re.M,
    )
    assert f"$ lscp deployments delete {deployed[1]}\n   Deleted.\n" in result.stdout
    assert result.stdout.endswith("Emulator stopped.\n")
    assert not CONTROL.search(result.stderr)  # Not a terminal: no progress line.


@pytest.mark.slow
def test_the_demo_takes_a_real_click_before_its_own() -> None:
    with subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        try:
            lines = []
            for line in process.stdout:
                lines.append(line)
                url = re.search(r"Open this URL to sign in: (\S+)", line)
                if url:  # Click Approve at once, as a quick user would.
                    press_approve(url.group(1))
            assert process.wait(timeout=30) == 0
        finally:
            process.kill()
    output = "".join(lines)
    assert "Nobody clicked" not in output
    assert re.search(r"^   Signed in\. Token: emu_\S+$", output, re.M)
