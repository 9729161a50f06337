"""The emulator's Deployments and Listeners services and its document-served routes, over real
HTTP (raw httpx: the SDK's method names for these resources are another change's), and the
revision lifecycle on a clock the test moves."""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langsmith_control_plane.testing import Emulator
from langsmith_control_plane.testing._deployments import Deployments

from tests.conftest import BEARER, KEY, WORKSPACE

BODY = {
    "name": "agent",
    "source": "github",
    "source_config": {"repo_url": "https://github.com/acme/agent", "deployment_type": "dev"},
    "source_revision_config": {"repo_ref": "main", "langgraph_config_path": "langgraph.json"},
    "secrets": [{"name": "OPENAI_API_KEY", "value": "sk-secret"}],
}


def running(revision_step: float) -> Emulator:
    return Emulator(
        api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER, revision_step=revision_step
    )


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with running(0) as emulator:  # every revision at its end at once
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.url, headers={"X-Api-Key": KEY}, timeout=10) as c:
        yield c


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def deployment_path(deployment: dict[str, Any], *rest: str) -> str:
    return "/".join(["/v2/deployments", deployment["id"], *rest])


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --- the lifecycle, on the service, with a clock the test moves ---------------------------


def test_a_revision_advances_through_each_status_one_step_at_a_time() -> None:
    clock = Clock()
    service = Deployments("w", revision_step=0.5, clock=clock)
    _, created = service.create_deployment({}, BODY)
    ids = {"deployment_id": created["id"], "revision_id": created["latest_revision_id"]}
    seen = []
    for _ in range(6):
        seen.append(service.get_revision(ids, None)[1]["status"])
        clock.now += 0.5
    assert seen == ["CREATING", "QUEUED", "BUILDING", "DEPLOYING", "DEPLOYED", "DEPLOYED"]
    clock.now -= 0.001 + 0.5 * 2  # just short of DEPLOYED
    assert service.get_revision(ids, None)[1]["status"] == "DEPLOYING"
    assert service.get_deployment(ids, None)[1]["active_revision_id"] is None
    clock.now += 0.001
    assert service.get_deployment(ids, None)[1]["active_revision_id"] == ids["revision_id"]


@pytest.mark.parametrize(
    ("phase", "statuses"),
    [
        ("build", ["CREATING", "QUEUED", "BUILDING", "BUILD_FAILED", "BUILD_FAILED"]),
        ("deploy", ["CREATING", "QUEUED", "BUILDING", "DEPLOYING", "DEPLOY_FAILED"]),
    ],
)
def test_an_armed_failure_stops_the_next_revision_at_its_phase(
    phase: str, statuses: list[str]
) -> None:
    clock = Clock()
    service = Deployments("w", revision_step=1, clock=clock)
    service.fail_next_revision(None, phase, ["npm ERR! missing script: build"])  # type: ignore[arg-type]
    _, created = service.create_deployment({}, BODY)
    ids = {"deployment_id": created["id"], "revision_id": created["latest_revision_id"]}
    seen = []
    for _ in range(5):
        seen.append(service.get_revision(ids, None)[1]["status"])
        clock.now += 1
    assert seen == statuses
    # The next revision is not affected: the failure was for one revision.
    _, patched = service.patch_deployment(ids, {"source_revision_config": {"repo_ref": "v2"}})
    clock.now += 10
    again = {**ids, "revision_id": patched["latest_revision_id"]}
    assert again["revision_id"] != ids["revision_id"]
    assert service.get_revision(again, None)[1]["status"] == "DEPLOYED"


# --- over HTTP ---------------------------------------------------------------------------


