"""The emulator's commands: `lscp emulator ...`, or `python -m langsmith_control_plane.testing ...`.

`serve` runs an `Emulator` in the foreground; `create`, `complete` and `expire` are small HTTP
clients of a running emulator's admin API (`/_emulator/...`).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import threading
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from langsmith_control_plane._cli_common import (
    EXIT_ERROR,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_SIGINT,
    EXIT_SIGTERM,
    EXIT_USAGE,
    CliError,
    Terminated,
    debug_option,
    err,
    out,
    run,
)
from langsmith_control_plane.config import (
    ENV_API_KEY,
    ENV_API_URL,
    ENV_URL,
    ENV_WORKSPACE_ID,
    URL_VARIABLES,
    from_environment,
)
from langsmith_control_plane.testing._emulator import Emulator

__all__ = ["main"]

PROG = "python -m langsmith_control_plane.testing"
DEFAULT_PORT = 8124
DEFAULT_URL = f"http://127.0.0.1:{DEFAULT_PORT}"

EXIT_STATUS_HELP = """\
exit status:
  0    done
  2    usage error (a bad option or URL; serve: the emulator extra is missing)
  3    the emulator has no such flow (unknown or expired)
  5    any other error: no emulator at the URL, a duplicate --auth-id, a flow
       already completed; serve: the port is taken
  130  serve stopped by Ctrl-C; 143 by SIGTERM
