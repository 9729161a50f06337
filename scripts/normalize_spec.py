"""The one spec fix an overlay cannot express, and the checks that keep generation honest.

Run by `make generate` on the overlaid document, before the generator:

1. FastAPI names an operation `<function>_<path>_<method>` (every non-word character of the path
   turned into `_`), which would name the generated function
   `wait_for_auth_completion_v2_auth_wait__auth_id__get`. The suffix is dropped from every
   operationId that carries exactly that suffix, as FastAPI's docs recommend before generating a
   client; an Overlay 1.0 action can only set a fixed value, not rewrite one, hence this step.
2. It fails, saying why, when a security requirement names a scheme the document does not define,
   or when two operations would get the same generated function name.

Usage: python scripts/normalize_spec.py SPEC  (rewrites SPEC in place)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.strings import PythonIdentifier

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# openapi-python-client's default `field_prefix`, which it uses when a name starts with a digit.
FIELD_PREFIX = "field_"


class SpecError(Exception):
    """The document cannot be generated from; the message says why and what to change."""


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document, in document order."""
    return [
        (path, method, operation)
        for path, item in (spec.get("paths") or {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def fastapi_suffix(path: str, method: str) -> str:
    """The suffix FastAPI's default `generate_unique_id` appends to a route's function name."""
    return re.sub(r"\W", "_", path) + "_" + method


def function_name(path: str, method: str, operation: dict[str, Any]) -> str:
    """The name openapi-python-client gives the operation's module and functions."""
    operation_id = operation.get("operationId")
    if operation_id is None:
        return str(generate_operation_id(path=path, method=method, prefix=FIELD_PREFIX))
    return str(PythonIdentifier(operation_id, prefix=FIELD_PREFIX))


def normalize(spec: dict[str, Any]) -> dict[str, Any]:
    """Strip FastAPI's operationId suffixes in place, check the result, and return it."""
    check(strip_operation_ids(spec))
    return spec


def strip_operation_ids(spec: dict[str, Any]) -> dict[str, Any]:
    """Drop FastAPI's `_<path>_<method>` suffix from every operationId carrying it, in place."""
    for path, method, operation in operations(spec):
        operation_id = operation.get("operationId")
        suffix = fastapi_suffix(path, method)
        if isinstance(operation_id, str) and operation_id.endswith(suffix):
            stripped = operation_id.removesuffix(suffix)
            if stripped:
                operation["operationId"] = stripped
    return spec


def check(spec: dict[str, Any]) -> None:
    """Raise `SpecError` for undefined security schemes or clashing function names."""
    defined = set((spec.get("components") or {}).get("securitySchemes") or {})
    problems: list[str] = []
    requirements = [("the document", spec.get("security") or [])]
    requirements += [
        (f"{method.upper()} {path}", operation.get("security") or [])
        for path, method, operation in operations(spec)
    ]
    for where, alternatives in requirements:
        for requirement in alternatives:
            for name in sorted(set(requirement) - defined):
                problems.append(
                    f"{where} requires the security scheme {name!r}, which "
                    "components.securitySchemes does not define: map it to a defined scheme in "
                    "openapi/overlay.yaml"
                )
    owners: dict[str, str] = {}
    for path, method, operation in operations(spec):
        name = function_name(path, method, operation)
        here = f"{method.upper()} {path}"
        if name in owners:
            problems.append(
                f"{owners[name]} and {here} would both generate the function {name!r}: give one "
                "of them another operationId in openapi/overlay.yaml"
            )
        owners.setdefault(name, here)
    if problems:
        raise SpecError("\n".join(problems))


def main(argv: list[str]) -> int:
    """Normalize the spec file named on the command line, in place."""
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    target = Path(argv[1])
    spec = yaml.safe_load(target.read_text(encoding="utf-8"))
    try:
        normalize(spec)
    except SpecError as error:
        print(f"{target}: cannot generate a client from this document:\n{error}", file=sys.stderr)
        return 1
    target.write_text(
        yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
