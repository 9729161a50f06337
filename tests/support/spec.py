"""The project's OpenAPI files, parsed once per process."""

from __future__ import annotations

import copy
import functools
from typing import Any

import yaml

from tests.conftest import ROOT

# libyaml's parser where PyYAML was built with it: the same data, about ten times faster than
# the pure-Python one (the vendored spec takes 0.3 s of CPU to parse without it).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _parsed(name: str) -> Any:
    return yaml.load((ROOT / "openapi" / name).read_text(encoding="utf-8"), Loader=_LOADER)


def openapi(name: str) -> dict[str, Any]:
    """`openapi/<name>` parsed: a copy of its own, which the caller may change."""
    document: dict[str, Any] = copy.deepcopy(_parsed(name))
    return document
