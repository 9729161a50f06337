"""What a regeneration changes in the API surface: the report `make generate` prints.

Compares the previous generation's input (`openapi/control-plane.merged.yaml` as committed) with the
new one: operations (and their methods' names), parameters, request bodies, schema fields and
enum values added, removed, renamed or retyped. A change that can break existing callers or the
wrapper is marked BREAKING; a new enum value is marked REVIEW, since code that handles a fixed
set of values (the wrapper's status handling, a user's `match`) may need a new case.
docs/regeneration.md says what to review.

Usage: python scripts/api_changes.py OLD_SPEC NEW_SPEC
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from normalize_spec import function_name, load_yaml, operations

Change = tuple[str, str]  # (mark, text): mark is "BREAKING", "REVIEW" or "added"


def describe(schema: object) -> str:
    """A schema's type, short enough to compare and print: `string|null`, `array[Foo]`, ..."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in schema:
            joiner = "&" if combinator == "allOf" else "|"
            return joiner.join(describe(option) for option in schema[combinator])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array[{describe(schema.get('items'))}]"
    if "format" in schema:
        return f"{kind}({schema['format']})"
    return str(kind)


def _enum(schema: object) -> list[Any]:
    """The enum values a schema allows inline, through `anyOf`/`oneOf` and array items."""
    if not isinstance(schema, dict):
        return []
    values = list(schema.get("enum") or [])
    for option in [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]:
        values += _enum(option)
    return values + _enum(schema.get("items"))


def _enum_changes(where: str, old: object, new: object) -> list[Change]:
    old_enum, new_enum = _enum(old), _enum(new)
    return [
        ("BREAKING", f"{where}: enum value {v!r} removed") for v in old_enum if v not in new_enum
    ] + [("REVIEW", f"{where}: enum value {v!r} added") for v in new_enum if v not in old_enum]


def _operation_map(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        function_name(path, method, op): (f"{method.upper()} {path}", op)
        for path, method, op in operations(spec)
    }


def _resource(operation: dict[str, Any]) -> str:
    return str((operation.get("tags") or ["default"])[0])


