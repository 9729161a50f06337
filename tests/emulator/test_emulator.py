"""The emulator, over real HTTP on loopback: authenticate, long-polls, credentials, validation,
faults, admin API."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any
from urllib.parse import quote

import anyio.to_thread
import httpx
import pytest
from langsmith_control_plane.testing import (
    DEFAULT_API_KEY,
    DEFAULT_BEARER_TOKEN,
    DEFAULT_WORKSPACE_ID,
    Emulator,
    RecordedRequest,
)

pytest_plugins = ("pytester",)

NOT_FOUND = {"status": "not_found", "token": None}
AUTHENTICATE = "/v2/auth/authenticate"


def wait_path(auth_id: str) -> str:
    return f"/v2/auth/wait/{quote(auth_id, safe='')}"


def credentials(emulator: Emulator) -> dict[str, str]:
    return {"X-Api-Key": emulator.api_key, "X-Tenant-Id": emulator.workspace_id}


@pytest.fixture
def client(control_plane_emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=control_plane_emulator.url,
        headers=credentials(control_plane_emulator),
        timeout=10,
    ) as client:
        yield client


class Waiter:
    """One long-poll on its own thread, timed from the moment it answers (or fails)."""

    def __init__(self, emulator: Emulator, auth_id: str, timeout: int = 10) -> None:
        self.response: httpx.Response | None = None
        self.error: Exception | None = None
        self.answered_at = 0.0
        self._args = (emulator.url + wait_path(auth_id), credentials(emulator), timeout)
        self._thread = threading.Thread(target=self._run)
        self._thread.start()

    def _run(self) -> None:
        url, headers, timeout = self._args
        try:
            self.response = httpx.get(
                url, params={"timeout": timeout}, headers=headers, timeout=timeout + 5
            )
        except Exception as exc:
            self.error = exc
        self.answered_at = time.monotonic()

    def result(self) -> Any:
        self._thread.join(15)
        assert not self._thread.is_alive(), "the long-poll never answered"
        assert self.response is not None, self.error
        assert self.response.status_code == 200
        return self.response.json()


# --- The long-poll -------------------------------------------------------------------------


def test_long_poll_answers_at_once_when_completed_from_another_thread(
    control_plane_emulator: Emulator,
) -> None:
    emulator = control_plane_emulator
    auth_id = emulator.create_auth()
    waiter = Waiter(emulator, auth_id, timeout=10)
    emulator.wait_for_waiters(auth_id)  # The request is parked in the server, not in flight.

    completed_at = time.monotonic()
    token = emulator.complete(auth_id, "tok-1")

    assert waiter.result() == {"status": "completed", "token": "tok-1"}
    assert token == "tok-1"
    # Held for up to 10 s, answered on `complete`: a second's margin holds on a loaded machine.
    assert waiter.answered_at - completed_at < 1


def test_timeout_1_answers_timeout_after_about_a_second(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    auth_id = control_plane_emulator.create_auth()
    started = time.monotonic()
    response = client.get(wait_path(auth_id), params={"timeout": 1})
    elapsed = time.monotonic() - started
    assert response.json() == {"status": "timeout", "token": None}
    assert 0.9 <= elapsed < 3


@pytest.mark.parametrize("timeout", [0, -1, -(2**63)])
def test_a_timeout_of_0_or_less_on_a_live_flow_is_pending_at_once(
    control_plane_emulator: Emulator, client: httpx.Client, timeout: int
) -> None:
    # The spec allows any integer: a negative one is not refused, it answers as 0 does.
    auth_id = control_plane_emulator.create_auth()
    response = client.get(wait_path(auth_id), params={"timeout": timeout})
    assert response.status_code == 200
    assert response.json() == {"status": "pending", "token": None}


def test_unknown_flow_is_not_found_at_once(client: httpx.Client) -> None:
    started = time.monotonic()
    response = client.get(wait_path("never-created"), params={"timeout": 5})
    assert response.json() == NOT_FOUND
    assert time.monotonic() - started < 2


def test_expired_flow_is_not_found(control_plane_emulator: Emulator, client: httpx.Client) -> None:
    auth_id = control_plane_emulator.create_auth()
    control_plane_emulator.expire(auth_id)
    assert client.get(wait_path(auth_id), params={"timeout": 5}).json() == NOT_FOUND
    with pytest.raises(KeyError):
        control_plane_emulator.complete(auth_id)


def test_expire_wakes_a_parked_waiter_with_not_found(control_plane_emulator: Emulator) -> None:
    auth_id = control_plane_emulator.create_auth()
    waiter = Waiter(control_plane_emulator, auth_id)
    control_plane_emulator.wait_for_waiters(auth_id)
    control_plane_emulator.expire(auth_id)
    assert waiter.result() == NOT_FOUND


def test_a_waiter_whose_client_gives_up_stops_waiting(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    auth_id = control_plane_emulator.create_auth()
    with pytest.raises(httpx.ReadTimeout):
        client.get(wait_path(auth_id), params={"timeout": 30}, timeout=0.3)
    # Once the server notices the disconnect the request leaves the flow and is logged.
    deadline = time.monotonic() + 5
    while not control_plane_emulator.requests() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [r.timeout for r in control_plane_emulator.requests()] == [30]
    # Nothing is parked now: one new waiter makes the count exactly one.
    waiter = Waiter(control_plane_emulator, auth_id)
    control_plane_emulator.wait_for_waiters(auth_id, 1)
    with pytest.raises(TimeoutError):
        control_plane_emulator.wait_for_waiters(auth_id, 2, timeout=0.1)
    control_plane_emulator.complete(auth_id, "tok")
    assert waiter.result()["token"] == "tok"


def test_a_completed_flow_answers_its_token_to_every_wait_until_its_ttl() -> None:
    with (
        Emulator(completed_ttl=0.5) as emulator,
        httpx.Client(base_url=emulator.url, headers=credentials(emulator)) as client,
    ):
        auth_id = emulator.create_auth()
        token = emulator.complete(auth_id)
        completed = {"status": "completed", "token": token}
        # Idempotent: a retry after a lost response, and a late second waiter, get it too.
        assert client.get(wait_path(auth_id), params={"timeout": 0}).json() == completed
        assert client.get(wait_path(auth_id), params={"timeout": 5}).json() == completed
        with pytest.raises(ValueError, match="already completed"):
            emulator.complete(auth_id, "another")
        time.sleep(0.6)  # Time passing is the subject here: the TTL is 0.5 s.
        assert client.get(wait_path(auth_id), params={"timeout": 5}).json() == NOT_FOUND


@pytest.mark.anyio
async def test_fifty_concurrent_waiters_on_one_flow_all_get_the_token(
    control_plane_emulator: Emulator,
) -> None:
    emulator = control_plane_emulator
    auth_id = emulator.create_auth()
    limits = httpx.Limits(max_connections=60)
    async with httpx.AsyncClient(
        base_url=emulator.url, headers=credentials(emulator), limits=limits, timeout=20
    ) as client:
        polls = [
            asyncio.ensure_future(client.get(wait_path(auth_id), params={"timeout": 15}))
            for _ in range(50)
        ]
        await anyio.to_thread.run_sync(lambda: emulator.wait_for_waiters(auth_id, 50, timeout=10))
        token = emulator.complete(auth_id)
        responses = await asyncio.gather(*polls)
    assert [r.json() for r in responses] == [{"status": "completed", "token": token}] * 50


def test_wait_for_total_waiters_counts_across_flows(control_plane_emulator: Emulator) -> None:
    flows = [control_plane_emulator.create_auth() for _ in range(3)]
    waiters = [Waiter(control_plane_emulator, auth_id) for auth_id in flows]
    control_plane_emulator.wait_for_total_waiters(3)
    for auth_id in flows:
        control_plane_emulator.complete(auth_id, f"t-{auth_id}")
    assert [w.result()["token"] for w in waiters] == [f"t-{auth_id}" for auth_id in flows]
    with pytest.raises(TimeoutError):
        control_plane_emulator.wait_for_total_waiters(1, timeout=0.05)


def test_random_ids_and_tokens_are_distinct_and_ids_cannot_be_reused(
    control_plane_emulator: Emulator,
) -> None:
    first, second = control_plane_emulator.create_auth(), control_plane_emulator.create_auth()
    assert first != second
    assert control_plane_emulator.complete(first) != control_plane_emulator.complete(second)
    with pytest.raises(ValueError, match="already exists"):
        control_plane_emulator.create_auth(first)


# --- Authenticate --------------------------------------------------------------------------


def authenticate(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post(AUTHENTICATE, json=body)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def flow_started(
    emulator: Emulator, answer: dict[str, Any], user_id: str | None, status: str = "pending"
) -> str:
    """Check `answer` starts a new flow; return its id."""
    auth_id = answer["auth_id"]
    assert answer == {
        "status": status,
        "url": emulator.authorize_url(auth_id),
        "auth_id": auth_id,
        "token": None,
        "user_id": user_id,
        "metadata": None,
    }
    assert str(uuid.UUID(auth_id)) == auth_id
    return str(auth_id)


def completed(token: str, user_id: str | None) -> dict[str, Any]:
    return {
        "status": "completed",
        "url": None,
        "auth_id": None,
        "token": token,
        "user_id": user_id,
        "metadata": None,
    }


def test_authenticate_for_a_new_user_starts_a_pending_flow_and_is_logged(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    sent = '{"provider": "github", "scopes": ["repo"], "user_id": "u-1"}'
    response = client.post(AUTHENTICATE, content=sent, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    auth_id = flow_started(control_plane_emulator, response.json(), "u-1")
    assert client.get(wait_path(auth_id), params={"timeout": 0}).json() == {
        "status": "pending",
        "token": None,
    }

    record = control_plane_emulator.requests()[0]
    assert (record.method, record.path, record.raw_path) == ("POST", AUTHENTICATE, AUTHENTICATE)
    assert (record.auth_id, record.timeout, record.status_code) == (None, None, 200)
    assert record.body == sent
    assert record.headers["content-type"] == "application/json"
    assert record.headers["x-api-key"] == control_plane_emulator.api_key


def test_approving_the_consent_page_completes_the_wait_and_stores_the_token(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    answer = authenticate(client, provider="github", scopes=["repo"], user_id="u-1")
    auth_id = flow_started(emulator, answer, "u-1")
    waiter = Waiter(emulator, auth_id)
    emulator.wait_for_waiters(auth_id)

    with httpx.Client(timeout=10) as browser:
        page = browser.get(answer["url"])
        form = re.search(r'<form method="post" action="([^"]+)">.*?Approve', page.text, re.S)
        assert form, page.text
        assert browser.post(str(page.url.join(form.group(1)))).status_code == 200

    token = waiter.result()["token"]
    assert isinstance(token, str)
    assert authenticate(client, provider="github", scopes=["repo"], user_id="u-1") == (
        completed(token, "u-1")
    )


def test_a_stored_token_answers_only_its_user_provider_and_covered_scopes(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    answer = authenticate(client, provider="github", scopes=["repo", "gist"], user_id="u-1")
    emulator.complete(flow_started(emulator, answer, "u-1"), "tok-1")

    for scopes in (["repo", "gist"], ["gist", "repo", "gist"], ["gist"], []):
        answer = authenticate(client, provider="github", scopes=scopes, user_id="u-1")
        assert answer == completed("tok-1", "u-1"), scopes
    # Anything else starts a new flow, a fresh one every time (none is reused).
    started = [
        flow_started(emulator, authenticate(client, **body), body.get("user_id"))
        for body in (
            {"provider": "github", "scopes": ["repo", "admin"], "user_id": "u-1"},
            {"provider": "github", "scopes": ["repo", "admin"], "user_id": "u-1"},
            {"provider": "github", "scopes": ["repo"], "user_id": "u-2"},
            {"provider": "google", "scopes": [], "user_id": "u-1"},
            {"provider": "github", "scopes": ["repo"]},
        )
    ]
    assert len(set(started)) == len(started)


def test_force_new_starts_a_flow_whose_approval_replaces_the_token(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    assert emulator.grant_token("github", ["repo"], user_id="u-1", token="old") == "old"
    body = {"provider": "github", "scopes": ["repo"], "user_id": "u-1"}

    auth_id = flow_started(emulator, authenticate(client, **body, force_new=True), "u-1")
    assert authenticate(client, **body) == completed("old", "u-1")  # Until it is approved.
    emulator.complete(auth_id, "new")
    assert authenticate(client, **body) == completed("new", "u-1")


def test_without_user_id_the_token_is_the_callers_own_for_key_and_bearer_alike(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    auth_id = flow_started(emulator, authenticate(client, provider="github", scopes=[]), None)
    emulator.complete(auth_id, "mine")

    bearer = {"Authorization": f"Bearer {emulator.bearer_token}"}
    with httpx.Client(base_url=emulator.url, headers=bearer) as as_bearer:
        assert authenticate(as_bearer, provider="github", scopes=[]) == completed("mine", None)
    answer = authenticate(client, provider="github", scopes=[], user_id="mine")
    flow_started(emulator, answer, "mine")  # A user named by id is someone else.


def test_an_expired_token_answers_token_expired_until_a_new_flow_is_approved(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    emulator.grant_token("github", ["repo"], user_id="u-1", token="old")
    emulator.expire_token("github", user_id="u-1")
    body = {"provider": "github", "scopes": ["repo"], "user_id": "u-1"}

    first = flow_started(emulator, authenticate(client, **body), "u-1", status="token_expired")
    second = flow_started(emulator, authenticate(client, **body), "u-1", status="token_expired")
    assert first != second
    # Scopes the expired token never covered ask for a plain new consent.
    flow_started(emulator, authenticate(client, **body | {"scopes": ["admin"]}), "u-1")

    emulator.complete(second, "fresh")
    assert authenticate(client, **body) == completed("fresh", "u-1")


def test_grant_token_and_expire_token_helpers(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    token = emulator.grant_token("github", ["a", "b"])  # The caller's own user, random token.
    assert re.fullmatch(r"emu_[\w-]{32}", token)
    assert token != emulator.grant_token("google", ["a"])
    assert authenticate(client, provider="github", scopes=["b"]) == completed(token, None)

    with pytest.raises(KeyError, match="no token stored for user 'u-1' and provider 'github'"):
        emulator.expire_token("github", user_id="u-1")
    with pytest.raises(KeyError, match="no token stored for the caller's own user and provider"):
        emulator.expire_token("slack")


def test_all_request_fields_are_accepted_including_the_hidden_ones(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    # Fields the emulator does not act on (documented in docs/emulator.md) still validate.
    answer = authenticate(
        client,
        provider="github",
        scopes=["repo"],
        user_id="u-1",
        ls_user_id="ls-1",
        agent_id="agent-1",
        force_new=False,
        token_id=str(uuid.UUID(int=1)),
        redirect_uri="https://example.test/back",
        is_default=False,
        use_agent_builder_public_oauth=True,
        check_only=True,
    )
    flow_started(control_plane_emulator, answer, "u-1")


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        pytest.param({"scopes": []}, [("missing", ["body", "provider"])], id="no-provider"),
        pytest.param({"provider": "github"}, [("missing", ["body", "scopes"])], id="no-scopes"),
        pytest.param(
            {"provider": "github", "scopes": "repo"},
            [("list_type", ["body", "scopes"])],
            id="scopes-not-a-list",
        ),
        pytest.param(
            {"provider": 7, "scopes": [1]},
            [("string_type", ["body", "provider"]), ("string_type", ["body", "scopes", 0])],
            id="not-strings",
        ),
        pytest.param(
            {"provider": "github", "scopes": [], "token_id": "nope"},
            [("uuid_parsing", ["body", "token_id"])],
            id="token-id-not-a-uuid",
        ),
        pytest.param(
            {"provider": "github", "scopes": [], "force_new": "maybe"},
            [("bool_parsing", ["body", "force_new"])],
            id="force-new-not-a-bool",
        ),
        pytest.param(None, [("missing", ["body"])], id="no-body"),
        pytest.param(b"{", [("json_invalid", ["body", 1])], id="not-json"),
    ],
)
def test_a_bad_authenticate_body_gets_fastapis_own_422(
    client: httpx.Client, body: Any, errors: list[tuple[str, list[Any]]]
) -> None:
    if isinstance(body, bytes):
        response = client.post(
            AUTHENTICATE, content=body, headers={"Content-Type": "application/json"}
        )
    else:
        response = client.post(AUTHENTICATE, json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert [(error["type"], error["loc"]) for error in detail] == errors
    assert all(isinstance(error["msg"], str) for error in detail)


def test_a_json_body_that_is_not_utf8_gets_fastapis_own_400(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    response = client.post(
        AUTHENTICATE, content=b"\xa9V", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "There was an error parsing the body"}
    assert control_plane_emulator.requests()[-1].body == "\ufffdV"


def test_credentials_are_checked_before_the_body(control_plane_emulator: Emulator) -> None:
    response = httpx.post(control_plane_emulator.url + AUTHENTICATE, json={"scopes": "x"})
    assert response.status_code == 401


def test_unscoped_faults_fire_on_authenticate_and_flow_scoped_ones_do_not(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    emulator.fail_next(503, auth_id="flow-a")
    emulator.fail_next(502)
    sent = {"provider": "github", "scopes": []}
    assert client.post(AUTHENTICATE, json=sent).status_code == 502
    assert client.get(wait_path("flow-a")).status_code == 503
    flow_started(emulator, authenticate(client, **sent), None)
    faulted = emulator.requests()[0]
    assert (faulted.path, faulted.status_code) == (AUTHENTICATE, 502)
    assert json.loads(faulted.body) == sent  # Logged as sent, though the fault answered.


def test_unknown_status_next_on_authenticate_answers_every_member_null(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.unknown_status_next("connection_required")
    response = client.post(AUTHENTICATE, json={"provider": "github", "scopes": []})
    assert response.status_code == 200
    assert response.json() == {
        "status": "connection_required",
        "url": None,
        "auth_id": None,
        "token": None,
        "user_id": None,
        "metadata": None,
    }


# --- Authentication and validation ------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        pytest.param({}, 401, id="no-credentials"),
        pytest.param({"X-Api-Key": "wrong"}, 401, id="wrong-key"),
        pytest.param({"Authorization": "Bearer wrong"}, 401, id="wrong-bearer"),
        pytest.param({"Authorization": f"Basic {DEFAULT_BEARER_TOKEN}"}, 401, id="not-bearer"),
        pytest.param({"X-Tenant-Id": DEFAULT_WORKSPACE_ID}, 401, id="tenant-without-key"),
        pytest.param({"X-Api-Key": DEFAULT_API_KEY}, 200, id="key-without-tenant"),
        pytest.param(
            {"X-Api-Key": DEFAULT_API_KEY, "X-Tenant-Id": DEFAULT_WORKSPACE_ID}, 200, id="key"
        ),
        pytest.param({"Authorization": f"Bearer {DEFAULT_BEARER_TOKEN}"}, 200, id="bearer"),
        pytest.param({"Authorization": f"bearer {DEFAULT_BEARER_TOKEN}"}, 200, id="bearer-lower"),
        pytest.param(
            {"X-Api-Key": DEFAULT_API_KEY, "X-Tenant-Id": "other-workspace"}, 403, id="wrong-tenant"
        ),
        pytest.param(
            {"Authorization": f"Bearer {DEFAULT_BEARER_TOKEN}", "X-Tenant-Id": "other"},
            403,
            id="bearer-wrong-tenant",
        ),
    ],
)
@pytest.mark.parametrize("operation", ["wait", "authenticate"])
def test_credentials(
    control_plane_emulator: Emulator, headers: dict[str, str], status: int, operation: str
) -> None:
    url = control_plane_emulator.url
    if operation == "wait":
        response = httpx.get(url + wait_path("flow"), params={"timeout": 0}, headers=headers)
    else:
        body = {"provider": "github", "scopes": []}
        response = httpx.post(url + AUTHENTICATE, json=body, headers=headers)
    assert response.status_code == status
    if status != 200:
        assert isinstance(response.json()["detail"], str)
    elif operation == "wait":
        assert response.json() == NOT_FOUND
    else:
        assert response.json()["status"] == "pending"


def test_custom_credentials_replace_the_defaults() -> None:
    with Emulator(api_key="k1", workspace_id="ws1", bearer_token="b1") as emulator:

        def get(**headers: str) -> int:
            url = emulator.url + wait_path("x")
            return httpx.get(url, params={"timeout": 0}, headers=headers).status_code

        assert get(**{"X-Api-Key": "k1", "X-Tenant-Id": "ws1"}) == 200
        assert get(Authorization="Bearer b1") == 200
        assert get(**{"X-Api-Key": DEFAULT_API_KEY}) == 401
        assert get(**{"X-Api-Key": "k1", "X-Tenant-Id": DEFAULT_WORKSPACE_ID}) == 403


@pytest.mark.parametrize(
    ("timeout", "error_type"),
    [("abc", "int_parsing"), ("1.5", "int_parsing"), ("", "int_parsing")],
)
def test_a_bad_timeout_gets_fastapis_own_422(
    control_plane_emulator: Emulator, client: httpx.Client, timeout: str, error_type: str
) -> None:
    auth_id = control_plane_emulator.create_auth()
    response = client.get(wait_path(auth_id), params={"timeout": timeout})
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["query", "timeout"]
    assert error["type"] == error_type
    assert isinstance(error["msg"], str)
    assert error["input"] == timeout


def test_the_timeout_defaults_to_30_seconds(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    # Shown by stopping a parked default-timeout wait: it is still parked after a second.
    auth_id = control_plane_emulator.create_auth()
    answered: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answered.append(client.get(wait_path(auth_id))))
    thread.start()
    control_plane_emulator.wait_for_waiters(auth_id)
    thread.join(1.0)
    assert thread.is_alive()
    control_plane_emulator.complete(auth_id, "late")
    thread.join(5)
    assert answered[0].json() == {"status": "completed", "token": "late"}
    assert control_plane_emulator.requests()[-1].timeout is None


# --- Ids on the path ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "auth_id",
    ["a/b", "what?now", "frag#ment", "with space", "ünïcødé ✓", "50%", "a/b?c=d#e f", "a%2Fb"],
)
def test_ids_with_reserved_and_unicode_characters_arrive_intact(
    control_plane_emulator: Emulator, client: httpx.Client, auth_id: str
) -> None:
    control_plane_emulator.create_auth(auth_id)
    control_plane_emulator.complete(auth_id, "tok")
    response = client.get(wait_path(auth_id), params={"timeout": 0})
    assert response.json() == {"status": "completed", "token": "tok"}
    (record,) = control_plane_emulator.requests()
    assert record.auth_id == auth_id
    assert record.raw_path == f"{wait_path(auth_id)}?timeout=0"


def test_an_empty_id_is_not_routed(client: httpx.Client) -> None:
    assert client.get("/v2/auth/wait/").status_code == 404


# --- The request log ------------------------------------------------------------------------


def test_requests_records_each_api_request(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    client.get(wait_path("a b"), params={"timeout": 0}, headers={"X-Trace": "1"})
    client.get(wait_path("a b"), params={"timeout": "nope"})
    httpx.post(emulator.url + "/_emulator/auth")  # Admin requests are not API requests.
    first, second = emulator.requests()
    assert isinstance(first, RecordedRequest)
    assert (first.method, first.path, first.raw_path) == (
        "GET",
        "/v2/auth/wait/a b",
        "/v2/auth/wait/a%20b?timeout=0",
    )
    assert (first.auth_id, first.timeout, first.status_code) == ("a b", 0, 200)
    assert first.headers["x-api-key"] == emulator.api_key
    assert first.headers["x-trace"] == "1"
    assert (second.timeout, second.status_code) == (None, 422)
    assert second.raw_path.endswith("?timeout=nope")
    assert first.body == second.body == ""
    # One keep-alive connection carried both; another client comes from another port.
    assert first.client_port == second.client_port
    httpx.get(emulator.url + wait_path("a b"))
    assert emulator.requests()[-1].client_port != first.client_port
    with pytest.raises(AttributeError):
        first.status_code = 500  # type: ignore[misc]
    emulator.reset_requests()
    assert emulator.requests() == []


# --- Fault injection ------------------------------------------------------------------------


def test_fail_next_answers_the_status_with_retry_after_once(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.fail_next(503, retry_after="2")
    failed = client.get(wait_path("x"), params={"timeout": 0})
    assert failed.status_code == 503
    assert failed.headers["Retry-After"] == "2"
    assert isinstance(failed.json()["detail"], str)
    assert client.get(wait_path("x"), params={"timeout": 0}).json() == NOT_FOUND
    assert [r.status_code for r in control_plane_emulator.requests()] == [503, 200]


def test_fail_next_without_retry_after_sends_none(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.fail_next(429)
    failed = client.get(wait_path("x"))
    assert failed.status_code == 429
    assert "Retry-After" not in failed.headers


def test_faults_come_before_authentication(control_plane_emulator: Emulator) -> None:
    control_plane_emulator.fail_next(502)
    assert httpx.get(control_plane_emulator.url + wait_path("x")).status_code == 502


def test_drop_next_closes_the_connection_without_a_response(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.drop_next()
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        client.get(wait_path("x"), params={"timeout": 0})
    assert control_plane_emulator.requests()[-1].status_code is None
    # The same client carries on: the next request opens a fresh connection.
    assert client.get(wait_path("x"), params={"timeout": 0}).json() == NOT_FOUND


def test_a_dropped_connection_sends_not_a_single_byte(control_plane_emulator: Emulator) -> None:
    control_plane_emulator.drop_next()
    request = (
        f"GET {wait_path('x')}?timeout=0 HTTP/1.1\r\nHost: x\r\n"
        f"X-Api-Key: {control_plane_emulator.api_key}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", control_plane_emulator.port), timeout=5) as sock:
        sock.sendall(request)
        try:
            received = sock.recv(65536)
        except ConnectionResetError:
            received = b""
    assert received == b""


def test_delay_next_delays_then_answers_as_usual(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    auth_id = control_plane_emulator.create_auth()
    control_plane_emulator.complete(auth_id, "tok")
    control_plane_emulator.delay_next(1)
    started = time.monotonic()
    response = client.get(wait_path(auth_id), params={"timeout": 0})
    assert 1 <= time.monotonic() - started < 5
    assert response.json() == {"status": "completed", "token": "tok"}
    started = time.monotonic()
    client.get(wait_path(auth_id), params={"timeout": 0})
    assert time.monotonic() - started < 1  # not delayed again (a loopback GET, even under load)


def test_malformed_next_answers_200_with_a_body_that_is_not_json(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.malformed_next()
    response = client.get(wait_path("x"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
        response.json()


@pytest.mark.parametrize("value", [None, "expired"])
def test_unknown_status_next_answers_a_status_outside_the_enum(
    control_plane_emulator: Emulator, client: httpx.Client, value: str | None
) -> None:
    if value is None:
        control_plane_emulator.unknown_status_next()
    else:
        control_plane_emulator.unknown_status_next(value)
    response = client.get(wait_path("x"))
    assert response.status_code == 200
    assert response.json() == {"status": value or "cancelled", "token": None}


def test_times_arms_a_fault_for_that_many_requests(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.fail_next(502, times=2)
    statuses = [client.get(wait_path("x")).status_code for _ in range(3)]
    assert statuses == [502, 502, 200]


def test_a_fault_scoped_to_one_flow_leaves_the_others_alone(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.fail_next(429, auth_id="a/1")
    assert client.get(wait_path("b")).status_code == 200
    assert client.get(wait_path("a/1")).status_code == 429
    assert client.get(wait_path("a/1")).status_code == 200


def test_faults_fire_in_the_order_armed_one_per_request(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.fail_next(503, auth_id="a")
    control_plane_emulator.unknown_status_next()
    control_plane_emulator.fail_next(504)
    assert client.get(wait_path("b")).json()["status"] == "cancelled"  # The first is a's.
    assert client.get(wait_path("a")).status_code == 503
    assert client.get(wait_path("a")).status_code == 504
    assert client.get(wait_path("a")).status_code == 200


def test_faults_touch_only_the_api_operations(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    control_plane_emulator.fail_next(503)
    assert client.get("/v2/other").status_code == 404
    assert client.get(wait_path("x")).status_code == 503


@pytest.mark.parametrize(
    "arm",
    [
        lambda e: e.fail_next(200),
        lambda e: e.fail_next(600),
        lambda e: e.drop_next(times=0),
        lambda e: e.delay_next(-1),
    ],
    ids=["status-200", "status-600", "times-0", "negative-delay"],
)
def test_nonsense_faults_are_refused(control_plane_emulator: Emulator, arm: Any) -> None:
    with pytest.raises(ValueError, match=r"."):
        arm(control_plane_emulator)


# --- Lifecycle ------------------------------------------------------------------------------


def test_an_emulator_leaves_no_thread_behind_and_closes_its_port() -> None:
    before = set(threading.enumerate())
    with Emulator() as emulator:
        port = emulator.port
        assert httpx.get(emulator.url + wait_path("x")).status_code == 401
        assert set(threading.enumerate()) - before  # Its server thread is running.
    assert set(threading.enumerate()) == before
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_stopping_answers_a_parked_long_poll_at_once() -> None:
    with Emulator() as emulator:
        auth_id = emulator.create_auth()
        waiter = Waiter(emulator, auth_id, timeout=30)
        emulator.wait_for_waiters(auth_id)
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 2
    assert waiter.result() == {"status": "timeout", "token": None}


def test_an_emulator_runs_once_and_has_no_url_before_it_starts() -> None:
    emulator = Emulator()
    with pytest.raises(RuntimeError, match="not started"):
        _ = emulator.url
    with emulator:
        pass
    with pytest.raises(RuntimeError, match="once"):
        emulator.start()


def test_a_fixed_port_is_used_as_given() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Emulator(port=port) as emulator:
        assert emulator.url == f"http://127.0.0.1:{port}"


def test_wait_for_waiters_times_out(control_plane_emulator: Emulator) -> None:
    with pytest.raises(TimeoutError):
        control_plane_emulator.wait_for_waiters("nobody", timeout=0.05)


def test_default_credentials_are_the_documented_ones(control_plane_emulator: Emulator) -> None:
    assert (DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID, DEFAULT_BEARER_TOKEN) == (
        "lsv2_emulator_key",
        "emulator-workspace",
        "emulator-bearer-token",
    )
    assert control_plane_emulator.api_key == DEFAULT_API_KEY
    assert control_plane_emulator.workspace_id == DEFAULT_WORKSPACE_ID
    assert control_plane_emulator.bearer_token == DEFAULT_BEARER_TOKEN
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", control_plane_emulator.url)


# --- The admin HTTP API ---------------------------------------------------------------------


def test_admin_api_end_to_end(control_plane_emulator: Emulator, client: httpx.Client) -> None:
    admin = httpx.Client(base_url=control_plane_emulator.url + "/_emulator", timeout=10)

    created = admin.post("/auth", json={"auth_id": "flow/1"})
    assert created.status_code == 201
    assert created.json() == {
        "auth_id": "flow/1",
        "authorize_url": control_plane_emulator.authorize_url("flow/1"),
    }
    assert admin.post("/auth", json={"auth_id": "flow/1"}).status_code == 409
    random_id = admin.post("/auth").json()["auth_id"]
    assert client.get(wait_path(random_id), params={"timeout": 0}).json()["status"] == "pending"

    waiter = Waiter(control_plane_emulator, "flow/1")
    control_plane_emulator.wait_for_waiters("flow/1")
    completed = admin.post(f"/auth/{quote('flow/1', safe='')}/complete", json={"token": "t-1"})
    assert completed.json() == {"auth_id": "flow/1", "token": "t-1"}
    assert waiter.result() == {"status": "completed", "token": "t-1"}
    assert admin.post(f"/auth/{quote('flow/1', safe='')}/complete").status_code == 409

    assert admin.post(f"/auth/{random_id}/complete").json()["token"]
    assert admin.post(f"/auth/{random_id}/expire").json() == {"auth_id": random_id}
    assert client.get(wait_path(random_id)).json() == NOT_FOUND
    assert admin.post(f"/auth/{random_id}/expire").status_code == 404
    assert admin.post("/auth/nope/complete").status_code == 404

    for fault in (
        {"kind": "status", "status": 503, "retry_after": "1", "auth_id": "z"},
        {"kind": "unknown_status", "value": "revoked"},
        {"kind": "malformed"},
        {"kind": "delay", "seconds": 0.2},
        {"kind": "drop", "times": 2},
    ):
        assert admin.post("/faults", json=fault).status_code == 201
    assert admin.post("/faults", json={"kind": "status"}).status_code == 422
    assert admin.post("/faults", json={"kind": "explode"}).status_code == 422

    assert client.get(wait_path("y")).json() == {"status": "revoked", "token": None}
    failed = client.get(wait_path("z"))
    assert (failed.status_code, failed.headers["Retry-After"]) == (503, "1")
    with pytest.raises(ValueError, match=r"."):
        client.get(wait_path("z")).json()
    started = time.monotonic()
    assert client.get(wait_path("z")).json() == NOT_FOUND
    assert time.monotonic() - started >= 0.2
    for _ in range(2):
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get(wait_path("z"))
    assert client.get(wait_path("z")).json() == NOT_FOUND

    logged = admin.get("/requests").json()
    assert logged == [asdict(record) for record in control_plane_emulator.requests()]
    assert [r["status_code"] for r in logged[-4:]] == [200, None, None, 200]
    assert logged[-1]["auth_id"] == "z"
    assert admin.delete("/requests").status_code == 204
    assert admin.get("/requests").json() == []
    admin.close()


def test_admin_api_stores_and_expires_tokens(
    control_plane_emulator: Emulator, client: httpx.Client
) -> None:
    emulator = control_plane_emulator
    admin = httpx.Client(base_url=emulator.url + "/_emulator", timeout=10)
    body = {"provider": "github", "scopes": ["repo"], "user_id": "u-1"}

    stored = admin.post("/tokens", json=body | {"token": "t-1"})
    assert stored.status_code == 201
    assert stored.json() == {"user_id": "u-1", "provider": "github", "token": "t-1"}
    assert authenticate(client, **body) == completed("t-1", "u-1")

    expired = admin.post("/tokens/expire", json={"provider": "github", "user_id": "u-1"})
    assert expired.json() == {"user_id": "u-1", "provider": "github"}
    auth_id = flow_started(emulator, authenticate(client, **body), "u-1", "token_expired")
    assert admin.post(f"/auth/{auth_id}/complete", json={"token": "t-2"}).status_code == 200
    assert authenticate(client, **body) == completed("t-2", "u-1")

    random = admin.post("/tokens", json={"provider": "google", "scopes": []}).json()
    assert random["user_id"] is None
    assert authenticate(client, provider="google", scopes=[]) == completed(random["token"], None)
    assert admin.post("/tokens/expire", json={"provider": "slack"}).status_code == 404
    assert admin.post("/tokens", json={"provider": "github"}).status_code == 422
    admin.close()


def test_the_authorize_page_approve_form_completes_the_flow(
    control_plane_emulator: Emulator,
) -> None:
    auth_id = "flow with/odd?chars"
    control_plane_emulator.create_auth(auth_id)
    waiter = Waiter(control_plane_emulator, auth_id)
    control_plane_emulator.wait_for_waiters(auth_id)

    browser = httpx.Client(timeout=10)
    page = browser.get(control_plane_emulator.authorize_url(auth_id))
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    form = re.search(r'<form method="post" action="([^"]+)">.*?Approve', page.text, re.S)
    assert form, page.text
    approved = browser.post(str(page.url.join(form.group(1))), data={})
    assert approved.status_code == 200
    assert "Approved, you can close this tab" in approved.text

    result = waiter.result()
    assert result["status"] == "completed"
    assert isinstance(result["token"], str)
    # Approving twice (a double click) is harmless.
    assert "Approved" in browser.post(str(page.url.join(form.group(1)))).text
    assert browser.get(control_plane_emulator.authorize_url("nope")).status_code == 404
    assert browser.post(control_plane_emulator.authorize_url("nope")).status_code == 404
    browser.close()


# --- The pytest plugin ----------------------------------------------------------------------


@pytest.mark.slow
def test_the_fixture_works_in_a_fresh_project(pytester: pytest.Pytester) -> None:
    # A user's test file and nothing else: the fixture comes from the installed entry point.
    pytester.makepyfile(
        """
        import httpx

        def test_user(control_plane_emulator):
            emu = control_plane_emulator
            auth_id = emu.create_auth()
            emu.complete(auth_id, "tok")
            response = httpx.get(
                f"{emu.url}/v2/auth/wait/{auth_id}",
                headers={"X-Api-Key": emu.api_key, "X-Tenant-Id": emu.workspace_id},
            )
            assert response.json() == {"status": "completed", "token": "tok"}

        def test_each_test_gets_a_fresh_one(control_plane_emulator):
            assert control_plane_emulator.requests() == []
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_the_plugin_module_imports_neither_fastapi_nor_uvicorn(pytester: pytest.Pytester) -> None:
    result = pytester.run(
        sys.executable,
        "-c",
        "import sys, langsmith_control_plane.testing._pytest_plugin;"
        "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette') if m in sys.modules))",
    )
    assert result.ret == 0
    assert result.outlines[-1] == "[]"
