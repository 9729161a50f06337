"""`lscp emulator serve`: the installed console script, run as a user would, stopped by Ctrl-C."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from langsmith_control_plane.cli import main

LSCP = Path(sys.executable).parent / "lscp"


def test_serve_runs_in_the_foreground_until_ctrl_c() -> None:
    with subprocess.Popen(
        [str(LSCP), "emulator", "serve", "--port", "0"], stderr=subprocess.PIPE, text=True
    ) as process:
        stderr = process.stderr
        assert stderr is not None
        lines: queue.Queue[str] = queue.Queue()

        def read() -> None:  # A thread, so a silent process fails the test instead of hanging.
            for line in stderr:
                lines.put(line)

        reader = threading.Thread(target=read)
        reader.start()
        try:
            banner = [lines.get(timeout=20) for _ in range(4)]
            match = re.search(r"http://127\.0\.0\.1:\d+", banner[0])
            assert match, banner
            assert "lsv2_emulator_key" in banner[1]
            assert "emulator-workspace" in banner[2]
            response = httpx.get(
                match.group(0) + "/v2/auth/wait/x",
                params={"timeout": 0},
                headers={"X-Api-Key": "lsv2_emulator_key"},
            )
            assert response.json() == {"status": "not_found", "token": None}
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=10) == 130
        finally:
            process.kill()
            reader.join(5)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["emulator"])
    assert exited.value.code == 2
    assert "serve" in capsys.readouterr().err
