"""Build `openapi/control-plane.yaml` from the upstream sources in `openapi/upstream/`.

Two kinds of source, each kept byte for byte as published:

- the whole document (`*.json`), as FastAPI serves it;
- API reference pages (`*.md`), one operation each, holding a YAML block that is a slice of the
  same document (the same `info`, one path, the schemas it uses). A page can be newer than the
  whole document for its operation.

`openapi/sources.yaml` lists the sources oldest first, in entries. The output is their union:
per operation and per schema, a source of a later entry replaces an earlier one; the sources of
one entry must agree wherever they overlap (an operation, schema or top-level key they define
differently stops the script, naming both). Top-level keys other than `paths` and `components`
(`openapi`, `info`, `servers`, `security`) follow the same rule. Paths are sorted, and each path's
operations by method; each `components` section is sorted by name. The output depends only on
the sources' contents and their order in `openapi/sources.yaml`.

Nothing is lost silently: where a source replaces an older one's operation or schema and lacks a
field, parameter, enum value or response the older one had, the script stops, naming both
sources and each loss, unless the newer source's entry lists that loss under `removes:` (the
removal is intended). A `removes:` line that no replacement loses stops it too, so the listing
stays true.

Beside it, `openapi/control-plane.sources.yaml` records which source each operation and schema
came from, which older source it replaced, and what it removed. A file anywhere under
`openapi/upstream/` that `openapi/sources.yaml` does not name stops the script, so a new source
is never silently ignored. Sources are named by their path under `openapi/upstream/`.

`make generate` runs this script first (and `make check-generated` checks its output is
current); run it by hand with the project's venv:

    .venv/bin/python scripts/vendor_spec.py [OUTPUT_FOLDER [JSON_COPY]]   # default: openapi/

With JSON_COPY it also writes the same document there as JSON: `make generate` ships it in the
generated package (`openapi.json`), where the emulator serves every operation from it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT / "openapi" / "upstream"
SOURCES = ROOT / "openapi" / "sources.yaml"
OUTPUT = ROOT / "openapi" / "control-plane.yaml"
PROVENANCE = ROOT / "openapi" / "control-plane.sources.yaml"

HEADER = (
    "# The LangSmith Deployment Control Plane API as its upstream sources describe it:\n"
    "# written by scripts/vendor_spec.py from openapi/upstream/ (see openapi/sources.yaml).\n"
    "# Do not edit by hand.\n"
)
PROVENANCE_HEADER = (
    "# Where each operation and schema of openapi/control-plane.yaml comes from: written by\n"
    "# scripts/vendor_spec.py. `from` is the source used; `replaces`, the older ones it won over;\n"
    "# `removes`, what it lacks of theirs, as openapi/sources.yaml records it intended.\n"
)

# The page's OpenAPI block: a four-backtick fence tagged yaml (the pages' own format).
_BLOCK = re.compile(r"^````yaml[^\n]*\n(.*?\n)````", re.S | re.M)

Key = tuple[str, ...]


class VendorError(Exception):
    """The sources cannot be merged into one document."""


def source_document(source: Path) -> dict[str, Any]:
    """The OpenAPI document a source holds: a whole JSON document, or a page's YAML block."""
    if source.suffix == ".json":
        document = json.loads(source.read_text(encoding="utf-8"))
    elif source.suffix == ".md":
        blocks = _BLOCK.findall(source.read_text(encoding="utf-8"))
        if len(blocks) != 1:
            raise VendorError(f"{source.name}: expected one ```` yaml block, found {len(blocks)}")
        document = yaml.safe_load(blocks[0])
    else:
        raise VendorError(f"{source.name}: not a source this script reads (*.json or *.md)")
    if not isinstance(document, dict):
        raise VendorError(f"{source.name}: the document is not a mapping")
    return document


class Entry(NamedTuple):
    """One entry of the listing: its sources, and the losses it records as intended."""

    files: list[Path]
    removes: frozenset[str]


