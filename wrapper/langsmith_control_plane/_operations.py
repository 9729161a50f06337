"""The one adapter between the wrapper and the generated operations.

A generated resource method hands over its `Operation` (from `langsmith_control_plane_client.api`)
and its arguments. Here they are checked (`check_arguments`: a `ConfigurationError` naming the
argument, before anything is sent), turned into a request line through the operation's generated
`_get_kwargs` description (`operation_request`), and a success answer into the generated model
(`operation_answer`). The public generated functions (`sync_detailed`, ...) read the whole body
into memory with the client's fixed timeouts; the wrapper needs a streamed, size-capped read and
per-request time budgets, so it uses `_get_kwargs`, through `Operation.request`, and only here.
`tests/build/test_operations_adapter.py` pins the shape of `_get_kwargs` this module relies on.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlencode

import attrs
import httpx
from langsmith_control_plane_client.api import Operation, Param
from langsmith_control_plane_client.types import Unset

from ._policy import Reply, answer_details
from .config import check_header
from .errors import ConfigurationError, UnexpectedResponseError

__all__ = [
    "CREDENTIAL_HEADERS",
    "JSONObject",
    "OperationRequest",
    "check_arguments",
    "check_extra_headers",
    "decode_object",
    "operation_answer",
    "operation_request",
    "request_line",
    "unexpected",
]

T = TypeVar("T")
JSONObject = dict[str, Any]
# Set by the client alone: extra_headers may never replace them.
CREDENTIAL_HEADERS = frozenset({"x-api-key", "x-tenant-id", "authorization"})


@attrs.frozen
class OperationRequest:
    """One request of an operation: `path` (with its query) is relative to base_url."""

    method: str
    path: str
    json: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict)


def check_arguments(operation: Operation[Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments by the generated functions' names, each checked against its `Param`.

    An enum argument may also be given as its value (`"prod"`); a UUID as its text. Raises
    `ConfigurationError` naming the argument, and never showing a secret's value.
    """
    checked: dict[str, Any] = {}
    for param in operation.params:
        value = arguments[param.keyword]
        if not isinstance(value, Unset):
            value = _checked(operation, param, value)
        elif param.required:
            raise _invalid(operation, param, "is required")
        checked[param.name] = value
    return checked


def _checked(operation: Operation[Any], param: Param, value: object) -> object:
    accepts = param.accepts
    if isinstance(value, bool) and bool not in accepts and object not in accepts:
        pass  # a bool is an int to isinstance(), never to the document
    elif isinstance(value, accepts):
        if param.location == "path":
            _check_path_segment(operation, param, value)
        return value
    for kind in accepts:
        if isinstance(kind, type) and issubclass(kind, enum.Enum) and isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                allowed = ", ".join(repr(member.value) for member in kind)
                raise _invalid(operation, param, f"must be one of {allowed}") from None
    names = " or ".join(
        "None" if kind is type(None) else kind.__name__ for kind in accepts if kind is not str
    )
    if str in accepts:
        names = "a string" + (f" or {names}" if names else "")
    shown = "" if param.secret else f", not {_short(value)}"
    raise _invalid(operation, param, f"must be {names}{shown}")


def _check_path_segment(operation: Operation[Any], param: Param, value: object) -> None:
    text = str(value)
    if not text:
        raise _invalid(operation, param, "must not be empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid(operation, param, "is not valid Unicode text") from None


def _invalid(operation: Operation[Any], param: Param, problem: str) -> ConfigurationError:
    return ConfigurationError(f"{operation.name}: {param.keyword} {problem}")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"a {type(value).__name__}"


def check_extra_headers(extra_headers: object) -> dict[str, str]:
    """A call's `extra_headers`, checked: valid HTTP header names and values, no credential
    header."""
    if extra_headers is None:
        return {}
    if not isinstance(extra_headers, Mapping):
        raise ConfigurationError(
            f"extra_headers must be a mapping of header names to values, not "
            f"{type(extra_headers).__name__}"
        )
    headers: dict[str, str] = {}
    for name, value in extra_headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("extra_headers: header names and values must be strings")
        if name.lower() in CREDENTIAL_HEADERS:
            raise ConfigurationError(
                f"extra_headers may not set {name}: the credentials come from the client "
                "(api_key=, workspace_id=, bearer_token=)"
            )
        check_header("extra_headers", name, value)
        headers[name] = value
    return headers


def request_line(
    operation: Operation[Any], arguments: Mapping[str, Any], extra_headers: Mapping[str, str]
) -> OperationRequest:
    """The request of a call: its arguments checked, described by the generated operation."""
    return operation_request(
        operation.request(check_arguments(operation, arguments)), extra_headers
    )


def operation_request(
    kwargs: Mapping[str, Any], extra_headers: Mapping[str, str] | None = None
) -> OperationRequest:
    """The request a generated `_get_kwargs` describes, with `extra_headers` added."""
    path = "/".join(
        "%2E" * len(segment) if segment in (".", "..") else segment
        # quote() leaves dots alone, and a "." or ".." segment would be resolved away, sending
        # the request to another route.
        for segment in str(kwargs["url"]).split("/")
    )
    params = kwargs.get("params")
    if params:
        # Encoded here as httpx would (True as "true", a list as repeated keys): passing
        # params= to httpx makes it parse the URL a second time.
        path += "?" + urlencode(
            [
                (name, _query_value(item))
                for name, value in params.items()
                for item in (value if isinstance(value, list | tuple) else [value])
            ]
        )
    headers = {name: str(value) for name, value in (kwargs.get("headers") or {}).items()}
    cookies = kwargs.get("cookies")
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    if extra_headers:
        headers.update(extra_headers)
    return OperationRequest(str(kwargs["method"]).upper(), path, kwargs.get("json"), headers)


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def operation_answer(
    operation: Operation[T], secret_fields: frozenset[str]
) -> Callable[[Reply], T]:
    """What a 2xx answer of `operation` means: its generated success model, or the error."""

    def answer(reply: Reply) -> T:
        if reply.status_code not in operation.success:
            listed = ", ".join(str(code) for code in operation.success) or "none"
            raise unexpected(
                reply,
                f"status {reply.status_code}, which the document does not list for "
                f"{operation.name} (it lists {listed})",
                secret_fields,
            )
        response = httpx.Response(reply.status_code, content=reply.body)
        try:
            return operation.parse(response)
        except json.JSONDecodeError:
            what = f"a body that is not JSON ({len(reply.body)} bytes)"
            raise unexpected(reply, what, secret_fields) from None
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            what = f"fields the document does not allow ({type(error).__name__}: {error})"
            raise unexpected(reply, what, secret_fields) from None

    return answer


def decode_object(reply: Reply, expected: str, secret_fields: frozenset[str]) -> JSONObject:
    """The JSON object in an answer, or an `UnexpectedResponseError` saying what came instead."""
    try:
        data: Any = json.loads(reply.body)
    except (ValueError, UnicodeDecodeError):
        what = f"a body that is not JSON ({len(reply.body)} bytes); expected a JSON {expected}"
        raise unexpected(reply, what, secret_fields) from None
    if not isinstance(data, dict):
        kind = type(data).__name__
        what = f"JSON of the wrong shape (a {kind}, not an object); expected a JSON {expected}"
        raise unexpected(reply, what, secret_fields)
    return data


def unexpected(reply: Reply, what: str, secret_fields: frozenset[str]) -> UnexpectedResponseError:
    """The error for an answer that is not what the document says."""
    return UnexpectedResponseError(
        f"the control plane answered {what}",
        status_code=reply.status_code,
        **answer_details(reply, secret_fields),
    )
