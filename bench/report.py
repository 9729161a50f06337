"""Goals, the Markdown report, and the README block the runner keeps up to date."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import blips, fanout_worker, imports, latency, percall
from bench._common import Json

README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"

Goal = dict[str, Any]


def _c(results: Json, scenario: str) -> Json:
    contenders: Json = results["scenarios"][scenario]["contenders"]
    return contenders


def goals(results: Json) -> list[Goal]:
    """Each goal of issue 6 with what was measured and whether it was met.

    Ours is compared like with like: the sync client with raw `httpx.Client`, the async one
    with raw `httpx.AsyncClient` (async httpx costs more per call than sync, whoever uses it).
    """
    found: list[Goal] = []
    scenarios = results["scenarios"]
    if "per_call" in scenarios:
        c = _c(results, "per_call")
        sync_ratio = c[percall.OURS_SYNC]["x_floor_paired"]
        async_ratio = c[percall.OURS_ASYNC]["x_floor_paired"]
        faster = min(scenarios["per_call"]["langchain_x_ours_paired"].values())
        found.append(
            _goal(
                "per_call_vs_raw",
                "Per call: ours <= 1.10x raw httpx (paired median ratio)",
                f"sync {sync_ratio:.2f}x, async {async_ratio:.2f}x",
                max(sync_ratio, async_ratio) <= 1.10,
            )
        )
        found.append(
            _goal(
                "per_call_vs_langchain",
                "Per call: ours >= 3x faster than langchain-auth (paired median ratio)",
                f"{faster:.1f}x (the slower of sync and async)",
                faster >= 3,
            )
        )
    if "latency" in scenarios:
        c = _c(results, "latency")
        ours = max(c[latency.OURS_SYNC]["median"], c[latency.OURS_ASYNC]["median"])
        naive = c[latency.NAIVE]["median"]
        found.append(
            _goal(
                "latency",
                "Completion latency: ours p50 <= 10 ms on loopback",
                f"{ours:.1f} ms (naive loop {naive:.0f} ms)",
                ours <= 10,
            )
        )
    if "fanout" in scenarios:
        c = _c(results, "fanout")
        waits = scenarios["fanout"]["waits"]
        ours = [c[fanout_worker.WAIT_MANY], c[fanout_worker.GATHER]]
        errors = sum(r["errors"] for r in ours)
        rss = max(r["peak_rss_mb"] for r in ours)
        found.append(
            _goal(
                "fanout",
                f"{waits:,} concurrent waits: zero errors, client peak RSS <= 150 MB",
                f"{errors} errors, {rss:.0f} MB",
                errors == 0 and rss <= 150,
            )
        )
    if "blips" in scenarios:
        c = _c(results, "blips")
        rate = min(c[blips.OURS_SYNC]["success_rate_pct"], c[blips.OURS_ASYNC]["success_rate_pct"])
        found.append(
            _goal(
                "blips",
                "Long waits with 503 blips: ours succeeds 100%",
                f"{rate:g}%",
                rate == 100,
            )
        )
    if "imports" in scenarios:
        c = _c(results, "imports")
        ratio = c[f"import {imports.OURS}"]["x_httpx_paired"]
        found.append(
            _goal(
                "imports",
                "Import: ours <= 1.3x httpx alone (paired median ratio)",
                f"{ratio:.2f}x",
                ratio <= 1.3,
            )
        )
    return found


def _goal(key: str, goal: str, measured: str, met: bool) -> Goal:
    return {"key": key, "goal": goal, "measured": measured, "met": met}


def _num(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}"


def markdown(results: Json) -> str:
    """The report: machine, command, one table per scenario, the goals and the profiles."""
    m = results["machine"]
    v = m["versions"]
    lines = [
        f"Measured {m['date']} on {m['nproc']} CPUs ({m['cpu']}), {m['implementation']} "
        f"{m['python']}, {m['os']}; httpx {v['httpx']}, langchain-auth {v['langchain-auth']}. "
        f"Load average before/after: {results['load_before']} / {results['load_after']}. "
        f"Reproduce: `{results['command']}`{' (smoke sizes)' if results['smoke'] else ''}.",
        "",
    ]
    s = results["scenarios"]
    if "per_call" in s:
        p = s["per_call"]
        lines += [
            f"**1. {p['title']}** ({p['calls']:,} calls each after {p['warmup']} warm-up, in "
            f"{p['rounds']} rounds of one block per contender). Server: {p['server']}. "
            "x floor: median over rounds of the block's median over the same round's floor "
            "block (raw `httpx.Client` for sync contenders, raw `httpx.AsyncClient` for async).",
            "",
            "| contender | median µs | p95 µs | x floor |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, r in p["contenders"].items():
            lines.append(
                f"| {name} | {_num(r['median'], 0)} | {_num(r['p95'], 0)} "
                f"| {r['x_floor_paired']:.2f}x |"
            )
        lines.append("")
    if "latency" in s:
        p = s["latency"]
        lines += [
            f"**2. {p['title']}** ({p['flows']} flows each, alternating). Server: {p['server']}.",
            "",
            "| contender | p50 ms | p99 ms |",
            "| --- | ---: | ---: |",
        ]
        for name, r in p["contenders"].items():
            lines.append(f"| {name} | {_num(r['median'])} | {_num(r['p99'])} |")
        lines.append("")
    if "fanout" in s:
        p = s["fanout"]
        lines += [
            f"**3. {p['title']}**. Server: {p['server']}. Wall = first wait started to last "
            "returned; release = all flows completed to last returned.",
            "",
            "| contender | wall s | all parked s | release ms | errors | peak RSS MB "
            "| peak sockets |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, r in p["contenders"].items():
            lines.append(
                f"| {name} | {_num(r['wall_s'], 2)} | {_num(r['all_parked_s'], 2)} "
                f"| {_num(r['release_ms'], 0)} | {r['errors']} | {_num(r['peak_rss_mb'])} "
                f"| {r['peak_sockets']:,} |"
            )
        lines.append("")
    if "blips" in s:
        p = s["blips"]
        lines += [
            f"**4. {p['title']}** ({p['flows']} flows each). Server: {p['server']}.",
            "",
            "| contender | succeeded | failures |",
            "| --- | ---: | --- |",
        ]
        for name, r in p["contenders"].items():
            failures = ", ".join(f"{k} x{n}" for k, n in r["failures"].items()) or "none"
            lines.append(
                f"| {name} | {r['succeeded']}/{r['flows']} ({r['success_rate_pct']:g}%) "
                f"| {failures} |"
            )
        lines.append("")
    if "imports" in s:
        p = s["imports"]
        lines += [
            f"**5. {p['title']}** ({p['runs']} rounds of one run per module, bytecode cached). "
            "x httpx: median over rounds of the round's ratio.",
            "",
            "| module | median ms | min ms | x httpx |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, r in p["contenders"].items():
            lines.append(
                f"| `{name}` | {_num(r['median'])} | {_num(r['min'])} "
                f"| {r['x_httpx_paired']:.2f}x |"
            )
        lines.append("")
    if "generate" in s:
        p = s["generate"]
        r = p["contenders"]["make _render-into"]
        lines += [
            f"**6. {p['title']}**: median {_num(r['median'], 2)} s over {r['n']} runs.",
            "",
        ]
    lines += ["**Goals**", "", "| goal | measured | met |", "| --- | --- | --- |"]
    for goal in results["goals"]:
        lines.append(
            f"| {goal['goal']} | {goal['measured']} | {'met' if goal['met'] else '**not met**'} |"
        )
    lines.append("")
    if results.get("profiles"):
        lines += [
            "**What the profiles show** (taken for every goal not met, and for all of them "
            "with `--profile`, which `make bench` passes)",
            "",
        ]
        lines += [f"- {text}" for text in results["profiles"].values()]
        lines.append("")
    return "\n".join(lines)


def update_readme(readme: Path, table: str) -> bool:
    """Put `table` between the bench markers in `readme`; False if the markers are missing."""
    text = readme.read_text()
    pattern = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.DOTALL)
    if not pattern.search(text):
        return False
    block = f"{README_START}\n{table.rstrip()}\n{README_END}"
    readme.write_text(pattern.sub(lambda _match: block, text, count=1))
    return True
