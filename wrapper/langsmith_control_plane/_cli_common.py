"""What `lscp` and the emulator's commands share: exit statuses, output, errors, signals, --debug.

Plain standard library, so that `lscp auth ...` and `lscp emulator ...` each import only what
they use.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from types import FrameType
from typing import NoReturn

__all__ = [
    "EXIT_AUTH",
    "EXIT_DEADLINE",
    "EXIT_ERROR",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_PENDING",
    "EXIT_SIGINT",
    "EXIT_SIGPIPE",
    "EXIT_SIGTERM",
    "EXIT_USAGE",
    "CliError",
    "Terminated",
    "debug_option",
    "err",
    "out",
    "read_secret",
    "run",
]

# Exit statuses; `timeout(1)` uses 124 for "the deadline passed", shells 128 + N for signal N.
EXIT_OK = 0
EXIT_PENDING = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_AUTH = 4
EXIT_ERROR = 5
EXIT_DEADLINE = 124
EXIT_SIGINT = 130
EXIT_SIGPIPE = 141
EXIT_SIGTERM = 143

logger = logging.getLogger("langsmith_control_plane")


class CliError(Exception):
    """A failure of a command, with the one line to print and the exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Terminated(BaseException):  # Not an Exception: a signal, like KeyboardInterrupt.
    """Raised in the main thread on SIGTERM, so `with` blocks clean up as on Ctrl-C."""


def out(text: str) -> None:
    """Print a line of the command's result on stdout, at once (scripts read it as it comes)."""
    print(text, file=sys.stdout, flush=True)


def err(text: str) -> None:
    """Print a line for the person at the terminal on stderr."""
    print(text, file=sys.stderr, flush=True)


def read_secret(what: str, otherwise: str = "") -> str:
    """A secret from stdin, or asked for without echo on a terminal: never a flag's value, so
    it stays out of shell history and `ps`. `otherwise` ends the error when there is none."""
    if sys.stdin.isatty():
        secret = getpass.getpass(f"{what[:1].upper()}{what[1:]} (input hidden): ")
    else:
        secret = sys.stdin.read()
    secret = secret.strip()
    if not secret:
        raise CliError(
            f"no {what} on stdin: pipe it in (`... < secret.txt`){otherwise}", EXIT_USAGE
        )
    return secret


def debug_option() -> argparse.ArgumentParser:
    """A parent parser with `--debug`, for subcommands, so it is accepted after them too.

    SUPPRESS keeps the subcommand's default from undoing an earlier `prog --debug ...`.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks, and DEBUG logs of every request",
    )
    return parser


def run(
    handler: Callable[[argparse.Namespace], int],
    args: argparse.Namespace,
    *,
    prog: str,
    explain: Callable[[Exception], CliError | None] | None = None,
) -> int:
    """Run a command's handler; any failure becomes one line on stderr and an exit status.

    `explain` turns the errors a command knows (an SDK error, say) into a `CliError`; anything
    else is "unexpected". With `args.debug`, the traceback is printed first.
    """
    debug: bool = args.debug
    with _sigterm_raises(), _debug_logging(debug):
        try:
            return handler(args)
        except CliError as exc:
            return _fail(prog, exc.message, exc.status, debug)
        except KeyboardInterrupt:
            err(f"{prog}: interrupted")
            return EXIT_SIGINT
        except Terminated:
            err(f"{prog}: terminated")
            return EXIT_SIGTERM
        except BrokenPipeError:
            # Whoever read stdout went away (`lscp ... | head`): end quietly, as coreutils do
            # when SIGPIPE stops them, and keep the interpreter's final flush quiet too.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_SIGPIPE
        except Exception as exc:
            known = explain(exc) if explain is not None else None
            if known is not None:
                return _fail(prog, known.message, known.status, debug)
            # A bug or an environment problem: still one line, and its text may quote a URL or
            # a body, so it is masked as every other exit is. Imported here, on this path only:
            # the models load the generated package.
            from ._redact import mask_text
            from .models import SECRET_FIELDS

            return _fail(
                prog,
                f"unexpected {type(exc).__name__}: {mask_text(str(exc), SECRET_FIELDS)}; "
                "rerun with --debug for the traceback",
                EXIT_ERROR,
                debug,
            )


def _fail(prog: str, message: str, status: int, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    err(f"{prog}: error: {' '.join(message.split())}")
    return status


def _raise_terminated(signum: int, frame: FrameType | None) -> NoReturn:
    raise Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises `Terminated` in the main thread while a command runs; elsewhere, no change."""
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
