"""Importing the package loads no httpcore: the sync client's pool (`_sync_transport`) brings it
in when a `ControlPlane` is built, so importers and async users do not pay for it (a sixth of
the package's import time; `make bench`'s import goal)."""

from __future__ import annotations

import subprocess
import sys

CODE = (
    "import sys, langsmith_control_plane\n"
    "print('httpcore' in sys.modules)\n"
    "langsmith_control_plane.ControlPlane(api_key='k', base_url='http://127.0.0.1:9').close()\n"
    "print('httpcore' in sys.modules)\n"
)


def test_httpcore_is_imported_by_the_sync_pool_not_by_the_package() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "False\nTrue\n", "")
