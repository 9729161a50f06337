"""The document's quick start through `lscp`, against the emulator's revision lifecycle: create,
`deployments revisions wait`, update, `deployments logs`, delete; a failed build with its log
lines and its own exit status; the deadline's 124; `logs --follow`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from langsmith_control_plane.testing import Emulator

from tests.cli.test_cli import on_a_terminal
from tests.support.checks import BEARER, KEY, WORKSPACE
from tests.support.console import environment, run

SOURCE_CONFIG = json.dumps({"repo_url": "https://github.com/acme/agent"})
REVISION_CONFIG = json.dumps({"repo_ref": "main", "langgraph_config_path": "langgraph.json"})
STATUS_LINE = re.compile(r"lscp: deployment [0-9a-f-]{36}: ([A-Z_]+) \(0:0\d\)")


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(
        api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER, revision_step=0.2
    ) as emulator:
        yield emulator


def lscp(emu: Emulator, *args: str) -> tuple[int, str, str]:
    done = run(*args, env=environment(emu))
    return done.returncode, done.stdout, done.stderr


def create(emu: Emulator, name: str = "agent") -> dict[str, Any]:
    code, stdout, stderr = lscp(
        emu,
        "deployments",
        "create",
        "--name",
        name,
        "--source",
        "github",
        "--source-config",
        SOURCE_CONFIG,
        "--source-revision-config",
        REVISION_CONFIG,
        "--secrets",
        "[]",
    )
    assert code == 0, stderr
    created: dict[str, Any] = json.loads(stdout)
    return created


def statuses(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    matched = [STATUS_LINE.fullmatch(line) for line in lines]
    assert all(matched), lines
    return [match.group(1) for match in matched if match]


def test_the_quick_start_through_lscp(emu: Emulator) -> None:
    created = create(emu)
    deployment, first = created["id"], created["latest_revision_id"]
    code, stdout, stderr = lscp(emu, "deployments", "revisions", "wait", deployment)
    assert (code, stdout) == (0, f"{first}\n")
    seen = statuses(stderr)
    assert (seen[0], seen[-1]) == ("CREATING", "DEPLOYED")
    assert len(seen) == len(set(seen))  # each change said once

    code, stdout, stderr = lscp(
        emu,
        "deployments",
        "update",
        deployment,
        "--source-revision-config",
        json.dumps({"repo_ref": "v2"}),
    )
    assert code == 0, stderr
    second = json.loads(stdout)["latest_revision_id"]
    assert second != first
    code, stdout, _ = lscp(emu, "deployments", "revisions", "wait", deployment, second, "--json")
    assert code == 0
    assert (json.loads(stdout)["id"], json.loads(stdout)["status"]) == (second, "DEPLOYED")

    assert lscp(emu, "deployments", "logs", deployment) == (
        0,
        f"Deploying revision {second}\nDeployment is live\n",
        "",
    )
    assert lscp(emu, "deployments", "logs", deployment, first, "--type", "build") == (
        0,
        f"Building revision {first}\nBuild succeeded\n",
        "",
    )
    done = f"lscp deployments delete {deployment} done\n"
    assert lscp(emu, "deployments", "delete", deployment) == (0, done, "")


def test_a_failed_build_prints_its_last_log_lines_and_exits_6(emu: Emulator) -> None:
    lines = ["npm ERR! missing script: build", "error: exit code 1"]
    emu.fail_next_revision(phase="build", logs=lines)
    created = create(emu)
    deployment, revision = created["id"], created["latest_revision_id"]
    code, stdout, stderr = lscp(emu, "deployments", "revisions", "wait", deployment)
    assert (code, stdout) == (6, "")
    *status_lines, log1, log2, log3, error = stderr.splitlines()
    assert statuses("\n".join(status_lines))[-1] == "BUILD_FAILED"
    assert [log1, log2, log3] == [f"  Building revision {revision}", *(f"  {x}" for x in lines)]
    assert error.startswith(
        f"lscp: error: revision {revision} of deployment {deployment} ended BUILD_FAILED; "
        "last log line: error: exit code 1; the last lines of its build logs are in .logs"
    )
    # With --json, the failed revision is on stdout too.
    code, stdout, _ = lscp(emu, "deployments", "revisions", "wait", deployment, "--json")
    assert (code, json.loads(stdout)["id"], json.loads(stdout)["status"]) == (
        6,
        revision,
        "BUILD_FAILED",
    )
    # `logs` reads the build logs of a failed build by default.
    assert lscp(emu, "deployments", "logs", deployment) == (
        0,
        f"Building revision {revision}\n" + "".join(f"{x}\n" for x in lines),
        "",
    )


def test_the_deadline_exits_124_and_says_the_build_goes_on() -> None:
    with Emulator(api_key=KEY, workspace_id=WORKSPACE, revision_step=60) as slow:
        created = create(slow)
        code, stdout, stderr = lscp(
            slow, "deployments", "revisions", "wait", created["id"], "--timeout", "1"
        )
    assert (code, stdout) == (124, "")
    assert stderr.splitlines()[-1].startswith(
        f"lscp: error: revision {created['latest_revision_id']} of deployment {created['id']} "
        "was still CREATING after 1 s; it goes on server-side"
    )


@pytest.mark.parametrize(("fail", "code"), [(False, 0), (True, 6)])
def test_logs_follow_prints_new_lines_until_the_revision_is_final(
    emu: Emulator, fail: bool, code: int
) -> None:
    if fail:
        emu.fail_next_revision(phase="build", logs=["boom"])
    created = create(emu)
    revision = created["latest_revision_id"]
    done = lscp(
        emu,
        "deployments",
        "logs",
        created["id"],
        "--type",
        "build",
        "--follow",
        "--interval",
        "0.05",
    )
    failed = f"lscp: error: revision {revision} of deployment {created['id']} ended BUILD_FAILED\n"
    assert done == (
        code,
        f"Building revision {revision}\n" + ("boom\n" if fail else "Build succeeded\n"),
        failed if fail else "",
    )


def test_on_a_terminal_each_status_is_a_line_above_the_live_line(emu: Emulator) -> None:
    created = create(emu)
    args = ["deployments", "revisions", "wait", created["id"], "--timeout", "60"]
    env = environment(emu, TERM="xterm", COLUMNS="200")
    with on_a_terminal(args, env) as (process, chunks):
        stdout, _ = process.communicate(timeout=30)
    assert (process.returncode, stdout) == (0, f"{created['latest_revision_id']}\n")
    frames = b"".join(chunks).decode().split("\r\x1b[2K")
    assert frames[-1] == ""  # the live line erased when done
    said = statuses("".join(f for f in frames if f.startswith("lscp: ")).replace("\r\n", "\n"))
    lifecycle = ["CREATING", "QUEUED", "BUILDING", "DEPLOYING", "DEPLOYED"]
    assert said[-1] == "DEPLOYED"
    assert said == sorted(said, key=lifecycle.index)  # in order, each once
    assert len(said) == len(set(said))
    drawn = [frame for frame in frames if frame and not frame.startswith("lscp: ")]
    for frame in drawn:
        assert re.fullmatch(
            r". Waiting for the revision  0:\d\d elapsed, gives up at \d\d:\d\d:\d\d "
            r"\(\d:\d\d left\)",
            frame,
        ), frame
