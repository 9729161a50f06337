"""`lscp emulator ...`: the emulator's commands, run as the installed console script.

`lscp` without the `emulator` extra is tested with the rest of `lscp` (tests/cli/test_cli.py).
"""

from __future__ import annotations

import json
import queue
import re
import signal
import subprocess
import sys
import threading
from typing import IO

import pytest
from langsmith_control_plane import AuthNotFoundError, ControlPlane
from langsmith_control_plane.config import Config
from langsmith_control_plane.testing import DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID, Emulator
from langsmith_control_plane.testing._cli import client_url, exposure_warning

from tests.conftest import ROOT
from tests.support.console import (
    API_KEY,
    LSCP,
    default_signals,
    environment,
    one_error_line,
    run,
)

ERROR = "lscp emulator"  # The prefix of its error lines, as of its usage lines.


def lines_of(stream: IO[str]) -> queue.Queue[str]:
    """The stream's lines as they come, read on a thread so a silent process fails the test."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


# serve


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_serve_prints_its_settings_on_stdout_and_stops_on_a_signal(
    sig: signal.Signals, status: int
) -> None:
    with subprocess.Popen(
        [str(LSCP), "emulator", "serve", "--port", "0"],
        env=environment(),
        preexec_fn=default_signals,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        stdout, stderr = lines_of(process.stdout), lines_of(process.stderr)
        try:
            first = stdout.get(timeout=20)
            match = re.fullmatch(r"LANGSMITH_CONTROL_PLANE_URL=(http://127\.0\.0\.1:\d+)\n", first)
            assert match, first
            url = match.group(1)
            assert [stdout.get(timeout=5), stdout.get(timeout=5)] == [
                f"LANGSMITH_API_KEY={DEFAULT_API_KEY}\n",
                f"LANGSMITH_WORKSPACE_ID={DEFAULT_WORKSPACE_ID}\n",
            ]
            assert [stderr.get(timeout=5), stderr.get(timeout=5)] == [
                f"emulator listening on {url} (bearer token: emulator-bearer-token)\n",
                "Export the lines on stdout to point lscp and the SDK at it. "
                "Press Ctrl-C to stop.\n",
            ]
            with (
                ControlPlane(api_key=DEFAULT_API_KEY, base_url=url) as cp,
                pytest.raises(AuthNotFoundError),
            ):
                cp.auth.check("nope")  # Served, with the printed settings.
            process.send_signal(sig)
            assert process.wait(timeout=10) == status
        finally:
            process.kill()
    assert stderr.get(timeout=5) == "emulator stopped\n"
    assert stdout.empty()


def shell_session() -> str:
    """The scripted session of docs/cli.md: its one ```sh block that starts a coproc."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```sh\n(.*?)```", text, re.S) if "coproc" in b]
    return block


@pytest.mark.slow
def test_the_documented_shell_session() -> None:
    env = environment(PATH=f"{LSCP.parent}:{environment()['PATH']}")
    result = subprocess.run(
        ["bash", "-c", shell_session()],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # The last command is `wait` on the emulator, stopped by SIGTERM.
    assert result.returncode == 143, result.stderr
    assert result.stdout == "tok-shell\ntok-shell\n"
    assert result.stderr.endswith("emulator stopped\n")


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8124"),
        ("127.0.0.2", "http://127.0.0.2:8124"),
        ("localhost", "http://localhost:8124"),
        ("::1", "http://[::1]:8124"),
        ("0.0.0.0", "http://127.0.0.1:8124"),
        ("::", "http://[::1]:8124"),
    ],
)
def test_serve_prints_a_url_the_client_accepts(host: str, url: str) -> None:
    # Pure functions: tests bind loopback only, so the wildcard binds are not run here.
    assert client_url(host, 8124) == url
    assert Config.resolve(api_key="k", base_url=url, environ={}).base_url == url
    wildcard = host in ("0.0.0.0", "::")
    assert (exposure_warning(host, 8124) is not None) == wildcard


def test_serving_every_interface_warns_that_the_admin_api_is_exposed() -> None:
    assert exposure_warning("0.0.0.0", 8124) == (
        "listening on every interface (0.0.0.0): anyone who can reach port 8124 can use the "
        "admin API under /_emulator/, which takes no credentials (create, complete and expire "
        "flows, read the request log)"
    )


# Usage.


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ([], "the following arguments are required: command"),
        (["serve", "--port", "70000"], "argument --port: must be a port number"),
        (
            ["serve", "--host", "10.1.2.3"],
            "argument --host: 10.1.2.3 is neither a loopback address nor every interface, and "
            "the client talks plain http to loopback only; use 0.0.0.0 (every interface, "
            "loopback included)",
        ),
        (
            ["serve", "--host", "example.com"],
            "argument --host: must be an IP address (127.0.0.1; 0.0.0.0 for every interface) "
            "or localhost, not 'example.com'",
        ),
        (["create", "--url", "ftp://x"], "argument --url: must be an http(s) URL"),
    ],
)
def test_usage_errors_exit_2(args: list[str], error: str) -> None:
    result = run("emulator", *args, env=environment())
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"usage: {ERROR}")
    assert error in result.stderr.splitlines()[-1]


def test_help_documents_the_exit_statuses() -> None:
    result = run("emulator", "--help", env=environment())
    assert result.returncode == 0
    assert result.stdout.startswith("usage: lscp emulator [-h] [--debug] {serve,create,")
    for status in ("0 ", "2 ", "3 ", "5 ", "130"):
        assert f"\n  {status}" in result.stdout


# create, complete, expire


def test_create_complete_expire(emulator: Emulator, dead_url: str) -> None:
    url = ["--url", emulator.url]
    env = environment(LANGSMITH_CONTROL_PLANE_URL=dead_url)  # --url wins over it.
    created = run("emulator", "create", *url, env=env)
    assert created.returncode == 0
    auth_id = created.stdout.strip()
    assert created.stderr == f"Open this URL to sign in: {emulator.authorize_url(auth_id)}\n"

    with ControlPlane(api_key=API_KEY, base_url=emulator.url) as cp:
        assert cp.auth.check(auth_id).status == "pending"
        completed = run("emulator", "complete", auth_id, "--token", "tok-admin", *url, env=env)
        assert (completed.returncode, completed.stdout) == (0, "tok-admin\n")
        assert cp.auth.check(auth_id).token == "tok-admin"

        again = run("emulator", "complete", auth_id, *url, env=env)
        assert again.returncode == 5
        assert one_error_line(again.stderr, ERROR) == (
            f"{ERROR}: error: flow {auth_id!r} is already completed; a flow completes once: "
            "create a new one"
        )

        expired = run("emulator", "expire", auth_id, *url, env=env)
        assert (expired.returncode, expired.stdout) == (0, "")
        assert expired.stderr == f"flow {auth_id!r} expired: waits on it now answer not_found\n"
        with pytest.raises(AuthNotFoundError):
            cp.auth.check(auth_id)


def test_create_with_an_id_and_json(emulator: Emulator) -> None:
    env = environment(LANGSMITH_CONTROL_PLANE_URL=emulator.url)
    created = run("emulator", "create", "--auth-id", "a/b c", "--json", env=env)
    assert created.returncode == 0
    assert json_line(created.stdout) == {
        "auth_id": "a/b c",
        "authorize_url": emulator.authorize_url("a/b c"),
    }
    completed = run("emulator", "complete", "a/b c", "--json", env=env)
    data = json_line(completed.stdout)
    assert data["auth_id"] == "a/b c"
    # The random token is the one the API now answers.
    with ControlPlane(api_key=API_KEY, base_url=emulator.url) as cp:
        assert cp.auth.check("a/b c").token == data["token"]
    duplicate = run("emulator", "create", "--auth-id", "a/b c", env=env)
    assert duplicate.returncode == 5
    assert one_error_line(duplicate.stderr, ERROR).endswith(
        "already exists; pick another --auth-id"
    )


def json_line(stdout: str) -> dict[str, str]:
    assert stdout.count("\n") == 1
    data: dict[str, str] = json.loads(stdout)
    return data


def test_commands_on_unknown_flows_exit_3(emulator: Emulator) -> None:
    env = environment(LANGSMITH_API_URL=emulator.url)  # langchain-auth's name: honoured too.
    for command in ("complete", "expire"):
        result = run("emulator", command, "..", env=env)
        assert result.returncode == 3
        assert one_error_line(result.stderr, ERROR) == (
            f"{ERROR}: error: the emulator has no flow '..' (unknown or expired); create one "
            "with 'lscp emulator create'"
        )


@pytest.mark.parametrize("variable", ["LANGSMITH_CONTROL_PLANE_URL", "LANGSMITH_API_URL"])
def test_without_an_emulator_the_error_says_where_the_url_came_from(
    dead_url: str, variable: str
) -> None:
    result = run("emulator", "create", env=environment(**{variable: dead_url}))
    assert (result.returncode, result.stdout) == (5, "")
    assert one_error_line(result.stderr, ERROR) == (
        f"{ERROR}: error: could not reach the emulator at {dead_url} (from {variable}): "
        "[Errno 111] Connection refused; start one with 'lscp emulator serve', or pass --url"
    )
    debug = run("--debug", "emulator", "create", env=environment(**{variable: dead_url}))
    assert debug.returncode == 5
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.splitlines()[-1] == one_error_line(result.stderr, ERROR)


def test_a_bad_url_in_the_environment_exits_2() -> None:
    result = run("emulator", "expire", "x", env=environment(LANGSMITH_CONTROL_PLANE_URL="ftp://x"))
    assert (result.returncode, result.stdout) == (2, "")
    assert one_error_line(result.stderr, ERROR) == (
        f"{ERROR}: error: LANGSMITH_CONTROL_PLANE_URL must be an http(s) URL such as "
        "http://127.0.0.1:8124, or pass --url"
    )


def test_python_dash_m_runs_the_same_commands(emulator: Emulator) -> None:
    prog = "python -m langsmith_control_plane.testing"
    command = [sys.executable, "-m", "langsmith_control_plane.testing"]
    env = environment(LANGSMITH_CONTROL_PLANE_URL=emulator.url)
    created = run("create", "--auth-id", "via-m", command=command, env=env)
    assert (created.returncode, created.stdout) == (0, "via-m\n")
    again = run("create", "--auth-id", "via-m", command=command, env=env)
    assert again.returncode == 5
    assert one_error_line(again.stderr, prog).startswith(f"{prog}: error: ")
