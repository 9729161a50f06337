"""The vendored upstream document, as the emulator serves it: its operations, what a request to
each must be (FastAPI's 422 otherwise), and the shape of each answer.

The document is the one the client is generated from (`make generate` ships it in the generated
package as `openapi.json`), so an operation upstream adds is routed, validated and answered in
its documented shape here with no handwritten line; only its state behaviour is code
(`_services.py`). Request validation is the JSON Schema of each parameter and body, checked by
`jsonschema` (the document's schemas are JSON Schema 2020-12), after the coercion FastAPI
applies to path and query text; errors come out in FastAPI's `{"type", "loc", "msg", "input"}`.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from starlette.datastructures import QueryParams

JSON = Any
ErrorDetail = dict[str, Any]

_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("uuid", raises=ValueError)
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(uuid.UUID(value))


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.fromisoformat(value))


class BadBody(Exception):
    """A body that is not UTF-8: FastAPI answers 400 before validating anything."""


class Invalid(Exception):
    """A request the document refuses: FastAPI's 422, with every error at once."""

    def __init__(self, errors: list[ErrorDetail]) -> None:
        super().__init__(errors)
        self.errors = errors


@dataclass(frozen=True)
class Operation:
    """One operation of the document."""

    name: str
    """The SDK's name for it: the operationId without FastAPI's `_<path>_<method>` suffix."""
    operation_id: str
    method: str
    path: str
    spec: Mapping[str, Any]

    def describe(self) -> str:
        """`create_listener (POST /v2/listeners)`."""
        return f"{self.name} ({self.method} {self.path})"


def _name(operation_id: str, path: str, method: str) -> str:
    # scripts/normalize_spec.py's rule, which names the SDK's methods: the same name here lets a
    # service's handler be found by the method name users know.
    suffix = re.sub(r"\W", "_", path) + "_" + method
    return operation_id.removesuffix(suffix) or operation_id


