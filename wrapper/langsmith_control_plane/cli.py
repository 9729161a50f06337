"""lscp: OAuth flows, providers, tokens and agent connections, from scripts and terminals.

The emulator's commands live with the emulator (`langsmith_control_plane.testing._cli`); lscp
hands `lscp emulator ...` to them when the `emulator` extra is installed, and imports nothing
of theirs otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib.util
import json
import math
import os
import re
import sys
import warnings
from collections.abc import Iterator
from typing import TextIO

from ._cli_common import (
    EXIT_AUTH,
    EXIT_DEADLINE,
    EXIT_ERROR,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_PENDING,
    EXIT_USAGE,
    CliError,
    debug_option,
    err,
    out,
    run,
)
from ._cli_deployments import add_commands as add_deployment_commands
from ._cli_manage import add_commands as add_management_commands
from ._cli_progress import Progress, say_retrying, wants_progress
from ._cli_resources import add_commands as add_resource_commands
from ._cli_resources import add_the_rest
from ._client import ControlPlane
from ._policy import RetryEvent
from ._version import __version__
from .config import (
    API_KEY_VARIABLES,
    DEFAULT_REQUEST_TIMEOUT,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_API_URL,
    ENV_LEGACY_API_KEY,
    ENV_TRACING_URL,
    ENV_URL,
    ENV_WORKSPACE_ID,
    REGIONS,
    from_environment,
)
from .errors import (
    AuthenticationError,
    AuthNotFoundError,
    AuthWaitTimeoutError,
    ConfigurationError,
    ControlPlaneError,
    NotFoundError,
    PermissionDeniedError,
)
from .models import AuthCheckResult, AuthResult

__all__ = ["main"]

# `auth check` is one look for a person at a prompt: a short default, not the client's 60 s.
CHECK_TIMEOUT = 10.0
PROG = "lscp"
# What the `emulator` extra brings (pyproject.toml); looked up without importing them.
EMULATOR_MODULES = ("fastapi", "uvicorn")
EMULATOR_EXTRA = "pip install 'langsmith-control-plane[emulator]'"

EXIT_STATUS_HELP = """\
exit status:
  0    the flow completed; the token is on stdout
  1    auth check: the flow is still pending
  2    usage or configuration error (bad option, no API key, bad URL)
  3    not found: the flow is unknown or has expired (start a new one), or the
       provider, token or connection does not exist
  4    the API key was rejected (401) or is not allowed in the workspace (403)
  5    any other error: the API failed or could not be reached (also when that
       lasted until the deadline), or answered something unexpected
  124  the deadline (--timeout) passed before the user finished signing in
  130  interrupted (Ctrl-C); 143 on SIGTERM
  141  stdout was closed early (| head): stopped quietly, as coreutils do
"""

ENVIRONMENT_HELP = f"""\
environment:
  {ENV_API_KEY:<28} the API key ({ENV_LEGACY_API_KEY} if unset); never a flag,
  {"":<28} so it stays out of shell history and `ps`. Unset on a
  {"":<28} terminal: prompted for.
  {ENV_WORKSPACE_ID:<28} default of --workspace-id
  {ENV_URL:<28} default of --base-url ({ENV_API_URL} if unset)
  {ENV_TRACING_URL:<28} not used: it is the tracing API's URL
"""


# Output.


def _print_result(result: AuthResult | AuthCheckResult, as_json: bool) -> None:
    if as_json:
        status = result.status if isinstance(result, AuthCheckResult) else "completed"
        out(json.dumps({"auth_id": result.auth_id, "status": status, "token": result.token}))
    elif result.token is not None:
        out(result.token)


# Errors: one line, the error's own message and hint, and the exit status.


# The SDK's advice names its Python arguments; under lscp it names the flag (and the variable it
# defaults to) instead. Most specific first: each rewritten phrase is left alone by the later ones.
_FLAGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            rf"{ENV_WORKSPACE_ID} \(workspace_id=\)",
            f"--workspace-id (or {ENV_WORKSPACE_ID})",
        ),
        (
            rf"base_url \({ENV_URL}, else {ENV_API_URL}\)",
            f"--base-url (or {ENV_URL}, else {ENV_API_URL})",
        ),
        (r"with auth\.authenticate\(\.\.\.\)", "with `lscp auth token`"),
        (r"\((poll_timeout|timeout)=\)", r"with \1="),
        (r"\bapi_key=", ENV_API_KEY),
        (r"\b(base_url|workspace_id|poll_timeout|timeout)\b=?", "--\\1"),
    )
)


def _in_flags(text: str) -> str:
    """`text` with the SDK's argument names (`timeout=`, `base_url`) as lscp's flags."""
    for pattern, replacement in _FLAGS:
        text = pattern.sub(replacement, text)
    return re.sub(r"--(\w+)", lambda flag: flag.group(0).replace("_", "-"), text)


def _explain(error: Exception) -> CliError | None:
    """The one line and exit status for an SDK error; None for anything else."""
    if not isinstance(error, ControlPlaneError):
        return None
    # The message and hint; the request's details line (request id, attempts, body) is for
    # --debug, whose traceback shows the whole error. Only the SDK's own advice names its
    # arguments: a message may carry the server's detail (`body.base_url: field required`),
    # which is shown as the server sent it.
    message = error.message.split("\n", 1)[0]
    if isinstance(error, ConfigurationError):
        message = _in_flags(message)
    line = f"{message}; {_in_flags(error.hint)}" if error.hint else message
    return CliError(line, _exit_status(error))


def _exit_status(error: ControlPlaneError) -> int:
    if isinstance(error, AuthWaitTimeoutError):
        return EXIT_DEADLINE
    if isinstance(error, ConfigurationError):
        return EXIT_USAGE
    if isinstance(error, AuthNotFoundError | NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return EXIT_AUTH
    return EXIT_ERROR


# lscp auth ...


def _prompted_api_key() -> str | None:
    """None when the environment holds a key (the client reads and checks it); else ask."""
    if from_environment(API_KEY_VARIABLES, os.environ) is not None:
        return None
    key = ""
    if _isatty(sys.stdin):
        with contextlib.suppress(EOFError):
            # getpass asks on the terminal itself and does not echo what is typed.
            key = getpass.getpass("LangSmith API key: ").strip()
    if not key:
        raise CliError(
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


@contextlib.contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """Configuration warnings as `lscp: warning: ...` lines, not Python's file:line format."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        err(f"{PROG}: warning: {warning.message}")