def test_the_quick_start_create_poll_until_deployed_update(client: httpx.Client) -> None:
    created = ok(client.post("/v2/deployments", json=BODY), 201)
    assert created["name"] == "agent"
    assert created["secrets"] == [{"name": "OPENAI_API_KEY", "value": "********"}]
    assert created["source_config"]["repo_url"] == "https://github.com/acme/agent"
    assert created["source_config"]["repo_branch"] is None  # a field of today's upstream
    assert created["source_revision_config"]["repo_ref"] == "main"
    assert (created["shareable"], created["deployment_tier"]) == (False, None)
    revision = ok(client.get(deployment_path(created, "revisions", created["latest_revision_id"])))
    assert revision["status"] == "DEPLOYED"
    got = ok(client.get(deployment_path(created)))
    assert got["active_revision_id"] == created["latest_revision_id"]

    patched = ok(
        client.patch(deployment_path(created), json={"source_revision_config": {"repo_ref": "v2"}})
    )
    assert patched["latest_revision_id"] != created["latest_revision_id"]
    assert patched["source_revision_config"]["repo_ref"] == "v2"
    listed = ok(client.get(deployment_path(created, "revisions")))
    assert [r["id"] for r in listed["resources"]] == [
        patched["latest_revision_id"],
        created["latest_revision_id"],
    ]
    # A patch of what no revision is built from makes none.
    renamed = ok(client.patch(deployment_path(created), json={"display_name": "Agent"}))
    assert (renamed["display_name"], renamed["latest_revision_id"]) == (
        "Agent",
        patched["latest_revision_id"],
    )
    assert client.delete(deployment_path(created)).status_code == 204
    assert client.get(deployment_path(created)).status_code == 404


def test_revisions_advance_by_themselves_over_http() -> None:
    with running(0.05) as emu, httpx.Client(base_url=emu.url, headers={"X-Api-Key": KEY}) as c:
        created = ok(c.post("/v2/deployments", json=BODY), 201)
        path = deployment_path(created, "revisions", created["latest_revision_id"])
        seen = [ok(c.get(path))["status"]]
        deadline = time.monotonic() + 10
        while seen[-1] != "DEPLOYED" and time.monotonic() < deadline:
            status = ok(c.get(path))["status"]
            if status != seen[-1]:
                seen.append(status)
    # Each status in order; a slow poll may skip one, never reorder or go back.
    order = ["CREATING", "QUEUED", "BUILDING", "DEPLOYING", "DEPLOYED"]
    assert seen[-1] == "DEPLOYED"
    assert [order.index(s) for s in seen] == sorted({order.index(s) for s in seen})


def test_a_failed_build_reports_its_log_lines(emu: Emulator, client: httpx.Client) -> None:
    created = ok(client.post("/v2/deployments", json=BODY), 201)
    emu.fail_next_revision(created["id"], phase="build", logs=["step 3/9", "npm ERR! boom"])
    patched = ok(
        client.patch(deployment_path(created), json={"source_revision_config": {"repo_ref": "x"}})
    )
    failed = deployment_path(created, "revisions", patched["latest_revision_id"])
    assert ok(client.get(failed))["status"] == "BUILD_FAILED"
    logs = ok(client.get(failed + "/logs", params={"type": "build"}))
    messages = [(line["level"], line["message"]) for line in logs["logs"]]
    assert messages == [
        ("INFO", f"Building revision {patched['latest_revision_id']}"),
        ("ERROR", "step 3/9"),
        ("ERROR", "npm ERR! boom"),
    ]
    assert logs["next_offset"] is None
    assert ok(client.get(failed + "/logs", params={"type": "deploy"})) == {
        "logs": [],
        "next_offset": None,
    }
    # The deployment keeps serving its last good revision.
    got = ok(client.get(deployment_path(created)))
    assert got["active_revision_id"] == created["latest_revision_id"]


