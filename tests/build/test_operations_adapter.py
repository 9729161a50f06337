"""Pins the one private generated helper the wrapper relies on: each operation's `_get_kwargs`,
and how `_operations` turns a resource method's arguments into a request line through it.

If a generator upgrade changes `_get_kwargs`' shape, this fails before any user sees a wrong
request. The checks of arguments are pinned here too: they run before anything is sent.
"""

from __future__ import annotations

import re
import uuid

import pytest
from langsmith_control_plane import ConfigurationError, _operations
from langsmith_control_plane_client.api import RequestOptions
from langsmith_control_plane_client.api.auth import (
    AUTHENTICATE,
    CREATE_OAUTH_PROVIDER,
    WAIT_FOR_AUTH_COMPLETION,
    authenticate,
    wait_for_auth_completion,
)
from langsmith_control_plane_client.api.deployments import DELETE_DEPLOYMENT, LIST_DEPLOYMENTS
from langsmith_control_plane_client.models import (
    AuthAuthenticateRequest,
    ListDeploymentsDeploymentTypeType0,
)
from langsmith_control_plane_client.types import UNSET

NO_OPTIONS = RequestOptions()


def wait_line(auth_id: str, hold: int) -> _operations.OperationRequest:
    arguments = {"auth_id": auth_id, "timeout_": hold}
    return _operations.request_line(WAIT_FOR_AUTH_COMPLETION, arguments, NO_OPTIONS)


def test_wait_kwargs_shape() -> None:
    assert wait_for_auth_completion._get_kwargs("a/b c", timeout=7) == {
        "method": "get",
        "url": "/v2/auth/wait/a%2Fb%20c",
        "params": {"timeout": 7},
    }
    assert wait_line("a/b c", 7) == _operations.OperationRequest(
        "GET", "/v2/auth/wait/a%2Fb%20c?timeout=7"
    )


def test_dot_segments_are_encoded_so_they_cannot_change_the_route() -> None:
    assert wait_line("..", 0).path == "/v2/auth/wait/%2E%2E?timeout=0"
    assert wait_line(".", 0).path == "/v2/auth/wait/%2E?timeout=0"


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
    arguments = {param.keyword: UNSET for param in AUTHENTICATE.params}
    arguments.update(provider="github", scopes=["repo"], user_id="u1")
    del expected_json["use_agent_builder_public_oauth"]  # UNSET in the arguments: not sent
    del expected_json["force_new"], expected_json["is_default"], expected_json["check_only"]
    line = _operations.request_line(
        AUTHENTICATE, arguments, RequestOptions(extra_headers={"X-Trace": "1"})
    )
    assert line == _operations.OperationRequest(
        "POST",
        "/v2/auth/authenticate",
        expected_json,
        {"Content-Type": "application/json", "X-Trace": "1"},
    )


def list_arguments(**given: object) -> dict[str, object]:
    arguments: dict[str, object] = {param.keyword: UNSET for param in LIST_DEPLOYMENTS.params}
    arguments.update(given)
    return arguments


def test_query_values_are_encoded_as_httpx_would() -> None:
    arguments = list_arguments(remote_reconciled=True, name_contains="a b", limit=5)
    line = _operations.request_line(LIST_DEPLOYMENTS, arguments, NO_OPTIONS)
    assert line.path == "/v2/deployments?limit=5&name_contains=a+b&remote_reconciled=true"


def test_an_enum_may_be_given_by_value_and_a_uuid_as_text() -> None:
    checked = _operations.check_arguments(LIST_DEPLOYMENTS, list_arguments(deployment_type="dev"))
    assert checked["deployment_type"] is ListDeploymentsDeploymentTypeType0.DEV
    flow = str(uuid.uuid4())
    arguments = {"deployment_id": flow, "delete_tracing_project": UNSET, "force": UNSET}
    line = _operations.request_line(DELETE_DEPLOYMENT, arguments, NO_OPTIONS)
    assert line == _operations.OperationRequest("DELETE", f"/v2/deployments/{flow}")


@pytest.mark.parametrize(
    ("operation", "arguments", "message"),
    [
        (
            LIST_DEPLOYMENTS,
            list_arguments(limit="10"),
            "list_deployments: limit must be int, not '10'",
        ),
        (
            LIST_DEPLOYMENTS,
            list_arguments(limit=True),
            "list_deployments: limit must be int, not True",
        ),
        (
            LIST_DEPLOYMENTS,
            list_arguments(deployment_type="staging"),
            "list_deployments: deployment_type must be one of 'dev', 'dev_free', "
            "'dev_free_zero', 'dev_zero', 'prod'",
        ),
        (
            DELETE_DEPLOYMENT,
            {"deployment_id": UNSET, "delete_tracing_project": UNSET, "force": UNSET},
            "delete_deployment: deployment_id is required",
        ),
        (
            DELETE_DEPLOYMENT,
            {"deployment_id": "", "delete_tracing_project": UNSET, "force": UNSET},
            "delete_deployment: deployment_id must not be empty",
        ),
    ],
)
def test_bad_arguments_are_named_before_anything_is_sent(
    operation: object, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=f"^{re.escape(message)}$"):
        _operations.check_arguments(operation, arguments)  # type: ignore[arg-type]


def test_a_bad_secret_is_named_but_never_shown() -> None:
    arguments: dict[str, object] = {param.keyword: UNSET for param in CREATE_OAUTH_PROVIDER.params}
    arguments.update(
        provider_id="p", name="n", client_id="c", auth_url="a", token_url="t", client_secret=123456
    )
    with pytest.raises(ConfigurationError) as raised:
        _operations.check_arguments(CREATE_OAUTH_PROVIDER, arguments)
    assert str(raised.value) == "create_oauth_provider: client_secret must be a string or None"


@pytest.mark.parametrize("name", ["X-Api-Key", "x-tenant-id", "AUTHORIZATION"])
def test_extra_headers_never_replace_the_credentials(name: str) -> None:
    with pytest.raises(ConfigurationError, match=f"extra_headers may not set {name}"):
        _operations.check_extra_headers({name: "x"})


def test_extra_headers_refuse_line_breaks() -> None:
    with pytest.raises(ConfigurationError, match="not a valid header"):
        _operations.check_extra_headers({"X-Ok": "a\r\nX-Api-Key: b"})
