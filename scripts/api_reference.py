"""Write docs/api-reference.md: every method of the client's resources, from the resources.

Run by `make generate` (on the package in generated/ and wrapper/ beside this script); the test
suite checks the committed page is what this writes (tests/build/test_api_reference.py). Each
operation's method is found by its name in the merged spec (`x-lscp-name`), and shown with
its arguments and return type as `inspect` reads them from the method, and the document's
summary; the handwritten helpers of `cp.auth` follow, with their docstrings' first lines.

Usage: python scripts/api_reference.py OUT
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MERGED = ROOT / "openapi" / "control-plane.merged.yaml"
OPTIONS = ("timeout", "extra_headers", "extra_query", "extra_body")
HEADER = """\
# API reference

Written by `scripts/api_reference.py` from the resources at each `make generate`; do not edit.
Every method below exists on `ControlPlane` and, as a coroutine, on `AsyncControlPlane` (a list
method there returns an `AsyncPager`: `await` it for the first page, or `async for` over every
item). Besides the arguments shown, every method takes `timeout=`, `extra_headers=`,
`extra_query=` and `extra_body=`, and `cp.<resource>.with_raw_response.<method>(...)` returns
its `RawResponse` (status, headers, request id, `.parse()`). A list method's `SyncPage`
iterates every item of every page. Arguments after `*` are keyword-only.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _arguments(method: Any) -> str:  # noqa: ANN401 -- any resource's method
    shown = []
    keyword_only = False
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name in OPTIONS:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only:
            shown.append("*")
            keyword_only = True
        text = f"{parameter.name}: {_type(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            default = parameter.default
            if type(default).__name__ == "Unset":
                text += " = UNSET"
            elif callable(default):  # a function's repr holds its address
                text += f" = {default.__name__}"
            else:
                text += f" = {default!r}"
        shown.append(f"`{text}`")
    return ", ".join(shown) or "-"


def _type(annotation: object) -> str:
    # In the resource classes `list` is a method, so the builtin is spelled builtins.list.
    return str(annotation).replace("builtins.", "")


def _returns(method: Any) -> str:  # noqa: ANN401 -- any resource's method
    return f"`{_type(inspect.signature(method).return_annotation)}`"


def render() -> str:
    """The page, as this tree's package and merged spec make it."""
    import yaml
    from langsmith_control_plane import ControlPlane

    spec = yaml.safe_load(MERGED.read_text(encoding="utf-8"))
    operations = sorted(
        (operation["x-lscp-name"], method.upper(), path, operation.get("summary", ""))
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "x-lscp-name" in operation
    )
    cp = ControlPlane(api_key="unused", base_url="http://127.0.0.1:9")  # nothing is sent
    lines = [HEADER]
    resource = None
    for name, verb, path, summary in operations:
        top = name.split(".")[0]
        if top != resource:
            lines += [""] if resource else []
            resource = top
            lines += [
                f"## `cp.{top}`",
                "",
                "| method | arguments | returns | summary |",
                "| --- | --- | --- | --- |",
            ]
        method: Any = cp
        for part in name.split("."):
            method = getattr(method, part)
        lines.append(
            f"| `{name}` | {_cell(_arguments(method))} | {_cell(_returns(method))} | "
            f"{_cell(summary)} (`{verb} {path}`) |"
        )
    lines.append("")
    helpers = type(cp.auth)
    generated = helpers.__mro__[1]
    lines += [
        "## Helpers of `cp.auth` (handwritten)",
        "",
        "| method | arguments | returns | summary |",
        "| --- | --- | --- | --- |",
    ]
    for name, value in sorted(vars(helpers).items()):
        if name.startswith("_") or not callable(value):
            continue
        replaces = " Replaces the generated method of that name." if name in vars(generated) else ""
        doc = (inspect.getdoc(value) or "").split("\n\n")[0].replace("\n", " ")
        method = getattr(cp.auth, name)
        lines.append(
            f"| `auth.{name}` | {_cell(_arguments(method))} | {_cell(_returns(method))} | "
            f"{_cell(doc)}{replaces} |"
        )
    lines.append(
        "\n`AsyncControlPlane.auth` adds `wait_many(auth_ids, *, timeout=, poll_timeout=, "
        "extra_headers=)`, an async generator of `(auth_id, AuthResult or error)`."
    )
    cp.close()
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
