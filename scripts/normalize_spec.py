"""From the vendored spec to the generator's input: the overlay, the one spec fix an overlay
cannot express, and the checks that keep generation honest.

Run by `make generate` on the vendored document, in one process (three tools run one after the
other spent three times the CPU, most of it starting up and re-reading the YAML): it applies
`openapi/overlay.yaml` with oas-patch's library, makes the changes below, validates the result
with openapi-spec-validator's, and writes it, as YAML (the merged spec committed to the repository)
and as JSON (the generator's input: openapi-python-client parses YAML in pure Python, 0.8 s of CPU
on this spec, and JSON in a hundredth of that).

1. FastAPI names an operation `<function>_<path>_<method>` (every non-word character of the path
   turned into `_`), which would name the generated function
   `wait_for_auth_completion_v2_auth_wait__auth_id__get`. The suffix is dropped from every
   operationId that carries exactly that suffix, as FastAPI's docs recommend before generating a
   client; an Overlay 1.0 action can only set a fixed value, not rewrite one, hence this step.
2. FastAPI splits a model whose input and output schemas differ into `<Name>-Input` and
   `<Name>-Output`, both titled `<Name>`. openapi-python-client names models by title, so it
   would drop the second as a duplicate (and every model that uses it) with only a warning.
   Schemas whose titles clash are titled by their component key instead (`ResourceSpec-Output`
   becomes the class `ResourceSpecOutput`); a unique title is left alone. The same goes for a
   field's inline object, which the generator also makes a model named by its title: two
   schemas' `authorization_params`, both titled `Authorization Params`, become
   `OAuthProviderResponseAuthorizationParams` and so on.
3. Each operation's first tag names the client attribute of its resource (`cp.deployments`):
   by default the tag in snake case without its version (`Deployments (v2)` becomes
   `deployments`); `RESOURCE_NAMES` lists the exceptions. Where tags differ only by version,
   the newest keeps the name and each older one gets its version as a suffix
   (`Integrations (v2)` is `integrations`, `Integrations (v1)` `integrations_v1`). The name is
   put first among the operation's tags, so the generator groups the operations in a module of
   that name (`api/deployments/`); the upstream tag stays second, for the docs.
4. Each operation gets its method name by a rule, as Stainless SDKs name theirs (`method_name`):
   nested resources follow the path (`/v2/deployments/{id}/revisions` is
   `cp.deployments.revisions`); on a collection (a segment with items, `/things/{id}`, or one
   a GET lists) GET is `list`, POST `create`, DELETE `delete_many`; on an item GET is
   `retrieve`, PATCH and PUT `update`, DELETE `delete`; any other last segment is an action
   named by it (`.../redeploy`, `/authenticate`). `METHOD_NAMES`
   lists the exceptions. The name is recorded as the operation's `x-lscp-name`; the resource
   tree, with each list operation's paging style (`paging`), is written for the templates as
   `names.jinja`.
5. It fails, saying why, when a security requirement names a scheme the document does not define,
   when two operations would get the same generated function name, when two tags would get the
   same resource name, when two operations of one resource would get the same method name, or
   when two arguments of one operation (path, query and header parameters and the fields of its
   JSON body) would get the same keyword.

6. It fails when a field or parameter is named like a secret (`SECRET_NAME`: `...token`,
   `...secret`, `...password`, `code`, ...) but `secrets.jinja` (beside OUT_NAMES, a copy of
   templates/) does not list it and `NOT_SECRETS` does not say why it holds none: a new
   upstream secret is masked at every exit, or generation stops.

Usage: python scripts/normalize_spec.py VENDORED OVERLAY OUT_YAML OUT_JSON OUT_NAMES
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.strings import ClassName, PythonIdentifier

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# openapi-python-client's default `field_prefix`, which it uses when a name starts with a digit.
FIELD_PREFIX = "field_"
# The resource names that the default rule (the tag in snake case, without "(v2)") does not give.
RESOURCE_NAMES = {"Auth Service (v2)": "auth"}
# The method names that the rule (`method_name`) does not give: (HTTP method, path) to (nested
# resource under the tag's, dotted, "" for the tag's own; method).
METHOD_NAMES = {
    # `cp.auth.wait` is the handwritten wait that loops on this one look.
    ("GET", "/v2/auth/wait/{auth_id}"): ("", "wait_for_completion"),
    # The consent page's form post: a POST to an item, which the rule leaves unnamed.
    ("POST", "/v2/auth/callback/{provider_id}"): ("callback", "submit"),
    # In the newer upstream pages: beside `tokens.exists`, which the rule would make a resource.
    ("POST", "/v2/auth/tokens/exists/batch"): ("tokens", "exists_batch"),
}
# A field or parameter named like this holds a secret unless `NOT_SECRETS` says otherwise.
SECRET_NAME = re.compile(
    r"(^|_)(token|secret|password|passphrase|api_key|private_key|credentials?)$|^code$"
)
NOT_SECRETS = {
    "has_token": "a flag: whether a token is stored",
    "secret": "Volume.secret: a reference to a Kubernetes Secret, not its value",
}
# A method's name by the HTTP method, on an item (`/things/{id}`) and on a collection.
ITEM_VERBS = {"GET": "retrieve", "PATCH": "update", "PUT": "update", "DELETE": "delete"}
COLLECTION_VERBS = {"GET": "list", "POST": "create", "PATCH": "update", "PUT": "update"}
# Names every resource class holds besides its methods and nested resources.
RESERVED_NAMES = frozenset({"with_raw_response"})


class SpecError(Exception):
    """The document cannot be generated from; the message says why and what to change."""


# libyaml's parser where PyYAML was built with it: the same data for a tenth of the CPU (a third
# of a second on this spec, paid by every generation and every check).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> dict[str, Any]:
    """`text`, an OpenAPI document, parsed as YAML, safely."""
    document: dict[str, Any] = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    return document


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
    """Strip FastAPI's operationId suffixes, untangle clashing titles, name, check, in place."""
    spec = name_resources(retitle_clashing_schemas(strip_operation_ids(spec)))
    problems = name_methods(spec)
    check(spec, problems)
    return spec


