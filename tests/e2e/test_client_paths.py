"""Generated methods over real HTTP, through both clients: the request paths other than the
emulator's two operations, each proven once (the rules are pinned in tests/unit/).

A generated POST carrying an OAuth client secret, a GET whose query carries an OAuth code, the
errors their answers become, and a redirect through a user's httpx client. With DEBUG logging
on, the autouse `no_secrets_in_logs` (tests/conftest.py) checks every record these produce.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from langsmith_control_plane import InternalServerError, NotFoundError, UnexpectedResponseError
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support.checks import CLIENT_SECRET, KEY, TOKEN, WORKSPACE, expect
from tests.support.scripted_server import Reply, scripted_server

PROVIDER = {
    "provider_id": "github",
    "name": "GitHub",
    "client_id": "client-1",
    "auth_url": "https://github.example/authorize",
    "token_url": "https://github.example/token",
}
CREATED = {
    **PROVIDER,
    "id": "p-1",
    "organization_id": "org-1",
    "uses_pkce": False,
    "code_challenge_method": None,
    "created_at": "2026-12-04T09:00:00Z",
    "updated_at": "2026-12-04T09:00:00Z",
}
# An error answer that echoes the request, as some servers do: the secret must not come back out.
ECHOED = {"detail": "upstream failed", "client_secret": CLIENT_SECRET, "token": TOKEN}


def test_a_generated_post_sends_its_secret_once_and_reads_the_answer(connect: Connect) -> None:
    with scripted_server([Reply.json(200, CREATED)]) as server:
        client = connect(server.url)
        created = client.run(
            lambda: client.cp.auth.providers.create(**PROVIDER, client_secret=CLIENT_SECRET)
        )
    assert (created.id, created.provider_id) == ("p-1", "github")
    (sent,) = server.requests
    assert (sent.method, sent.raw_path) == ("POST", "/v2/auth/providers")
    assert (sent.headers["X-Api-Key"], sent.headers["X-Tenant-Id"]) == (KEY, WORKSPACE)
    assert json.loads(sent.body) == {
        **PROVIDER,
        "client_secret": CLIENT_SECRET,
        "uses_pkce": False,
        "code_challenge_method": "S256",
        "token_endpoint_auth_method": "client_secret_post",
    }


def test_a_generated_post_answered_500_is_not_sent_again_and_its_error_masks_secrets(
    connect: Connect,
) -> None:
    # A 500 may come after the server acted: a POST is never sent again after it (a GET is).
    with scripted_server([Reply.json(500, ECHOED)], default=lambda: Reply.json(200, CREATED)) as s:
        client = connect(s.url)
        error = expect(
            InternalServerError,
            lambda: client.run(
                lambda: client.cp.auth.providers.create(**PROVIDER, client_secret=CLIENT_SECRET)
            ),
        )
    assert error.status_code == 500
    assert [r.method for r in s.requests] == ["POST"]
    assert '"client_secret": "***"' in error.body
    assert '"token": "***"' in error.body


def test_a_secret_in_a_query_reaches_the_server_but_not_the_log(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    with scripted_server([Reply.json(200, {})]) as server:
        client = connect(server.url)
        client.run(lambda: client.cp.auth.callback.retrieve("github", code=TOKEN, state="s-1"))
    (sent,) = server.requests
    assert sent.raw_path == f"/v2/auth/callback/github?code={TOKEN}&state=s-1"
    (logged,) = [r for r in caplog.records if r.name == "langsmith_control_plane"]
    assert logged.getMessage().startswith(
        "GET /v2/auth/callback/github?code=***&state=s-1 -> 200 (attempt 1, "
    )


def test_an_error_answers_headers_hold_no_credential(connect: Connect) -> None:
    # Not one of the suite's secrets: httpcore's own DEBUG trace logs answer headers as sent.
    echoed = Reply(503, b"{}", {"Content-Type": "application/json", "Set-Cookie": "s=session-1"})
    with scripted_server([echoed]) as server:
        client = connect(server.url, max_retries=0)
        error = expect(
            InternalServerError, lambda: client.run(lambda: client.cp.auth.providers.list())
        )
    assert {name.lower(): value for name, value in error.headers.items()}["set-cookie"] == "***"


def test_a_redirect_through_a_users_http_client_is_not_followed(
    connect: Connect, mode: str
) -> None:
    http: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    with scripted_server() as elsewhere:
        moved = Reply(302, b"", {"Location": f"{elsewhere.url}/v2/auth/providers"})
        with scripted_server([moved]) as origin:
            client = connect(origin.url, http_client=http)
            error = expect(
                UnexpectedResponseError,
                lambda: client.run(lambda: client.cp.auth.providers.list()),
            )
    assert error.message.startswith(f"the server redirected (302) to {elsewhere.url};")
    assert len(origin.requests) == 1
    assert elsewhere.requests == []
    client.run(http.close if mode == "sync" else http.aclose)


@pytest.mark.parametrize("provider_id", ["git/hub", "a?b#c d%"])
def test_an_id_with_reserved_characters_round_trips(
    connect: Connect, emulator: Emulator, provider_id: str
) -> None:
    client = connect(emulator.url)
    providers = client.cp.auth.providers
    created = client.run(
        lambda: providers.create(**PROVIDER | {"provider_id": provider_id}, client_secret="s")
    )
    assert created.provider_id == provider_id
    assert client.run(lambda: providers.retrieve(provider_id)).provider_id == provider_id
    client.run(lambda: providers.delete(provider_id))
    with pytest.raises(NotFoundError):
        client.run(lambda: providers.retrieve(provider_id))
