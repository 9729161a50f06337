"""LangGraph and langgraph-sdk are imported only by `langsmith_control_plane.langgraph` (and the
resumer it holds), never by the package or `lscp`."""

from __future__ import annotations

import subprocess
import sys

CODE = (
    "import sys, langsmith_control_plane, langsmith_control_plane.cli\n"
    "roots = ('langgraph', 'langgraph_sdk', 'langchain_core')\n"
    "print(sorted(m for m in sys.modules if m.split('.')[0] in roots))\n"
    "import langsmith_control_plane.langgraph\n"
    "print('langgraph' in sys.modules, 'langgraph_sdk' in sys.modules)\n"
)


def test_importing_the_package_imports_no_langgraph() -> None:
    done = subprocess.run(  # our interpreter
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\nTrue True\n", "")