_VERSION = re.compile(r"\(v(\d+)\)")


def resource_name(tag: str) -> str:
    """A tag's resource name before versions are told apart: `RESOURCE_NAMES`, else the tag in
    snake case without its version."""
    if tag in RESOURCE_NAMES:
        return RESOURCE_NAMES[tag]
    return str(PythonIdentifier(_VERSION.sub("", tag).strip(), prefix="tag"))


def resource_names(tags: list[str]) -> dict[str, str]:
    """Each tag's resource name. Tags that differ only by version (`Integrations (v1)`,
    `Integrations (v2)`) share a name, which the newest keeps; each older one gets its version
    as a suffix (`integrations_v1`). Fails on two tags one name otherwise."""
    by_name: dict[str, list[str]] = {}
    for tag in tags:
        by_name.setdefault(resource_name(tag), []).append(tag)
    names: dict[str, str] = {}
    for name, alike in by_name.items():
        versions = {tag: _VERSION.search(tag) for tag in alike}
        numbers = {int(m.group(1)) for m in versions.values() if m is not None}
        if len(alike) > 1 and (None in versions.values() or len(numbers) < len(alike)):
            raise SpecError(
                f"the tags {', '.join(map(repr, sorted(alike)))} would all be the resource "
                f"{name!r}: give one of them its own name in RESOURCE_NAMES "
                "(scripts/normalize_spec.py)"
            )
        newest = max(numbers, default=None)
        for tag, match in versions.items():
            older = match is not None and int(match.group(1)) != newest
            names[tag] = f"{name}_v{match.group(1)}" if older and match else name
    taken = Counter(names.values())
    clashing = sorted(tag for tag, name in names.items() if taken[name] > 1)
    if clashing:
        raise SpecError(
            f"the tags {', '.join(map(repr, clashing))} would share a resource name: give one "
            "of them its own name in RESOURCE_NAMES (scripts/normalize_spec.py)"
        )
    return names


def name_resources(spec: dict[str, Any]) -> dict[str, Any]:
    """Put each operation's resource name first among its tags (see `resource_names`)."""
    found = operations(spec)
    first = [(operation.get("tags") or ["default"])[0] for _path, _method, operation in found]
    names = resource_names(list(dict.fromkeys(first)))
    for tag, (_path, _method, operation) in zip(first, found, strict=True):
        operation["tags"] = [names[tag], *(operation.get("tags") or [tag])]
    return spec