class Document:
    """The document's operations and schemas, and the checks and shapes they imply."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self._components = raw.get("components") or {}
        self.operations = [
            Operation(
                _name(str(spec["operationId"]), path, method),
                str(spec["operationId"]),
                method.upper(),
                path,
                spec,
            )
            for path, item in raw["paths"].items()
            for method, spec in item.items()
        ]

    def operation(self, name: str) -> Operation:
        """The operation the SDK calls `name`."""
        (found,) = [op for op in self.operations if op.name == name]
        return found

    def operation_at(self, method: str, path: str) -> Operation:
        """The operation at `method` and `path` (a template, as the document writes it)."""
        (found,) = [op for op in self.operations if (op.method, op.path) == (method.upper(), path)]
        return found

    # Schemas.

    def resolve(self, schema: JSON) -> dict[str, Any]:
        """`schema` with its `$ref` followed (to the component it names)."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 32:
            schema = self._components["schemas"][str(schema["$ref"]).rpartition("/")[2]]
            seen += 1
        return schema if isinstance(schema, dict) else {}

    @functools.cache  # noqa: B019 -- one Document per process (see `document()`)
    def _validator(self, text: str) -> Draft202012Validator:
        # Keyed by the schema's JSON text: `#/components/...` resolves against the root, so
        # the document's components ride along.
        schema = json.loads(text) | {"components": self._components}
        return Draft202012Validator(schema, format_checker=_FORMATS)

    def errors(self, schema: JSON, value: JSON, loc: tuple[str | int, ...]) -> list[ErrorDetail]:
        """FastAPI-shaped errors of `value` against `schema`, each `loc` under `loc`."""
        validator = self._validator(json.dumps(schema, sort_keys=True))
        return [_detail(error, loc) for error in validator.iter_errors(value)]

    def answer_schema(self, operation: Operation, status: int) -> JSON | None:
        """The JSON schema of `operation`'s documented answer with `status`, if it has one."""
        response = (operation.spec.get("responses") or {}).get(str(status)) or {}
        media = (response.get("content") or {}).get("application/json")
        return None if media is None else media.get("schema")

    def success(self, operation: Operation) -> int:
        """The operation's documented success status (200, 201, 204, ...)."""
        return min(int(code) for code in operation.spec["responses"] if str(code).startswith("2"))

    def shape(self, schema: JSON, value: JSON) -> JSON:
        """`value` in the documented shape of `schema`: the members the schema lists, those
        not given filled with their defaults (null where nullable, made up where required),
        unknown members dropped, as a FastAPI response model does. So a field upstream adds
        reaches the emulator's answers with no code."""
        schema = self.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            if value is None:
                return None
            for option in options:
                if _fits(self.resolve(option), value):
                    return self.shape(option, value)
            return value
        if isinstance(value, dict) and "properties" in schema:
            shaped: dict[str, Any] = {}
            required = set(schema.get("required") or ())
            for name, member in schema["properties"].items():
                if name in value:
                    shaped[name] = self.shape(member, value[name])
                elif "default" in member:
                    shaped[name] = copy.deepcopy(member["default"])
                elif _nullable(self, member):
                    shaped[name] = None
                elif name in required:
                    shaped[name] = self.fixture(member)
            if schema.get("additionalProperties") not in (None, False):
                shaped |= {k: v for k, v in value.items() if k not in schema["properties"]}
            return shaped
        if isinstance(value, list) and "items" in schema:
            return [self.shape(schema["items"], item) for item in value]
        return value

    def fixture(self, schema: JSON, depth: int = 0) -> JSON:
        """A value `schema` accepts, made up from the document alone (its examples, defaults,
        first enum values; every member of an object): the answer of a read with no state."""
        schema = self.resolve(schema)
        if depth > 8:
            return None
        for key in ("const", "default"):
            if key in schema:
                return copy.deepcopy(schema[key])
        if schema.get("examples"):
            return copy.deepcopy(schema["examples"][0])
        if schema.get("enum"):
            return schema["enum"][0]
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            real = [o for o in options if self.resolve(o).get("type") != "null"]
            return self.fixture((real or options)[0], depth + 1)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            members = schema.get("properties") or {}
            return {name: self.fixture(member, depth + 1) for name, member in members.items()}
        if kind == "array":
            count = int(schema.get("minItems", 0))
            return [self.fixture(schema.get("items"), depth + 1) for _ in range(count)]
        return _scalar(schema)

    # Requests.

    def request(
        self,
        operation: Operation,
        path_params: Mapping[str, str],
        query: QueryParams,
        body: bytes,
    ) -> tuple[dict[str, Any], JSON]:
        """The request's parameters (by name, coerced, defaults filled in) and JSON body.

        Raises `Invalid` with every error, as FastAPI would, and `BadBody` for a body that
        is not UTF-8.
        """
        errors: list[ErrorDetail] = []
        params: dict[str, Any] = {}
        for parameter in operation.spec.get("parameters") or ():
            where, name = parameter["in"], parameter["name"]
            schema = parameter.get("schema") or {}
            if where == "path":
                raw: list[str] = [path_params[name]] if name in path_params else []
            elif where == "query":
                raw = query.getlist(name)
            else:
                continue  # header and cookie parameters: none in this document
            if not raw:
                if parameter.get("required"):
                    errors.append(_missing((where, name)))
                else:
                    params[name] = copy.deepcopy(self.resolve(schema).get("default"))
                continue
            try:
                value = self._coerce(schema, raw)
            except Invalid as refused:
                errors += [{**e, "loc": [where, name, *e["loc"]]} for e in refused.errors]
                continue
            found = self.errors(schema, value, (where, name))
            errors += found
            params[name] = value
        payload = self._body(operation, body, errors)
        if errors:
            raise Invalid(errors)
        return params, payload

    def _body(self, operation: Operation, body: bytes, errors: list[ErrorDetail]) -> JSON:
        declared = operation.spec.get("requestBody")
        if declared is None:
            return None
        if not body:
            if declared.get("required"):
                errors.append(_missing(("body",)))
            return None
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadBody from exc
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(
                {
                    "type": "json_invalid",
                    "loc": ["body", exc.pos],
                    "msg": "JSON decode error",
                    "input": {},
                    "ctx": {"error": exc.msg},
                }
            )
            return None
        schema = ((declared.get("content") or {}).get("application/json") or {}).get("schema")
        found = self.errors(schema or {}, payload, ("body",))
        errors += found
        # As FastAPI hands a handler its model: defaults filled in, unknown members dropped.
        return payload if found or schema is None else self.shape(schema, payload)

    def _coerce(self, schema: JSON, raw: list[str]) -> JSON:
        """Path or query text as FastAPI reads it into the schema's type."""
        schema = self.resolve(schema)
        options = [self.resolve(o) for o in schema.get("anyOf") or [schema]]
        kinds = [o.get("type") for o in options if o.get("type") != "null"]
        kind = kinds[0] if kinds else "string"
        if kind == "array":
            items = next(o for o in options if o.get("type") == "array").get("items") or {}
            values, errors = [], []
            for index, text in enumerate(raw):
                try:
                    values.append(self._coerce(items, [text]))
                except Invalid as refused:
                    errors += [{**e, "loc": [index, *e["loc"]]} for e in refused.errors]
            if errors:
                raise Invalid(errors)
            return values
        return _scalar_from_text(kind, raw[-1])


