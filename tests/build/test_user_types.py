"""Users' code type-checks: `mypy --strict` on small user files that call the public API.

A file that uses the API as documented must pass; a file with a deliberate mistake must fail
with exactly that mistake, which shows the check sees our types rather than `Any`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GOOD = """\
import contextlib

from langsmith_control_plane import AsyncControlPlane, AuthResult, ControlPlane
from langsmith_control_plane.langgraph import ConsentPayload, aget_token, get_token


def sign_in(cp: ControlPlane) -> str:
    token: str = cp.auth.wait("flow").token
    return token


async def sign_in_many(acp: AsyncControlPlane) -> list[str]:
    tokens: list[str] = []
    async with contextlib.aclosing(acp.auth.wait_many(["a", "b"])) as results:
        async for auth_id, outcome in results:
            if isinstance(outcome, AuthResult):
                tokens.append(auth_id + outcome.token)
    return tokens


def in_a_node(cp: ControlPlane) -> str:
    token: str = get_token(cp, "github", ["repo"], user_id="user-1")
    return token


async def in_an_async_node(acp: AsyncControlPlane) -> str:
    token: str = await aget_token(acp, "github", ["repo"], agent_id="agent-1")
    return token


def consent_url(payload: ConsentPayload) -> str:
    return payload["url"]
"""

BAD = """\
from langsmith_control_plane import ControlPlane


def sign_in(cp: ControlPlane) -> int:
    token: int = cp.auth.wait("flow").token
    return token
"""


@pytest.mark.slow
def test_mypy_strict_accepts_documented_use_and_catches_a_mistake(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text(BAD)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "good.py", "bad.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        # Reuse the project's cache: a cold one re-analyses httpx and friends (~20 s).
        env={"MYPY_CACHE_DIR": str(ROOT / ".mypy_cache"), "PATH": ""},
    )
    assert result.stdout.splitlines() == [
        'bad.py:5: error: Incompatible types in assignment (expression has type "str", '
        'variable has type "int")  [assignment]'
    ], result.stdout + result.stderr
    assert result.returncode == 1