def segments(path: str) -> list[str]:
    """A path's segments without its version (`/v2/deployments/{id}`: deployments, {id})."""
    parts = [part for part in path.split("/") if part]
    return parts[1:] if parts and re.fullmatch(r"v\d+", parts[0]) else parts


def is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def identifier(segment: str) -> str:
    return str(PythonIdentifier(segment, prefix=FIELD_PREFIX))


def resolve(spec: dict[str, Any], schema: object) -> dict[str, Any]:
    """A schema with its `$ref` (to a component) followed."""
    if isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#/components/schemas/"):
        name = schema["$ref"].rsplit("/", 1)[1]
        return dict((spec.get("components") or {}).get("schemas", {}).get(name) or {})
    return schema if isinstance(schema, dict) else {}


def success_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The JSON schema of the operation's first 2xx answer ({} without one)."""
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2") and isinstance(response, dict):
            content = response.get("content") or {}
            return resolve(spec, (content.get("application/json") or {}).get("schema"))
    return {}


def paging(spec: dict[str, Any], method: str, operation: dict[str, Any]) -> dict[str, Any] | None:
    """How a list operation pages, read from the document, or None when it does not.

    An answer with one array (the page's items) pages in one of three styles:
    `cursor` (a `next_cursor` field, sent back as the `cursor` parameter); `next_offset` (a
    `next_offset` field, sent back as the `offset` parameter); `offset` (an integer `offset`
    field, the next page's, sent back as `offset`, pages of `limit` items: a short page is the
    last).
    """
    if method != "get":
        return None
    answer = success_schema(spec, operation)
    fields = answer.get("properties") or {}
    arrays = [name for name, field in fields.items() if resolve(spec, field).get("type") == "array"]
    query = {
        parameter["name"]: parameter
        for parameter in operation.get("parameters") or []
        if isinstance(parameter, dict) and parameter.get("in") == "query"
    }
    if len(arrays) != 1:
        return None
    ref = str((resolve(spec, fields[arrays[0]]).get("items") or {}).get("$ref", ""))
    title = resolve(spec, {"$ref": ref}).get("title", ref.rsplit("/", 1)[-1]) if ref else ""
    found = {"items": identifier(arrays[0]), "item": str(ClassName(title, "")) if title else ""}
    if "next_cursor" in fields and "cursor" in query:
        return {**found, "style": "cursor", "next": "next_cursor", "param": "cursor"}
    if "next_offset" in fields and "offset" in query:
        return {**found, "style": "next_offset", "next": "next_offset", "param": "offset"}
    if "offset" in fields and "offset" in query and "limit" in query:
        default = (query["limit"].get("schema") or {}).get("default")
        return {
            **found,
            "style": "offset",
            "next": "offset",
            "param": "offset",
            "limit": default if isinstance(default, int) else 0,
        }
    return None


def tag_base(resource: str, paths: list[list[str]], path: list[str]) -> int:
    """How many leading segments of `path` are the tag's resource itself.

    Through the first segment named as the resource (`deployments`), or as its last word
    (`connections` for `agent_connections`); else the segments all the tag's paths share.
    """
    words = {resource, resource.rsplit("_", 1)[-1]}
    for index, segment in enumerate(path):
        if not is_parameter(segment) and identifier(segment) in words:
            return index + 1
    shared = 0
    while all(len(other) > shared and other[shared] == path[shared] for other in paths):
        shared += 1
    return min(shared, len(path))


