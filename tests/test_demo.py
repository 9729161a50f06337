"""`make demo`: the demo (scripts/demo.py), set up and run by make, and clicked through."""

from __future__ import annotations

import re
import subprocess
import sys

import httpx

from tests.conftest import ROOT
from tests.console import CONTROL

VENV = ROOT / ".venv"
STAMP = VENV / ".installed-dev"


def test_make_demo_sets_up_the_venv_first() -> None:
    # A dry run: with pyproject.toml newer than the stamp, the venv is (re)installed first.
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "-W", "pyproject.toml", "demo", f"VENV={VENV}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    steps = result.stdout.splitlines()
    install = next(i for i, step in enumerate(steps) if "pip install" in step and "-e" in step)
    assert install < next(i for i, step in enumerate(steps) if "scripts/demo.py" in step)


def test_make_demo() -> None:
    # `-o`: this venv is the one running the tests; never reinstall it underneath them.
    result = subprocess.run(
        ["make", "--no-print-directory", "-o", str(STAMP), "demo", f"VENV={VENV}"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(
        r"^    Open this URL to sign in: http://127\.0\.0\.1:\d+/_emulator/authorize/",
        result.stdout,
        re.M,
    )
    assert re.search(r"^Signed in\. Token: emu_\S+$", result.stdout, re.M)
    assert result.stdout.endswith("Emulator stopped.\n")
    assert not CONTROL.search(result.stderr)  # Not a terminal: no progress line.


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
                    with httpx.Client() as browser:
                        page = browser.get(url.group(1))
                        action = re.search(r'<form method="post" action="([^"]+)">', page.text)
                        assert action
                        browser.post(str(page.url.join(action.group(1)))).raise_for_status()
            assert process.wait(timeout=30) == 0
        finally:
            process.kill()
    output = "".join(lines)
    assert "Nobody clicked" not in output
    assert re.search(r"^Signed in\. Token: emu_\S+$", output, re.M)