def _retry_line(event: RetryEvent) -> None:
    say_retrying(sys.stderr, PROG, event.attempt, event.cause.message)


def _client(args: argparse.Namespace) -> ControlPlane:
    with _warnings_as_lines():
        return ControlPlane(
            # On a terminal, each retried failure gets a line: a slow failure is not silent.
            on_retry=_retry_line if wants_progress(sys.stderr) else None,
            api_key=_prompted_api_key(),
            workspace_id=args.workspace_id,
            base_url=args.base_url,
            region=args.region,
            timeout=getattr(args, "timeout", None),
            request_timeout=getattr(args, "request_timeout", None),
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
            err(f"Open this URL to sign in: {url}")
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
    if args.json:
        out(json.dumps({"provider": args.provider, "user_id": args.user_id, "token": token}))
    else:
        out(token)
    return EXIT_OK


def _auth_check(args: argparse.Namespace) -> int:
    with _client(args) as cp:
        result = cp.auth.check(
            args.auth_id, timeout=CHECK_TIMEOUT if args.timeout is None else args.timeout
        )
    if result.completed or args.json:
        _print_result(result, args.json)
    return EXIT_OK if result.completed else EXIT_PENDING


# lscp langgraph resume


def _langgraph_resume(args: argparse.Namespace) -> int:
    import asyncio  # Here, as the resumer's imports: `lscp auth ...` pays for none of them.

    try:
        from ._resumer import ConsentResumer, Resumed, agent_server
    except ImportError as exc:
        raise CliError(
            f"lscp langgraph needs the 'langgraph' extra ({exc.name} is not installed): "
            "pip install 'langsmith-control-plane[langgraph]'",
            EXIT_USAGE,
        ) from None
    from ._client import AsyncControlPlane

    def report(resumed: Resumed) -> None:
        out(json.dumps({"thread_id": resumed.thread_id, "run_id": resumed.run_id}))

    async def resume() -> None:
        with _warnings_as_lines():
            client = AsyncControlPlane(
                api_key=_prompted_api_key(),
                workspace_id=args.workspace_id,
                base_url=args.base_url,
                region=args.region,
            )
        async with client as acp:
            resumer = ConsentResumer(
                agent_server(args.url), acp, scan_interval=args.scan_interval, on_resume=report
            )
            err(f"Resuming the consent pauses of {args.url} as users approve (Ctrl-C stops)")
            await resumer.run()

    # Ctrl-C or SIGTERM cancels the resumer, which closes its waits; lscp then exits 130/143.
    asyncio.run(resume())
    return EXIT_OK


# lscp emulator ...


def _emulator_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in EMULATOR_MODULES)


def _emulator_not_installed(args: argparse.Namespace) -> int:
    raise CliError(
        f"lscp emulator needs the 'emulator' extra (FastAPI and uvicorn), which is not "
        f"installed: {EMULATOR_EXTRA}",
        EXIT_USAGE,
    )


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


def _region(text: str) -> str:
    return text.strip().lower()  # As the client takes it: "EU" and " eu " are "eu".


def _add_connection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(f"connection (the API key comes from {ENV_API_KEY})")
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--base-url",
        metavar="URL",
        help=f"API root (default: {ENV_URL}, else {ENV_API_URL}, else the US host)",
    )
    where.add_argument(
        "--region", type=_region, choices=list(REGIONS), help="the LangSmith region's API host"
    )
    group.add_argument(
        "--workspace-id",
        metavar="ID",
        help=f"sent as X-Tenant-Id (default: {ENV_WORKSPACE_ID}; workspace keys need none)",
    )


