"""The emulator's Auth Service and Agent Connections operations besides authenticate and wait,
over real HTTP on loopback: providers, stored tokens, agent connections, MCP discovery and the
provider's redirect back (callback and setup)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from langsmith_control_plane.testing import Emulator, press_approve

AUTHENTICATE = "/v2/auth/authenticate"
PROVIDERS = "/v2/auth/providers"
TOKENS = "/v2/auth/tokens"
GITHUB = {
    "provider_id": "github",
    "name": "GitHub",
    "client_id": "gh-client",
    "client_secret": "gh-secret-value",
    "auth_url": "https://github.com/login/oauth/authorize",
    "token_url": "https://github.com/login/oauth/access_token",
}


@pytest.fixture
def client(control_plane_emulator: Emulator) -> Iterator[httpx.Client]:
    headers = {
        "X-Api-Key": control_plane_emulator.api_key,
        "X-Tenant-Id": control_plane_emulator.workspace_id,
    }
    with httpx.Client(base_url=control_plane_emulator.url, headers=headers, timeout=10) as client:
        yield client


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def start_flow(client: httpx.Client, provider: str, user_id: str, **more: Any) -> str:
    more["user_id"] = user_id
    answer = ok(client.post(AUTHENTICATE, json={"provider": provider, "scopes": ["repo"]} | more))
    assert answer["status"] == "pending"
    return str(answer["auth_id"])


def wait_now(client: httpx.Client, auth_id: str) -> Any:
    return ok(client.get(f"/v2/auth/wait/{auth_id}", params={"timeout": 0}))


def token_id(emulator: Emulator, provider: str, user_id: str | None) -> str:
    (stored,) = emulator.tokens(user_id=user_id, provider_id=provider)
    return stored.id


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- Providers ------------------------------------------------------------------------------


def test_a_provider_is_created_read_listed_updated_and_deleted(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    created = ok(client.post(PROVIDERS, json=GITHUB))
    assert created == {
        "id": created["id"],
        "organization_id": control_plane_emulator.workspace_id,
        "provider_id": "github",
        "name": "GitHub",
        "client_id": "gh-client",
        "auth_url": GITHUB["auth_url"],
        "token_url": GITHUB["token_url"],
        "uses_pkce": False,
        "code_challenge_method": "S256",
        "provider_type": None,
        "mcp_server_url": None,
        "token_endpoint_auth_method": "client_secret_post",
        "is_dynamic_client": False,
        "authorization_params": {},
        "allowed_redirect_uris": [],
        "default_redirect_uri": None,
        "created_at": created["created_at"],
        "updated_at": created["created_at"],
    }
    assert str(uuid.UUID(created["id"])) == created["id"]
    assert when(created["created_at"]).tzinfo is not None
    assert ok(client.get(f"{PROVIDERS}/github")) == created
    assert ok(client.get(PROVIDERS)) == [created]
    (provider,) = control_plane_emulator.providers()
    assert (provider.id, provider.provider_id) == (created["id"], "github")
    # The client secret is accepted and kept nowhere: not in an answer, not in the handle.
    assert "gh-secret-value" not in repr(provider)

    # A member left out or sent as null keeps its value.
    changes = {"name": "GitHub.com", "uses_pkce": True, "client_id": None, "client_secret": "x"}
    updated = ok(client.patch(f"{PROVIDERS}/github", json=changes))
    assert updated == created | {
        "name": "GitHub.com",
        "uses_pkce": True,
        "updated_at": updated["updated_at"],
    }
    assert when(updated["updated_at"]) >= when(created["updated_at"])
    assert ok(client.get(f"{PROVIDERS}/github")) == updated

    deleted = ok(client.delete(f"{PROVIDERS}/github"))
    assert deleted == {
        "message": "OAuth provider 'github' deleted",
        "provider_id": "github",
        "deleted_tokens": 0,
    }
    assert ok(client.get(PROVIDERS)) == []
    assert control_plane_emulator.providers() == []
    assert client.get(f"{PROVIDERS}/github").status_code == 404


@pytest.mark.parametrize(
    ("method", "body"), [("GET", None), ("PATCH", {"name": "x"}), ("DELETE", None)]
)
def test_an_unknown_provider_is_a_404(
    client: httpx.Client, method: str, body: dict[str, str] | None
) -> None:
    response = client.request(method, f"{PROVIDERS}/nope", json=body)
    assert response.status_code == 404
    assert response.json() == {"detail": "no provider 'nope'"}


def test_a_provider_id_with_an_encoded_slash_is_one_id(client: httpx.Client) -> None:
    ok(client.post(PROVIDERS, json=GITHUB | {"provider_id": "git/hub"}))
    assert ok(client.get(f"{PROVIDERS}/git%2Fhub"))["provider_id"] == "git/hub"
    assert client.get(f"{PROVIDERS}/git/hub").status_code == 404  # raw: another path
    ok(client.delete(f"{PROVIDERS}/git%2Fhub"))
    assert client.get(f"{PROVIDERS}/git%2Fhub").status_code == 404


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"client_id": None}, {"type": "missing", "loc": ["body", "client_id"]}),
        ({"auth_url": "not a url"}, {"type": "url_parsing", "loc": ["body", "auth_url"]}),
        (
            {"token_url": "ftp://host.example/t"},
            {"type": "url_scheme", "loc": ["body", "token_url"]},
        ),
        ({"auth_url": 5}, {"type": "string_type", "loc": ["body", "auth_url"]}),
        ({"provider_type": "github"}, {"type": "literal_error", "loc": ["body", "provider_type"]}),
    ],
    ids=["missing-field", "auth-url-not-a-url", "token-url-not-http", "not-a-string", "bad-type"],
)
def test_a_bad_provider_gets_a_422_naming_the_field_and_nothing_is_created(
    control_plane_emulator: Emulator,
    client: httpx.Client,
    change: dict[str, Any],
    error: dict[str, Any],
) -> None:
    body = {k: v for k, v in (GITHUB | change).items() if v is not None}
    response = client.post(PROVIDERS, json=body)
    assert response.status_code == 422
    (got,) = response.json()["detail"]
    assert {"type": got["type"], "loc": got["loc"]} == error
    assert isinstance(got["msg"], str)
    assert control_plane_emulator.providers() == []
    assert ok(client.get(PROVIDERS)) == []


def test_every_bad_url_is_named_at_once_and_an_update_is_checked_alike(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    response = client.post(PROVIDERS, json=GITHUB | {"auth_url": "x", "token_url": "y"})
    assert [e["loc"] for e in response.json()["detail"]] == [
        ["body", "auth_url"],
        ["body", "token_url"],
    ]
    assert [e["input"] for e in response.json()["detail"]] == ["x", "y"]
    ok(client.post(PROVIDERS, json=GITHUB))
    refused = client.patch(f"{PROVIDERS}/github", json={"name": "new", "auth_url": "nope"})
    assert refused.status_code == 422
    assert [e["loc"] for e in refused.json()["detail"]] == [["body", "auth_url"]]
    assert control_plane_emulator.providers()[0].name == "GitHub"  # Nothing half-applied.


def test_a_duplicate_provider_id_is_a_422_naming_provider_id_and_changes_nothing(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    first = ok(client.post(PROVIDERS, json=GITHUB))
    response = client.post(PROVIDERS, json=GITHUB | {"name": "Another"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {
                "type": "value_error",
                "loc": ["body", "provider_id"],
                "msg": "Value error, provider 'github' already exists",
                "input": "github",
            }
        ]
    }
    assert ok(client.get(PROVIDERS)) == [first]


def test_mcp_discovery_is_made_up_from_the_url_alone(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    # The host is never contacted: `.invalid` names cannot resolve (RFC 6761).
    url = "https://mcp.tools.invalid:8443/v1/sse"
    discovered = ok(
        client.post(
            f"{PROVIDERS}/mcp-discover",
            json={"provider_id": "tools", "name": "Tools", "mcp_server_url": url},
        )
    )
    assert discovered == discovered | {
        "provider_id": "tools",
        "name": "Tools",
        "client_id": f"mcp-{uuid.uuid5(uuid.NAMESPACE_URL, url)}",
        "auth_url": "https://mcp.tools.invalid:8443/authorize",
        "token_url": "https://mcp.tools.invalid:8443/token",
        "uses_pkce": True,
        "code_challenge_method": "S256",
        "provider_type": None,
        "mcp_server_url": url,
        "token_endpoint_auth_method": "none",
        "is_dynamic_client": True,
    }
    again = ok(
        client.post(
            f"{PROVIDERS}/mcp-discover",
            json={"provider_id": "tools-2", "name": "Tools", "mcp_server_url": url},
        )
    )
    same = ("client_id", "auth_url", "token_url")
    assert [again[k] for k in same] == [discovered[k] for k in same]  # Deterministic.

    bad = client.post(
        f"{PROVIDERS}/mcp-discover",
        json={"provider_id": "x", "name": "X", "mcp_server_url": "mcp.example"},
    )
    assert [e["loc"] for e in bad.json()["detail"]] == [["body", "mcp_server_url"]]
    taken = client.post(
        f"{PROVIDERS}/mcp-discover",
        json={"provider_id": "tools", "name": "X", "mcp_server_url": url},
    )
    assert [e["loc"] for e in taken.json()["detail"]] == [["body", "provider_id"]]
    assert [p.provider_id for p in control_plane_emulator.providers()] == ["tools", "tools-2"]


def test_authenticate_needs_no_registered_provider(client: httpx.Client) -> None:
    ok(client.post(PROVIDERS, json=GITHUB))
    start_flow(client, "google", "alice")  # Not registered: a flow all the same.


# --- Stored tokens --------------------------------------------------------------------------


def test_a_completed_consent_stores_a_token_summary_that_the_token_operations_show(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    auth_id = start_flow(client, "github", "alice", scopes=["repo", "gist"])
    assert ok(client.get(TOKENS)) == []
    control_plane_emulator.complete(auth_id, "tok-alice")

    listed = client.get(TOKENS)
    (summary,) = ok(listed)
    assert summary == {
        "id": token_id(control_plane_emulator, "github", "alice"),
        "provider_id": "github",
        "provider_account_label": None,
        "scopes": ["gist", "repo"],
        "expires_at": None,
        "is_default": True,
        "created_at": summary["created_at"],
        "updated_at": summary["created_at"],
    }
    assert "tok-alice" not in listed.text
    assert ok(client.get(TOKENS, params={"provider_id": "github"})) == [summary]
    assert ok(client.get(TOKENS, params={"provider_id": "google"})) == []
    assert ok(client.get(f"{TOKENS}/exists", params={"provider_id": "github"})) == {
        "has_token": True
    }
    assert ok(client.get(f"{TOKENS}/exists", params={"provider_id": "google"})) == {
        "has_token": False
    }
    (stored,) = control_plane_emulator.tokens(user_id="alice")
    assert (stored.user_id, stored.token) == ("alice", "tok-alice")
    assert "tok-alice" not in repr(stored)
    assert control_plane_emulator.tokens() == []  # The caller's own user has none.


def test_the_token_operations_see_every_users_tokens(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    for user_id in ("alice", "bob", None):
        control_plane_emulator.grant_token("github", ["repo"], user_id=user_id)
    control_plane_emulator.grant_token("google", [], user_id="alice")
    summaries = ok(client.get(TOKENS, params={"provider_id": "github"}))
    assert [s["id"] for s in summaries] == [
        token_id(control_plane_emulator, "github", user_id) for user_id in ("alice", "bob", None)
    ]
    assert len(ok(client.get(TOKENS))) == 4


def test_a_token_lifetime_sets_expires_at_and_expiry_needs_consent_again(
    client: httpx.Client,
) -> None:
    with Emulator(token_lifetime=3600) as emulator:
        emulator.grant_token("github", ["repo"], user_id="alice")
        (stored,) = emulator.tokens(user_id="alice")
        assert stored.expires_at == stored.created_at + timedelta(seconds=3600)
    with Emulator(token_lifetime=0) as emulator:
        headers = {"X-Api-Key": emulator.api_key}
        body = {"provider": "github", "scopes": ["repo"], "user_id": "alice"}
        emulator.grant_token("github", ["repo"], user_id="alice")
        answer = httpx.post(emulator.url + AUTHENTICATE, json=body, headers=headers).json()
        assert answer["status"] == "token_expired"


def test_a_new_consent_refreshes_the_stored_token_under_the_same_id(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    emulator.grant_token("github", ["repo"], user_id="alice", token="old")
    (before,) = emulator.tokens(user_id="alice")
    auth_id = start_flow(client, "github", "alice", force_new=True, is_default=False)
    emulator.complete(auth_id, "new")
    (after,) = emulator.tokens(user_id="alice")
    assert (after.id, after.token, after.is_default) == (before.id, "new", False)
    assert after.updated_at >= before.updated_at


def test_a_token_is_relabelled_and_made_default_or_not(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.grant_token("github", ["repo"], user_id="alice")
    tid = token_id(control_plane_emulator, "github", "alice")
    path = f"{TOKENS}/{tid}/metadata"

    labelled = ok(client.patch(path, json={"provider_account_label": "alice@work"}))
    assert (labelled["provider_account_label"], labelled["is_default"]) == ("alice@work", True)
    not_default = ok(client.patch(path, json={"is_default": False}))
    assert (not_default["provider_account_label"], not_default["is_default"]) == (
        "alice@work",
        False,
    )
    # A null label clears it; a null is_default, like one left out, keeps it.
    cleared = ok(client.patch(path, json={"provider_account_label": None, "is_default": None}))
    assert (cleared["provider_account_label"], cleared["is_default"]) == (None, False)
    assert ok(client.get(TOKENS)) == [cleared]
    missing = client.patch(f"{TOKENS}/nope/metadata", json={"is_default": True})
    assert (missing.status_code, missing.json()) == (404, {"detail": "no token 'nope'"})


def test_deleting_one_token(control_plane_emulator: Emulator, client: httpx.Client) -> None:
    control_plane_emulator.grant_token("github", ["repo"], user_id="alice")
    control_plane_emulator.grant_token("github", ["repo"], user_id="bob")
    tid = token_id(control_plane_emulator, "github", "alice")
    deleted = client.delete(f"{TOKENS}/{tid}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert control_plane_emulator.tokens(user_id="alice") == []
    assert len(control_plane_emulator.tokens(user_id="bob")) == 1
    again = client.delete(f"{TOKENS}/{tid}")
    assert (again.status_code, again.json()) == (404, {"detail": f"no token '{tid}'"})


def test_register_consent_list_revoke_and_consent_is_needed_again(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    # The demo's story, over HTTP: register a provider, get alice's token with consent, list
    # her tokens, revoke them, ask again.
    emulator = control_plane_emulator
    ok(client.post(PROVIDERS, json=GITHUB))
    body = {"provider": "github", "scopes": ["repo"], "user_id": "alice"}
    answer = ok(client.post(AUTHENTICATE, json=body))
    press_approve(answer["url"])
    token = ok(client.post(AUTHENTICATE, json=body))["token"]
    assert wait_now(client, answer["auth_id"]) == {"status": "completed", "token": token}
    (summary,) = ok(client.get(TOKENS, params={"provider_id": "github"}))
    assert summary["id"] == token_id(emulator, "github", "alice")
    emulator.grant_token("github", ["repo"], user_id="bob")

    revoked = ok(client.delete(TOKENS, params={"provider_id": "github"}))
    assert revoked == {  # Every user's.
        "message": "Revoked 2 token(s) for 'github'",
        "provider_id": "github",
        "deleted": 2,
    }
    assert ok(client.get(TOKENS)) == []
    assert emulator.tokens(user_id="alice") == []
    again = ok(client.post(AUTHENTICATE, json=body))
    assert (again["status"], again["token"]) == ("pending", None)
    assert again["auth_id"] != answer["auth_id"]

    # Revoking a provider with no tokens is no error: it says none went.
    assert ok(client.delete(TOKENS, params={"provider_id": "github"})) == {
        "message": "Revoked 0 token(s) for 'github'",
        "provider_id": "github",
        "deleted": 0,
    }
    missing = client.delete(TOKENS)
    assert missing.status_code == 422
    assert [e["loc"] for e in missing.json()["detail"]] == [["query", "provider_id"]]


def test_deleting_a_provider_deletes_its_tokens_and_their_connections(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    ok(client.post(PROVIDERS, json=GITHUB))
    emulator.grant_token("github", ["repo"], user_id="alice")
    emulator.grant_token("google", [], user_id="alice")
    emulator.connect("agent-1", token_id(emulator, "github", "alice"))
    assert ok(client.delete(f"{PROVIDERS}/github")) == {
        "message": "OAuth provider 'github' deleted",
        "provider_id": "github",
        "deleted_tokens": 1,
    }
    assert [t.provider_id for t in emulator.tokens(user_id="alice")] == ["google"]
    assert emulator.connections("agent-1") == []


def test_the_workspace_slack_operations_act_on_every_slack_token(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    exists = f"{TOKENS}/workspace/slack/exists"
    assert ok(client.get(exists)) == {"has_token": False}
    emulator.add_provider("acme-chat", provider_type="slack")
    emulator.grant_token("slack", ["chat:write"], user_id="alice")
    emulator.grant_token("acme-chat", ["chat:write"], user_id="bob")
    emulator.grant_token("github", ["repo"], user_id="alice")
    assert ok(client.get(exists)) == {"has_token": True}
    assert ok(client.delete(f"{TOKENS}/workspace/slack")) == {"deleted": 2}
    assert ok(client.get(exists)) == {"has_token": False}
    assert [t.provider_id for t in emulator.tokens(user_id="alice")] == ["github"]
    assert ok(client.delete(f"{TOKENS}/workspace/slack")) == {"deleted": 0}


# --- Agent connections ----------------------------------------------------------------------


def test_an_agent_connection_links_a_token_to_an_agent(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    emulator.grant_token("github", ["repo"], user_id="alice")
    tid = token_id(emulator, "github", "alice")
    connections = "/v2/auth/agents/agent-1/connections"

    created = ok(client.post(connections, json={"oauth_token_id": tid}), 201)
    assert created == {
        "id": created["id"],
        "agent_id": "agent-1",
        "oauth_token_id": tid,
        "provider_id": "github",
        "provider_account_label": None,
        "scopes": ["repo"],
        "expires_at": None,
        "created_by": "alice",
        "created_at": created["created_at"],
    }
    assert ok(client.post(connections, json={"oauth_token_id": tid}), 201) == created  # Once.
    assert ok(client.get(connections)) == {"data": [created]}
    assert ok(client.get("/v2/auth/agents/agent-2/connections")) == {"data": []}
    assert [c.id for c in emulator.connections("agent-1")] == [created["id"]]
    # The token's details are read as they are now.
    ok(client.patch(f"{TOKENS}/{tid}/metadata", json={"provider_account_label": "work"}))
    assert ok(client.get(connections))["data"][0]["provider_account_label"] == "work"

    wrong_agent = client.delete(f"/v2/auth/agents/agent-2/connections/{created['id']}")
    assert wrong_agent.status_code == 404
    removed = client.delete(f"{connections}/{created['id']}")
    assert (removed.status_code, removed.content) == (204, b"")
    assert ok(client.get(connections)) == {"data": []}
    assert len(emulator.tokens(user_id="alice")) == 1  # The token stays.
    assert client.delete(f"{connections}/{created['id']}").status_code == 404


def test_a_connection_needs_a_stored_token_and_goes_with_it(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    unknown = client.post("/v2/auth/agents/a/connections", json={"oauth_token_id": "nope"})
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "no token 'nope'"})
    missing = client.post("/v2/auth/agents/a/connections", json={})
    assert [e["loc"] for e in missing.json()["detail"]] == [["body", "oauth_token_id"]]

    emulator.grant_token("github", ["repo"])  # The caller's own user.
    tid = token_id(emulator, "github", None)
    assert emulator.connect("a", tid).created_by == "emulator-user"
    client.delete(f"{TOKENS}/{tid}")
    assert emulator.connections("a") == []


# --- The provider's redirect back: callback and setup ---------------------------------------


def test_the_callback_finishes_the_flow_its_state_names(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    auth_id = start_flow(client, "github", "alice")
    callback = "/v2/auth/callback/github"

    def outcome(provider: str = "github", **query: str) -> Any:
        return ok(client.get(f"/v2/auth/callback/{provider}", params=query))

    assert outcome("google", code="c", state=auth_id) == {
        "status": "not_found",  # The flow is github's.
        "provider_id": "google",
        "auth_id": auth_id,
    }
    assert outcome(state=auth_id)["status"] == "invalid"  # Neither a code nor an error.
    assert outcome(code="c")["status"] == "invalid"
    # A refusal ends the flow: waits on it answer not_found at once, and it cannot be approved.
    refused = start_flow(client, "github", "alice")
    assert outcome(error="access_denied", state=refused)["status"] == "denied"
    assert wait_now(client, refused) == {"status": "not_found", "token": None}
    assert outcome(code="c", state=refused)["status"] == "not_found"
    assert wait_now(client, auth_id) == {"status": "pending", "token": None}

    assert outcome(code="c", state=auth_id)["status"] == "completed"
    assert outcome(error="access_denied", state=auth_id)["status"] == "already_completed"
    (stored,) = control_plane_emulator.tokens(user_id="alice")
    assert wait_now(client, auth_id) == {"status": "completed", "token": stored.token}
    assert outcome(code="c", state=auth_id)["status"] == "already_completed"
    assert outcome(code="c", state="unknown")["status"] == "not_found"

    other = start_flow(client, "github", "bob")
    posted = ok(client.post(callback, json={"code": "c", "state": other}))
    assert posted == {"status": "completed", "provider_id": "github", "auth_id": other}
    assert len(control_plane_emulator.tokens(user_id="bob")) == 1
    assert httpx.get(control_plane_emulator.url + callback).status_code == 401


def test_the_setup_route_finishes_a_flow_and_acknowledges_an_update(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    auth_id = start_flow(client, "github-app", "alice")
    setup = "/v2/auth/setup/github-app"
    assert ok(client.get(setup, params={"setup_action": "update", "installation_id": 7})) == {
        "status": "updated",
        "provider_id": "github-app",
    }
    assert wait_now(client, auth_id)["status"] == "pending"
    finished = ok(client.get(setup, params={"code": "c", "state": auth_id, "installation_id": 7}))
    assert finished == {"status": "completed", "provider_id": "github-app", "auth_id": auth_id}
    assert wait_now(client, auth_id)["status"] == "completed"
    bad = client.get(setup, params={"installation_id": "seven"})
    assert [e["loc"] for e in bad.json()["detail"]] == [["query", "installation_id"]]


# --- Credentials, faults and methods on the new operations ---------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", PROVIDERS),
        ("GET", TOKENS),
        ("GET", "/v2/auth/agents/a/connections"),
        ("GET", "/v2/auth/setup/github"),
        ("DELETE", f"{TOKENS}/workspace/slack"),
    ],
)
def test_every_operation_needs_credentials(
    control_plane_emulator: Emulator, method: str, path: str
) -> None:
    assert httpx.request(method, control_plane_emulator.url + path).status_code == 401
    bearer = {"Authorization": f"Bearer {control_plane_emulator.bearer_token}"}
    url = control_plane_emulator.url + path
    assert httpx.request(method, url, headers=bearer).status_code == 200


def test_faults_fire_on_every_operation_and_flow_scoped_ones_only_on_its_waits(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    emulator.fail_next(503, auth_id="x")
    emulator.fail_next(502)
    assert client.get(PROVIDERS).status_code == 502
    assert client.get(PROVIDERS).status_code == 200  # The flow-scoped fault is x's.
    assert client.get("/v2/auth/wait/x", params={"timeout": 0}).status_code == 503
    emulator.unknown_status_next("revoked")
    assert ok(client.get(TOKENS)) == {"status": "revoked"}
    assert [r.status_code for r in emulator.requests()] == [502, 200, 503, 200]


def test_a_405_lists_every_method_the_path_serves(client: httpx.Client) -> None:
    response = client.put("/v2/auth/agents/a/connections")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert client.put(TOKENS).headers["allow"] == "DELETE, GET"
    # A literal path beside a template that also matches it is its own resource.
    assert client.put(f"{TOKENS}/exists").headers["allow"] == "GET"
    assert client.put(f"{PROVIDERS}/mcp-discover").headers["allow"] == "POST"