def test_the_admin_api_arms_a_failure_for_the_next_deployment(client: httpx.Client) -> None:
    armed = client.post(
        "/_emulator/revision-failures", json={"phase": "deploy", "logs": ["CrashLoopBackOff"]}
    )
    assert ok(armed, 201) == {
        "deployment_id": None,
        "phase": "deploy",
        "logs": ["CrashLoopBackOff"],
    }
    created = ok(client.post("/v2/deployments", json=BODY), 201)
    path = deployment_path(created, "revisions", created["latest_revision_id"])
    assert ok(client.get(path))["status"] == "DEPLOY_FAILED"
    deploy = ok(client.get(path + "/logs", params={"type": "deploy", "level": "ERROR"}))
    assert [line["message"] for line in deploy["logs"]] == ["CrashLoopBackOff"]
    unknown = client.post(
        "/_emulator/revision-failures",
        json={"deployment_id": str(uuid.uuid4()), "phase": "build"},
    )
    assert unknown.status_code == 404
    bad = client.post("/_emulator/revision-failures", json={"phase": "test"})
    assert bad.status_code == 422


def test_logs_page_as_the_document_says(emu: Emulator, client: httpx.Client) -> None:
    created = ok(client.post("/v2/deployments", json=BODY), 201)
    emu.fail_next_revision(created["id"], phase="build", logs=[f"line {i}" for i in range(5)])
    patched = ok(
        client.patch(deployment_path(created), json={"source_revision_config": {"repo_ref": "x"}})
    )
    path = deployment_path(created, "revisions", patched["latest_revision_id"], "logs")
    pages, offset = [], None
    while True:
        params: dict[str, Any] = {"type": "build", "limit": 2}
        if offset is not None:
            params["offset"] = offset
        page = ok(client.get(path, params=params))
        pages.append([line["message"] for line in page["logs"]])
        offset = page["next_offset"]
        if offset is None:
            break
    assert pages == [
        [f"Building revision {patched['latest_revision_id']}", "line 0"],
        ["line 1", "line 2"],
        ["line 3", "line 4"],
    ]
    # The deployment's log entries: every revision's, by cursor.
    entries = ok(
        client.get(
            "/v2/deployment-logs",
            params={"deployment_id": created["id"], "log_type": "BUILD", "page_size": 3},
        )
    )
    assert [e["message"] for e in entries["items"]] == [
        f"Building revision {created['latest_revision_id']}",
        "Build succeeded",
        f"Building revision {patched['latest_revision_id']}",
    ]
    rest = ok(
        client.get(
            "/v2/deployment-logs",
            params={
                "deployment_id": created["id"],
                "log_type": "BUILD",
                "page_size": 3,
                "cursor": entries["next_cursor"],
            },
        )
    )
    assert [e["message"] for e in rest["items"]] == ["line 0", "line 1", "line 2"]


def test_listeners_are_created_read_updated_and_deleted(client: httpx.Client) -> None:
    body = {"compute_type": "k8s", "compute_id": "cluster-1", "compute_config": {}}
    created = ok(client.post("/v2/listeners", json=body), 201)
    assert created["compute_config"] == {"k8s_namespaces": None}
    assert client.post("/v2/listeners", json=body).status_code == 409
    path = f"/v2/listeners/{created['id']}"
    patched = ok(client.patch(path, json={"compute_config": {"k8s_namespaces": ["agents"]}}))
    assert patched["compute_config"] == {"k8s_namespaces": ["agents"]}
    assert ok(client.get("/v2/listeners"))["resources"] == [patched]
    assert client.delete(path).status_code == 204
    assert client.get(path).status_code == 404


def test_an_operation_without_state_behaviour_answers_501_naming_it(
    client: httpx.Client,
) -> None:
    answer = client.post("/v2/integrations/github/installation-link", json={})
    assert answer.status_code == 501
    assert answer.json() == {
        "detail": "get_github_install_link_endpoint (POST /v2/integrations/github/"
        "installation-link) is not emulated: no state behaviour for it"
    }
    # A read of no state answers what the document makes up.
    assert ok(client.get("/v2/deployments/free-count")) == {"count": 0}
    assert ok(client.get("/v1/integrations/github/install")) == []


