"""lscp: wait for LangSmith Control Plane OAuth flows, and drive the local emulator."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import math
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, NoReturn, TextIO
from urllib.parse import quote, urlsplit

import httpx

from ._cli_progress import Progress, wants_progress
from ._client import ControlPlane
from ._version import __version__
from .config import DEFAULT_TIMEOUT, ENV_API_KEY, ENV_URL, ENV_WORKSPACE_ID
from .errors import (
    AuthenticationError,
    AuthNotFoundError,
    AuthWaitTimeoutError,
    ConfigurationError,
    ControlPlaneError,
    PermissionDeniedError,
)
from .models import AuthCheckResult, AuthResult

__all__ = ["main"]

# Exit statuses; `timeout(1)` uses 124 for "the deadline passed", shells 128 + N for signal N.
EXIT_OK = 0
EXIT_PENDING = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_AUTH = 4
EXIT_ERROR = 5
EXIT_DEADLINE = 124
EXIT_SIGINT = 130
EXIT_SIGTERM = 143

DEFAULT_EMULATOR_URL = "http://127.0.0.1:8124"

EXIT_STATUS_HELP = """\
exit status:
  0    the flow completed; the token is on stdout
  1    auth check: the flow is still pending
  2    usage or configuration error (bad option, no API key, bad URL)
  3    the flow is unknown or has expired: start a new one
  4    the API key was rejected (401) or is not allowed in the workspace (403)
  5    any other error: the API failed or could not be reached (also when that
       lasted until the deadline), or answered something unexpected
  124  the deadline (--timeout) passed before the user finished signing in
  130  interrupted (Ctrl-C); 143 on SIGTERM
"""

ENVIRONMENT_HELP = f"""\
environment:
  {ENV_API_KEY:<28} the API key; never a flag, so it stays out of shell
  {"":<28} history and `ps`. Unset on a terminal: prompted for.
  {ENV_WORKSPACE_ID:<28} default of --workspace-id
  {ENV_URL:<28} default of --base-url
"""

logger = logging.getLogger("langsmith_control_plane")


class _CliError(Exception):
    """A failure of lscp itself, with the one line to print and the exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class _Terminated(BaseException):  # Not an Exception: a signal, like KeyboardInterrupt.
    """Raised in the main thread on SIGTERM, so `with` blocks clean up as on Ctrl-C."""


# Output.