def _parameters(operation: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    return {
        f"{p.get('in')} {p.get('name')}": (describe(p.get("schema")), bool(p.get("required")))
        for p in operation.get("parameters") or []
    }


def _parameter_schemas(operation: dict[str, Any]) -> dict[str, object]:
    return {
        f"{p.get('in')} {p.get('name')}": p.get("schema") for p in operation.get("parameters") or []
    }


def _body(operation: dict[str, Any]) -> str | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json")
    return None if media is None else describe(media.get("schema"))


def _responses(operation: dict[str, Any]) -> dict[str, str]:
    found = {}
    for code, response in (operation.get("responses") or {}).items():
        media = ((response or {}).get("content") or {}).get("application/json")
        found[str(code)] = "no JSON body" if media is None else describe(media.get("schema"))
    return found


def _operation_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_params, new_params = _parameters(old), _parameters(new)
    for key in sorted(old_params.keys() - new_params.keys()):
        changes.append(("BREAKING", f"{name}: parameter {key} removed"))
    for key in sorted(new_params.keys() - old_params.keys()):
        kind, required = new_params[key]
        mark = "BREAKING" if required else "added"
        changes.append(
            (mark, f"{name}: parameter {key} ({kind}{', required' if required else ''})")
        )
    for key in sorted(old_params.keys() & new_params.keys()):
        if old_params[key] != new_params[key]:
            before, after = old_params[key], new_params[key]
            changes.append(("BREAKING", f"{name}: parameter {key} {before} -> {after}"))
    old_schemas, new_schemas = _parameter_schemas(old), _parameter_schemas(new)
    for key in sorted(old_schemas.keys() & new_schemas.keys()):
        changes += _enum_changes(f"{name}: parameter {key}", old_schemas[key], new_schemas[key])
    if _body(old) != _body(new):
        changes.append(("BREAKING", f"{name}: request body {_body(old)} -> {_body(new)}"))
    old_resp, new_resp = _responses(old), _responses(new)
    for code in sorted(old_resp.keys() | new_resp.keys()):
        if old_resp.get(code) != new_resp.get(code):
            mark = "added" if code not in old_resp else "BREAKING"
            changes.append(
                (mark, f"{name}: response {code} {old_resp.get(code)} -> {new_resp.get(code)}")
            )
    return changes


def _schema_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_enum, new_enum = old.get("enum") or [], new.get("enum") or []
    changes += [
        ("BREAKING", f"{name}: enum value {v!r} removed") for v in old_enum if v not in new_enum
    ]
    changes += [
        ("REVIEW", f"{name}: enum value {v!r} added") for v in new_enum if v not in old_enum
    ]
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
    for field in old_props:
        if field not in new_props:
            changes.append(("BREAKING", f"{name}.{field} removed"))
        elif describe(old_props[field]) != describe(new_props[field]):
            before, after = describe(old_props[field]), describe(new_props[field])
            changes.append(("BREAKING", f"{name}.{field} retyped {before} -> {after}"))
        else:
            changes += _enum_changes(f"{name}.{field}", old_props[field], new_props[field])
    for field in new_props:
        if field not in old_props:
            required = field in new_req
            mark = "BREAKING" if required else "added"
            kind = describe(new_props[field])
            changes.append((mark, f"{name}.{field} ({kind}{', required' if required else ''})"))
    for field in sorted((new_req - old_req) & old_props.keys()):
        changes.append(("BREAKING", f"{name}.{field} is now required"))
    return changes


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every API-surface change from `old` to `new`, operations first, then schemas."""
    changes: list[Change] = []
    old_ops, new_ops = _operation_map(old), _operation_map(new)
    for name in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(("BREAKING", f"operation {name} ({old_ops[name][0]}) removed"))
    for name in sorted(new_ops.keys() - old_ops.keys()):
        method = new_ops[name][1].get("x-lscp-name")
        named = f", cp.{method}" if method else ""
        changes.append(("added", f"operation {name} ({new_ops[name][0]}{named})"))
    for name in sorted(old_ops.keys() & new_ops.keys()):
        (old_where, old_op), (new_where, new_op) = old_ops[name], new_ops[name]
        if old_where != new_where:
            changes.append(("BREAKING", f"operation {name} moved {old_where} -> {new_where}"))
        # The method users call (normalize_spec's rule, its resource first): a new name breaks
        # the old one's callers; without names, the first tag is the resource the normalizer named.
        old_method, new_method = old_op.get("x-lscp-name"), new_op.get("x-lscp-name")
        old_resource, new_resource = _resource(old_op), _resource(new_op)
        if old_method and new_method and old_method != new_method:
            changes.append(
                ("BREAKING", f"operation {name} renamed cp.{old_method} -> cp.{new_method}")
            )
        elif old_resource != new_resource:
            changes.append(
                ("BREAKING", f"operation {name} moved cp.{old_resource} -> cp.{new_resource}")
            )
        changes += _operation_changes(name, old_op, new_op)
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        changes.append(("BREAKING", f"model {name} removed"))
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        changes.append(("added", f"model {name}"))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        changes += _schema_changes(name, old_schemas[name], new_schemas[name])
    return changes


def report(changes: list[Change]) -> str:
    """The printed report: one line a change, breaking ones first."""
    if not changes:
        return "API surface unchanged."
    order = {"BREAKING": 0, "REVIEW": 1, "added": 2}
    lines = [f"API surface changes ({len(changes)}):"]
    lines += [f"  {mark:<8} {text}" for mark, text in sorted(changes, key=lambda c: order[c[0]])]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the report for OLD_SPEC -> NEW_SPEC; a missing OLD_SPEC means a first generation."""
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    old_path, new_path = Path(argv[1]), Path(argv[2])
    new = load_yaml(new_path.read_text(encoding="utf-8"))
    old = load_yaml(old_path.read_text(encoding="utf-8")) if old_path.exists() else {}
    print(report(diff(old, new)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
