"""Scenario 5: import time, `python -X importtime -c "import X"` in fresh interpreters.

The modules take turns, a warm-up run each first. Bytecode is cached under a private
`PYTHONPYCACHEPREFIX` for every module alike: where `PYTHONDONTWRITEBYTECODE` is set (as on
this machine), our editable install would otherwise be compiled from source on every import,
while pip-installed packages such as httpx ship compiled, which would be unfair to ours and
not what a user who installs the wheel sees.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import tempfile
from collections import Counter

from bench._common import PYTHON, ROOT, Json, Sizes, summary

OURS = "langsmith_control_plane"
HTTPX = "httpx"
LANGCHAIN = "langchain_auth"
MODULES = (OURS, HTTPX, LANGCHAIN)

_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def import_times(module: str, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """One fresh interpreter's `-X importtime` table: module -> (self us, cumulative us)."""
    done = subprocess.run(  # noqa: S603 - our own interpreter, a module name we chose
        [PYTHON, "-X", "importtime", "-c", f"import {module}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    table: dict[str, tuple[int, int]] = {}
    for line in done.stderr.splitlines():
        if match := _LINE.match(line):
            table[match.group(4)] = (int(match.group(1)), int(match.group(2)))
    return table


def run(sizes: Sizes) -> Json:
    """Run scenario 5 and return its section of results.json."""
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        for module in MODULES:  # Warm-up: compiles and caches every module's bytecode.
            import_times(module, env)
        samples: dict[str, list[float]] = {m: [] for m in MODULES}
        tables: dict[str, list[dict[str, tuple[int, int]]]] = {m: [] for m in MODULES}
        for index in range(sizes.import_runs):
            shift = index % len(MODULES)
            for module in MODULES[shift:] + MODULES[:shift]:
                table = import_times(module, env)
                samples[module].append(table[module][1] / 1000)
                tables[module].append(table)
    contenders = {}
    for module, values in samples.items():
        # Paired: each round imports every module back to back, so a busy spell of the
        # machine inflates both sides of that round's ratio.
        ratios = [ms / base for ms, base in zip(values, samples[HTTPX], strict=True)]
        contenders[f"import {module}"] = {
            **summary(values),
            "min": round(min(values), 3),
            "x_httpx_paired": round(statistics.median(ratios), 3),
        }
    return {
        "title": "Import time, fresh interpreter, cumulative (-X importtime)",
        "server": "none",
        "unit": "ms",
        "runs": sizes.import_runs,
        "contenders": contenders,
        "ours_beyond_httpx": _beyond(tables[OURS], tables[HTTPX]),
    }


def _beyond(ours: list[dict[str, tuple[int, int]]], base: list[dict[str, tuple[int, int]]]) -> Json:
    """What our import costs on top of httpx's: median self time of the modules httpx does
    not import, grouped by top-level package; the import profile the README quotes."""
    imported_by_base = set().union(*(table.keys() for table in base))
    per_module: dict[str, list[int]] = {}
    for table in ours:
        for name, (self_us, _cumulative) in table.items():
            if name not in imported_by_base:
                per_module.setdefault(name, []).append(self_us)
    medians = {name: statistics.median(values) for name, values in per_module.items()}
    groups: Counter[str] = Counter()
    for name, value in medians.items():
        groups[name.split(".")[0]] += int(value)
    return {
        "total_ms": round(sum(medians.values()) / 1000, 1),
        "by_package_ms": {name: round(us / 1000, 1) for name, us in groups.most_common(8)},
        "top_modules_ms": {
            name: round(us / 1000, 1)
            for name, us in sorted(medians.items(), key=lambda kv: -kv[1])[:8]
        },
    }
