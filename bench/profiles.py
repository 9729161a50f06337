"""Profiles taken when a goal is missed (or on `--profile`), in numbers the report can quote.

Per call: pyinstrument over the same sequential calls, for ours (sync) and for the raw httpx
floor, against `fastserver`; the trees go to `profiles/per_call-*.txt` and the report quotes
the time per call in httpx's `build_request`, `send` and body reading, and in our policy.
Fan-out: pyinstrument inside the worker process of ours (`asyncio.gather`); the report quotes
the share of httpcore's connection-pool bookkeeping. Import: the `-X importtime` tables of
scenario 5 already are the import profile; the report quotes what ours adds to httpx's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from langsmith_control_plane import ControlPlane
from pyinstrument import Profiler
from pyinstrument.frame import Frame

from bench._common import API_KEY, Json, child, module_command
from bench.percall import AUTH_ID

# Frames of these packages are shown in the saved profiles (pyinstrument folds library frames
# away by default, which would hide httpx and httpcore, where the time goes); nodes under 1% of
# the total are left out so the files stay readable.
_SHOWN = (
    r".*/(httpx|httpcore|langsmith_control_plane|langsmith_control_plane_client"
    r"|langchain_auth|bench)/.*"
)


def render(profiler: Profiler) -> str:
    """The profile as plain text, with the frames that matter here unfolded."""
    return profiler.output_text(
        unicode=False,
        color=False,
        processor_options={"show_regex": _SHOWN, "filter_threshold": 0.01},
    )


def time_in(frame: Frame, function: str, class_name: str | None = None) -> float:
    """Seconds spent in the outermost frames of `class_name.function` under `frame`."""
    if frame.function == function and (class_name is None or frame.class_name == class_name):
        return frame.time
    return sum(time_in(sub, function, class_name) for sub in frame.children)


def _profile(call: Callable[[], object], path: Path, calls: int) -> Json:
    for _ in range(min(100, calls)):
        call()
    profiler = Profiler(interval=0.0001)
    with profiler:
        for _ in range(calls):
            call()
    session = profiler.last_session
    assert session is not None
    root = session.root_frame()
    assert root is not None
    path.write_text(render(profiler))

    def per_call_us(seconds: float) -> float:
        return round(seconds / calls * 1e6, 1)

    policy = sum(
        time_in(root, function, "Wait") for function in ("__init__", "next_action", "handle")
    )
    return {
        "total_us": per_call_us(root.time),
        "build_request_us": per_call_us(time_in(root, "build_request", "Client")),
        "send_us": per_call_us(time_in(root, "send", "Client")),
        "read_body_us": per_call_us(
            time_in(root, "iter_bytes", "Response") + time_in(root, "read", "Response")
        ),
        "wait_policy_us": per_call_us(policy),
    }


def per_call(out_dir: Path, calls: int) -> tuple[Json, str]:
    """Profile ours and the raw floor; return the numbers and one sentence for the report."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with child(module_command("fastserver")) as server:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        wait_url = f"{url}/v2/auth/wait/{AUTH_ID}?timeout=30"
        with ControlPlane(base_url=url, api_key=API_KEY) as ours, httpx.Client() as raw:
            numbers = {
                "ours": _profile(
                    lambda: ours.auth.wait(AUTH_ID, timeout=60),
                    out_dir / "per_call-ours.txt",
                    calls,
                ),
                "raw": _profile(
                    lambda: raw.get(wait_url, headers={"X-Api-Key": API_KEY}).json(),
                    out_dir / "per_call-raw.txt",
                    calls,
                ),
            }
    o, r = numbers["ours"], numbers["raw"]
    text = (
        f"Per call (pyinstrument, {calls:,} calls each, `profiles/per_call-*.txt`; times per "
        f"call, inflated by the profiler): ours {o['total_us']:.0f} µs vs raw "
        f"{r['total_us']:.0f} µs. httpx `Client.build_request`: {o['build_request_us']:.0f} "
        f"vs {r['build_request_us']:.0f} µs; `Client.send`: {o['send_us']:.0f} vs "
        f"{r['send_us']:.0f} µs; reading the body: {o['read_body_us']:.0f} vs "
        f"{r['read_body_us']:.0f} µs; our waiting policy (`Wait`): {o['wait_policy_us']:.0f} µs."
    )
    return numbers, text


def fanout(out_dir: Path, count: int) -> tuple[Json, str]:
    """Profile ours (`asyncio.gather`) in the fan-out; return its numbers and a sentence."""
    from bench import fanout as scenario
    from bench.fanout_worker import GATHER

    out_dir.mkdir(parents=True, exist_ok=True)
    numbers = scenario.profile(GATHER, count, str(out_dir / "fanout-gather.txt"))
    p = numbers["profile"]
    share = p["pool_assign_s"] / p["profiled_s"] if p["profiled_s"] else 0.0
    text = (
        f"Fan-out (pyinstrument, {count:,} waits with `asyncio.gather`, "
        f"`profiles/fanout-gather.txt`): {share:.0%} of the client's {p['profiled_s']:.1f} s "
        "is httpcore's `AsyncConnectionPool._assign_requests_to_connections`, which walks "
        "every connection in the pool each time a request starts or a response closes: with "
        "one pool holding all the long-polls, that is quadratic in the number of waits."
    )
    if not p["sniffio_installed"] and p["sniffio_s"] >= 0.05 * p["profiled_s"]:
        text += (
            f" httpcore's `current_async_library` took {p['sniffio_s']:.1f} s: it tries "
            "`import sniffio` on every lock and event it sets up, and sniffio is not installed."
        )
    return numbers, text


def imports(scenario: Json) -> str:
    """One sentence on what our import adds to httpx's, from scenario 5's importtime tables."""
    beyond = scenario["ours_beyond_httpx"]
    by_package = beyond["by_package_ms"]
    packages = ", ".join(f"`{name}` {ms:g} ms" for name, ms in by_package.items())
    text = (
        f"Import (`-X importtime`, median self time of the modules httpx does not import): "
        f"ours adds {beyond['total_ms']:g} ms: {packages}."
    )
    if "asyncio" in by_package:
        text += (
            " `asyncio` (and with it `concurrent`, `subprocess`, `signal`) is imported by "
            "`_client.py` at the top, though only `AsyncControlPlane` needs it."
        )
    if "attr" in by_package:
        text += " `attrs` comes with the generated client's models and our value classes."
    return text