"""


# serve


def _bind_host(text: str) -> str:
    """--host: loopback, or every interface; the client reaches either over loopback."""
    if text == "localhost":
        return text
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be an IP address (127.0.0.1; 0.0.0.0 for every interface) or localhost, "
            f"not {text!r}"
        ) from None
    if not (address.is_loopback or address.is_unspecified):
        # The client sends credentials over plain http to loopback only, so it could never
        # use an emulator bound to this address alone.
        raise argparse.ArgumentTypeError(
            f"{text} is neither a loopback address nor every interface, and the client talks "
            "plain http to loopback only; use 0.0.0.0 (every interface, loopback included)"
        )
    return text


def _every_interface(host: str) -> bool:
    return host != "localhost" and ipaddress.ip_address(host).is_unspecified


def client_url(host: str, port: int) -> str:
    """The URL a client on this machine uses for an emulator bound to `host` (see `_bind_host`).

    A wildcard bind is reached through loopback: its own address (0.0.0.0, ::) is not one to
    connect to, and the client refuses plain http to anything but loopback.
    """
    if _every_interface(host):
        host = "127.0.0.1" if "." in host else "::1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def exposure_warning(host: str, port: int) -> str | None:
    """What to tell the user about binding `host`: a wildcard exposes the admin API."""
    if not _every_interface(host):
        return None
    return (
        f"listening on every interface ({host}): anyone who can reach port {port} can use the "
        "admin API under /_emulator/, which takes no credentials (create, complete and expire "
        "flows, read the request log)"
    )


def _serve(args: argparse.Namespace) -> int:
    emulator = Emulator(host=args.host, port=args.port)
    try:
        emulator.start()
    except ImportError as exc:  # The `emulator` extra is not installed.
        raise CliError(str(exc), EXIT_USAGE) from exc
    except OSError as exc:
        raise CliError(
            f"could not listen on {args.host}:{args.port} ({exc.strerror or exc}); "
            "pick another --port (0: any free one)",
            EXIT_ERROR,
        ) from exc
    status = EXIT_OK
    try:
        url = client_url(args.host, emulator.port)
        # stdout is for scripts and shells: an env file, URL first (with --port 0, it is how
        # they learn the port). Its values need no quoting.
        out(
            f"{ENV_URL}={url}\n"
            f"{ENV_API_KEY}={emulator.api_key}\n"
            f"{ENV_WORKSPACE_ID}={emulator.workspace_id}"
        )
        warning = exposure_warning(args.host, emulator.port)
        if warning is not None:
            err(f"{args.prog}: warning: {warning}")
        err(
            f"emulator listening on {url} (bearer token: {emulator.bearer_token})\n"
            "Export the lines on stdout to point lscp and the SDK at it. Press Ctrl-C to stop."
        )
        threading.Event().wait()  # The server runs on its own thread; park until a signal.
    except KeyboardInterrupt:
        status = EXIT_SIGINT
    except Terminated:
        status = EXIT_SIGTERM
    finally:
        emulator.stop()
    err("emulator stopped")
    return status


# create, complete, expire


def _emulator_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise argparse.ArgumentTypeError(f"must be an http(s) URL such as {DEFAULT_URL}")
    return text.rstrip("/")


def _admin_url(args: argparse.Namespace) -> tuple[str, str]:
    """The emulator's URL, and where it came from: --url, else the client's URL variables."""
    if args.url is not None:
        return args.url, "from --url"
    found = from_environment(URL_VARIABLES, os.environ)
    if found is None:
        return DEFAULT_URL, "the default URL"
    name, value = found
    try:
        return _emulator_url(value.strip()), f"from {name}"
    except argparse.ArgumentTypeError as exc:
        raise CliError(f"{name} {exc}, or pass --url", EXIT_USAGE) from None


def _admin_path(auth_id: str, action: str) -> str:
    # One path segment: "/" encoded, and dots too, so "." or ".." cannot be resolved away.
    return f"/_emulator/auth/{quote(auth_id, safe='').replace('.', '%2E')}/{action}"


def _admin_post(args: argparse.Namespace, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
    base, origin = _admin_url(args)
    url = base + path
    try:
        with httpx.Client(timeout=10.0, follow_redirects=False) as http:
            response = http.post(url, json=body)
    except httpx.HTTPError as exc:
        raise CliError(
            f"could not reach the emulator at {base} ({origin}): {exc or type(exc).__name__}; "
            "start one with 'lscp emulator serve', or pass --url",
            EXIT_ERROR,
        ) from exc
    try:
        data: Any = response.json()
    except ValueError:
        data = None
    detail = data.get("detail") if isinstance(data, dict) else None
    if response.status_code == 404 and isinstance(detail, str) and detail.startswith("no flow"):
        raise CliError(
            f"the emulator has {detail} (unknown or expired); create one with "
            "'lscp emulator create'",
            EXIT_NOT_FOUND,
        )
    if response.status_code == 409:
        completed = isinstance(detail, str) and "completed" in detail
        hint = "a flow completes once: create a new one" if completed else "pick another --auth-id"
        raise CliError(f"{detail or 'conflict'}; {hint}", EXIT_ERROR)
    if not response.is_success or not isinstance(data, dict):
        raise CliError(
            f"{url} answered {response.status_code} {response.reason_phrase}; check that "
            f"the URL ({origin}) points at an lscp emulator",
            EXIT_ERROR,
        )
    return data


def _create(args: argparse.Namespace) -> int:
    data = _admin_post(args, "/_emulator/auth", {"auth_id": args.auth_id})
    if args.json:
        out(json.dumps({"auth_id": data["auth_id"], "authorize_url": data["authorize_url"]}))
    else:
        err(f"Open this URL to sign in: {data['authorize_url']}")
        out(data["auth_id"])
    return EXIT_OK


def _complete(args: argparse.Namespace) -> int:
    data = _admin_post(args, _admin_path(args.auth_id, "complete"), {"token": args.token})
    if args.json:
        out(json.dumps({"auth_id": data["auth_id"], "token": data["token"]}))
    else:
        out(data["token"])
    return EXIT_OK


def _expire(args: argparse.Namespace) -> int:
    _admin_post(args, _admin_path(args.auth_id, "expire"), None)
    err(f"flow {args.auth_id!r} expired: waits on it now answer not_found")
    return EXIT_OK


# The parser.


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number (0: any free one), not {text!r}")
    return value


def _parser(prog: str) -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    debug = debug_option()
    url = argparse.ArgumentParser(add_help=False, parents=[debug])
    url.add_argument(
        "--url",
        type=_emulator_url,
        help=f"the running emulator (default: {ENV_URL}, else {ENV_API_URL}, as for the "
        f"client; else {DEFAULT_URL})",
    )

    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run the local Control Plane emulator, and drive its flows as a user would.",
        epilog=EXIT_STATUS_HELP,
        formatter_class=formatter,
    )
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks, and DEBUG logs of every request"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser(
        "serve",
        parents=[debug],
        formatter_class=formatter,
        help="run the emulator in the foreground; print its settings as an env file",
        description="Run the emulator until Ctrl-C or SIGTERM. stdout gets its settings as\n"
        f"{ENV_URL}=..., {ENV_API_KEY}=... and\n"
        f"{ENV_WORKSPACE_ID}=... lines, for export, eval or an env file;\n"
        "stderr gets the rest.",
        epilog=EXIT_STATUS_HELP,
    )
    serve.add_argument(
        "--host",
        type=_bind_host,
        default="127.0.0.1",
        help="address to bind: loopback, or 0.0.0.0 / :: for every interface (default: "
        "%(default)s)",
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help="port to bind, 0 for any (default: %(default)s)",
    )
    serve.set_defaults(handler=_serve)

    create = commands.add_parser(
        "create",
        parents=[url],
        help="start a pending flow; print its id (and its authorize URL on stderr)",
    )
    create.add_argument("--auth-id", metavar="ID", help="the flow's id (default: a random UUID)")
    create.add_argument(
        "--json", action="store_true", help='print {"auth_id", "authorize_url"} on stdout'
    )
    create.set_defaults(handler=_create)

    complete = commands.add_parser(
        "complete", parents=[url], help="complete a flow, as the user would; print its token"
    )
    complete.add_argument("auth_id", metavar="AUTH_ID")
    complete.add_argument("--token", help="the token to hand out (default: a random one)")
    complete.add_argument("--json", action="store_true", help='print {"auth_id", "token"}')
    complete.set_defaults(handler=_complete)

    expire = commands.add_parser(
        "expire", parents=[url], help="forget a flow: its waits answer not_found"
    )
    expire.add_argument("auth_id", metavar="AUTH_ID")
    expire.set_defaults(handler=_expire)
    return parser


def main(argv: list[str] | None = None, *, prog: str = PROG, debug: bool = False) -> int:
    """Run the emulator's commands with `argv` (default: the process arguments).

    `prog` names the command in usage and error lines; `debug` is `--debug` given before it
    (as in `lscp --debug emulator ...`).
    """
    parser = _parser(prog)
    parser.set_defaults(debug=debug)
    args = parser.parse_args(argv)
    args.prog = prog
    return run(args.handler, args, prog=prog)