def entries(upstream: Path, listing: Path) -> list[Entry]:
    """The sources in `upstream`, grouped in `listing`'s entries, oldest entry first."""
    listed: list[dict[str, Any]] = yaml.safe_load(listing.read_text(encoding="utf-8"))
    groups = [
        Entry([upstream / name for name in entry["files"]], frozenset(entry.get("removes") or ()))
        for entry in listed
    ]
    named = {name for entry in listed for name in entry["files"]}
    present = {
        path.relative_to(upstream).as_posix() for path in upstream.rglob("*") if path.is_file()
    }
    for name in sorted(present - named):
        raise VendorError(
            f"{name} is in {upstream.name}/ but not in {listing.name}: add it, below the "
            "sources it is newer than"
        )
    for name in sorted(named - present):
        raise VendorError(f"{listing.name} names {name}, which is not in {upstream.name}/")
    return groups


def _items(document: dict[str, Any]) -> list[tuple[Key, Any]]:
    """Every mergeable item of a document: top-level keys, operations and components."""
    items: list[tuple[Key, Any]] = []
    for key, value in document.items():
        if key == "paths":
            for path, item in value.items():
                items += [(("paths", path, method), op) for method, op in item.items()]
        elif key == "components":
            for section, named in value.items():
                items += [(("components", section, name), entry) for name, entry in named.items()]
        else:
            items.append(((key,), value))
    return items


def label(key: Key) -> str:
    """How an item is named in a loss: `GET /v2/deployments`, `schema Deployment`, `info`."""
    if key[0] == "paths":
        return f"{key[2].upper()} {key[1]}"
    if key[0] == "components":
        return f"{'schema' if key[1] == 'schemas' else key[1]} {key[2]}"
    return key[0]


# Text that describes rather than defines: its changes are not losses.
_PROSE = frozenset({"description", "summary", "title", "example", "examples", "default"})


def facts(node: Any, where: tuple[str, ...] = ()) -> set[str]:  # noqa: ANN401 -- any JSON
    """What an operation or schema promises a caller: its fields (by dotted path), parameters,
    response codes and enum values. The shape around them (`anyOf` branches, `$ref`s, bounds)
    is left out, so a restructured schema that keeps its promises loses nothing."""
    found: set[str] = set()
    at = ".".join(where)
    if isinstance(node, list):
        for item in node:
            found |= facts(item, where)
        return found
    if not isinstance(node, dict):
        return found
    for key, value in node.items():
        if key in _PROSE:
            continue
        if key == "properties" and isinstance(value, dict):
            for name, schema in value.items():
                found.add(f"field {'.'.join((*where, name))}")
                found |= facts(schema, (*where, name))
        elif key == "enum" and isinstance(value, list):
            found |= {f"enum value {item!r}" + (f" of {at}" if at else "") for item in value}
        elif key == "parameters" and isinstance(value, list):
            for parameter in value:
                if isinstance(parameter, dict):
                    name = str(parameter.get("name"))
                    found.add(f"parameter {parameter.get('in')} {name}")
                    found |= facts(parameter.get("schema"), (*where, name))
        elif key == "responses" and isinstance(value, dict):
            for code, response in value.items():
                found.add(f"response {code}")
                found |= facts(response, (*where, str(code)))
        else:
            found |= facts(value, where)
    return found


def losses(key: Key, older: Any, newer: Any) -> set[str]:  # noqa: ANN401 -- any JSON
    """What `newer` lacks of `older`'s promises, each as `<item>: <fact>`."""
    return {f"{label(key)}: {fact}" for fact in facts(older) - facts(newer)}