DEADLINE_HELP = f"give up after this long (default: {DEFAULT_TIMEOUT:g}); exit status 124"
CALL_TIMEOUT_HELP = (
    f"stop retrying transient failures after this long (default: {DEFAULT_REQUEST_TIMEOUT:g})"
)


def _add_timeout(parser: argparse.ArgumentParser, help_text: str, dest: str = "timeout") -> None:
    parser.add_argument("--timeout", type=_seconds, dest=dest, metavar="SECONDS", help=help_text)


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    debug = debug_option()

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="LangSmith Agent Auth from scripts and terminals: get users' OAuth tokens,\n"
        "wait for consent, and manage providers, tokens and agent connections.",
        epilog=f"{EXIT_STATUS_HELP}\n{ENVIRONMENT_HELP}",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
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
        default=[],
        metavar="SCOPE",
        help="a scope to request (repeat for several; none: the provider's default scopes)",
    )
    token.add_argument("--user-id", help="whose token: your application's user id")
    token.add_argument("--agent-id", help="for an agent-scoped token")
    token.add_argument(
        "--force-new", action="store_true", help="start a new consent even if a token is stored"
    )
    token.add_argument("--open", action="store_true", help="also open the URL in a browser")
    token.add_argument(
        "--json",
        action="store_true",
        help='print {"provider", "user_id", "token"} instead of the bare token',
    )
    _add_connection_options(token)
    _add_timeout(token, DEADLINE_HELP)
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
    _add_timeout(wait, DEADLINE_HELP)
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
    _add_timeout(
        check,
        f"stop retrying transient failures after this long (default: {CHECK_TIMEOUT:g})",
    )
    check.add_argument(
        "--json",
        action="store_true",
        help='print {"auth_id", "status", "token"} instead of the bare token',
    )
    check.set_defaults(handler=_auth_check)

    langgraph = commands.add_parser(
        "langgraph", help="resume Agent Server runs paused for consent (langgraph extra)"
    )
    langgraph_commands = langgraph.add_subparsers(dest="command", required=True)
    resume = langgraph_commands.add_parser(
        "resume",
        parents=[debug],
        formatter_class=formatter,
        help="resume the threads get_token paused, as their users approve",
        description="Watch the Agent Server at --url (langgraph dev, LangSmith Deployment)\n"
        "for threads paused by langsmith_control_plane.langgraph.get_token, wait for\n"
        "their users to approve, and resume each thread once. Prints one JSON line\n"
        '{"thread_id", "run_id"} per resumed thread; runs until Ctrl-C or SIGTERM.\n'
        "Several may run at once: the server lets one resume a thread.",
        epilog=f"{EXIT_STATUS_HELP}\n{ENVIRONMENT_HELP}",
    )
    resume.add_argument("--url", required=True, help="the Agent Server's URL")
    resume.add_argument(
        "--scan-interval",
        type=_seconds,
        default=2.0,
        metavar="SECONDS",
        help="how often to look for newly paused threads (default: 2)",
    )
    _add_connection_options(resume)
    resume.set_defaults(handler=_langgraph_resume)

    # Everything after `emulator` is left unparsed, for the emulator's own parser (a prefix
    # character no argument starts with keeps even `--help` for it).
    emulator = commands.add_parser(
        "emulator",
        add_help=False,
        prefix_chars="\0",
        help="the local Control Plane emulator: serve, create, complete, expire"
        if _emulator_installed()
        else f"the local Control Plane emulator (not installed: {EMULATOR_EXTRA})",
    )
    emulator.add_argument("arguments", nargs=argparse.REMAINDER)
    emulator.set_defaults(handler=_emulator_not_installed)

    groups = add_management_commands(
        commands,
        auth_commands,
        parents=[debug],
        client_for=_client,
        add_connection_options=_add_connection_options,
        add_timeout=lambda parser: _add_timeout(parser, CALL_TIMEOUT_HELP, "request_timeout"),
    )
    groups |= add_deployment_commands(
        commands,
        parents=[debug],
        client_for=_client,
        add_connection_options=_add_connection_options,
    )
    # Every other operation, named as on the client: beside the handwritten commands, and as
    # commands of the resources that have none. `auth token` covers the `authenticate` helper.
    options = _add_connection_options
    add_the_rest(
        auth_commands,
        ["auth"],
        skip={"authenticate"},
        client_for=_client,
        add_connection_options=options,
    )
    for path, group in groups.items():
        add_the_rest(group, path.split("."), client_for=_client, add_connection_options=options)
    add_resource_commands(commands, client_for=_client, add_connection_options=options)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `lscp` with `argv` (default: the process arguments) and return its exit status."""
    args = _parser().parse_args(argv)
    if args.command == "emulator" and _emulator_installed():
        # Imported only here, so `lscp auth ...` does not pay for the emulator's imports; its
        # commands run with their own parser and error handling.
        from .testing._cli import main as emulator_main

        return emulator_main(args.arguments, prog=f"{PROG} emulator", debug=args.debug)
    return run(args.handler, args, prog=PROG, explain=_explain)


if __name__ == "__main__":
    sys.exit(main())
