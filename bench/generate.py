"""Scenario 6: how long `make generate` takes, rendered into a temporary folder.

`make _render-into DIR=...` is the recipe `make generate` and `make check-generated` both run
(overlay, validate, generate, format); pointing it at a temporary folder leaves `generated/`
and the merged spec in the work tree untouched.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time

from bench._common import ROOT, Json, Sizes, summary


def run(sizes: Sizes) -> Json:
    """Run scenario 6 and return its section of results.json."""
    make = shutil.which("make")
    if make is None:
        raise RuntimeError("make is not installed")
    seconds = []
    for _ in range(sizes.generate_runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
            started = time.perf_counter()
            subprocess.run(  # noqa: S603 - make, from PATH, with our own arguments
                [make, "--no-print-directory", "-s", "_render-into", f"DIR={out}/render"],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            seconds.append(time.perf_counter() - started)
    return {
        "title": "make generate (overlay, validate, generate, ruff), into a temp dir",
        "server": "none",
        "unit": "s",
        "runs": sizes.generate_runs,
        "contenders": {"make _render-into": summary(seconds)},
    }
