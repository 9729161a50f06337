"""`lscp auth ...` against a running emulator: in this process, with a subprocess smoke test of
the installed console script for each command (tests/support/console.py).

Every run goes through `tests.support.console`, which also checks what must hold for every output.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from langsmith_control_plane import __version__
from langsmith_control_plane.config import TRACING_URL_WARNING
from langsmith_control_plane.testing import Emulator

from tests.support.console import (
    API_KEY,
    LSCP,
    WORKSPACE,
    environment,
    finish,
    one_error_line,
    run,
    start,
)

# --version, --help, usage.


def test_version() -> None:
    # The installed console script starts: the subprocess smoke test of `lscp` itself.
    result = run("--version", env=environment(), process=True)
    assert (result.returncode, result.stdout) == (0, f"lscp {__version__}\n")


@pytest.mark.parametrize("command", [[], ["auth", "token"], ["auth", "wait"], ["auth", "check"]])
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
        ["auth", "token", "--scope", "repo"],  # --provider is required
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    # Refused while parsing: a key is set so that nothing else could exit 2, and no server.
    result = run(*args, env=environment(LANGSMITH_API_KEY=API_KEY))
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


NO_KEY = (
    "lscp: error: no API key; set LANGSMITH_API_KEY (it is never taken as a flag, so it stays "
    "out of shell history), or run lscp on a terminal to be asked for it"
)


@pytest.mark.parametrize("region", ["EU", " eu ", "Us"])
def test_the_region_is_taken_in_any_case(region: str) -> None:
    # Parsed: the run gets as far as looking for the key (there is none: exit 2 for that).
    result = run("auth", "wait", "x", "--region", region, env=environment())
    assert (result.returncode, result.stdout) == (2, "")
    assert one_error_line(result.stderr) == NO_KEY


# Configuration from the environment.


def test_the_legacy_key_variable_is_used_and_named(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-legacy")
    env = environment(emulator)
    env["LANGCHAIN_API_KEY"] = env.pop("LANGSMITH_API_KEY")
    result = run("auth", "check", auth_id, env=env)
    assert (result.returncode, result.stdout, result.stderr) == (0, "tok-legacy\n", "")
    env["LANGCHAIN_API_KEY"] = "lsv2_wrong_key"
    result = run("auth", "check", auth_id, env=env)
    assert (result.returncode, result.stdout) == (4, "")
    assert one_error_line(result.stderr) == (
        "lscp: error: 401 Unauthorized: the credentials were rejected; "
        "check the API key (LANGSMITH_API_KEY, else LANGCHAIN_API_KEY)"
    )


def test_langchain_auths_url_variable_is_used_and_named(emulator: Emulator, dead_url: str) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-api-url")
    env = environment(emulator)
    env["LANGSMITH_API_URL"] = env.pop("LANGSMITH_CONTROL_PLANE_URL")
    result = run("auth", "check", auth_id, env=env)
    assert (result.returncode, result.stdout, result.stderr) == (0, "tok-api-url\n", "")
    env["LANGSMITH_API_URL"] = dead_url
    result = run("auth", "check", auth_id, "--timeout", "1", env=env)
    assert (result.returncode, result.stdout) == (5, "")
    assert one_error_line(result.stderr).endswith(
        "; check --base-url (or LANGSMITH_CONTROL_PLANE_URL, else LANGSMITH_API_URL)"
        " and the network"
    )


def test_a_quoted_key_exits_2_before_the_network(emulator: Emulator) -> None:
    env = environment(emulator, LANGSMITH_API_KEY=f'"{API_KEY}"')
    result = run("auth", "check", emulator.create_auth(), env=env)  # run() checks no echo.
    assert (result.returncode, result.stdout) == (2, "")
    assert one_error_line(result.stderr) == (
        "lscp: error: LANGSMITH_API_KEY is in quotes, as copied from an env file or a shell "
        "line; remove the quotes"
    )
    assert emulator.requests() == []


def test_the_tracing_url_alone_gets_one_warning_line(dead_url: str) -> None:
    # With no URL set, the client goes to the US host: here through a proxy that refuses, so
    # nothing leaves this machine.
    env = {k: v for k, v in environment().items() if "proxy" not in k.lower()}
    env.update(
        LANGSMITH_API_KEY=API_KEY,
        LANGSMITH_ENDPOINT="https://eu.api.smith.langchain.com",
        HTTPS_PROXY=dead_url,
    )
    result = run("auth", "check", "x", "--timeout", "1", env=env)
    assert (result.returncode, result.stdout) == (5, "")
    warning, error = result.stderr.splitlines()
    assert warning == f"lscp: warning: {TRACING_URL_WARNING}"
    assert error.startswith("lscp: error: could not connect to api.host.langchain.com:443")


# Without the `emulator` extra.


# As Python marks a module that is not there: importing it fails and find_spec() says None.
NOT_INSTALLED = """\
import sys

