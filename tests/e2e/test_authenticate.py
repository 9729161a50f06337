"""`auth.authenticate` and `auth.get_token`, both clients, over real HTTP against the emulator."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from langsmith_control_plane import (
    APIConnectionError,
    AsyncControlPlane,
    AuthenticateResult,
    ConfigurationError,
    ControlPlane,
    InternalServerError,
    UnexpectedAuthStatusError,
)
from langsmith_control_plane.testing import Emulator

from tests.support.clients import new_runner

KEY = "sk-authenticate-secret"
SCOPES = ["repo", "read:user"]


class Agent:
    """authenticate/get_token through the sync or the async client, behind one interface."""

    def __init__(self, mode: str, **options: Any) -> None:
        self.mode = mode
        self.runner = new_runner("async" if mode == "sync" else mode)
        self.sync = ControlPlane(**options)
        self.async_ = AsyncControlPlane(**options)

    def authenticate(self, *args: Any, **kwargs: Any) -> AuthenticateResult:
        if self.mode == "sync":
            return self.sync.auth.authenticate(*args, **kwargs)
        return self.runner.run(self.async_.auth.authenticate(*args, **kwargs))

    def get_token(self, *args: Any, **kwargs: Any) -> str:
        if self.mode == "sync":
            return self.sync.auth.get_token(*args, **kwargs)
        return self.runner.run(self.async_.auth.get_token(*args, **kwargs))

    def wait_token(self, auth_id: str) -> str:
        if self.mode == "sync":
            return self.sync.auth.wait(auth_id, timeout=10).token
        return self.runner.run(self.async_.auth.wait(auth_id, timeout=10)).token

    def close(self) -> None:
        self.sync.close()
        self.runner.run(self.async_.aclose())
        self.runner.close()


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key=KEY) as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def agent(request: pytest.FixtureRequest, emulator: Emulator) -> Iterator[Agent]:
    agent = Agent(
        request.param, api_key=KEY, workspace_id=emulator.workspace_id, base_url=emulator.url
    )
    yield agent
    agent.close()


def posts(emulator: Emulator) -> list[Any]:
    return [r for r in emulator.requests() if r.method == "POST"]


def test_consent_then_token_then_the_stored_token(agent: Agent, emulator: Emulator) -> None:
    started = agent.authenticate("github", SCOPES, user_id="alice")
    assert started.status == "pending"
    assert started.token is None
    assert started.auth_id is not None
    assert started.url == emulator.authorize_url(started.auth_id)
    assert started.response.auth_id == started.auth_id

    (sent,) = posts(emulator)
    assert sent.path == "/v2/auth/authenticate"
    assert sent.headers["x-api-key"] == KEY
    assert sent.headers["x-tenant-id"] == emulator.workspace_id
    assert sent.headers["content-type"] == "application/json"
    # What the call was given; the fields it was not given are left to the server's defaults.
    assert json.loads(sent.body) == {
        "provider": "github",
        "scopes": SCOPES,
        "user_id": "alice",
        "force_new": False,
    }

    emulator.complete(started.auth_id, "tok-alice")
    assert agent.wait_token(started.auth_id) == "tok-alice"

    again = agent.authenticate("github", SCOPES, user_id="alice")
    assert (again.status, again.token, again.url, again.auth_id) == (
        "completed",
        "tok-alice",
        None,
        None,
    )
    assert again.completed is True
    assert "tok-alice" not in repr(again)
    assert len(posts(emulator)) == 2


def test_force_new_starts_a_new_flow_over_a_stored_token(agent: Agent, emulator: Emulator) -> None:
    emulator.grant_token("github", SCOPES, user_id="alice", token="tok-old")
    fresh = agent.authenticate("github", SCOPES, user_id="alice", force_new=True)
    assert fresh.status == "pending"
    assert json.loads(posts(emulator)[0].body)["force_new"] is True


def test_get_token_shows_the_url_once_and_returns_the_token(
    agent: Agent, emulator: Emulator
) -> None:
    shown: list[str] = []

    def user_opens(url: str) -> None:
        shown.append(url)
        auth_id = url.rsplit("/", 1)[1]
        emulator.complete(auth_id, "tok-bob")  # the user approves at once

    assert agent.get_token("github", SCOPES, user_id="bob", on_auth_url=user_opens) == "tok-bob"
    assert len(shown) == 1
    assert shown[0].startswith(emulator.url + "/_emulator/authorize/")

    # Granted: the next call returns the stored token without showing anything.
    assert agent.get_token("github", SCOPES, user_id="bob", on_auth_url=shown.append) == "tok-bob"
    assert len(shown) == 1


def test_get_token_through_an_expired_token(agent: Agent, emulator: Emulator) -> None:
    emulator.grant_token("github", SCOPES, user_id="carol", token="tok-stale")
    emulator.expire_token("github", user_id="carol")
    expired = agent.authenticate("github", SCOPES, user_id="carol")
    assert expired.status == "token_expired"
    assert expired.auth_id is not None

    def user_opens(url: str) -> None:
        emulator.complete(url.rsplit("/", 1)[1], "tok-new")

    assert agent.get_token("github", SCOPES, user_id="carol", on_auth_url=user_opens) == "tok-new"


def test_async_get_token_awaits_a_coroutine_callback(emulator: Emulator) -> None:
    shown: list[str] = []

    async def user_opens(url: str) -> None:
        await asyncio.sleep(0)
        shown.append(url)
        emulator.complete(url.rsplit("/", 1)[1], "tok-dan")

    async def main() -> str:
        async with AsyncControlPlane(api_key=KEY, base_url=emulator.url) as acp:
            return await acp.auth.get_token("github", SCOPES, user_id="dan", on_auth_url=user_opens)

    assert asyncio.run(main()) == "tok-dan"
    assert len(shown) == 1


@pytest.mark.parametrize(
    ("status", "retry_after", "posts_sent"),
    [(429, None, 2), (503, "0", 2)],
    ids=["429", "503-with-retry-after"],
)
def test_the_post_is_sent_again_when_the_server_did_not_act(
    agent: Agent, emulator: Emulator, status: int, retry_after: str | None, posts_sent: int
) -> None:
    emulator.fail_next(status, retry_after=retry_after)
    assert agent.authenticate("github", SCOPES, user_id="eve").status == "pending"
    assert [r.status_code for r in posts(emulator)] == [status, 200]
    assert len(posts(emulator)) == posts_sent


def test_a_503_without_retry_after_is_not_sent_again(agent: Agent, emulator: Emulator) -> None:
    emulator.fail_next(503)
    with pytest.raises(InternalServerError):
        agent.authenticate("github", SCOPES, user_id="eve")
    assert [r.status_code for r in posts(emulator)] == [503]


def test_a_connection_dropped_after_sending_is_never_sent_again(
    agent: Agent, emulator: Emulator
) -> None:
    emulator.drop_next()
    with pytest.raises(APIConnectionError) as raised:
        agent.authenticate("github", SCOPES, user_id="eve")
    assert raised.value.reached_server is True
    assert [r.status_code for r in posts(emulator)] == [None]


def test_a_refused_connection_is_retried_then_raised_naming_the_host() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with (
        ControlPlane(api_key=KEY, base_url=f"http://127.0.0.1:{port}") as cp,
        pytest.raises(APIConnectionError) as raised,
    ):
        cp.auth.authenticate("github", SCOPES, user_id="eve", timeout=1.5)
    assert raised.value.reached_server is False
    assert raised.value.host == "127.0.0.1"
    assert "127.0.0.1" in raised.value.message


def test_an_unknown_status_is_named(agent: Agent, emulator: Emulator) -> None:
    emulator.unknown_status_next(value="revoked")
    with pytest.raises(UnexpectedAuthStatusError) as raised:
        agent.authenticate("github", SCOPES, user_id="eve")
    assert raised.value.status == "revoked"


@pytest.mark.parametrize(
    ("provider", "scopes", "message"),
    [
        ("", SCOPES, "provider must be a non-empty string"),
        ("github", "repo", "scopes must be a list of strings"),
        ("github", ["repo", 3], "scopes[1] must be a non-empty string"),
    ],
)
def test_misuse_is_refused_before_sending(
    agent: Agent, emulator: Emulator, provider: Any, scopes: Any, message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("[", r"\[")):
        agent.authenticate(provider, scopes, user_id="eve")
    assert emulator.requests() == []
