"""`auth.authenticate` and `auth.get_token`, both clients, over real HTTP against the emulator."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from langsmith_control_plane import (
    APIConnectionError,
    AsyncControlPlane,
    ConfigurationError,
    UnexpectedAuthStatusError,
)
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support.checks import KEY, TOKEN, WORKSPACE, expect
from tests.support.clients import Client

SCOPES = ["repo", "read:user"]
# Each a secret the log-hygiene check finds (`TOKEN` is part of it).
ALICE, OLD, BOB, STALE, NEW, DAN = (
    f"{TOKEN}-{who}" for who in ["alice", "old", "bob", "stale", "new", "dan"]
)


@pytest.fixture
def client(connect: Connect, emulator: Emulator) -> Client:
    return connect(emulator.url)


def posts(emulator: Emulator) -> list[Any]:
    return [r for r in emulator.requests() if r.method == "POST"]


def test_consent_then_token_then_the_stored_token(client: Client, emulator: Emulator) -> None:
    started = client.authenticate("github", SCOPES, user_id="alice")
    assert started.status == "pending"
    assert started.token is None
    assert started.auth_id is not None
    assert started.url == emulator.authorize_url(started.auth_id)
    assert started.response.auth_id == started.auth_id

    (sent,) = posts(emulator)
    assert sent.path == "/v2/auth/authenticate"
    assert sent.headers["x-api-key"] == KEY
    assert sent.headers["x-tenant-id"] == WORKSPACE
    assert sent.headers["content-type"] == "application/json"
    # What the call was given; the fields it was not given are left to the server's defaults.
    assert json.loads(sent.body) == {
        "provider": "github",
        "scopes": SCOPES,
        "user_id": "alice",
        "force_new": False,
    }

    emulator.complete(started.auth_id, ALICE)
    assert client.wait(started.auth_id, timeout=10).token == ALICE

    again = client.authenticate("github", SCOPES, user_id="alice")
    assert (again.status, again.token, again.url, again.auth_id) == (
        "completed",
        ALICE,
        None,
        None,
    )
    assert again.completed is True
    assert ALICE not in repr(again)
    assert len(posts(emulator)) == 2


def test_force_new_starts_a_new_flow_over_a_stored_token(
    client: Client, emulator: Emulator
) -> None:
    emulator.grant_token("github", SCOPES, user_id="alice", token=OLD)
    fresh = client.authenticate("github", SCOPES, user_id="alice", force_new=True)
    assert fresh.status == "pending"
    assert json.loads(posts(emulator)[0].body)["force_new"] is True


def test_get_token_shows_the_url_once_and_returns_the_token(
    client: Client, emulator: Emulator
) -> None:
    shown: list[str] = []

    def user_opens(url: str) -> None:
        shown.append(url)
        auth_id = url.rsplit("/", 1)[1]
        emulator.complete(auth_id, BOB)  # the user approves at once

    assert client.get_token("github", SCOPES, user_id="bob", on_auth_url=user_opens) == BOB
    assert len(shown) == 1
    assert shown[0].startswith(emulator.url + "/_emulator/authorize/")

    # Granted: the next call returns the stored token without showing anything.
    assert client.get_token("github", SCOPES, user_id="bob", on_auth_url=shown.append) == BOB
    assert len(shown) == 1


def test_get_token_through_an_expired_token(client: Client, emulator: Emulator) -> None:
    emulator.grant_token("github", SCOPES, user_id="carol", token=STALE)
    emulator.expire_token("github", user_id="carol")
    expired = client.authenticate("github", SCOPES, user_id="carol")
    assert expired.status == "token_expired"
    assert expired.auth_id is not None

    def user_opens(url: str) -> None:
        emulator.complete(url.rsplit("/", 1)[1], NEW)

    assert client.get_token("github", SCOPES, user_id="carol", on_auth_url=user_opens) == NEW


def test_async_get_token_awaits_a_coroutine_callback(emulator: Emulator) -> None:
    shown: list[str] = []

    async def user_opens(url: str) -> None:
        await asyncio.sleep(0)
        shown.append(url)
        emulator.complete(url.rsplit("/", 1)[1], DAN)

    async def main() -> str:
        async with AsyncControlPlane(
            api_key=KEY, workspace_id=WORKSPACE, base_url=emulator.url
        ) as acp:
            return await acp.auth.get_token("github", SCOPES, user_id="dan", on_auth_url=user_opens)

    assert asyncio.run(main()) == DAN
    assert len(shown) == 1


# Which answers let a POST be sent again is pinned in tests/unit/test_policy.py; here, one case
# each way proves the client follows the policy on the wire.


def test_a_post_the_server_did_not_act_on_is_sent_again(client: Client, emulator: Emulator) -> None:
    emulator.fail_next(429)
    assert client.authenticate("github", SCOPES, user_id="eve").status == "pending"
    assert [r.status_code for r in posts(emulator)] == [429, 200]


def test_a_post_that_reached_the_server_is_never_sent_again(
    client: Client, emulator: Emulator
) -> None:
    emulator.drop_next()
    error = expect(APIConnectionError, lambda: client.authenticate("github", SCOPES, user_id="eve"))
    assert error.reached_server is True
    assert [r.status_code for r in posts(emulator)] == [None]


def test_a_refused_connection_is_raised_naming_the_host(connect: Connect, dead_url: str) -> None:
    client = connect(dead_url, max_retries=1)
    error = expect(APIConnectionError, lambda: client.authenticate("github", SCOPES, user_id="eve"))
    assert (error.host, error.reached_server) == ("127.0.0.1", False)
    assert "127.0.0.1" in error.message


def test_an_unknown_status_is_named(client: Client, emulator: Emulator) -> None:
    emulator.unknown_status_next(value="revoked")
    error = expect(
        UnexpectedAuthStatusError, lambda: client.authenticate("github", SCOPES, user_id="eve")
    )
    assert error.status == "revoked"


@pytest.mark.parametrize(
    ("provider", "scopes", "message"),
    [
        ("", SCOPES, "provider must be a non-empty string"),
        ("github", "repo", "scopes must be a list of strings"),
        ("github", ["repo", 3], "scopes[1] must be a non-empty string"),
    ],
)
def test_misuse_is_refused_before_sending(
    client: Client, emulator: Emulator, provider: Any, scopes: Any, message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("[", r"\[")):
        client.authenticate(provider, scopes, user_id="eve")
    assert emulator.requests() == []
