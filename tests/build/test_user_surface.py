"""One coherent surface, as a user's file sees it: type-checked by `mypy --strict`, then run.

The file reads `.status` on every result, sets every default on the client, and reads what a
support ticket needs from an error. It must pass `mypy --strict` and run against the emulator.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT

USER = """\
from langsmith_control_plane import (
    AuthNotFoundError,
    AuthStatus,
    AuthWaitStatus,
    ControlPlane,
    NotFoundError,
    RetryEvent,
)
from langsmith_control_plane.testing import press_approve

retries: list[RetryEvent] = []
with ControlPlane(
    timeout=120,
    request_timeout=30,
    poll_timeout=10,
    max_retries=3,
    connect_timeout=5,
    retry_wait_initial=0.1,
    retry_wait_max=1,
    retry_jitter=False,
    retry_statuses=[429, 500, 502, 503, 504],
    max_idle_connections=4,
    keepalive_expiry=2,
    on_retry=retries.append,
) as cp:
    started = cp.auth.authenticate("github", ["repo"], user_id="user-1")
    assert started.status == "pending"  # a str subclass: comparisons with strings work
    assert started.url is not None and started.auth_id is not None
    press_approve(started.url)
    result = cp.auth.wait(started.auth_id)
    assert result.status is AuthWaitStatus.COMPLETED
    look = cp.auth.check(started.auth_id)
    assert look.status == "completed" and look.completed and look.token == result.token
    stored = cp.auth.authenticate("github", ["repo"], user_id="user-1")
    assert stored.status is AuthStatus.COMPLETED and stored.token == result.token
    try:
        cp.auth.check("no-such-flow")
    except AuthNotFoundError as gone:
        print("gone:", gone.auth_id)
    try:
        cp.deployments.retrieve("00000000-0000-0000-0000-000000000000")
    except NotFoundError as error:
        request_id: str | None = error.request_id
        body: str = error.body
        attempts: int = error.attempts
        print("not found:", error.method, error.path, request_id, attempts, body)
    print("retries:", len(retries))
"""


def test_a_users_file_type_checks_and_runs(tmp_path: Path, emulator: Emulator) -> None:
    (tmp_path / "user.py").write_text(USER, encoding="utf-8")
    typecheck = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "user.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        # Reuse the project's cache: a cold one re-analyses httpx and friends (~20 s).
        env={"MYPY_CACHE_DIR": str(ROOT / ".mypy_cache"), "PATH": ""},
    )
    assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr
    env = {
        **os.environ,
        "LANGSMITH_API_KEY": emulator.api_key,
        "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
        "LANGSMITH_CONTROL_PLANE_URL": emulator.url,
    }
    run = subprocess.run(
        [sys.executable, "user.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "gone: no-such-flow"
    assert lines[1].startswith(
        "not found: GET /v2/deployments/00000000-0000-0000-0000-000000000000 None 1 "
    )
    assert lines[2] == "retries: 0"
