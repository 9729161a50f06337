"""Running the installed console scripts in subprocesses, as a user's shell would.

Every run goes through `run()`/`start()`/`finish()`, which also check what must hold for every
output: no credential or client secret appears (nor, on stderr, the token), and a stream that is
not a terminal holds no control characters.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from langsmith_control_plane.testing import Emulator

from tests.support.checks import BEARER, CLIENT_SECRET, KEY, WORKSPACE, assert_no_secret

LSCP = Path(sys.executable).parent / "lscp"
API_KEY = KEY
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # Anything but \t and \n.


def environment(emulator: Emulator | None = None, **extra: str) -> dict[str, str]:
    """This process's environment without any LangSmith setting; pointed at `emulator` if given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "LANGCHAIN_"))}
    if emulator is not None:
        env["LANGSMITH_API_KEY"] = API_KEY
        env["LANGSMITH_WORKSPACE_ID"] = WORKSPACE
        env["LANGSMITH_CONTROL_PLANE_URL"] = emulator.url
    env.update(extra)
    return env


def check_output(stdout: str, stderr: str) -> None:
    # stdout is where `lscp auth token` prints the token, on purpose; nothing else may leak.
    for secret in (KEY, BEARER, CLIENT_SECRET):
        assert secret not in stdout
    assert_no_secret(stderr)
    assert not CONTROL.search(stderr), repr(stderr)
    assert not CONTROL.search(stdout), repr(stdout)


def run(
    *args: str, env: dict[str, str], command: list[str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run `lscp *args` (or `command + args`) to the end, stdin closed."""
    result = subprocess.run(
        [*(command or [str(LSCP)]), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    check_output(result.stdout, result.stderr)
    return result


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """Start `lscp *args` with its stdout and stderr piped; end it with `finish`."""
    return subprocess.Popen(
        [str(LSCP), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        stdout, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    check_output(stdout, stderr)
    return process.returncode, stdout, stderr


def one_error_line(stderr: str, prog: str = "lscp") -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"{prog}: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]
