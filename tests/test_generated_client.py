"""The raw generated client, sync and async, over real HTTP to a loopback server."""

from __future__ import annotations

import pytest
from langsmith_control_plane_client import AuthenticatedClient
from langsmith_control_plane_client.api.auth_service_v_2 import wait_for_auth_completion
from langsmith_control_plane_client.models import (
    AuthWaitResponse,
    AuthWaitStatus,
    HTTPValidationError,
)

from tests.scripted_server import Reply, ScriptedServer, scripted_server

COMPLETED = Reply.json(200, {"status": "completed", "token": "tok-123"})
TIMED_OUT = Reply.json(200, {"status": "timeout", "token": None})
INVALID = Reply.json(
    422,
    {
        "detail": [
            {
                "loc": ["query", "timeout"],
                "msg": "Input should be a valid integer",
                "type": "int_parsing",
                "input": "x",
            }
        ]
    },
)


def client_for(server: ScriptedServer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.url,
        token="key-abc",
        prefix="",
        auth_header_name="X-Api-Key",
        headers={"X-Tenant-Id": "ws-1"},
    )


def test_sync_completed_sends_timeout_and_credentials() -> None:
    with scripted_server([COMPLETED]) as server:
        parsed = wait_for_auth_completion.sync("flow-1", client=client_for(server), timeout=7)
    assert isinstance(parsed, AuthWaitResponse)
    assert parsed.status is AuthWaitStatus.COMPLETED
    assert parsed.token == "tok-123"
    (request,) = server.requests
    assert request.raw_path == "/v2/auth/wait/flow-1?timeout=7"
    assert request.headers["X-Api-Key"] == "key-abc"
    assert request.headers["X-Tenant-Id"] == "ws-1"


def test_sync_timeout_status_and_default_query() -> None:
    with scripted_server([TIMED_OUT]) as server:
        parsed = wait_for_auth_completion.sync("flow-1", client=client_for(server))
    assert isinstance(parsed, AuthWaitResponse)
    assert parsed.status is AuthWaitStatus.TIMEOUT
    assert parsed.token is None
    assert server.requests[0].raw_path == "/v2/auth/wait/flow-1?timeout=30"


def test_sync_422_parses_into_http_validation_error() -> None:
    with scripted_server([INVALID]) as server:
        response = wait_for_auth_completion.sync_detailed("flow-1", client=client_for(server))
    assert response.status_code == 422
    assert isinstance(response.parsed, HTTPValidationError)
    (error,) = response.parsed.detail
    assert error.loc == ["query", "timeout"]
    assert error.type_ == "int_parsing"
    assert error.additional_properties["input"] == "x"


def test_sync_path_parameter_is_percent_encoded() -> None:
    with scripted_server([COMPLETED]) as server:
        wait_for_auth_completion.sync("a/b", client=client_for(server), timeout=0)
    assert server.requests[0].raw_path == "/v2/auth/wait/a%2Fb?timeout=0"


@pytest.mark.anyio
async def test_async_completed_and_timeout() -> None:
    with scripted_server([COMPLETED, TIMED_OUT]) as server:
        client = client_for(server)
        first = await wait_for_auth_completion.asyncio("a/b", client=client, timeout=5)
        second = await wait_for_auth_completion.asyncio("flow-2", client=client)
    assert isinstance(first, AuthWaitResponse)
    assert first.status is AuthWaitStatus.COMPLETED
    assert first.token == "tok-123"
    assert isinstance(second, AuthWaitResponse)
    assert second.status is AuthWaitStatus.TIMEOUT
    assert [r.raw_path for r in server.requests] == [
        "/v2/auth/wait/a%2Fb?timeout=5",
        "/v2/auth/wait/flow-2?timeout=30",
    ]


@pytest.mark.anyio
async def test_async_422_parses_into_http_validation_error() -> None:
    with scripted_server([INVALID]) as server:
        response = await wait_for_auth_completion.asyncio_detailed(
            "flow-1", client=client_for(server)
        )
    assert isinstance(response.parsed, HTTPValidationError)
    assert response.parsed.detail[0].msg == "Input should be a valid integer"
