"""The `lscp` command line."""

from __future__ import annotations

import argparse
import sys
import threading

from langsmith_control_plane.testing import Emulator


def _serve_emulator(args: argparse.Namespace) -> int:
    with Emulator(host=args.host, port=args.port) as emulator:
        print(
            f"Control Plane emulator at {emulator.url}\n"
            f"  X-Api-Key:   {emulator.api_key}\n"
            f"  X-Tenant-Id: {emulator.workspace_id}\n"
            f"  Bearer:      {emulator.bearer_token}\n"
            "Press Ctrl-C to stop.",
            file=sys.stderr,
            flush=True,
        )
        try:
            threading.Event().wait()  # The server runs on its own thread; park until Ctrl-C.
        except KeyboardInterrupt:
            print("Stopping.", file=sys.stderr)
    return 130  # The conventional status after SIGINT, the only way out of the wait above.


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lscp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    emulator = commands.add_parser("emulator", help="the local Control Plane emulator")
    emulator_commands = emulator.add_subparsers(dest="emulator_command", required=True)
    serve = emulator_commands.add_parser("serve", help="run the emulator in the foreground")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8124, help="port to bind (default: %(default)s)")
    serve.set_defaults(handler=_serve_emulator)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `lscp` with `argv` (default: the process arguments) and return its exit status."""
    args = _parser().parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
