"""`lscp`: the installed console script, run in subprocesses against a running emulator.

Every run goes through `run()`/`start()`, which also check what must hold for every output:
the API key never appears, and a stderr that is not a terminal holds no control characters.
"""

from __future__ import annotations

import io
import json
import os
import pty
import queue
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from langsmith_control_plane import ControlPlane, __version__
from langsmith_control_plane._cli_progress import Progress, format_duration, wants_progress
from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT

LSCP = Path(sys.executable).parent / "lscp"
API_KEY = "lsv2_pt_cli_SECRET_9f8e7d6c"  # Distinctive, so a leak anywhere is caught.
WORKSPACE = "cli-workspace"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # Anything but \t and \n.


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key=API_KEY, workspace_id=WORKSPACE) as emu:
        yield emu


def environment(emulator: Emulator | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANGSMITH_")}
    if emulator is not None:
        env["LANGSMITH_API_KEY"] = API_KEY
        env["LANGSMITH_WORKSPACE_ID"] = WORKSPACE
        env["LANGSMITH_CONTROL_PLANE_URL"] = emulator.url
    env.update(extra)
    return env


def check_output(stdout: str, stderr: str) -> None:
    assert API_KEY not in stdout
    assert API_KEY not in stderr
    assert not CONTROL.search(stderr), repr(stderr)
    assert not CONTROL.search(stdout), repr(stdout)


def run(*args: str, env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(LSCP), *args],
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


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("lscp: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A loopback URL that refuses connections: bound but not listening, held for the test."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


# --version, --help, usage.


def test_version() -> None:
    result = run("--version", env=environment())
    assert (result.returncode, result.stdout) == (0, f"lscp {__version__}\n")


@pytest.mark.parametrize("command", [[], ["auth", "wait"], ["auth", "check"]])
def test_help_documents_the_exit_statuses(command: list[str]) -> None:
    result = run(*command, "--help", env=environment())
    assert result.returncode == 0
    for status in ("0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "124", "130"):
        assert f"\n  {status}" in result.stdout
    assert "LANGSMITH_API_KEY" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["auth"],
        ["auth", "wait"],
        ["auth", "wait", "x", "--timeout", "-1"],
        ["auth", "wait", "x", "--timeout", "soon"],
        ["auth", "wait", "x", "--poll-timeout", "0"],
        ["auth", "wait", "x", "--region", "ap"],
        ["auth", "wait", "x", "--region", "eu", "--base-url", "https://example.com"],
        ["auth", "wait", "x", "--api-key", "k"],  # The key is never a flag.
        ["emulator", "create", "--url", "ftp://x"],
    ],
)
def test_usage_errors_exit_2(args: list[str], emulator: Emulator) -> None:
    result = run(*args, env=environment(emulator))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "usage: lscp" in result.stderr


def test_no_api_key_exits_2_without_a_terminal_to_ask_on() -> None:
    result = run("auth", "wait", "x", env=environment())
    assert result.returncode == 2
    assert "LANGSMITH_API_KEY" in one_error_line(result.stderr)


def test_a_bad_base_url_exits_2(emulator: Emulator) -> None:
    result = run("auth", "wait", "x", "--base-url", "http://example.com", env=environment(emulator))
    assert result.returncode == 2
    assert "use https" in one_error_line(result.stderr)


# auth wait / auth check: results and output modes.


def test_wait_prints_the_token_once_the_flow_completes(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    process = start("auth", "wait", auth_id, env=environment(emulator))
    emulator.wait_for_waiters(auth_id)
    emulator.complete(auth_id, "tok-plain")
    assert finish(process) == (0, "tok-plain\n", "")
    assert {r.headers["x-tenant-id"] for r in emulator.requests()} == {WORKSPACE}


def test_wait_json(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-json")
    result = run("auth", "wait", auth_id, "--json", env=environment(emulator))
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "auth_id": auth_id,
        "status": "completed",
        "token": "tok-json",
    }
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


def test_connection_options_beat_the_environment(emulator: Emulator, dead_url: str) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-opt")
    env = environment(emulator, LANGSMITH_CONTROL_PLANE_URL=dead_url, LANGSMITH_WORKSPACE_ID="x")
    args = ["--base-url", emulator.url, "--workspace-id", WORKSPACE]
    result = run("auth", "wait", auth_id, *args, env=env)
    assert (result.returncode, result.stdout) == (0, "tok-opt\n")


def test_wait_sends_the_poll_timeout(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    process = start("auth", "wait", auth_id, "--poll-timeout", "7", env=environment(emulator))
    emulator.wait_for_waiters(auth_id)
    emulator.complete(auth_id, "tok-7")
    assert finish(process)[:2] == (0, "tok-7\n")
    assert [r.timeout for r in emulator.requests()] == [7]


def test_check_pending_exits_1_with_nothing_on_stdout(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    result = run("auth", "check", auth_id, env=environment(emulator))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "")
    result = run("auth", "check", auth_id, "--json", env=environment(emulator))
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"auth_id": auth_id, "status": "pending", "token": None}
    assert [r.timeout for r in emulator.requests()] == [0, 0]


def test_check_completed_exits_0_with_the_token(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-check")
    result = run("auth", "check", auth_id, env=environment(emulator))
    assert (result.returncode, result.stdout, result.stderr) == (0, "tok-check\n", "")
    result = run("auth", "check", auth_id, "--json", env=environment(emulator))
    assert result.returncode == 0
    assert json.loads(result.stdout)["token"] == "tok-check"


# Failures: one line on stderr, the documented exit status.


def test_an_unknown_flow_exits_3(emulator: Emulator) -> None:
    for command in ("wait", "check"):
        result = run("auth", command, "nope", env=environment(emulator))
        assert (result.returncode, result.stdout) == (3, "")
        assert "not found or has expired" in one_error_line(result.stderr)


def test_a_flow_expiring_during_the_wait_exits_3(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    process = start("auth", "wait", auth_id, env=environment(emulator))
    emulator.wait_for_waiters(auth_id)
    emulator.expire(auth_id)
    status, stdout, stderr = finish(process)
    assert (status, stdout) == (3, "")
    one_error_line(stderr)


def test_a_wrong_key_exits_4(emulator: Emulator) -> None:
    env = environment(emulator, LANGSMITH_API_KEY="lsv2_wrong_key")
    result = run("auth", "wait", emulator.create_auth(), env=env)
    assert (result.returncode, result.stdout) == (4, "")
    line = one_error_line(result.stderr)
    assert "401" in line
    assert "LANGSMITH_API_KEY" in line
    assert "lsv2_wrong_key" not in result.stderr


def test_a_wrong_workspace_exits_4(emulator: Emulator) -> None:
    args = ["--workspace-id", "someone-else"]
    result = run("auth", "check", emulator.create_auth(), *args, env=environment(emulator))
    assert (result.returncode, result.stdout) == (4, "")
    assert "403" in one_error_line(result.stderr)


def test_a_server_error_exits_5(emulator: Emulator) -> None:
    emulator.fail_next(500)
    result = run("auth", "wait", emulator.create_auth(), env=environment(emulator))
    assert (result.returncode, result.stdout) == (5, "")
    assert "500" in one_error_line(result.stderr)


@pytest.mark.parametrize("command", ["wait", "check"])
def test_an_unreachable_server_exits_5(command: str, dead_url: str) -> None:
    env = environment(LANGSMITH_API_KEY=API_KEY)
    args = ["--base-url", dead_url, "--timeout", "1"]
    started = time.monotonic()
    result = run("auth", command, "x", *args, env=env)
    assert time.monotonic() - started < 15
    assert (result.returncode, result.stdout) == (5, "")
    assert "could not reach" in one_error_line(result.stderr)


def test_the_deadline_exits_124(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    result = run("auth", "wait", auth_id, "--timeout", "1.5", env=environment(emulator))
    assert (result.returncode, result.stdout) == (124, "")
    assert "did not complete within 1.5 s" in one_error_line(result.stderr)


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_while_waiting_stops_cleanly(
    emulator: Emulator, sig: signal.Signals, status: int
) -> None:
    auth_id = emulator.create_auth()
    process = start("auth", "wait", auth_id, env=environment(emulator))
    emulator.wait_for_waiters(auth_id)
    process.send_signal(sig)
    code, stdout, stderr = finish(process)
    assert (code, stdout) == (status, "")
    assert stderr.splitlines() == ["lscp: interrupted" if status == 130 else "lscp: terminated"]


def test_a_closed_stdout_is_one_error_line(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-lost")
    read_end, write_end = os.pipe()
    os.close(read_end)  # Nobody will read what lscp prints.
    try:
        result = subprocess.run(
            [str(LSCP), "auth", "wait", auth_id],
            env=environment(emulator),
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=30,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 5
    assert "stdout was closed" in one_error_line(result.stderr)
    assert "tok-lost" not in result.stderr


def test_debug_shows_the_traceback_and_request_log(emulator: Emulator) -> None:
    plain = run("auth", "wait", "nope", env=environment(emulator))
    assert "DEBUG" not in plain.stderr
    one_error_line(plain.stderr)
    for args in (["--debug", "auth", "wait", "nope"], ["auth", "wait", "nope", "--debug"]):
        debug = run(*args, env=environment(emulator))
        assert debug.returncode == 3
        assert "Traceback (most recent call last)" in debug.stderr
        assert "AuthNotFoundError" in debug.stderr
        assert re.search(
            r"langsmith_control_plane DEBUG GET /v2/auth/wait/nope\?timeout=30 -> 200", debug.stderr
        )
        assert debug.stderr.splitlines()[-1] == one_error_line(plain.stderr)


# Terminals.


def read_all(fd: int, into: list[bytes], done: threading.Event) -> None:
    while True:
        try:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    break
                into.append(chunk)
            elif done.is_set():
                break
        except OSError:  # EIO: the child closed its end.
            break


def test_a_terminal_gets_a_live_progress_line_erased_at_the_end(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    master, slave = pty.openpty()
    chunks: list[bytes] = []
    done = threading.Event()
    reader = threading.Thread(target=read_all, args=(master, chunks, done))
    try:
        process = subprocess.Popen(
            [str(LSCP), "auth", "wait", auth_id, "--timeout", "60"],
            env=environment(emulator, TERM="xterm", COLUMNS="100"),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=slave,
            text=True,
        )
        os.close(slave)
        reader.start()
        emulator.wait_for_waiters(auth_id)
        # Let it redraw at least twice (it does so every 0.1 s) before the flow completes.
        deadline = time.monotonic() + 10
        while b"".join(chunks).count(b"Waiting for sign-in") < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        emulator.complete(auth_id, "tok-tty")
        stdout, _ = process.communicate(timeout=30)
    finally:
        done.set()
        reader.join(5)
        os.close(master)
    assert (process.returncode, stdout) == (0, "tok-tty\n")
    terminal = b"".join(chunks).decode()
    frames = terminal.split("\r\x1b[2K")
    assert frames[0] == ""
    assert frames[-1] == ""  # Erased when done.
    drawn = [frame for frame in frames if frame]
    assert len(drawn) >= 2
    for frame in drawn:
        assert re.fullmatch(
            r". Waiting for sign-in  0:\d\d elapsed, gives up at \d\d:\d\d:\d\d \(\d:\d\d left\)",
            frame,
        ), frame
    assert "tok-tty" not in terminal
    assert API_KEY not in terminal


def test_on_a_terminal_the_key_is_asked_for_without_echo(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-asked")
    master, slave = pty.openpty()
    prompt = b"LangSmith API key: "
    try:
        env = environment()
        env["LANGSMITH_CONTROL_PLANE_URL"] = emulator.url
        # A new session has no controlling terminal, so getpass reads the pty on stdin.
        process = subprocess.Popen(
            [str(LSCP), "auth", "wait", auth_id],
            env=env,
            stdin=slave,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        os.close(slave)
        assert process.stderr is not None
        # getpass turns echo off with TCSAFLUSH, which drops anything typed earlier: type
        # only once the prompt is out, as a person would.
        asked = b""
        deadline = time.monotonic() + 20
        while not asked.endswith(prompt) and time.monotonic() < deadline:
            if select.select([process.stderr], [], [], 0.1)[0]:
                asked += os.read(process.stderr.fileno(), 4096)
        assert asked == prompt
        os.write(master, API_KEY.encode() + b"\n")
        stdout, stderr = process.communicate(timeout=30)
        echoed = b""
        while select.select([master], [], [], 0)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            echoed += chunk
    finally:
        process.kill()
        os.close(master)
    assert (process.returncode, stdout) == (0, b"tok-asked\n")
    assert stderr == b"\n"  # getpass ends the prompt's line, since the Enter was not echoed.
    assert API_KEY.encode() not in echoed


def test_progress_line_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [format_duration(s) for s in (0, 59.9, 61, 3600, 3725)] == [
        "0:00",
        "0:59",
        "1:01",
        "1:00:00",
        "1:02:05",
    ]
    stream = io.StringIO()
    progress = Progress(stream, "Waiting for sign-in", 90)
    line = progress.render(progress._started + 10.2, 0)
    assert re.fullmatch(
        r". Waiting for sign-in  0:10 elapsed, gives up at [\d:]{8} \(1:20 left\)", line
    )
    assert not wants_progress(stream)  # Not a terminal.
    monkeypatch.setenv("COLUMNS", "30")
    with progress:  # Drawn even on a non-terminal when used directly; cut to the width.
        pass
    drawn = stream.getvalue().split("\r\x1b[2K")
    assert drawn[-1] == ""
    assert all(len(frame) <= 29 for frame in drawn)
    assert drawn[1].endswith("...")  # A StringIO has no encoding: ASCII only.


# lscp emulator ...


def test_emulator_create_complete_expire(emulator: Emulator) -> None:
    url = ["--url", emulator.url]
    created = run("emulator", "create", *url, env=environment())
    assert created.returncode == 0
    auth_id = created.stdout.strip()
    assert created.stderr == f"Open this URL to sign in: {emulator.authorize_url(auth_id)}\n"

    with ControlPlane(api_key=API_KEY, base_url=emulator.url) as cp:
        assert cp.auth.check(auth_id).status == "pending"
        completed = run(
            "emulator", "complete", auth_id, "--token", "tok-admin", *url, env=environment()
        )
        assert (completed.returncode, completed.stdout) == (0, "tok-admin\n")
        assert cp.auth.check(auth_id).token == "tok-admin"

        again = run("emulator", "complete", auth_id, *url, env=environment())
        assert again.returncode == 5
        assert one_error_line(again.stderr).endswith(
            "is already completed; a flow completes once: create a new one"
        )

        expired = run("emulator", "expire", auth_id, *url, env=environment())
        assert (expired.returncode, expired.stdout) == (0, "")
        result = run(
            "auth", "check", auth_id, "--base-url", emulator.url, env=environment(emulator)
        )
        assert result.returncode == 3


def test_emulator_create_with_an_id_and_json(emulator: Emulator) -> None:
    url = ["--url", emulator.url]
    created = run("emulator", "create", "--auth-id", "a/b c", "--json", *url, env=environment())
    assert created.returncode == 0
    assert json.loads(created.stdout) == {
        "auth_id": "a/b c",
        "authorize_url": emulator.authorize_url("a/b c"),
    }
    completed = run("emulator", "complete", "a/b c", "--json", *url, env=environment())
    data = json.loads(completed.stdout)
    assert data["auth_id"] == "a/b c"
    # The random token is the one the API now answers.
    with ControlPlane(api_key=API_KEY, base_url=emulator.url) as cp:
        assert cp.auth.check("a/b c").token == data["token"]
    duplicate = run("emulator", "create", "--auth-id", "a/b c", *url, env=environment())
    assert duplicate.returncode == 5
    assert one_error_line(duplicate.stderr).endswith("already exists; pick another --auth-id")


def test_emulator_commands_on_unknown_flows_exit_3(emulator: Emulator) -> None:
    for command in ("complete", "expire"):
        result = run("emulator", command, "..", "--url", emulator.url, env=environment())
        assert result.returncode == 3
        assert "no flow '..'" in one_error_line(result.stderr)


def test_emulator_commands_without_an_emulator_exit_5(dead_url: str) -> None:
    result = run("emulator", "create", "--url", dead_url, env=environment())
    assert (result.returncode, result.stdout) == (5, "")
    assert "lscp emulator serve" in one_error_line(result.stderr)


def test_serve_announces_its_port_and_stops_on_sigterm() -> None:
    process = subprocess.Popen(
        [str(LSCP), "emulator", "serve", "--port", "0"],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    stderr = process.stderr
    assert stderr is not None
    reader = threading.Thread(target=lambda: [lines.put(line) for line in stderr])
    reader.start()
    try:
        match = re.fullmatch(
            r"emulator listening on (http://127\.0\.0\.1:(\d+))\n", lines.get(timeout=20)
        )
        assert match
        assert int(match.group(2)) > 0
        created = run("emulator", "create", "--url", match.group(1), env=environment())
        assert created.returncode == 0
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 143
    finally:
        process.kill()
        reader.join(5)
    rest = []
    while not lines.empty():
        rest.append(lines.get())
    assert rest[-1] == "emulator stopped\n"


# make demo.


# The venv running these tests: .venv under `make test`, .nox/tests-3-12 (say) under nox.
VENV = Path(sys.prefix)
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
    # `-o STAMP`: this venv is the one running the tests; never reinstall it underneath them.
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
