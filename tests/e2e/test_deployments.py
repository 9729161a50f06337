"""The document's quick start through the SDK, on real HTTP against the emulator's revision
lifecycle: create, wait until DEPLOYED, update, wait again, a failed build with its log
lines, and a wait that runs out of time. Each test runs on both clients (see `connect`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from langsmith_control_plane import RevisionFailedError, RevisionWaitTimeoutError
from langsmith_control_plane._clock import SYSTEM_CLOCK
from langsmith_control_plane.testing import Emulator
from langsmith_control_plane_client.models import (
    DeploymentCreateRequestSource,
    Secret,
    SourceConfigRequest,
    SourceRevisionConfigRequest,
)

from tests.conftest import BEARER, KEY, WORKSPACE
from tests.e2e.conftest import Connect
from tests.support.checks import FAST
from tests.support.clients import Client

STEP = 0.2  # each in-progress status of a revision lasts this long on the emulator
# Looks every 25 to 50 ms: each status, lasting STEP, is seen.
LOOKS = attrs.evolve(FAST, status_poll_initial=0.05, status_poll_max=0.05)
LIFECYCLE = ["CREATING", "QUEUED", "BUILDING", "DEPLOYING", "DEPLOYED"]
CREATE: dict[str, Any] = {
    "name": "agent",
    "source": DeploymentCreateRequestSource.GITHUB,
    "source_config": SourceConfigRequest(repo_url="https://github.com/acme/agent"),
    "source_revision_config": SourceRevisionConfigRequest(
        repo_ref="main", langgraph_config_path="langgraph.json"
    ),
    "secrets": [Secret(name="OPENAI_API_KEY", value="sk-secret")],
}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(
        api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER, revision_step=STEP
    ) as emulator:
        yield emulator


def real_time(connect: Connect, emu: Emulator) -> Client:
    """A client on the real clock: the emulator's revisions advance in real time."""
    return connect(emu.url, limits=LOOKS, clock=SYSTEM_CLOCK)


def test_the_quick_start_create_wait_update_wait(connect: Connect, emu: Emulator) -> None:
    client = real_time(connect, emu)
    seen: list[str] = []
    deployment = client.run(
        lambda: client.cp.deployments.create_and_wait(**CREATE, on_status=seen.append, timeout=30)
    )
    assert seen == LIFECYCLE
    assert deployment.name == "agent"
    assert deployment.active_revision_id == deployment.latest_revision_id

    patched = client.run(
        lambda: client.cp.deployments.update(
            deployment.id, source_revision_config=SourceRevisionConfigRequest(repo_ref="v2")
        )
    )
    assert patched.latest_revision_id != deployment.latest_revision_id
    again: list[str] = []
    revision = client.run(
        lambda: client.cp.deployments.revisions.wait(deployment.id, on_status=again.append)
    )
    assert revision.id == patched.latest_revision_id
    assert str(revision.status) == "DEPLOYED"
    assert again == LIFECYCLE


def test_without_a_revision_id_the_latest_is_read_once_then_pinned(
    connect: Connect, emu: Emulator
) -> None:
    client = real_time(connect, emu)
    created = client.run(lambda: client.cp.deployments.create(**CREATE))
    first = str(created.latest_revision_id)
    raw = httpx.Client(base_url=emu.url, headers={"X-Api-Key": KEY})

    def update_once(status: str) -> None:
        if status == "CREATING":  # a newer revision, made while the wait runs
            patch = {"source_revision_config": {"repo_ref": "v2"}}
            raw.patch(f"/v2/deployments/{created.id}", json=patch).raise_for_status()

    with raw:
        emu.reset_requests()
        revision = client.run(
            lambda: client.cp.deployments.revisions.wait(created.id, on_status=update_once)
        )
    assert str(revision.id) == first
    reads = [r for r in emu.requests() if r.path == f"/v2/deployments/{created.id}"]
    assert [r.method for r in reads] == ["GET", "PATCH"]


@pytest.mark.parametrize(
    ("phase", "status", "first_line"),
    [("build", "BUILD_FAILED", "Building"), ("deploy", "DEPLOY_FAILED", "Deploying")],
)
def test_a_failed_revision_raises_with_the_last_lines_of_its_logs(
    connect: Connect, emu: Emulator, phase: str, status: str, first_line: str
) -> None:
    client = real_time(connect, emu)
    lines = ["npm ERR! missing script: build", "error: exit code 1"]
    emu.fail_next_revision(phase=phase, logs=lines)  # type: ignore[arg-type]
    seen: list[str] = []
    with pytest.raises(RevisionFailedError) as caught:
        client.run(lambda: client.cp.deployments.create_and_wait(**CREATE, on_status=seen.append))
    error = caught.value
    assert error.status == status
    assert str(error.revision.status) == status
    assert error.logs == [f"{first_line} revision {error.revision_id}", *lines]
    assert seen[-1] == status
    assert "error: exit code 1" in str(error)
    assert error.hint.startswith(f"the last lines of its {phase} logs are in .logs")


def test_a_failure_carries_only_the_last_lines_of_its_logs(connect: Connect, emu: Emulator) -> None:
    client = connect(emu.url, limits=attrs.evolve(LOOKS, failure_log_lines=2), clock=SYSTEM_CLOCK)
    lines = [f"step {n}" for n in range(30)]
    emu.fail_next_revision(phase="build", logs=lines)
    with pytest.raises(RevisionFailedError) as caught:
        client.run(lambda: client.cp.deployments.create_and_wait(**CREATE, timeout=30))
    assert caught.value.logs == ["step 28", "step 29"]


def test_the_deadline_raises_with_the_last_status_seen(connect: Connect) -> None:
    # Revisions that take a minute a step; the client's clock jumps over its pauses.
    with Emulator(api_key=KEY, workspace_id=WORKSPACE, revision_step=60) as slow:
        client = connect(slow.url)
        created = client.run(lambda: client.cp.deployments.create(**CREATE))
        with pytest.raises(RevisionWaitTimeoutError) as caught:
            client.run(lambda: client.cp.deployments.revisions.wait(created.id, timeout=20))
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert (error.status, error.timeout) == ("CREATING", 20)
    assert error.revision is not None
    assert error.revision.id == created.latest_revision_id
    assert str(error).startswith(
        f"revision {created.latest_revision_id} of deployment {created.id} was still CREATING "
        "after 20 s; it goes on server-side"
    )


def test_a_look_that_fails_is_retried_within_the_wait(connect: Connect, emu: Emulator) -> None:
    client = real_time(connect, emu)
    created = client.run(lambda: client.cp.deployments.create(**CREATE))
    emu.reset_requests()
    emu.fail_next(503, times=2)
    revision = client.run(
        lambda: client.cp.deployments.revisions.wait(created.id, created.latest_revision_id)
    )
    assert str(revision.status) == "DEPLOYED"
    looks = [r.status_code for r in emu.requests()]
    assert looks[:3] == [503, 503, 200]
    assert set(looks[2:]) == {200}
    assert {r.method for r in emu.requests()} == {"GET"}
