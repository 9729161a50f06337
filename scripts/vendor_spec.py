"""Build `openapi/control-plane.yaml` from the published API pages in `openapi/upstream/`.

LangChain publishes the Control Plane API one page per operation; each page holds a YAML block
that is a slice of one OpenAPI document (the same `info`, one path, the schemas it uses). This
script reads the block out of every page and writes their union:

- the top-level keys other than `paths` and `components` (`openapi`, `info`, `servers`,
  `security`) once; every page must carry the same values;
- `paths` sorted by path, and each path's operations sorted by method;
- each `components` section (`schemas`, ...) sorted by name.

An operation or component defined differently by two pages, or a top-level key on which pages
disagree, stops the script with a message naming both pages: the union would be a guess.
The output depends only on the pages' contents, not on their order or on the machine.

Run it with the project's venv after saving a new or updated page into `openapi/upstream/`
(byte-for-byte, as published), then `make generate`:

    .venv/bin/python scripts/vendor_spec.py

`tests/test_spec.py` checks that running it reproduces the committed file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "openapi" / "upstream"
OUTPUT = ROOT / "openapi" / "control-plane.yaml"

HEADER = (
    "# The LangSmith Deployment Control Plane API as far as its published pages show it:\n"
    "# written by scripts/vendor_spec.py from openapi/upstream/*.md. Do not edit by hand.\n"
)

# The page's OpenAPI block: a four-backtick fence tagged yaml (the pages' own format).
_BLOCK = re.compile(r"^````yaml[^\n]*\n(.*?\n)````", re.S | re.M)


class VendorError(Exception):
    """The pages cannot be merged into one document."""


def page_document(page: Path) -> dict[str, Any]:
    """The OpenAPI document in `page`'s single YAML block."""
    blocks = _BLOCK.findall(page.read_text(encoding="utf-8"))
    if len(blocks) != 1:
        raise VendorError(f"{page.name}: expected one ```` yaml block, found {len(blocks)}")
    document = yaml.safe_load(blocks[0])
    if not isinstance(document, dict):
        raise VendorError(f"{page.name}: the yaml block is not a mapping")
    return document


def merge(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The union of `documents` (page name -> document), in the order the module describes."""
    if not documents:
        raise VendorError("no pages to merge")
    merged: dict[str, Any] = {}
    # Which page each top-level key, path operation and component came from, for messages.
    origin: dict[tuple[str, ...], str] = {}
    paths: dict[str, dict[str, Any]] = {}
    components: dict[str, dict[str, Any]] = {}

    def put(target: dict[str, Any], key: tuple[str, ...], value: object, page: str) -> None:
        name = key[-1]
        if name in target and target[name] != value:
            where = " ".join(key)
            raise VendorError(f"{where}: {origin[key]} and {page} define it differently")
        target[name] = value
        origin.setdefault(key, page)

    # Pages in name order, so which page a key is first taken from (and the top-level key
    # order) does not depend on how the caller listed them.
    for page, document in sorted(documents.items()):
        for key, value in document.items():
            if key == "paths":
                for path, item in value.items():
                    for method, operation in item.items():
                        put(paths.setdefault(path, {}), (path, method), operation, page)
            elif key == "components":
                for section, entries in value.items():
                    for name, entry in entries.items():
                        target = components.setdefault(section, {})
                        put(target, ("components", section, name), entry, page)
            else:
                put(merged, (key,), value, page)

    merged["paths"] = {path: dict(sorted(paths[path].items())) for path in sorted(paths)}
    merged["components"] = {
        section: dict(sorted(components[section].items())) for section in sorted(components)
    }
    return merged


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order built, multi-line text as `|` blocks."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def render(document: dict[str, Any]) -> str:
    """`document` as YAML text, headed by a note on where it comes from."""
    body = yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,  # merge() already put everything in its documented order.
        allow_unicode=True,
        width=100,
        indent=2,
    )
    return HEADER + body


def build(pages: list[Path]) -> str:
    """The vendored spec's text for `pages`."""
    return render(merge({page.name: page_document(page) for page in pages}))


def main() -> int:
    """Write `openapi/control-plane.yaml` from every page in `openapi/upstream/`."""
    try:
        text = build(sorted(PAGES.glob("*.md")))
    except VendorError as exc:
        print(f"vendor_spec: {exc}", file=sys.stderr)
        return 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
