"""`lscp deployments revisions wait` and `lscp deployments logs`: a deployment's revision from
a CI job or a terminal.

`wait` calls `cp.deployments.revisions.wait` and says each status change on stderr as it
happens (a line each, over the live line on a terminal); it prints the revision's id (or, with
`--json`, the revision) on stdout once it is DEPLOYED. A failed revision prints the last lines
of its logs on stderr and exits `EXIT_REVISION_FAILED`; the deadline exits 124. `logs` prints a
revision's build or deploy log lines, and with `--follow` keeps printing new ones until the
revision is final. Every other deployments operation is a generic command (`_cli_resources`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any, TypeAlias

from langsmith_control_plane_client.models import ListRevisionLogsType, Revision

from ._cli_common import EXIT_DEADLINE, EXIT_NOT_FOUND, EXIT_OK, CliError, err, out
from ._cli_progress import Progress, format_duration, say, wants_progress
from ._client import ControlPlane
from ._deployments import log_lines
from ._policy import RevisionOutcome, failure_log_type, revision_outcome
from .config import DEFAULT_TIMEOUT
from .errors import RevisionFailedError, RevisionWaitTimeoutError

__all__ = ["EXIT_REVISION_FAILED", "EXIT_STATUS_HELP", "add_commands"]

# Beside lscp's other statuses (`_cli_common`): 6 is the first they leave free.
EXIT_REVISION_FAILED = 6

EXIT_STATUS_HELP = """\
exit status:
  0    the revision is DEPLOYED (logs --follow: it ended DEPLOYED)
  2    usage or configuration error (bad option, no API key, bad URL)
  3    not found: no such deployment or revision
  4    the API key was rejected (401) or is not allowed in the workspace (403)
  5    any other error: the API failed or could not be reached
  6    the revision failed: CREATE_FAILED, BUILD_FAILED, DEPLOY_FAILED, SKIPPED or
       INTERRUPTED (the last lines of its logs are printed on stderr)
  124  the deadline (--timeout) passed first; the build goes on server-side
  130  interrupted (Ctrl-C); 143 on SIGTERM
