"""One road: handwritten code reaches the client only through its requester, never through a
private member of another object, and `_auth` does not import the client (no import circle)."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "wrapper" / "langsmith_control_plane"
# The handwritten callers of the API: helpers, CLI, LangGraph.
HANDWRITTEN = [
    "_auth.py",
    "cli.py",
    "_cli_manage.py",
    "_cli_resources.py",
    "langgraph.py",
]


def private_reaches(source: str) -> list[str]:
    """`x._name` where x is not `self`: a reach into another object's private members."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            and not (isinstance(node.value, ast.Name) and node.value.id == "argparse")
        ):
            found.append(f"{ast.unparse(node)} (line {node.lineno})")
    return found


@pytest.mark.parametrize("module", HANDWRITTEN)
def test_handwritten_code_touches_no_private_member_of_another_object(module: str) -> None:
    assert private_reaches((PACKAGE / module).read_text(encoding="utf-8")) == []


def test_the_check_sees_a_reach_into_the_client() -> None:
    assert private_reaches("def f(self):\n    self._client._run(1)\n") == [
        "self._client._run (line 2)"
    ]


def test_auth_does_not_import_the_client() -> None:
    tree = ast.parse((PACKAGE / "_auth.py").read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "_client" not in imported
    assert "_requester" in imported
