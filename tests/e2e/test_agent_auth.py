"""Agent Auth's management calls end to end, through both clients, on the emulator: every call
langchain-auth has (and the rest of Auth Service and Agent Connections) as generated resource
methods, with the SDK's guarantees. Their retry decisions are the unit tests'; here, the wiring."""

from __future__ import annotations

import time

import pytest
from langsmith_control_plane import (
    APIConnectionError,
    NotFoundError,
    RequestValidationError,
)
from langsmith_control_plane.testing import Emulator, press_approve

from tests.e2e.conftest import Connect
from tests.support.checks import CLIENT_SECRET, assert_no_secret, expect

GITHUB = {
    "provider_id": "github",
    "name": "GitHub",
    "client_id": "client-1",
    "auth_url": "https://github.com/login/oauth/authorize",
    "token_url": "https://github.com/login/oauth/access_token",
}


def test_a_provider_is_created_read_listed_updated_and_deleted(
    connect: Connect, emulator: Emulator
) -> None:
    client = connect(emulator.url)
    auth = client.cp.auth
    created = client.run(lambda: auth.providers.create(**GITHUB, client_secret=CLIENT_SECRET))
    assert (created.provider_id, created.client_id) == ("github", "client-1")
    assert "client_secret" not in created.to_dict()  # no answer carries the secret
    assert_no_secret(repr(created))
    assert client.run(lambda: auth.providers.retrieve("github")).name == "GitHub"
    assert [p.provider_id for p in client.run(auth.providers.list)] == ["github"]
    updated = client.run(lambda: auth.providers.update("github", name="GitHub Enterprise"))
    assert updated.name == "GitHub Enterprise"
    client.run(lambda: auth.providers.delete("github"))
    error = expect(NotFoundError, lambda: client.run(lambda: auth.providers.retrieve("github")))
    assert (error.method, error.path, error.attempts) == ("GET", "/v2/auth/providers/github", 1)
    # The secret went to the server, in the create's body, and nowhere else.
    bodies = [r.body for r in emulator.requests() if r.method == "POST"]
    assert [CLIENT_SECRET in body for body in bodies] == [True]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"auth_url": "not a url"}, "auth_url"),
        ({}, "provider_id"),  # the second create of the same provider_id
    ],
    ids=["not-a-url", "duplicate"],
)
def test_a_bad_provider_is_refused_naming_the_field_and_nothing_is_half_created(
    connect: Connect, emulator: Emulator, change: dict[str, str], field: str
) -> None:
    client = connect(emulator.url)
    auth = client.cp.auth
    if not change:
        client.run(lambda: auth.providers.create(**GITHUB, client_secret=CLIENT_SECRET))
    before = emulator.providers()
    bad = {**GITHUB, **change}
    error = expect(
        RequestValidationError,
        lambda: client.run(lambda: auth.providers.create(**bad, client_secret=CLIENT_SECRET)),
    )
    assert [e.loc for e in error.errors] == [["body", field]]
    assert emulator.providers() == before
    assert_no_secret(error.body)  # the 422 echoes the request; the secret is masked


def test_a_missing_field_is_a_type_error_before_anything_is_sent(
    connect: Connect, emulator: Emulator
) -> None:
    client = connect(emulator.url)
    incomplete = {k: v for k, v in GITHUB.items() if k != "token_url"}
    with pytest.raises(TypeError, match="token_url"):
        client.run(lambda: client.cp.auth.providers.create(**incomplete))  # type: ignore[call-arg]
    assert emulator.requests() == []


def test_a_granted_token_is_listed_checked_and_revoked_and_consent_is_needed_again(
    connect: Connect, emulator: Emulator
) -> None:
    client = connect(emulator.url)
    auth = client.cp.auth
    started = client.run(lambda: auth.authenticate("github", ["repo"], user_id="alice"))
    assert started.url is not None
    assert started.auth_id is not None
    press_approve(started.url)
    client.run(lambda: auth.wait(started.auth_id))
    (summary,) = client.run(lambda: auth.tokens.list(provider_id="github"))
    assert (summary.provider_id, summary.scopes, summary.is_default) == ("github", ["repo"], True)
    assert client.run(lambda: auth.tokens.exists(provider_id="github")).has_token
    revoked = client.run(lambda: auth.tokens.delete_many(provider_id="github"))
    assert revoked["deleted"] == 1
    assert not client.run(lambda: auth.tokens.exists(provider_id="github")).has_token
    # Revoking again is no error: none went.
    again = client.run(lambda: auth.tokens.delete_many(provider_id="github"))
    assert again["deleted"] == 0
    after = client.run(lambda: auth.authenticate("github", ["repo"], user_id="alice"))
    assert after.status == "pending"


def test_an_agent_connection_links_a_token_and_is_removed(
    connect: Connect, emulator: Emulator
) -> None:
    client = connect(emulator.url)
    connections = client.cp.agent_connections
    emulator.grant_token("github", ["repo"], user_id="alice")
    (token,) = emulator.tokens(user_id="alice")
    made = client.run(lambda: connections.create("agent-1", oauth_token_id=token.id))
    assert (made.agent_id, made.oauth_token_id) == ("agent-1", token.id)
    listed = client.run(lambda: connections.list("agent-1"))
    assert [c.id for c in listed.data] == [made.id]
    removed = client.run(lambda: connections.delete("agent-1", made.id))
    assert removed is None  # a 204
    assert client.run(lambda: connections.list("agent-1")).data == []


def test_extra_headers_reach_the_server_beside_the_credentials(
    connect: Connect, emulator: Emulator
) -> None:
    client = connect(emulator.url)
    client.run(lambda: client.cp.auth.providers.list(extra_headers={"X-Trace-Id": "t-1"}))
    (sent,) = emulator.requests()
    assert sent.headers["x-trace-id"] == "t-1"
    assert sent.headers["x-api-key"] == emulator.api_key


def test_a_management_call_against_a_dead_api_ends_by_its_deadline_naming_the_host(
    connect: Connect, dead_url: str
) -> None:
    client = connect(dead_url)
    started = time.monotonic()
    error = expect(
        APIConnectionError,
        lambda: client.run(lambda: client.cp.auth.providers.list(timeout=1)),
    )
    # The deadline is the behaviour under test; the margin holds on a loaded machine.
    assert time.monotonic() - started < 10
    assert error.host == "127.0.0.1"
    assert "127.0.0.1" in str(error)
    assert error.attempts >= 1
