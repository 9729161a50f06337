"""The benchmark runner: `make bench`, or `.venv/bin/python -m bench.run [--smoke] [--out DIR]`.

Runs the six scenarios of issue 6 (see README, "Performance"), writes `results.json` and
`results.md` to the output folder, profiles what misses a goal (everything, with `--profile`),
prints the Markdown table and, for a full run into `bench/`, refreshes the block between the
bench markers in README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import blips, fanout, generate, imports, latency, percall, profiles, report
from bench._common import FULL, ROOT, SMOKE, Json, Sizes, machine, raise_fd_limit

SCENARIOS: dict[str, Callable[[Sizes], Json]] = {
    "per_call": percall.run,
    "latency": latency.run,
    "fanout": fanout.run,
    "blips": blips.run,
    "imports": imports.run,
    "generate": generate.run,
}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--smoke", action="store_true", help="tiny sizes: checks the runner, measures nothing"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench", help="output folder")
    parser.add_argument("--only", help="comma-separated scenarios to run: " + ", ".join(SCENARIOS))
    parser.add_argument(
        "--readme",
        type=Path,
        default=None,
        help="README to refresh (default: README.md for a full run into bench/, else none)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile even when every goal is met"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; return the exit status (0 even when a goal is missed)."""
    args = _parse(argv)
    sizes = SMOKE if args.smoke else FULL
    names = list(SCENARIOS) if not args.only else args.only.split(",")
    unknown = set(names) - set(SCENARIOS)
    if unknown:
        raise SystemExit(f"unknown scenarios: {', '.join(sorted(unknown))}")
    raise_fd_limit()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    results: Json = {
        "machine": machine(),
        "command": "make bench" if not args.smoke else "python -m bench.run --smoke",
        "smoke": args.smoke,
        "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "sizes": vars(sizes),
        "scenarios": {},
    }
    started = time.monotonic()
    for name in names:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        began = time.monotonic()
        results["scenarios"][name] = SCENARIOS[name](sizes)
        print(f"bench: {name} done in {time.monotonic() - began:.1f} s", file=sys.stderr)
    results["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results["goals"] = report.goals(results)
    results["profiles"] = _profiles(results, out, force=args.profile)
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    table = report.markdown(results)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (out / "results.md").write_text(table)
    readme = args.readme
    if readme is None and not args.smoke and out.resolve() == (ROOT / "bench").resolve():
        readme = ROOT / "README.md"
    if readme is not None and not report.update_readme(readme, table):
        print(f"bench: no bench markers in {readme}; left it alone", file=sys.stderr)
    print(table)
    print(f"bench: {results['elapsed_s']} s; results in {out}", file=sys.stderr)
    return 0


def _profiles(results: Json, out: Path, *, force: bool) -> dict[str, str]:
    """Profile each scenario whose goal was missed (all of them with `force`)."""
    missed = {goal["key"] for goal in results["goals"] if not goal["met"]}
    texts: dict[str, str] = {}
    scenarios = results["scenarios"]
    if "per_call" in scenarios and (force or missed & {"per_call_vs_raw", "per_call_vs_langchain"}):
        print("bench: profiling per_call ...", file=sys.stderr, flush=True)
        calls = 30 if results["smoke"] else 3000
        numbers, texts["per_call"] = profiles.per_call(out / "profiles", calls)
        scenarios["per_call"]["profile"] = numbers
    if "fanout" in scenarios and (force or "fanout" in missed):
        print("bench: profiling fanout ...", file=sys.stderr, flush=True)
        numbers, texts["fanout"] = profiles.fanout(out / "profiles", scenarios["fanout"]["waits"])
        scenarios["fanout"]["profile"] = numbers
    if "imports" in scenarios and (force or "imports" in missed):
        texts["imports"] = profiles.imports(scenarios["imports"])
    return texts


if __name__ == "__main__":
    raise SystemExit(main())
