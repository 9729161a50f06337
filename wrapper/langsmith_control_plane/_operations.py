"""The one adapter between the wrapper and the generated client's operations.

Requests are described by the generated operation modules and answers parsed by the generated
models, so a regenerated spec reaches the wrapper with no hand edit. The public generated
functions (`sync_detailed`, ...) read the whole body into memory with the client's fixed
timeouts; the wrapper needs a streamed, size-capped read and per-request time budgets, so it uses
each operation's `_get_kwargs` request description, here and only here.
`tests/build/test_operations_adapter.py` pins the shape of `_get_kwargs` this module relies on.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import attrs
from langsmith_control_plane_client.api.auth_service_v_2 import (
    authenticate,
    wait_for_auth_completion,
)
from langsmith_control_plane_client.models import (
    AuthAuthenticateRequest,
    AuthAuthenticateResponse,
    AuthWaitResponse,
    HTTPValidationError,
    ValidationError,
)
from langsmith_control_plane_client.types import Unset

from .errors import UnexpectedResponseError

__all__ = [
    "JSONObject",
    "OperationRequest",
    "authenticate_request",
    "decode_object",
    "parse_authenticate_response",
    "parse_validation_errors",
    "parse_wait_response",
    "wait_request",
]

JSONObject = dict[str, Any]


@attrs.frozen
class OperationRequest:
    """One request of an operation: `path` (with its query) is relative to base_url."""

    method: str
    path: str
    json: Any = None
    headers: dict[str, str] = attrs.field(factory=dict)


def authenticate_request(body: AuthAuthenticateRequest) -> OperationRequest:
    """`POST /v2/auth/authenticate` with its JSON body, as the generated operation describes it."""
    kwargs = authenticate._get_kwargs(body=body)
    return OperationRequest(
        kwargs["method"].upper(), kwargs["url"], kwargs["json"], kwargs["headers"]
    )


def wait_request(auth_id: str, poll_timeout: int) -> OperationRequest:
    """`GET /v2/auth/wait/{auth_id}?timeout=...`, as the generated operation describes it."""
    kwargs = wait_for_auth_completion._get_kwargs(auth_id, timeout=poll_timeout)
    path: str = kwargs["url"]
    if auth_id in (".", ".."):
        # quote() leaves dots alone, and httpx would resolve a "." or ".." segment away,
        # sending the request to another route.
        path = path.rpartition("/")[0] + "/" + "%2E" * len(auth_id)
    # The query is encoded here: passing params= makes httpx parse the URL a second time.
    return OperationRequest(kwargs["method"].upper(), f"{path}?{urlencode(kwargs['params'])}")


def decode_object(body: bytes, *, status_code: int, expected: str) -> JSONObject:
    """The JSON object in a body, or an `UnexpectedResponseError` saying what came instead."""
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        what = f"a body that is not JSON ({len(body)} bytes)"
        raise _unexpected(what, status_code, expected) from None
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise _unexpected(
            f"JSON of the wrong shape (a {kind}, not an object)", status_code, expected
        )
    return data


def parse_wait_response(data: JSONObject) -> AuthWaitResponse:
    """The generated model of a wait answer whose status the generated enum knows."""
    try:
        return AuthWaitResponse.from_dict(data)
    except (KeyError, ValueError, TypeError) as error:
        what = f"fields the spec does not allow ({error!r})"
        raise _unexpected(what, 200, "AuthWaitResponse") from None


def parse_authenticate_response(data: JSONObject) -> AuthAuthenticateResponse:
    """The generated model of an authenticate answer whose status the generated enum knows."""
    try:
        return AuthAuthenticateResponse.from_dict(data)
    except (KeyError, ValueError, TypeError) as error:
        what = f"fields the spec does not allow ({error!r})"
        raise _unexpected(what, 200, "AuthAuthenticateResponse") from None


def parse_validation_errors(body: bytes) -> list[ValidationError]:
    """The items of FastAPI's 422 body, as generated models (none if it is not that shape)."""
    try:
        detail = HTTPValidationError.from_dict(json.loads(body)).detail
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return []
    return [] if isinstance(detail, Unset) else detail


def _unexpected(what: str, status_code: int, expected: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"the control plane answered {status_code} with {what}; expected a JSON {expected}",
        status_code=status_code,
    )
