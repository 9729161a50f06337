"""Auto-paging on the emulator, in each of the document's three paging styles, on both clients:
three pages, the second answered 503 once (a retry within the call), the end found without an
empty request. The styles themselves, and a server that does not page, are pinned in
test_surface.py on scripted servers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from langsmith_control_plane import RevisionFailedError
from langsmith_control_plane.testing import Emulator
from langsmith_control_plane_client.models import (
    ListDeploymentLogEntriesLogType,
    ListenerComputeConfig,
    ListRevisionLogsType,
)

from tests.conftest import BEARER, KEY, WORKSPACE
from tests.e2e.conftest import Connect
from tests.e2e.test_deployments import CREATE, real_time
from tests.support.clients import Client

FAILURE = [f"npm ERR! step {n}" for n in range(5)]  # with "Building revision ...": six lines


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(
        api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER, revision_step=0.05
    ) as emulator:
        yield emulator


def after_the_first_page_a_503(client: Client, emu: Emulator, listing: Callable[[], Any]) -> list:
    """Every item of a list: its first page, then a 503 armed, then the pages after it."""
    if client.mode == "sync":
        page = listing()
        emu.fail_next(503)
        return list(page)

    async def gather() -> list[Any]:
        page = await listing()
        emu.fail_next(503)
        return [item async for item in page]

    return client.runner.run(gather())


def statuses(emu: Emulator, path: str) -> list[int | None]:
    return [r.status_code for r in emu.requests() if r.method == "GET" and r.path == path]


def failed_build(client: Client) -> tuple[str, str]:
    """A deployment whose first revision failed its build with `FAILURE`'s lines."""
    deployment = client.run(lambda: client.cp.deployments.create(**CREATE))
    with pytest.raises(RevisionFailedError):
        client.run(lambda: client.cp.deployments.revisions.wait(deployment.id, timeout=30))
    return str(deployment.id), str(deployment.latest_revision_id)


def test_offset_pages_listeners(connect: Connect, emu: Emulator) -> None:
    client = connect(emu.url)
    made = [
        client.run(
            lambda n=n: client.cp.listeners.create(
                compute_type="k8s", compute_id=f"c{n}", compute_config=ListenerComputeConfig()
            )
        )
        for n in range(5)
    ]
    emu.reset_requests()
    found = after_the_first_page_a_503(client, emu, lambda: client.cp.listeners.list(limit=2))
    assert [listener.id for listener in found] == [listener.id for listener in made]
    assert statuses(emu, "/v2/listeners") == [200, 503, 200, 200]


def test_string_offset_pages_revision_logs(connect: Connect, emu: Emulator) -> None:
    client = real_time(connect, emu)
    emu.fail_next_revision(phase="build", logs=FAILURE)
    deployment, revision = failed_build(client)
    emu.reset_requests()
    found = after_the_first_page_a_503(
        client,
        emu,
        lambda: client.cp.deployments.revisions.logs.list(
            deployment, revision, type_=ListRevisionLogsType.BUILD, limit=2
        ),
    )
    assert [line["message"] for line in found][1:] == FAILURE
    path = f"/v2/deployments/{deployment}/revisions/{revision}/logs"
    assert statuses(emu, path) == [200, 503, 200, 200]


def test_cursor_pages_deployment_logs(connect: Connect, emu: Emulator) -> None:
    client = real_time(connect, emu)
    emu.fail_next_revision(phase="build", logs=FAILURE)
    deployment, _ = failed_build(client)
    emu.reset_requests()
    found = after_the_first_page_a_503(
        client,
        emu,
        lambda: client.cp.deployments.deployment_logs.list(
            deployment_id=deployment, log_type=ListDeploymentLogEntriesLogType.BUILD, page_size=2
        ),
    )
    assert [line["message"] for line in found][1:] == FAILURE
    assert statuses(emu, "/v2/deployment-logs") == [200, 503, 200, 200]
