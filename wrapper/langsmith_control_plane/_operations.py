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
from langsmith_control_plane_client.api import Operation, Param, RequestOptions
from langsmith_control_plane_client.types import Unset

from ._policy import Reply, answer_details
from .config import check_header
from .errors import ConfigurationError, UnexpectedResponseError

__all__ = [
    "CREDENTIAL_HEADERS",
    "JSONObject",
    "OperationRequest",
    "check_arguments",
    "check_extra_fields",
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
# Nor may extra_query or extra_body carry credentials, by these names or the headers'.
CREDENTIAL_FIELDS = frozenset({"api_key", "tenant_id", "workspace_id", "bearer_token"})


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


def check_extra_fields(
    operation: Operation[Any], option: str, extra: object, own: frozenset[str]
) -> dict[str, Any]:
    """A call's `extra_query` or `extra_body`: a mapping of new names, no credential."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise ConfigurationError(f"{option} must be a mapping of names to values, not {extra!r}")
    fields: dict[str, Any] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise ConfigurationError(f"{option}: names must be non-empty strings, not {name!r}")
        folded = name.lower().replace("-", "_")
        if folded in CREDENTIAL_FIELDS or folded.replace("_", "-") in CREDENTIAL_HEADERS:
            raise ConfigurationError(
                f"{option} may not set {name}: the credentials come from the client "
                "(api_key=, workspace_id=, bearer_token=)"
            )
        if name in own:
            raise ConfigurationError(
                f"{operation.name}: {option} may not set {name}, which is an argument of the "
                f"method: pass {name}= instead"
            )
        fields[name] = value
    return fields


def request_line(
    operation: Operation[Any],
    arguments: Mapping[str, Any],
    options: RequestOptions,
) -> OperationRequest:
    """The request of a call: its arguments and options checked, described by the generated
    operation, with the options' extra headers, query parameters and body fields added."""
    headers = check_extra_headers(options.extra_headers)
    kwargs = operation.request(check_arguments(operation, arguments))
    if options.extra_query is not None or options.extra_body is not None:
        kwargs = _with_extra_fields(operation, kwargs, options)
    return operation_request(kwargs, headers)


def _with_extra_fields(
    operation: Operation[Any], kwargs: dict[str, Any], options: RequestOptions
) -> dict[str, Any]:
    """The generated request description with a call's `extra_query` and `extra_body` added."""
    own = frozenset(name for param in operation.params for name in (param.keyword, param.name))
    query = check_extra_fields(operation, "extra_query", options.extra_query, own)
    body = check_extra_fields(operation, "extra_body", options.extra_body, own)
    if body:
        payload = kwargs.get("json")
        if not isinstance(payload, dict):
            raise ConfigurationError(
                f"{operation.name}: extra_body needs a JSON object body, which "
                f"{operation.method} {operation.path} does not send"
            )
        clash = sorted(set(body) & set(payload))
        if clash:
            raise ConfigurationError(
                f"{operation.name}: extra_body may not set {', '.join(clash)}, which the "
                "method's arguments send"
            )
        kwargs = {**kwargs, "json": {**payload, **body}}
    if query:
        clash = sorted(set(query) & set(kwargs.get("params") or {}))
        if clash:
            raise ConfigurationError(
                f"{operation.name}: extra_query may not set {', '.join(clash)}, which the "
                "method's arguments send"
            )
        kwargs = {**kwargs, "params": {**(kwargs.get("params") or {}), **query}}
    return kwargs


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
    """What a 2xx answer of `operation` means: its generated success model, or the error.

    Any 2xx is a success. One the document does not list (a 207 where it lists 200) is read
    with the operation's success schema when it fits, else handed back as its JSON (None for
    an empty body).
    """

    def answer(reply: Reply) -> T:
        response = httpx.Response(reply.status_code, content=reply.body)
        if reply.status_code not in operation.success:
            try:
                return operation.parse(response)
            except (ValueError, KeyError, TypeError, AttributeError):
                pass
            if not reply.body.strip():
                return None  # type: ignore[return-value]  # an undeclared answer: no model
            try:
                data: T = json.loads(reply.body)
            except (ValueError, UnicodeDecodeError):
                what = f"a body that is not JSON ({len(reply.body)} bytes)"
                raise unexpected(reply, what, secret_fields) from None
            return data
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
