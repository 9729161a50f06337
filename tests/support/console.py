"""Running `lscp`: in this process (`main(argv)`, the default of `run()`), or as the installed
console script in a subprocess, as a user's shell would (`run(..., process=True)`, `start()`).

In-process runs take no interpreter start-up, and their log records reach the suite's
log-hygiene check; each command keeps one subprocess smoke test. Every run goes through
`run()`/`start()`/`finish()`, which also check what must hold for every output: no credential
or client secret appears (nor, on stderr, the token), and a stream that is not a terminal holds
no control characters.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _as_a_process(env: dict[str, str]) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """This process's environment, stdin (closed: not a terminal, nothing to read), stdout and
    stderr, as a subprocess would have them; all put back afterwards."""
    saved = dict(os.environ)
    stdout, stderr = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    try:
        with (
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
            contextlib.ExitStack() as stack,
        ):
            previous_stdin = sys.stdin
            sys.stdin = io.StringIO("")
            stack.callback(setattr, sys, "stdin", previous_stdin)
            yield stdout, stderr
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _exit_status(code: object) -> int:
    """What the interpreter makes of `sys.exit(code)`."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def run(
    *args: str,
    env: dict[str, str],
    command: list[str] | None = None,
    timeout: float = 30,
    process: bool = False,
) -> Result:
    """Run `lscp *args` to the end, stdin closed: in this process, unless `process` is set or
    another `command` is given (then `command + args`)."""
    if command is None and not process:
        from langsmith_control_plane.cli import main

        with _as_a_process(env) as (stdout, stderr):
            try:
                status = main(list(args))
            except SystemExit as exc:  # argparse's usage errors, --help and --version
                if not isinstance(exc.code, int | None):
                    print(exc.code, file=sys.stderr)
                status = _exit_status(exc.code)
        inline = Result(status, stdout.getvalue(), stderr.getvalue())
        check_output(inline.stdout, inline.stderr)
        return inline
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
    return Result(result.returncode, result.stdout, result.stderr)


def run_piped(*args: str, env: dict[str, str], stdin: str) -> subprocess.CompletedProcess[str]:
    """Run `lscp *args` through the console script, `stdin` piped in (a secret, say)."""
    return subprocess.run(
        [str(LSCP), *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def default_signals() -> None:
    """For a child process: SIGINT as a shell gives a foreground command. A runner started as a
    background job (`cmd &` in a script) ignores SIGINT, and a child inherits that, which would
    make every Ctrl-C test fail for a reason outside the code under test."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """Start `lscp *args` with its stdout and stderr piped; end it with `finish`."""
    return subprocess.Popen(
        [str(LSCP), *args],
        env=env,
        preexec_fn=default_signals,
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