def _scalar_from_text(kind: object, text: str) -> JSON:
    """One path or query value read as pydantic's lax mode reads it into `kind`."""
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                number = None
            if number is not None and number.is_integer():
                return int(number)
        raise Invalid(
            [_refusal("int_parsing", "a valid integer, unable to parse string as an integer", text)]
        )
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise Invalid(
                [
                    _refusal(
                        "float_parsing", "a valid number, unable to parse string as a number", text
                    )
                ]
            ) from None
    if kind == "boolean":
        lowered = text.strip().lower()
        if lowered in {"true", "1", "yes", "on", "t", "y"}:
            return True
        if lowered in {"false", "0", "no", "off", "f", "n"}:
            return False
        raise Invalid(
            [_refusal("bool_parsing", "a valid boolean, unable to interpret input", text)]
        )
    return text


def _refusal(kind: str, should_be: str, text: str) -> ErrorDetail:
    return {"type": kind, "loc": [], "msg": f"Input should be {should_be}", "input": text}


def _missing(loc: tuple[str, ...]) -> ErrorDetail:
    return {"type": "missing", "loc": list(loc), "msg": "Field required", "input": None}


def _detail(error: ValidationError, loc: tuple[str | int, ...]) -> ErrorDetail:
    where = [*loc, *error.absolute_path]
    if error.validator == "required":
        missing = re.match(r"'(.+)' is a required property", error.message)
        name = missing.group(1) if missing else ""
        return {
            "type": "missing",
            "loc": [*where, name],
            "msg": "Field required",
            "input": error.instance,
        }
    if error.validator == "type" and str(error.validator_value) in _TYPE_ERRORS:
        kind, should_be = _TYPE_ERRORS[str(error.validator_value)]
        return {
            "type": kind,
            "loc": where,
            "msg": f"Input should be {should_be}",
            "input": error.instance,
        }
    return {
        "type": str(error.validator),
        "loc": where,
        "msg": error.message,
        "input": error.instance,
    }


# pydantic's error types and messages for a value of the wrong JSON type, as FastAPI sends them.
_TYPE_ERRORS = {
    "string": ("string_type", "a valid string"),
    "integer": ("int_type", "a valid integer"),
    "number": ("float_type", "a valid number"),
    "boolean": ("bool_type", "a valid boolean"),
    "array": ("list_type", "a valid list"),
    "object": ("dict_type", "a valid dictionary"),
}


def _fits(schema: dict[str, Any], value: JSON) -> bool:
    kind = schema.get("type")
    if kind is None:
        return isinstance(value, dict) if "properties" in schema else True
    matches: dict[str, type | tuple[type, ...]] = {
        "object": dict,
        "array": list,
        "string": str,
        "boolean": bool,
        "integer": int,
        "number": (int, float),
        "null": type(None),
    }
    expected = matches.get(str(kind), object)
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, expected)


def _nullable(document: Document, schema: JSON) -> bool:
    schema = document.resolve(schema)
    options = schema.get("anyOf") or schema.get("oneOf") or []
    return schema.get("type") == "null" or any(
        document.resolve(o).get("type") == "null" for o in options
    )


def _scalar(schema: dict[str, Any]) -> JSON:
    kind = schema.get("type")
    if kind == "string":
        return {
            "uuid": "00000000-0000-4000-8000-000000000000",
            "date-time": "2026-01-01T00:00:00Z",
            "uri": "https://example.com/",
        }.get(str(schema.get("format")), "string")
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        return int(low) + (1 if "exclusiveMinimum" in schema else 0) if kind == "integer" else low
    if kind == "boolean":
        return False
    return None


@functools.cache
def document() -> Document:
    """The vendored document, parsed once per process."""
    text = (resources.files("langsmith_control_plane_client") / "openapi.json").read_text(
        encoding="utf-8"
    )
    return Document(json.loads(text))
