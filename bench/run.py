"""`make bench`: run the scenarios, judge the goals, write `bench/results.json` and the results
block of `docs/performance.md`.

`.venv/bin/python -m bench.run [--smoke] [--only a,b] [--out DIR] [--docs FILE]`. The scenarios
are in `bench/scenarios.py` (per call, latency, blips, imports, generate) and `bench/fanout.py`
(concurrent waits and the steady state); `docs/performance.md` says how each is measured. To
see where a scenario's time goes, run it under a profiler: `.venv/bin/pyinstrument -m
bench.run --only per_call`, or `.venv/bin/pyinstrument -m bench.fanout ours 5000`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"
BLOCK_START = "<!-- bench:results:start -->"
BLOCK_END = "<!-- bench:results:end -->"

Json = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class Sizes:
    """How much work each scenario does: `FULL` for `make bench`, `SMOKE` for the test."""

    calls: int  # per_call: measured sequential calls per contender
    warmup: int  # per_call: unmeasured calls per contender first
    rounds: int  # per_call: the calls are split into this many rounds of one block each
    flows: int  # latency: flows per contender
    fanout: tuple[int, int, int]  # fanout: concurrent waits, small / middle / large
    fanout_tries: int  # fanout: runs of ours and the floor at each size, the best one kept
    peer_fanout: int  # fanout: concurrent waits for the slow contenders
    poll_timeout: int  # steady: the waits' poll_timeout, and the measured window
    blip_flows: int  # blips: flows per contender
    import_runs: int  # imports: fresh interpreters per module
    generate_runs: int  # generate: renders


FULL = Sizes(1000, 100, 50, 50, (1000, 5000, 10_000), 2, 1000, 30, 20, 15, 3)
SMOKE = Sizes(20, 5, 2, 3, (10, 20, 40), 1, 10, 1, 2, 1, 1)


def percentile(values: Sequence[float], q: float) -> float:
    """The `q`-th percentile (0-100), interpolating linearly between closest ranks."""
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def rotated_rounds(
    names: Sequence[str],
    rounds: int,
    measure: Callable[[str], T],
    warm_up: Callable[[str], object] | None = None,
) -> dict[str, list[T]]:
    """One unmeasured run of each contender (`warm_up`, else `measure`), then `rounds` rounds of
    `measure` for each, every round starting one contender later, so that none always goes
    first or after the same one."""
    for name in names:
        (warm_up or measure)(name)
    samples: dict[str, list[T]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in [*names[shift:], *names[:shift]]:
            samples[name].append(measure(name))
    return samples


def summary(values: Sequence[float], *percentiles: float) -> Json:
    """`n`, `median` and `pNN` for each requested percentile, rounded for the report."""
    out: Json = {"n": len(values), "median": round(percentile(values, 50), 3)}
    for q in percentiles:
        out[f"p{q:g}"] = round(percentile(values, q), 3)
    return out


def machine() -> Json:
    """Facts about the machine and the software the numbers came from."""
    cpu = platform.processor() or "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line for line in cpuinfo.read_text().splitlines() if line.startswith("model name")]
        cpu = names[0].partition(":")[2].strip() if names else cpu
    versions = {}
    for name in ("httpx", "httpcore", "h11", "langchain-auth", "uvicorn"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "versions": versions,
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def _scenarios() -> dict[str, Callable[[Sizes], Json]]:
    # Imported here so `--help` does not pay for the clients and the emulator.
    from bench import fanout, scenarios, tracing

    return {
        "per_call": scenarios.per_call,
        "tracing": tracing.tracing,
        "latency": scenarios.latency,
        "fanout": fanout.fanout,
        "fanout_tls": fanout.fanout_tls,
        "http2": fanout.http2,
        "steady": fanout.steady,
        "blips": scenarios.blips,
        "imports": scenarios.imports,
        "generate": scenarios.generate,
        "robustness": scenarios.robustness,
        "management": scenarios.management,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; return the exit status (0 even when a goal is missed)."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks the runner only")
    parser.add_argument("--only", help="comma-separated scenarios (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench", help="where results.json goes")
    parser.add_argument(
        "--docs",
        type=Path,
        help="page whose results block to refresh (default: a full run "
        "into bench/ refreshes docs/performance.md; other runs none)",
    )
    args = parser.parse_args(argv)
    sizes = SMOKE if args.smoke else FULL
    available = _scenarios()
    names = args.only.split(",") if args.only else list(available)
    if unknown := set(names) - set(available):
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    results: Json = {
        "machine": machine(),
        "command": "make bench" if not args.smoke else "python -m bench.run --smoke",
        "smoke": args.smoke,
        "load_before": os.getloadavg()[0],
        "sizes": asdict(sizes),
        "scenarios": {},
    }
    started = time.monotonic()
    for name in names:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        began = time.monotonic()
        results["scenarios"][name] = available[name](sizes)
        print(f"bench: {name} done in {time.monotonic() - began:.0f} s", file=sys.stderr)
    results["load_after"] = os.getloadavg()[0]
    results["elapsed_s"] = round(time.monotonic() - started)
    results["goals"] = goals(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    block = markdown(results)
    docs = args.docs
    if docs is None and not args.smoke and args.out.resolve() == (ROOT / "bench").resolve():
        docs = DOCS
    if docs is not None:
        refresh(docs, block)
    print(block)
    return 0


# --- goals -----------------------------------------------------------------------------------


def goals(results: Json) -> list[Json]:
    """Each goal whose scenario ran: what it asks, what was measured, whether it is met."""
    from bench import fanout, scenarios

    s = results["scenarios"]
    found: list[Json] = []

    def goal(key: str, asks: str, measured: str, met: bool) -> None:
        found.append({"key": key, "goal": asks, "measured": measured, "met": met})

    if "per_call" in s:
        c = s["per_call"]["contenders"]
        sync = c[scenarios.OURS_SYNC]["x_floor"]
        over_raw = c[scenarios.OURS_ASYNC]["x_floor"]
        same = c[scenarios.OURS_ASYNC]["x_same_transport"]
        faster = s["per_call"]["langchain_x_ours"]
        goal(
            "per_call_sync",
            "Per call, sync: ours <= 1.10x raw `httpx.Client`",
            f"{sync:.2f}x",
            sync <= 1.10,
        )
        goal(
            "per_call_async",
            "Per call, async: ours <= 1.10x raw `httpx.AsyncClient`, on its own pool and on "
            "ours' transport",
            f"{over_raw:.2f}x and {same:.2f}x",
            max(over_raw, same) <= 1.10,
        )
        goal(
            "per_call_langchain",
            "Per call: ours >= 3x faster than langchain-auth",
            f"{faster:.1f}x",
            faster >= 3,
        )
    if "tracing" in s:
        from bench import tracing

        c = s["tracing"]["contenders"]
        for state, asks, limit in (
            ("absent", "Tracing absent: ours with OpenTelemetry not imported", 1.03),
            ("on", "Tracing on: ours with the SDK recording every span", 1.3),
        ):
            ratios = [
                c[f"{client}, {tracing.STATES[state]}"]["x_bare"] for client in tracing.CLIENTS
            ]
            goal(
                f"tracing_{state}",
                f"{asks} <= {limit}x the client without tracing code, sync and async",
                " and ".join(f"{ratio:.2f}x" for ratio in ratios),
                max(ratios) <= limit,
            )
    if "latency" in s:
        c = s["latency"]["contenders"]
        p50 = max(c[name]["median"] for name in (scenarios.OURS_SYNC, scenarios.OURS_ASYNC))
        goal(
            "latency",
            "Completion latency: ours p50 <= 10 ms on loopback",
            f"{p50:.1f} ms",
            p50 <= 10,
        )
    if "fanout" in s:
        f = s["fanout"]
        small, middle, large = f["sizes"]
        ours = f["runs"][fanout.OURS]
        floor = f["runs"][fanout.FLOOR]
        top = ours[str(large)]
        goal(
            "fanout_scale",
            f"{large:,} concurrent waits: 0 errors, client peak RSS <= 300 MB",
            f"{top['errors']} errors, {top['peak_rss_mb']:.0f} MB",
            top["errors"] == 0 and top["peak_rss_mb"] <= 300,
        )
        growth = top["ms_per_wait"] / ours[str(small)]["ms_per_wait"]
        goal(
            "fanout_linear",
            f"Per-wait cost grows <= 1.3x from {small:,} to {large:,} waits",
            f"{growth:.2f}x",
            growth <= 1.3,
        )
        near = ours[str(middle)]["ms_per_wait"] / floor[str(middle)]["ms_per_wait"]
        goal(
            "fanout_floor",
            f"Per-wait cost at {middle:,} waits <= 3x the bare-asyncio floor",
            f"{near:.2f}x",
            near <= 3,
        )
    if "fanout_tls" in s:
        f = s["fanout_tls"]
        small, middle, large = f["sizes"]
        ours, floor = f["runs"][fanout.OURS_TLS], f["runs"][fanout.FLOOR_TLS]
        errors = sum(run["errors"] for run in ours.values())
        near = ours[str(middle)]["ms_per_wait"] / floor[str(middle)]["ms_per_wait"]
        goal(
            "fanout_tls_floor",
            f"Over TLS: per-wait cost at {middle:,} waits <= 2x the bare-asyncio TLS floor, "
            "0 errors",
            f"{near:.2f}x, {errors} errors",
            near <= 2 and errors == 0,
        )
        growth = ours[str(large)]["ms_per_wait"] / ours[str(small)]["ms_per_wait"]
        goal(
            "fanout_tls_linear",
            f"Over TLS: per-wait cost grows <= 1.3x from {small:,} to {large:,} waits",
            f"{growth:.2f}x",
            growth <= 1.3,
        )
    if "http2" in s:
        runs = s["http2"]["runs"]
        (count,) = runs[fanout.OURS_H1]
        h1, h2 = runs[fanout.OURS_H1][count], runs[fanout.OURS_H2_SHARDED][count]
        ((capped, single),) = runs[fanout.OURS_H2].items()
        # Not a goal to meet but the measurement behind the decision not to adopt HTTP/2
        # (docs/performance.md): httpx queues waits past a connection's 100 streams behind the
        # held ones, so they park only as requests time out (1 s holds + 5 s margin). The day
        # httpx stops doing so this says so.
        goal(
            "http2_decision",
            "HTTP/2 decision (not adopted) holds: one httpx.AsyncClient(http2=True) parks "
            f"{int(capped):,} waits of 1 s holds only as requests time out (>= 5 s)",
            f"all parked after {single['park_s']:.1f} s; at {int(count):,} waits, one client "
            f"per 100: {h2['cpu_ms_per_wait'] / h1['cpu_ms_per_wait']:.2f}x the client CPU of "
            f"our HTTP/1.1, {h2['peak_rss_mb'] / h1['peak_rss_mb']:.2f}x the peak RSS, "
            f"{h2['connections']:,} connections against {h1['connections']:,}",
            single["park_s"] >= 5,
        )
    if "steady" in s:
        r = s["steady"]
        goal(
            "steady",
            f"{r['waits']:,} parked waits re-polling every {r['poll_timeout']} s: "
            "<= 25% of one core",
            f"{r['core_pct']:.1f}%",
            r["core_pct"] <= 25 and not r["errors"],
        )
    if "blips" in s:
        c = s["blips"]["contenders"]
        rate = min(c[name]["success_pct"] for name in (scenarios.OURS_SYNC, scenarios.OURS_ASYNC))
        goal("blips", "Long waits with 503 blips: ours succeeds 100%", f"{rate:g}%", rate == 100)
    if "imports" in s:
        ratio = s["imports"]["contenders"][f"import {scenarios.OURS_MODULE}"]["x_httpx"]
        goal("imports", "Import: ours <= 1.3x httpx alone", f"{ratio:.2f}x", ratio <= 1.3)
    if "robustness" in s:
        held, cases = s["robustness"]["held"], len(s["robustness"]["cases"])
        goal(
            "robustness",
            "Robustness: ours gets the token in every case, and refuses the redirect",
            f"ours {held[scenarios.OURS_ASYNC]} of {cases}, "
            f"langchain-auth {held[scenarios.LANGCHAIN]} of {cases}",
            held[scenarios.OURS_ASYNC] == cases,
        )
    if "management" in s:
        held, cases = s["management"]["held"], len(s["management"]["cases"])
        goal(
            "management",
            "Management calls: ours holds through every blip and drop (a dropped POST raises)",
            f"ours {held[scenarios.OURS_ASYNC_MANAGEMENT]} of {cases}, "
            f"langchain-auth {held[scenarios.LANGCHAIN_MANAGEMENT]} of {cases}",
            held[scenarios.OURS_ASYNC_MANAGEMENT] == cases,
        )
    return found


# --- the report ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _table(rows: dict[str, Json], columns: dict[str, str], first: str = "contender") -> list[str]:
    """A Markdown table: one row per entry of `rows`, one column per key of `columns`."""
    lines = [
        f"| {first} | " + " | ".join(columns.values()) + " |",
        "| --- |" + " ---: |" * len(columns),
    ]
    for name, row in rows.items():
        lines.append(f"| {name} | " + " | ".join(_cell(row[key]) for key in columns) + " |")
    return [*lines, ""]


def markdown(results: Json) -> str:
    """The results block: the machine, one table per scenario, then the goals."""
    m = results["machine"]
    v = m["versions"]
    lines = [
        f"Measured {m['date']} on {m['nproc']} CPUs ({m['cpu']}), {m['python']}, {m['os']}; "
        f"httpx {v['httpx']}, httpcore {v['httpcore']}, h11 {v['h11']}, "
        f"langchain-auth {v['langchain-auth']}. Load average (1 min) before/after: "
        f"{results['load_before']:.2f} / {results['load_after']:.2f}. "
        f"`{results['command']}` took {results['elapsed_s']} s.",
        "",
    ]
    s = results["scenarios"]
    if "per_call" in s:
        lines += [f"**{s['per_call']['title']}**", ""]
        lines += _table(
            s["per_call"]["contenders"],
            {
                "median": "median µs",
                "p95": "p95 µs",
                "x_floor": "x floor",
                "x_same_transport": "x same transport",
            },
        )
    if "tracing" in s:
        lines += [f"**{s['tracing']['title']}**", ""]
        lines += _table(
            s["tracing"]["contenders"],
            {"median": "median µs", "p95": "p95 µs", "x_bare": "x no tracing code"},
        )
    if "latency" in s:
        lines += [f"**{s['latency']['title']}**", ""]
        lines += _table(s["latency"]["contenders"], {"median": "p50 ms", "p99": "p99 ms"})
    for key in ("fanout", "fanout_tls", "http2"):
        if key not in s:
            continue
        f = s[key]
        lines += [f"**{f['title']}**", ""]
        rows = {
            f"{name}, {int(n):,} waits": run
            for name, runs in f["runs"].items()
            for n, run in runs.items()
        }
        lines += _table(
            rows,
            {
                "ms_per_wait": "ms per wait",
                "cpu_ms_per_wait": "client CPU ms per wait",
                "park_s": "all parked s",
                "release_ms": "release ms",
                "errors": "errors",
                "peak_rss_mb": "peak RSS MB",
                **({"connections": "connections"} if key == "http2" else {}),
            },
            first="contender, size",
        )
    if "steady" in s:
        r = s["steady"]
        lines += [
            f"**{r['title']}**: {r['core_pct']:.1f}% of one core over {r['window_s']:.0f} s "
            f"({r['repolls']:,} re-polls, {r['cpu_ms_per_repoll']:.2f} ms of CPU each), "
            f"{r['errors']} errors, peak RSS {r['peak_rss_mb']:.0f} MB.",
            "",
        ]
    if "blips" in s:
        lines += [f"**{s['blips']['title']}**", ""]
        lines += _table(
            s["blips"]["contenders"],
            {
                "flows": "flows",
                "succeeded": "succeeded",
                "success_pct": "%",
                "failures": "failures",
            },
        )
    if "imports" in s:
        lines += [f"**{s['imports']['title']}**", ""]
        lines += _table(
            s["imports"]["contenders"],
            {"median": "median ms", "min": "min ms", "x_httpx": "x httpx"},
            first="module",
        )
    if "generate" in s:
        g = s["generate"]
        lines += [f"**{g['title']}**: median {g['median']:.2f} s over {g['n']} runs.", ""]
    if "robustness" in s:
        lines += [f"**{s['robustness']['title']}**", ""]
        lines += _table(
            s["robustness"]["cases"],
            {name: name for name in next(iter(s["robustness"]["cases"].values()))},
            first="case",
        )
    if "management" in s:
        lines += [f"**{s['management']['title']}**", ""]
        lines += _table(
            s["management"]["cases"],
            {name: name for name in next(iter(s["management"]["cases"].values()))},
            first="call, fault",
        )
    lines += ["**Goals**", "", "| goal | measured | met |", "| --- | --- | --- |"]
    for g in results["goals"]:
        lines.append(f"| {g['goal']} | {g['measured']} | {'met' if g['met'] else '**not met**'} |")
    return "\n".join(lines) + "\n"


def refresh(page: Path, block: str) -> None:
    """Put `block` between the results markers of `page` (which must have them)."""
    text = page.read_text()
    pattern = re.compile(re.escape(BLOCK_START) + ".*?" + re.escape(BLOCK_END), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{page} has no {BLOCK_START} ... {BLOCK_END} block to refresh")
    new = f"{BLOCK_START}\n{block.rstrip()}\n{BLOCK_END}"
    page.write_text(pattern.sub(lambda _: new, text, count=1))


if __name__ == "__main__":
    raise SystemExit(main())
