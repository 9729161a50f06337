"""Pins the one private generated helper the wrapper relies on: each operation's `_get_kwargs`.

`langsmith_control_plane._operations` builds requests from it (see that module for why); if a
generator upgrade changes its shape, this fails before any user sees a wrong request.
"""

from __future__ import annotations

from langsmith_control_plane import _operations
from langsmith_control_plane_client.api.auth_service_v_2 import (
    authenticate,
    wait_for_auth_completion,
)
from langsmith_control_plane_client.models import AuthAuthenticateRequest


def test_wait_kwargs_shape() -> None:
    assert wait_for_auth_completion._get_kwargs("a/b c", timeout=7) == {
        "method": "get",
        "url": "/v2/auth/wait/a%2Fb%20c",
        "params": {"timeout": 7},
    }
    assert _operations.wait_request("a/b c", 7) == _operations.OperationRequest(
        "GET", "/v2/auth/wait/a%2Fb%20c?timeout=7"
    )


def test_dot_segments_are_encoded_so_they_cannot_change_the_route() -> None:
    assert _operations.wait_request("..", 0).path == "/v2/auth/wait/%2E%2E?timeout=0"
    assert _operations.wait_request(".", 0).path == "/v2/auth/wait/%2E?timeout=0"


def test_authenticate_kwargs_shape() -> None:
    body = AuthAuthenticateRequest(provider="github", scopes=["repo"], user_id="u1")
    expected_json = {
        "provider": "github",
        "scopes": ["repo"],
        "user_id": "u1",
        "use_agent_builder_public_oauth": False,
        "force_new": False,
        "is_default": True,
        "check_only": False,
    }
    assert authenticate._get_kwargs(body=body) == {
        "method": "post",
        "url": "/v2/auth/authenticate",
        "json": expected_json,
        "headers": {"Content-Type": "application/json"},
    }
    assert _operations.authenticate_request(body) == _operations.OperationRequest(
        "POST", "/v2/auth/authenticate", expected_json, {"Content-Type": "application/json"}
    )