"""

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
ClientFor = Callable[[argparse.Namespace], ControlPlane]


def _say(line: str) -> None:
    """A status line on stderr: over the live line on a terminal, plain elsewhere."""
    if wants_progress(sys.stderr):
        say(sys.stderr, line)
    else:
        err(line)


def _failed(error: RevisionFailedError) -> CliError:
    for line in error.logs:
        err(f"  {line}")
    return CliError(str(error), EXIT_REVISION_FAILED)


def _wait(args: argparse.Namespace, client_for: ClientFor) -> int:
    started = time.monotonic()

    def on_status(status: str) -> None:
        elapsed = format_duration(time.monotonic() - started)
        _say(f"lscp: deployment {args.deployment_id}: {status} ({elapsed})")

    with client_for(args) as cp:
        progress: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
        # With --debug the log lines are the progress; a redrawn line would garble them.
        if wants_progress(sys.stderr) and not args.debug:
            timeout = DEFAULT_TIMEOUT if args.timeout is None else args.timeout
            progress = Progress(sys.stderr, "Waiting for the revision", timeout)
        try:
            with progress:
                revision = cp.deployments.revisions.wait(
                    args.deployment_id,
                    args.revision_id,
                    timeout=args.timeout,
                    on_status=on_status,
                )
        except RevisionFailedError as error:
            if args.json:
                _print_revision(error.revision, as_json=True)
            raise _failed(error) from None
        except RevisionWaitTimeoutError as error:
            raise CliError(str(error), EXIT_DEADLINE) from None
    _print_revision(revision, args.json)
    return EXIT_OK


def _print_revision(revision: Revision, as_json: bool) -> None:
    out(json.dumps(revision.to_dict(), default=str) if as_json else str(revision.id))


def _logs(args: argparse.Namespace, client_for: ClientFor) -> int:
    with client_for(args) as cp:
        revision_id = args.revision_id
        if revision_id is None:
            latest = cp.deployments.retrieve(args.deployment_id).latest_revision_id
            if not latest:
                raise CliError(f"deployment {args.deployment_id} has no revision", EXIT_NOT_FOUND)
            revision_id = str(latest)
        revision = cp.deployments.revisions.retrieve(args.deployment_id, revision_id)
        kind = args.type or _default_type(str(revision.status))
        printed = 0
        while True:
            outcome = revision_outcome(str(revision.status))
            # Every line so far, then the new ones: read again from the first, since the
            # last page of a list has no position to resume from.
            items = list(
                cp.deployments.revisions.logs.list(
                    args.deployment_id, revision_id, type_=ListRevisionLogsType(kind)
                )
            )
            for item in items[printed:]:
                _print_log(item, args.json)
            printed = max(printed, len(items))
            if not args.follow:
                return EXIT_OK
            if outcome is RevisionOutcome.DEPLOYED:
                return EXIT_OK
            if outcome is RevisionOutcome.FAILED:
                raise CliError(
                    f"revision {revision_id} of deployment {args.deployment_id} ended "
                    f"{revision.status}",
                    EXIT_REVISION_FAILED,
                )
            time.sleep(args.interval)
            revision = cp.deployments.revisions.retrieve(args.deployment_id, revision_id)


def _default_type(status: str) -> str:
    """Build logs while the revision builds or when its build failed, else deploy logs."""
    if status in ("CREATING", "QUEUED", "AWAITING_BUILD", "BUILDING"):
        return "build"
    return failure_log_type(status)


def _print_log(item: Any, as_json: bool) -> None:  # noqa: ANN401 -- a log entry, any shape
    if as_json:
        out(json.dumps(item.to_dict() if hasattr(item, "to_dict") else item, default=str))
    else:
        out(log_lines([item])[0])


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return value


def _add_ids(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deployment_id", metavar="DEPLOYMENT_ID")
    parser.add_argument(
        "revision_id", metavar="REVISION_ID", nargs="?", help="default: the latest, read once"
    )


def add_commands(
    commands: Subcommands,
    *,
    parents: list[argparse.ArgumentParser],
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> dict[str, Subcommands]:
    """Add `deployments revisions wait` and `deployments logs` to lscp's subcommands; their
    groups, by the client's resource each stands for, for the generic commands beside them."""
    formatter = argparse.RawDescriptionHelpFormatter
    deployments = commands.add_parser(
        "deployments", help="create, update, wait for and read deployments"
    )
    group = deployments.add_subparsers(dest="command", required=True)
    revisions = group.add_parser("revisions", help="a deployment's revisions; wait for one")
    revision_group = revisions.add_subparsers(dest="command", required=True)

    wait = revision_group.add_parser(
        "wait",
        parents=parents,
        formatter_class=formatter,
        help="block until a revision is DEPLOYED; say each status change",
        description="Block until the revision REVISION_ID (default: the deployment's latest)\n"
        "of DEPLOYMENT_ID is DEPLOYED, saying each status change on stderr; then print\n"
        "its id on stdout. A failed revision prints the last lines of its logs.",
        epilog=EXIT_STATUS_HELP,
    )
    _add_ids(wait)
    wait.add_argument(
        "--timeout",
        type=_positive,
        metavar="SECONDS",
        help=f"give up after this long (default: {DEFAULT_TIMEOUT:g}); exit status 124",
    )
    wait.add_argument("--json", action="store_true", help="print the revision as JSON")
    add_connection_options(wait)
    wait.set_defaults(handler=lambda args: _wait(args, client_for))

    logs = group.add_parser(
        "logs",
        parents=parents,
        formatter_class=formatter,
        help="print a revision's build or deploy log lines; --follow until it is final",
        description="Print the log lines of the revision REVISION_ID (default: the\n"
        "deployment's latest) of DEPLOYMENT_ID, one a line on stdout.",
        epilog=EXIT_STATUS_HELP,
    )
    _add_ids(logs)
    logs.add_argument(
        "--type",
        choices=[kind.value for kind in ListRevisionLogsType],
        help="which logs (default: build while it builds or if its build failed, else deploy)",
    )
    logs.add_argument(
        "--follow",
        action="store_true",
        help="keep printing new lines until the revision is final; exit as wait does",
    )
    logs.add_argument(
        "--interval",
        type=_positive,
        default=2.0,
        metavar="SECONDS",
        help="with --follow, the pause between two reads (default: 2)",
    )
    logs.add_argument("--json", action="store_true", help="print each entry as JSON")
    add_connection_options(logs)
    logs.set_defaults(handler=lambda args: _logs(args, client_for))
    return {"deployments": group, "deployments.revisions": revision_group}