def test_requests_are_validated_against_the_document(client: httpx.Client) -> None:
    bad = client.get("/v2/deployments", params={"limit": "many", "offset": -1})
    assert bad.status_code == 422
    assert bad.json()["detail"] == [
        {
            "type": "int_parsing",
            "loc": ["query", "limit"],
            "msg": "Input should be a valid integer, unable to parse string as an integer",
            "input": "many",
        },
        {
            "type": "minimum",
            "loc": ["query", "offset"],
            "msg": "-1 is less than the minimum of 0",
            "input": -1,
        },
    ]
    missing = client.post("/v2/deployments", json={"name": 7, "source": "github"})
    assert missing.status_code == 422
    assert [(e["type"], e["loc"]) for e in missing.json()["detail"]] == [
        ("string_type", ["body", "name"]),
        ("missing", ["body", "source_config"]),
        ("missing", ["body", "source_revision_config"]),
        ("missing", ["body", "secrets"]),
    ]
    assert client.get("/v2/deployments/not-a-uuid").status_code == 422
    assert client.get(f"/v2/deployments/{uuid.uuid4()}").status_code == 404
    not_utf8 = client.post(
        "/v2/listeners", content=b'{"a": "\xff"}', headers={"content-type": "application/json"}
    )
    assert (not_utf8.status_code, not_utf8.json()) == (
        400,
        {"detail": "There was an error parsing the body"},
    )


def test_a_literal_path_is_its_own_resource(client: httpx.Client) -> None:
    # /v2/deployments/free-count is GET only, though PATCH /v2/deployments/{id} also matches.
    answer = client.patch("/v2/deployments/free-count", json={})
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET"


def test_every_document_route_checks_credentials_first(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.url) as anonymous:
        assert anonymous.post("/v2/deployments", json={}).status_code == 401
        answer = anonymous.post("/v2/integrations/github/installation-link", json={})
        assert answer.status_code == 401
    with httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {BEARER}"}) as c:
        assert c.get("/v2/listeners").status_code == 200
    # Faults fire on them too, and the log records them, /v1/ paths included.
    emu.fail_next(503)
    with httpx.Client(base_url=emu.url, headers={"X-Api-Key": KEY}) as c:
        assert c.get("/v1/integrations/github/install").status_code == 503
    assert [(r.path, r.status_code) for r in emu.requests()][-1] == (
        "/v1/integrations/github/install",
        503,
    )


def test_the_newer_token_operations_act_on_the_stored_tokens(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.grant_token("github", ["repo"], user_id="u-1")
    batch = client.post("/v2/auth/tokens/exists/batch", json={"provider_ids": ["github", "x"]})
    assert ok(batch) == {"has_token": {"github": True, "x": False}}

    body = {"provider_id": "notion", "access_token": "tok-imported", "scopes": ["read"]}
    imported = ok(client.post("/v2/auth/tokens/import", json=body))
    (stored,) = emu.tokens(provider_id="notion")
    assert imported == {"token_id": stored.id}
    assert (stored.token, stored.scopes) == ("tok-imported", ("read",))
    # authenticate answers the imported token for the caller's own user.
    answer = ok(client.post("/v2/auth/authenticate", json={"provider": "notion", "scopes": []}))
    assert (answer["status"], answer["token"]) == ("completed", "tok-imported")


def test_each_operation_is_routed_once_handwritten_or_from_the_document() -> None:
    # A handwritten route's path carries its converter (`{auth_id:lscp_any_text}`); the
    # document's names the parameter alone: both must count as one operation.
    from fastapi.routing import APIRoute
    from langsmith_control_plane.testing._app import _shared_app

    def routes(holder: Any) -> list[APIRoute]:
        found = []
        for route in holder.routes:
            if isinstance(route, APIRoute):
                found.append(route)
            elif hasattr(route, "routes"):
                found += routes(route)
        return found

    app, _ = _shared_app()
    served = Counter(
        (method, re.sub(r"\{(\w+):[^}]+\}", r"{\1}", route.path))
        for route in routes(app)
        for method in route.methods or ()
    )
    assert [operation for operation, times in served.items() if times > 1] == []
    assert served[("GET", "/v2/auth/wait/{auth_id}")] == 1
