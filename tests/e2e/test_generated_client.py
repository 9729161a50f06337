"""The generated client over real HTTP: on its own, and as `generated_client` of our clients.

On its own (an `AuthenticatedClient` the user builds), it must send the spec's request and parse
the spec's answers. As `ControlPlane.generated_client` / `AsyncControlPlane.generated_client`,
it must be wired like the wrapper: our credentials and User-Agent, finite timeouts, no
redirects, undocumented statuses raised, no secret in a repr, and a user's `http_client` used.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from langsmith_control_plane import ControlPlane, __version__
from langsmith_control_plane.testing import Emulator
from langsmith_control_plane_client import AuthenticatedClient, errors
from langsmith_control_plane_client.api.auth import wait_for_auth_completion
from langsmith_control_plane_client.models import (
    AuthWaitResponse,
    AuthWaitStatus,
    HTTPValidationError,
)
from langsmith_control_plane_client.types import Response

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import BEARER, KEY, TOKEN, WORKSPACE, assert_no_secret
from tests.support.clients import Client, new_runner
from tests.support.scripted_server import Reply, ScriptedServer, scripted_server

COMPLETED = Reply.json(200, {"status": "completed", "token": TOKEN})

# --- the generated client on its own --------------------------------------------------------


def raw_wait(
    mode: str, server: ScriptedServer, auth_id: str, **kwargs: Any
) -> Response[AuthWaitResponse | HTTPValidationError]:
    """One call of the generated operation through a fresh `AuthenticatedClient`."""
    client = AuthenticatedClient(
        base_url=server.url,
        token=KEY,
        prefix="",
        auth_header_name="X-Api-Key",
        headers={"X-Tenant-Id": WORKSPACE},
    )
    if mode == "sync":
        return wait_for_auth_completion.sync_detailed(auth_id, client=client, **kwargs)
    with new_runner(mode) as runner:
        return runner.run(
            wait_for_auth_completion.asyncio_detailed(auth_id, client=client, **kwargs)
        )


def test_raw_call_sends_the_encoded_id_the_timeout_and_the_credentials(mode: str) -> None:
    with scripted_server([COMPLETED]) as server:
        response = raw_wait(mode, server, "a/b", timeout=7)
    assert response.parsed == AuthWaitResponse(status=AuthWaitStatus.COMPLETED, token=TOKEN)
    (request,) = server.requests
    assert request.raw_path == "/v2/auth/wait/a%2Fb?timeout=7"
    assert (request.headers["X-Api-Key"], request.headers["X-Tenant-Id"]) == (KEY, WORKSPACE)


def test_raw_call_defaults_the_timeout_to_the_specs_30(mode: str) -> None:
    with scripted_server([Reply.json(200, {"status": "timeout", "token": None})]) as server:
        response = raw_wait(mode, server, "flow-1")
    assert response.parsed == AuthWaitResponse(status=AuthWaitStatus.TIMEOUT, token=None)
    assert server.requests[0].raw_path == "/v2/auth/wait/flow-1?timeout=30"


def test_raw_call_parses_a_422_into_http_validation_error(mode: str) -> None:
    detail = {"loc": ["query", "timeout"], "msg": "bad int", "type": "int_parsing", "input": "x"}
    with scripted_server([Reply.json(422, {"detail": [detail]})]) as server:
        response = raw_wait(mode, server, "flow-1")
    assert response.status_code == 422
    assert isinstance(response.parsed, HTTPValidationError)
    (error,) = response.parsed.detail
    assert (error.loc, error.msg, error.type_) == (["query", "timeout"], "bad int", "int_parsing")
    # `input` is a documented member since upstream's newer ValidationError (with `ctx`).
    assert error.input_ == "x"
    assert error.additional_properties == {}


# --- generated_client -----------------------------------------------------------------------


def shared_http(client: Client) -> httpx.Client | httpx.AsyncClient:
    """The httpx client `generated_client` sends through."""
    generated = client.cp.generated_client
    if isinstance(client.cp, ControlPlane):
        return generated.get_httpx_client()
    return generated.get_async_httpx_client()


def test_generated_client_sends_our_credentials_and_user_agent(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    response = connect(emulator.url).generated_wait(flow, timeout=5)
    assert response.parsed == AuthWaitResponse(status=AuthWaitStatus.COMPLETED, token=TOKEN)
    (request,) = emulator.requests()
    assert (request.headers["x-api-key"], request.headers["x-tenant-id"]) == (KEY, WORKSPACE)
    assert request.headers["user-agent"] == f"langsmith-control-plane/{__version__}"
    assert request.headers["accept-encoding"] == "identity"
    assert request.raw_path == f"/v2/auth/wait/{flow}?timeout=5"


def test_generated_client_timeouts_are_finite(connect: Connect) -> None:
    with raw.raw_server([], default=raw.silent_for(10)) as server:
        client = connect(server.url)
        http = shared_http(client)
        # Long enough for a 60 s server-side hold; never unbounded.
        assert http.timeout == httpx.Timeout(65.0, connect=10.0)
        # Against a server that accepts and never answers, that timeout is what ends the call
        # (no per-request override disables it); cut to 1 s here so the test need not wait
        # 65 s. The server would hang up after 10 s, which is not a ReadTimeout.
        http.timeout = httpx.Timeout(1.0)
        with pytest.raises(httpx.ReadTimeout):
            client.generated_wait("x")
    assert server.connections == 1


def test_generated_client_refuses_redirects(connect: Connect) -> None:
    with scripted_server([COMPLETED]) as elsewhere:
        moved = Reply(307, b"", {"Location": f"{elsewhere.url}/v2/auth/wait/x?timeout=30"})
        with scripted_server([moved]) as origin, pytest.raises(errors.UnexpectedStatus) as raised:
            connect(origin.url).generated_wait("x")
    assert raised.value.status_code == 307
    assert len(origin.requests) == 1
    assert elsewhere.requests == []  # the credentials never left the API's origin


def test_generated_client_raises_on_an_undocumented_status(connect: Connect) -> None:
    with (
        scripted_server([Reply.json(503, {"detail": "down"})]) as server,
        pytest.raises(errors.UnexpectedStatus) as raised,
    ):
        connect(server.url).generated_wait("x")
    assert (raised.value.status_code, raised.value.content) == (503, b'{"detail": "down"}')
    assert len(server.requests) == 1


@pytest.mark.parametrize("credentials", ["api_key", "bearer"])
def test_generated_client_reprs_hold_no_secret(
    connect: Connect, emulator: Emulator, flow: str, credentials: str
) -> None:
    options = {"bearer_token": BEARER} if credentials == "bearer" else {}
    client = connect(emulator.url, **options)
    response = client.generated_wait(flow)  # after a call, with the credentials in use
    assert response.status_code == 200
    http = shared_http(client)
    assert_no_secret(
        repr(client.cp),
        repr(client.cp.generated_client),
        repr(http),
        repr(http.auth),
        repr(http.headers),
        repr(dict(http.headers)),
    )


def test_generated_client_uses_a_users_http_client_without_reconfiguring_it(
    connect: Connect, emulator: Emulator, flow: str, mode: str
) -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def arecord(request: httpx.Request) -> None:
        record(request)

    timeout = httpx.Timeout(3.0)
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(timeout=timeout, event_hooks={"request": [record]})
        if mode == "sync"
        else httpx.AsyncClient(timeout=timeout, event_hooks={"request": [arecord]})
    )
    client = connect(emulator.url, http_client=http)
    response = client.generated_wait(flow, timeout=5)
    assert response.parsed == AuthWaitResponse(status=AuthWaitStatus.COMPLETED, token=TOKEN)
    assert seen == [f"/v2/auth/wait/{flow}"]  # sent through the user's client and its pool
    assert emulator.requests()[0].headers["x-api-key"] == KEY
    # Not reconfigured: no credentials, headers or timeouts of ours on the user's client.
    assert (http.timeout, http.auth, http.follow_redirects) == (timeout, None, False)
    assert "x-api-key" not in http.headers
    assert "langsmith-control-plane" not in http.headers["user-agent"]
    client.run(http.close if isinstance(http, httpx.Client) else http.aclose)