def _out(text: str) -> None:
    print(text, file=sys.stdout, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _print_result(result: AuthResult | AuthCheckResult, as_json: bool) -> None:
    if as_json:
        status = result.status if isinstance(result, AuthCheckResult) else "completed"
        _out(json.dumps({"auth_id": result.auth_id, "status": status, "token": result.token}))
    elif result.token is not None:
        _out(result.token)


def _exit_status(error: ControlPlaneError) -> int:
    if isinstance(error, AuthWaitTimeoutError):
        return EXIT_DEADLINE
    if isinstance(error, ConfigurationError):
        return EXIT_USAGE
    if isinstance(error, AuthNotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return EXIT_AUTH
    return EXIT_ERROR


# lscp auth ...


def _api_key() -> str:
    key = os.environ.get(ENV_API_KEY, "").strip()
    if not key and _isatty(sys.stdin):
        with contextlib.suppress(EOFError):
            # getpass asks on the terminal itself and does not echo what is typed.
            key = getpass.getpass("LangSmith API key: ").strip()
    if not key:
        raise _CliError(
            f"no API key; set {ENV_API_KEY} (it is never taken as a flag, so it stays out "
            "of shell history), or run lscp on a terminal to be asked for it",
            EXIT_USAGE,
        )
    return key


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _client(args: argparse.Namespace) -> ControlPlane:
    return ControlPlane(
        api_key=_api_key(),
        workspace_id=args.workspace_id,
        base_url=args.base_url,
        region=args.region,
        timeout=args.timeout,
        poll_timeout=getattr(args, "poll_timeout", None),
    )


def _auth_wait(args: argparse.Namespace) -> int:
    with _client(args) as cp:
        progress: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
        # With --debug the log lines are the progress; a redrawn line would garble them.
        if wants_progress(sys.stderr) and not args.debug:
            timeout = DEFAULT_TIMEOUT if args.timeout is None else args.timeout
            progress = Progress(sys.stderr, "Waiting for sign-in", timeout)
        with progress:
            result = cp.auth.wait(
                args.auth_id, timeout=args.timeout, poll_timeout=args.poll_timeout
            )
    _print_result(result, args.json)
    return EXIT_OK


def _auth_token(args: argparse.Namespace) -> int:
    timeout = DEFAULT_TIMEOUT if args.timeout is None else args.timeout
    with _client(args) as cp, contextlib.ExitStack() as live_line:

        def on_auth_url(url: str) -> None:
            _err(f"Open this URL to sign in: {url}")
            if args.open:
                import webbrowser  # Only when asked: it probes for browsers on import.

                webbrowser.open(url)
            # With --debug the log lines are the progress; a redrawn line would garble them.
            if wants_progress(sys.stderr) and not args.debug:
                live_line.enter_context(Progress(sys.stderr, "Waiting for sign-in", timeout))

        token = cp.auth.get_token(
            args.provider,
            args.scopes,
            user_id=args.user_id,
            agent_id=args.agent_id,
            force_new=args.force_new,
            on_auth_url=on_auth_url,
            timeout=timeout,
        )
    _out(token)
    return EXIT_OK


def _auth_check(args: argparse.Namespace) -> int:
    with _client(args) as cp:
        result = cp.auth.check(
            args.auth_id, **({} if args.timeout is None else {"timeout": args.timeout})
        )
    if result.completed or args.json:
        _print_result(result, args.json)
    return EXIT_OK if result.completed else EXIT_PENDING


# lscp emulator ...


def _serve_emulator(args: argparse.Namespace) -> int:
    # Imported here: `lscp auth ...` should not pay for the emulator's imports.
    from langsmith_control_plane.testing import Emulator

    emulator = Emulator(host=args.host, port=args.port)
    try:
        emulator.start()
    except ImportError as exc:
        raise _CliError(str(exc), EXIT_USAGE) from exc
    except OSError as exc:
        raise _CliError(
            f"could not listen on {args.host}:{args.port} ({exc.strerror or exc}); "
            "pick another --port (0: any free one)",
            EXIT_ERROR,
        ) from exc
    status = EXIT_OK
    try:
        # The first line is for scripts: with --port 0 it is how they learn the port.
        _err(
            f"emulator listening on {emulator.url}\n"
            f"  X-Api-Key:   {emulator.api_key}\n"
            f"  X-Tenant-Id: {emulator.workspace_id}\n"
            f"  Bearer:      {emulator.bearer_token}\n"
            "Press Ctrl-C to stop."
        )
        threading.Event().wait()  # The server runs on its own thread; park until a signal.
    except KeyboardInterrupt:
        status = EXIT_SIGINT
    except _Terminated:
        status = EXIT_SIGTERM
    finally:
        emulator.stop()
    _err("emulator stopped")
    return status


def _admin_path(auth_id: str, action: str) -> str:
    # One path segment: "/" encoded, and dots too, so "." or ".." cannot be resolved away.
    return f"/_emulator/auth/{quote(auth_id, safe='').replace('.', '%2E')}/{action}"


def _admin_post(args: argparse.Namespace, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
    url = args.url + path
    try:
        with httpx.Client(timeout=10.0, follow_redirects=False) as http:
            response = http.post(url, json=body)
    except httpx.HTTPError as exc:
        raise _CliError(
            f"could not reach the emulator at {args.url} ({exc or type(exc).__name__}); "
            "start one with 'lscp emulator serve', or pass --url",
            EXIT_ERROR,
        ) from exc
    try:
        data: Any = response.json()
    except ValueError:
        data = None
    detail = data.get("detail") if isinstance(data, dict) else None
    if response.status_code == 404 and isinstance(detail, str) and detail.startswith("no flow"):
        raise _CliError(
            f"the emulator has {detail} (unknown or expired); create one with "
            "'lscp emulator create'",
            EXIT_NOT_FOUND,
        )
    if response.status_code == 409:
        completed = isinstance(detail, str) and "completed" in detail
        hint = "a flow completes once: create a new one" if completed else "pick another --auth-id"
        raise _CliError(f"{detail or 'conflict'}; {hint}", EXIT_ERROR)
    if not response.is_success or not isinstance(data, dict):
        raise _CliError(
            f"{url} answered {response.status_code} {response.reason_phrase}; check that "
            "--url points at an lscp emulator",
            EXIT_ERROR,
        )
    return data


def _emulator_create(args: argparse.Namespace) -> int:
    data = _admin_post(args, "/_emulator/auth", {"auth_id": args.auth_id})
    if args.json:
        _out(json.dumps({"auth_id": data["auth_id"], "authorize_url": data["authorize_url"]}))
    else:
        _err(f"Open this URL to sign in: {data['authorize_url']}")
        _out(data["auth_id"])
    return EXIT_OK


def _emulator_complete(args: argparse.Namespace) -> int:
    data = _admin_post(args, _admin_path(args.auth_id, "complete"), {"token": args.token})
    if args.json:
        _out(json.dumps({"auth_id": data["auth_id"], "token": data["token"]}))
    else:
        _out(data["token"])
    return EXIT_OK


def _emulator_expire(args: argparse.Namespace) -> int:
    _admin_post(args, _admin_path(args.auth_id, "expire"), None)
    _err(f"flow {args.auth_id!r} expired: waits on it now answer not_found")
    return EXIT_OK


# The parser.


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return value


def _whole_seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of seconds >= 1, not {text!r}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number (0: any free one), not {text!r}")
    return value


def _emulator_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise argparse.ArgumentTypeError(f"must be an http(s) URL such as {DEFAULT_EMULATOR_URL}")
    return text.rstrip("/")


def _add_connection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection (the API key comes from LANGSMITH_API_KEY)")
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--base-url", metavar="URL", help=f"API root (default: {ENV_URL}, else the US host)"
    )
    where.add_argument("--region", choices=["us", "eu"], help="the LangSmith region's API host")
    group.add_argument(
        "--workspace-id",
        metavar="ID",
        help=f"sent as X-Tenant-Id (default: {ENV_WORKSPACE_ID}; workspace keys need none)",
    )


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter

    # --debug is accepted before or after the subcommand; SUPPRESS keeps the later default
    # from undoing an earlier `lscp --debug ...`.
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks, and DEBUG logs of every request",
    )

    emulator_url = argparse.ArgumentParser(add_help=False, parents=[debug])
    emulator_url.add_argument(
        "--url",
        type=_emulator_url,
        default=DEFAULT_EMULATOR_URL,
        help="the running emulator (default: %(default)s)",
    )

    parser = argparse.ArgumentParser(
        prog="lscp",
        description="Wait for LangSmith Control Plane OAuth flows to complete, from scripts\n"
        "and terminals; and drive the local emulator.",
        epilog=f"{EXIT_STATUS_HELP}\n{ENVIRONMENT_HELP}",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"lscp {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks, and DEBUG logs of every request"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    auth = commands.add_parser("auth", help="get a token, or wait for or check an OAuth flow")
    auth_commands = auth.add_subparsers(dest="command", required=True)
    token = auth_commands.add_parser(
        "token",
        parents=[debug],
        formatter_class=formatter,
        help="get a user's OAuth token: the stored one, or after consent",
        description="Get USER's OAuth token for PROVIDER: the stored one at once, or else\n"
        "print the consent URL on stderr, wait until the user approves, and print\n"
        "only the token on stdout, so TOKEN=$(lscp auth token ...) works.",
        epilog=f"{EXIT_STATUS_HELP}\n{ENVIRONMENT_HELP}",
    )
    token.add_argument("--provider", required=True, help="the OAuth provider, such as github")
    token.add_argument(
        "--scope",
        dest="scopes",
        action="append",
        required=True,
        metavar="SCOPE",
        help="a scope to request (repeat for several)",
    )
    token.add_argument("--user-id", help="whose token: your application's user id")
    token.add_argument("--agent-id", help="for an agent-scoped token")
    token.add_argument(
        "--force-new", action="store_true", help="start a new consent even if a token is stored"
    )
    token.add_argument("--open", action="store_true", help="also open the URL in a browser")
    _add_connection_options(token)
    token.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help=f"give up after this long (default: {DEFAULT_TIMEOUT:g}); exit status 124",
    )
    token.set_defaults(handler=_auth_token)

    wait = auth_commands.add_parser(
        "wait",
        parents=[debug],
        formatter_class=formatter,
        help="block until the user finishes signing in; print the token",
        description="Block until the OAuth flow AUTH_ID completes, then print its token on\n"
        "stdout, so TOKEN=$(lscp auth wait ID) works. On a terminal, a live line on\n"
        "stderr shows the elapsed time and the deadline.",
        epilog=f"{EXIT_STATUS_HELP}\n{ENVIRONMENT_HELP}",
    )
    wait.add_argument("auth_id", metavar="AUTH_ID", help="the flow to wait for")
    _add_connection_options(wait)
    wait.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help=f"give up after this long (default: {DEFAULT_TIMEOUT:g}); exit status 124",
    )
    wait.add_argument(
        "--poll-timeout",
        type=_whole_seconds,
        metavar="SECONDS",
        help="longest time the server holds one request (default: 30)",
    )
    wait.add_argument(
        "--json",
        action="store_true",
        help='print {"auth_id", "status", "token"} instead of the bare token',
    )
    wait.set_defaults(handler=_auth_wait)

    check = auth_commands.add_parser(
        "check",
        parents=[debug],
        formatter_class=formatter,
        help="look once, without waiting: exit 0 completed, 1 pending",
        description="Look once at the OAuth flow AUTH_ID, without waiting. Completed: print\n"
        "the token, exit 0. Pending: print nothing (with --json, the object with a\n"
        "null token), exit 1.",
        epilog=f"{EXIT_STATUS_HELP}\n{ENVIRONMENT_HELP}",
    )
    check.add_argument("auth_id", metavar="AUTH_ID", help="the flow to look at")
    _add_connection_options(check)
    check.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help=f"stop retrying transient failures after this long (default: {DEFAULT_TIMEOUT:g})",
    )
    check.add_argument(
        "--json",
        action="store_true",
        help='print {"auth_id", "status", "token"} instead of the bare token',
    )
    check.set_defaults(handler=_auth_check)

    emulator = commands.add_parser("emulator", help="the local Control Plane emulator")
    emulator_commands = emulator.add_subparsers(dest="command", required=True)
    serve = emulator_commands.add_parser(
        "serve", parents=[debug], help="run the emulator in the foreground"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    serve.add_argument(
        "--port", type=_port, default=8124, help="port to bind, 0 for any (default: %(default)s)"
    )
    serve.set_defaults(handler=_serve_emulator)

    create = emulator_commands.add_parser(
        "create",
        parents=[emulator_url],
        help="start a pending flow; print its id (and its authorize URL on stderr)",
    )
    create.add_argument("--auth-id", metavar="ID", help="the flow's id (default: a random UUID)")
    create.add_argument(
        "--json", action="store_true", help='print {"auth_id", "authorize_url"} on stdout'
    )
    create.set_defaults(handler=_emulator_create)

    complete = emulator_commands.add_parser(
        "complete",
        parents=[emulator_url],
        help="complete a flow, as the user would; print its token",
    )
    complete.add_argument("auth_id", metavar="AUTH_ID")
    complete.add_argument("--token", help="the token to hand out (default: a random one)")
    complete.add_argument("--json", action="store_true", help='print {"auth_id", "token"}')
    complete.set_defaults(handler=_emulator_complete)

    expire = emulator_commands.add_parser(
        "expire", parents=[emulator_url], help="forget a flow: its waits answer not_found"
    )
    expire.add_argument("auth_id", metavar="AUTH_ID")
    expire.set_defaults(handler=_emulator_expire)
    return parser


# Running.


def _raise_terminated(signum: int, frame: FrameType | None) -> NoReturn:
    raise _Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises `_Terminated` in the main thread while lscp runs (elsewhere: no change)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


@contextlib.contextmanager
def _debug_logging(enabled: bool) -> Iterator[None]:
    if not enabled:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    previous_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)