def method_name(
    spec: dict[str, Any], path: str, method: str, operation: dict[str, Any], tag_paths: list[str]
) -> tuple[str, str]:
    """(nested resource, dotted, "" for the tag's own; method name) of one operation."""
    if (method.upper(), path) in METHOD_NAMES:
        return METHOD_NAMES[(method.upper(), path)]
    parts = segments(path)
    resource = operation["tags"][0]
    base = tag_base(resource, [segments(other) for other in tag_paths], parts)
    nested = [identifier(part) for part in parts[base:] if not is_parameter(part)]
    verb = method.upper()
    if not parts or is_parameter(parts[-1]):  # an item
        name = ITEM_VERBS.get(verb)
    else:
        # A collection has items (`/things/{id}`), or is listed, or is changed as a whole.
        has_items = any(
            len(other) > len(parts)
            and other[: len(parts)] == parts
            and is_parameter(other[len(parts)])
            for other in (segments(each) for each, _, _ in operations(spec))
        )
        answer = success_schema(spec, operation)
        listing = answer.get("type") == "array" or paging(spec, method, operation) is not None
        if has_items or verb in ("PATCH", "PUT", "DELETE") or (verb == "GET" and listing):
            name = "delete_many" if verb == "DELETE" and has_items else COLLECTION_VERBS.get(verb)
            name = "delete" if verb == "DELETE" and not has_items else name
        else:  # an action: the last segment is its verb
            name = identifier(parts[-1])
            nested = nested[:-1] if len(parts) > base else nested
    if name is None:  # no rule fits: the operation's own name
        name = function_name(path, method, operation)
    return ".".join(nested), name


def name_methods(spec: dict[str, Any]) -> list[str]:
    """Name every operation's method (`x-lscp-name`); the clashes, as problems."""
    by_tag: dict[str, list[str]] = {}
    for path, _method, operation in operations(spec):
        by_tag.setdefault(operation["tags"][0], []).append(path)
    owners: dict[str, str] = {}
    problems: list[str] = []
    for path, method, operation in operations(spec):
        tag = operation["tags"][0]
        nested, name = method_name(spec, path, method, operation, by_tag[tag])
        full = ".".join(part for part in (tag, nested, name) if part)
        here = f"{method.upper()} {path}"
        if full in owners or name in RESERVED_NAMES:
            problems.append(
                f"{owners.get(full, 'the SDK')} and {here} would both be cp.{full}: give one of "
                "them its own name in METHOD_NAMES (scripts/normalize_spec.py)"
            )
        owners.setdefault(full, here)
        operation["x-lscp-name"] = full
    for full, here in owners.items():
        below = [owner for other, owner in owners.items() if other.startswith(full + ".")]
        if below:
            problems.append(
                f"{here} would be cp.{full}, which is also the resource of {', '.join(below)}: "
                "give one of them its own name in METHOD_NAMES (scripts/normalize_spec.py)"
            )
    return problems