def merge(
    groups: list[list[tuple[str, dict[str, Any]]]],
    intended: list[frozenset[str]] | None = None,
) -> tuple[dict[str, Any], dict[Key, Any]]:
    """The union of the documents, oldest group first, and where each item came from.

    `intended[i]` lists the losses group `i` may cause (its entry's `removes:`); any other loss,
    and any listed loss that does not happen, raises `VendorError`.

    Returns the document and, per item key, `(source, [older sources it replaced], [losses])`.
    """
    if not any(groups):
        raise VendorError("no sources to merge")
    intended = intended or [frozenset()] * len(groups)
    chosen: dict[Key, Any] = {}
    origin: dict[Key, tuple[str, list[str], list[str]]] = {}
    for group, allowed in zip(groups, intended, strict=True):
        seen: dict[Key, str] = {}  # within one group, items must agree
        lost: set[str] = set()
        # Sources of a group in name order, so which one an item is first taken from does not
        # depend on how the listing orders them.
        for name, document in sorted(group):
            for key, value in _items(document):
                if key in seen:
                    if chosen[key] != value:
                        where = " ".join(key)
                        raise VendorError(f"{where}: {seen[key]} and {name} define it differently")
                    continue
                seen[key] = name
                if key in origin:
                    older, replaced, _ = origin[key]
                    gone = losses(key, chosen[key], value)
                    unrecorded = sorted(gone - allowed)
                    if unrecorded:
                        raise VendorError(
                            f"{name} replaces {label(key)} of {older} but lacks what it has: "
                            + "; ".join(unrecorded)
                            + ". If the newer source is right, list each under `removes:` in its "
                            "entry of sources.yaml; if not, list the sources in their true order"
                        )
                    lost |= gone
                    origin[key] = (name, [*replaced, older], sorted(gone))
                else:
                    origin[key] = (name, [], [])
                chosen[key] = value
        for stale in sorted(allowed - lost):
            raise VendorError(f"sources.yaml records the removal {stale!r}, which no source makes")

    document: dict[str, Any] = {}
    for key, value in chosen.items():
        if len(key) == 1:
            document[key[0]] = value
    paths: dict[str, dict[str, Any]] = {}
    components: dict[str, dict[str, Any]] = {}
    for key, value in chosen.items():
        if key[0] == "paths":
            paths.setdefault(key[1], {})[key[2]] = value
        elif key[0] == "components":
            components.setdefault(key[1], {})[key[2]] = value
    document["paths"] = {path: dict(sorted(paths[path].items())) for path in sorted(paths)}
    document["components"] = {
        section: dict(sorted(components[section].items())) for section in sorted(components)
    }
    return document, origin


def provenance(origin: dict[Key, tuple[str, list[str], list[str]]]) -> dict[str, Any]:
    """The provenance record: each operation and schema, with its source and what it replaced."""

    def entry(key: Key) -> dict[str, Any]:
        source, replaced, removed = origin[key]
        record: dict[str, Any] = {"from": source}
        if replaced:
            record["replaces"] = replaced
        if removed:
            record["removes"] = removed
        return record

    operations = sorted(key for key in origin if key[0] == "paths")
    schemas = sorted(key for key in origin if key[:2] == ("components", "schemas"))
    return {
        "operations": {f"{key[2].upper()} {key[1]}": entry(key) for key in operations},
        "schemas": {key[2]: entry(key) for key in schemas},
    }


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order built, multi-line text as `|` blocks."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def render(document: dict[str, Any], header: str = HEADER) -> str:
    """`document` as YAML text, headed by a note on where it comes from."""
    body = yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,  # merge() already put everything in its documented order.
        allow_unicode=True,
        width=100,
        indent=2,
    )
    return header + body


def build(upstream: Path = UPSTREAM, listing: Path = SOURCES) -> tuple[str, str]:
    """The vendored spec's text and its provenance record's text."""
    listed = entries(upstream, listing)
    groups = [
        [(path.relative_to(upstream).as_posix(), source_document(path)) for path in entry.files]
        for entry in listed
    ]
    document, origin = merge(groups, [entry.removes for entry in listed])
    return render(document), render(provenance(origin), PROVENANCE_HEADER)


def main(argv: list[str]) -> int:
    """Write the vendored spec and its provenance record from `openapi/upstream/`."""
    folder = Path(argv[1]) if len(argv) > 1 else OUTPUT.parent
    try:
        text, record = build()
    except VendorError as exc:
        print(f"vendor_spec: {exc}", file=sys.stderr)
        return 1
    spec, provenance = folder / OUTPUT.name, folder / PROVENANCE.name
    spec.write_text(text, encoding="utf-8")
    if len(argv) > 2:
        # From the YAML just written, so the copy is that document exactly, and compact.
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
        copy = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        Path(argv[2]).write_text(copy + "\n", encoding="utf-8")
    provenance.write_text(record, encoding="utf-8")
    shown = [
        str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        for path in (spec, provenance)
    ]
    print(f"wrote {shown[0]} and {shown[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