def _fail(message: str, status: int, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    _err(f"lscp: error: {_one_line(message)}")
    return status


def main(argv: list[str] | None = None) -> int:
    """Run `lscp` with `argv` (default: the process arguments) and return its exit status."""
    args = _parser().parse_args(argv)
    debug: bool = args.debug
    handler: Callable[[argparse.Namespace], int] = args.handler
    with _sigterm_raises(), _debug_logging(debug):
        try:
            return handler(args)
        except _CliError as exc:
            return _fail(exc.message, exc.status, debug)
        except ControlPlaneError as exc:
            return _fail(str(exc), _exit_status(exc), debug)
        except KeyboardInterrupt:
            _err("lscp: interrupted")
            return EXIT_SIGINT
        except _Terminated:
            _err("lscp: terminated")
            return EXIT_SIGTERM
        except BrokenPipeError:
            # Whoever read stdout went away; keep the interpreter's final flush quiet too.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return _fail(
                "stdout was closed before the output was written; read lscp's output to the end",
                EXIT_ERROR,
                debug,
            )
        except Exception as exc:  # A bug or an environment problem: still one line.
            return _fail(
                f"unexpected {type(exc).__name__}: {exc}; rerun with --debug for the traceback",
                EXIT_ERROR,
                debug,
            )


if __name__ == "__main__":
    sys.exit(main())