def resource_tree(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Per tag, its resources (the tag's own first), each with its methods and nested ones.

    What `names.jinja` gives the templates: a resource's `path` under the tag, its `class`
    name, its `children` (attribute, class) and its `methods` (name, generated function,
    paging or {}).
    """
    tree: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
    for path, method, operation in operations(spec):
        tag, *nested, name = operation["x-lscp-name"].split(".")
        resources = tree.setdefault(tag, {})
        for depth in range(len(nested) + 1):
            key = tuple(nested[:depth])
            node = resources.setdefault(
                key,
                {
                    "path": list(key),
                    "class": str(ClassName(" ".join([tag, *key]), "")),
                    "children": [],
                    "methods": [],
                },
            )
            if depth < len(nested):
                child = [nested[depth], str(ClassName(" ".join([tag, *nested[: depth + 1]]), ""))]
                if child not in node["children"]:
                    node["children"].append(child)
        resources[tuple(nested)]["methods"].append(
            [name, function_name(path, method, operation), paging(spec, method, operation) or {}]
        )
    return {tag: list(resources.values()) for tag, resources in sorted(tree.items())}


def names_template(spec: dict[str, Any]) -> str:
    """`names.jinja`: the resource tree as a Jinja literal the templates import."""
    return (
        "{# Written by scripts/normalize_spec.py during generation: the resources, their "
        "methods and paging. #}\n{% set RESOURCES = " + json.dumps(resource_tree(spec)) + " %}\n"
    )


def keywords(spec: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    """The keywords of an operation's generated method: parameters, then JSON-body fields."""
    names = [
        str(PythonIdentifier(parameter["name"], prefix=FIELD_PREFIX))
        for parameter in operation.get("parameters") or []
        if isinstance(parameter, dict) and "name" in parameter
    ]
    content = (operation.get("requestBody") or {}).get("content") or {}
    schema = (content.get("application/json") or {}).get("schema") or {}
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = (spec.get("components") or {}).get("schemas", {}).get(ref.rsplit("/", 1)[1], {})
    names += [
        str(PythonIdentifier(name, prefix=FIELD_PREFIX)) for name in schema.get("properties", {})
    ]
    return names


def retitle_clashing_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """Give each schema whose title another schema shares its own component key as title, and
    each inline object of a schema's field that shares its title its schema's key first
    (`OAuthProviderResponse Authorization Params`), the name the generator gives an untitled one."""
    schemas: dict[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    inline = [
        (name, candidate)
        for name, schema in schemas.items()
        if isinstance(schema, dict)
        for field in (schema.get("properties") or {}).values()
        if isinstance(field, dict)
        for candidate in [field, *(field.get("anyOf") or [])]
        if isinstance(candidate, dict) and candidate.get("type") == "object"
        if "title" in candidate
    ]
    titles = Counter(
        schema.get("title", name) for name, schema in schemas.items() if isinstance(schema, dict)
    )
    titles.update(candidate["title"] for _name, candidate in inline)
    for name, schema in schemas.items():
        if isinstance(schema, dict) and titles[schema.get("title", name)] > 1:
            schema["title"] = name
    for name, candidate in inline:
        if titles[candidate["title"]] > 1:
            candidate["title"] = f"{name} {candidate['title']}"
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


def check(spec: dict[str, Any], problems: list[str] | None = None) -> None:
    """Raise `SpecError` for undefined security schemes or clashing names (and `problems`)."""
    defined = set((spec.get("components") or {}).get("securitySchemes") or {})
    problems = list(problems or [])
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
        names = keywords(spec, operation)
        clashing = sorted({keyword for keyword in names if names.count(keyword) > 1})
        if clashing:
            problems.append(
                f"{here} has two arguments named {', '.join(clashing)} (parameters and JSON-body "
                "fields are all keyword arguments): rename one in openapi/overlay.yaml"
            )
    if problems:
        raise SpecError("\n".join(problems))


def listed_secrets(template: str) -> frozenset[str]:
    """The field names `secrets.jinja` lists (a bare name, or `Model.field`'s field)."""
    found = re.search(r"secret_fields\s*=\s*\[(.*?)\]", template, re.S)
    entries = re.findall(r'"([^"]+)"', found.group(1)) if found else []
    return frozenset(entry.rpartition(".")[2] for entry in entries)


def unlisted_secrets(spec: dict[str, Any], listed: frozenset[str]) -> list[str]:
    """Fields and parameters named like a secret that neither table accounts for."""
    where: dict[str, str] = {}

    def walk(node: object, at: str) -> None:
        if isinstance(node, dict):
            for name in node.get("properties") or {}:
                where.setdefault(name, f"{at}.{name}")
            for key, value in node.items():
                walk(value, at if key in ("properties", "items") else f"{at}.{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, at)

    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        walk(schema, name)
    for path, method, operation in operations(spec):
        for parameter in operation.get("parameters") or []:
            where.setdefault(parameter["name"], f"{method.upper()} {path} ({parameter['in']})")
        walk(operation.get("requestBody"), f"{method.upper()} {path}")
    return [
        f"{place} is named like a secret: list {name!r} in templates/secrets.jinja (masked at "
        "every exit), or say in NOT_SECRETS (scripts/normalize_spec.py) why it holds none"
        for name, place in sorted(where.items())
        if SECRET_NAME.search(name) and name not in listed and name not in NOT_SECRETS
    ]


def main(argv: list[str]) -> int:
    """Overlay, normalize and validate the vendored spec; write the result."""
    # Imported here: the tests import this module for its functions alone.
    from oas_patch.overlay import apply_overlay
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    if len(argv) != 6:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    vendored, overlay, out, out_json, out_names = (Path(arg) for arg in argv[1:])
    spec = apply_overlay(
        load_yaml(vendored.read_text(encoding="utf-8")),
        load_yaml(overlay.read_text(encoding="utf-8")),
    )
    listed = listed_secrets((out_names.parent / "secrets.jinja").read_text(encoding="utf-8"))
    try:
        normalize(spec)
        unlisted = unlisted_secrets(spec, listed)
        if unlisted:
            raise SpecError("\n".join(unlisted))
        validate(spec)
    except (SpecError, OpenAPIValidationError) as error:
        print(f"{vendored}: cannot generate a client from this document:\n{error}", file=sys.stderr)
        return 1
    out.write_text(
        yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    out_json.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    out_names.write_text(names_template(spec), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
