"""What OpenTelemetry spans cost a call: `python -m bench.tracing CALLS WARMUP ROUNDS`.

In a process of its own, since setting up OpenTelemetry is for the life of a process and the
other scenarios must run without it. Sequential waits on a completed flow against
`bench.server`, as in `per_call`, for each client in four states, taking turns in rounds:

- without the tracing decorator at all (`_send.__wrapped__`): the baseline;
- OpenTelemetry not imported: each block runs with `opentelemetry.trace` out of `sys.modules`,
  which is exactly what the client looks at, so the path is the one of a process that never
  imported it;
- imported, no provider set (the API alone, as when a library imports it): spans are no-ops;
- on: the SDK's `TracerProvider`, every span sampled and handed to a `BatchSpanProcessor` whose
  exporter drops them (exporting is the exporter's cost, not ours).

Prints one JSON line: each contender's call times (µs) per block.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from langsmith_control_plane import AsyncControlPlane, ControlPlane

from bench.run import ROOT, SMOKE, Json, Sizes, summary

STATES = {
    "bare": "no tracing code (the undecorated _send)",
    "absent": "OpenTelemetry not imported",
    "noop": "OpenTelemetry imported, no provider set",
    "on": "tracing on (SDK, every span sampled, batch processor)",
}
SYNC = "ours ControlPlane.auth.wait"
ASYNC = "ours AsyncControlPlane.auth.wait"
CLIENTS = (SYNC, ASYNC)


class _BareSync(ControlPlane):
    _send = ControlPlane._send.__wrapped__  # type: ignore[attr-defined]


class _BareAsync(AsyncControlPlane):
    _send = AsyncControlPlane._send.__wrapped__  # type: ignore[attr-defined]


@contextmanager
def _not_imported() -> Iterator[None]:
    module = sys.modules.pop("opentelemetry.trace")
    try:
        yield
    finally:
        sys.modules["opentelemetry.trace"] = module


def measure(sizes: Sizes) -> dict[str, list[list[float]]]:
    """Each contender's call times (µs), block by block."""
    # Here, not at the top: the runner imports this module for `tracing`, and must not load
    # OpenTelemetry into its own process.
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    from bench.scenarios import API_KEY, _rounds, server_process

    class Dropped(SpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    provider.add_span_processor(BatchSpanProcessor(Dropped()))
    loop = asyncio.new_event_loop()
    with server_process() as url:
        options = {"base_url": url, "api_key": API_KEY}
        sync = {
            "bare": _BareSync(**options),
            "absent": ControlPlane(**options),
            "noop": ControlPlane(**options),
            "on": ControlPlane(**options, tracer_provider=provider),
        }
        async_ = {
            "bare": _BareAsync(**options),
            "absent": AsyncControlPlane(**options),
            "noop": AsyncControlPlane(**options),
            "on": AsyncControlPlane(**options, tracer_provider=provider),
        }

        def sync_call(client: ControlPlane, hide: bool) -> Callable[[], object]:
            if not hide:
                return lambda: client.auth.wait("done", timeout=60)

            def call() -> object:
                with _not_imported():
                    return client.auth.wait("done", timeout=60)

            return call

        def async_call(client: AsyncControlPlane, hide: bool) -> Callable[[], object]:
            if not hide:
                return lambda: client.auth.wait("done", timeout=60)

            async def call() -> object:
                with _not_imported():
                    return await client.auth.wait("done", timeout=60)

            return call

        table: dict[str, Callable[[], object]] = {}
        for state, description in STATES.items():
            table[f"{SYNC}, {description}"] = sync_call(sync[state], state == "absent")
            table[f"{ASYNC}, {description}"] = async_call(async_[state], state == "absent")
        try:
            return _rounds(loop, table, sizes)
        finally:
            for client in sync.values():
                client.close()
            for aclient in async_.values():
                loop.run_until_complete(aclient.aclose())
            loop.close()
            provider.shutdown()


def tracing(sizes: Sizes) -> Json:
    """The runner's scenario: `measure` in a fresh process, as ratios to the bare client."""
    from bench.scenarios import paired

    argv = [sys.executable, "-m", "bench.tracing", str(sizes.calls), str(sizes.warmup)]
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [*argv, str(sizes.rounds)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    blocks: dict[str, list[list[float]]] = json.loads(done.stdout.splitlines()[-1])
    contenders: dict[str, Json] = {}
    for client in CLIENTS:
        bare = blocks[f"{client}, {STATES['bare']}"]
        for description in STATES.values():
            runs = blocks[f"{client}, {description}"]
            contenders[f"{client}, {description}"] = {
                **summary([t for run in runs for t in run], 95),
                "x_bare": paired(runs, bare),
            }
    return {
        "title": f"Tracing: {sizes.calls:,} sequential waits on a completed flow per contender, "
        f"after {sizes.warmup} unmeasured, against bench/server.py, in a process of its own",
        "contenders": contenders,
    }


def main() -> None:
    """`python -m bench.tracing CALLS WARMUP ROUNDS`: the blocks, as a JSON line."""
    calls, warmup, rounds = (int(arg) for arg in sys.argv[1:4])
    # Only these three fields are read (`scenarios._rounds`).
    sizes = dataclasses.replace(SMOKE, calls=calls, warmup=warmup, rounds=rounds)
    print(json.dumps(measure(sizes)), flush=True)


if __name__ == "__main__":
    main()