for name in ("fastapi", "uvicorn"):
    sys.modules[name] = None
"""


def test_without_the_emulator_extra_lscp_emulator_says_what_to_install(
    tmp_path: Path, emulator: Emulator
) -> None:
    # In subprocesses: the missing extra is made by the interpreter's start-up.
    (tmp_path / "sitecustomize.py").write_text(NOT_INSTALLED)
    env = environment(emulator, PYTHONPATH=str(tmp_path))
    for args in (["emulator"], ["emulator", "serve"], ["emulator", "create", "--help"]):
        result = run(*args, env=env, process=True)
        assert (result.returncode, result.stdout) == (2, "")
        assert one_error_line(result.stderr) == (
            "lscp: error: lscp emulator needs the 'emulator' extra (FastAPI and uvicorn), which "
            "is not installed: pip install 'langsmith-control-plane[emulator]'"
        )
    usage = run("--help", env=env, process=True)
    assert "emulator the local Control Plane emulator (not installed: pip install " in " ".join(
        usage.stdout.split()
    )
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, "tok-no-extra")
    result = run("auth", "check", auth_id, env=env, process=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "tok-no-extra\n", "")


def test_importing_the_cli_imports_nothing_of_the_emulator() -> None:
    code = (
        "import sys, langsmith_control_plane.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('fastapi', 'uvicorn', 'starlette') or m.startswith('langsmith_control_plane.testing')))"
    )
    result = run("-c", code, command=[sys.executable], env=environment())
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")


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
    # The subprocess smoke test of `lscp auth check` (wait and token have theirs below).
    result = run("auth", "check", auth_id, env=environment(emulator), process=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "tok-check\n", "")
    result = run("auth", "check", auth_id, "--json", env=environment(emulator))
    assert result.returncode == 0
    assert json.loads(result.stdout)["token"] == "tok-check"


# auth token: authenticate, consent, wait.


TOKEN_ARGS = ("auth", "token", "--provider", "github", "--scope", "repo", "--scope", "user")


def test_token_shows_the_consent_url_then_prints_only_the_token(emulator: Emulator) -> None:
    process = start(*TOKEN_ARGS, "--user-id", "alice", env=environment(emulator))
    assert process.stderr is not None
    shown = process.stderr.readline()
    prefix = f"Open this URL to sign in: {emulator.url}/_emulator/authorize/"
    assert shown.startswith(prefix)
    emulator.complete(shown.removeprefix(prefix).strip(), "tok-alice")
    status, stdout, stderr = finish(process)
    assert (status, stdout, stderr) == (0, "tok-alice\n", "")

    body = json.loads(emulator.requests()[0].body)
    assert (body["provider"], body["scopes"], body["user_id"]) == (
        "github",
        ["repo", "user"],
        "alice",
    )

    # Granted: the stored token at once, nothing on stderr.
    again = run(*TOKEN_ARGS, "--user-id", "alice", env=environment(emulator))
    assert (again.returncode, again.stdout, again.stderr) == (0, "tok-alice\n", "")


def test_token_deadline_exits_124(emulator: Emulator) -> None:
    result = run(*TOKEN_ARGS, "--user-id", "bob", "--timeout", "1", env=environment(emulator))
    assert (result.returncode, result.stdout) == (124, "")
    shown, error = result.stderr.splitlines()
    assert shown.startswith("Open this URL to sign in: ")
    assert error.startswith("lscp: error: auth flow ")
    # The advice names lscp's flag, not the SDK's argument (timeout=).
    assert error.endswith("; ask the user to finish signing in, or wait longer with --timeout")


def test_token_without_a_scope_sends_none_and_json_prints_an_object(emulator: Emulator) -> None:
    # No --scope is an empty list, as in client.auth.get_token and langgraph.get_token.
    emulator.grant_token("github", ["repo"], user_id="alice")
    args = ("auth", "token", "--provider", "github", "--user-id", "alice", "--json")
    result = run(*args, env=environment(emulator))
    assert (result.returncode, result.stderr) == (0, "")
    shown = json.loads(result.stdout)
    assert shown == {"provider": "github", "user_id": "alice", "token": shown["token"]}
    assert shown["token"].startswith("emu_")
    assert json.loads(emulator.requests()[0].body)["scopes"] == []


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
    emulator.fail_next(501)  # not retried: 500 and 502-504 are, within the deadline
    result = run("auth", "wait", emulator.create_auth(), env=environment(emulator))
    assert (result.returncode, result.stdout) == (5, "")
    assert "501" in one_error_line(result.stderr)


@pytest.mark.parametrize("command", ["wait", "check"])
def test_an_unreachable_server_exits_5(command: str, dead_url: str) -> None:
    env = environment(LANGSMITH_API_KEY=API_KEY)
    args = ["--base-url", dead_url, "--timeout", "1"]
    started = time.monotonic()
    result = run("auth", command, "x", *args, env=env)
    assert time.monotonic() - started < 15
    assert (result.returncode, result.stdout) == (5, "")
    assert "could not connect to 127.0.0.1:" in one_error_line(result.stderr)


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


def test_a_closed_stdout_ends_quietly_with_141_as_coreutils_do(emulator: Emulator) -> None:
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
    # 128 + SIGPIPE, as `yes | head -1` leaves `yes`; nothing on stderr.
    assert (result.returncode, result.stderr) == (141, "")


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


@contextlib.contextmanager
def on_a_terminal(
    args: list[str], env: dict[str, str]
) -> Iterator[tuple[subprocess.Popen[str], list[bytes]]]:
    """`lscp *args` with stderr on a pseudo-terminal; what it draws there lands in the list."""
    master, slave = pty.openpty()
    chunks: list[bytes] = []
    done = threading.Event()
    reader = threading.Thread(target=read_all, args=(master, chunks, done))
    try:
        process = subprocess.Popen(
            [str(LSCP), *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=slave,
            text=True,
        )
        os.close(slave)
        reader.start()
        yield process, chunks
    finally:
        done.set()
        reader.join(5)
        os.close(master)


def test_a_terminal_gets_a_live_progress_line_erased_at_the_end(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    args = ["auth", "wait", auth_id, "--timeout", "60"]
    env = environment(emulator, TERM="xterm", COLUMNS="100")
    with on_a_terminal(args, env) as (process, chunks):
        emulator.wait_for_waiters(auth_id)
        # Let it redraw at least twice (it does so every 0.1 s) before the flow completes.
        deadline = time.monotonic() + 10
        while b"".join(chunks).count(b"Waiting for sign-in") < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        emulator.complete(auth_id, "tok-tty")
        stdout, _ = process.communicate(timeout=30)
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


def test_a_terminal_is_told_of_each_retry(dead_url: str) -> None:
    args = ["auth", "check", "x", "--base-url", dead_url]
    with on_a_terminal(args, environment(LANGSMITH_API_KEY=API_KEY, TERM="xterm")) as (
        process,
        chunks,
    ):
        process.communicate(timeout=30)
    shown = b"".join(chunks).decode()
    port = dead_url.rsplit(":", 1)[1]
    for attempt in (1, 2):
        assert f"lscp: retrying (attempt {attempt}: could not connect to 127.0.0.1:{port}" in shown
    assert "attempt 3" not in shown  # the third failure to connect ends the call
    assert process.returncode == 5
