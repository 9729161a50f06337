"""The live "waiting..." line `lscp auth wait` draws on a terminal.

Plain standard library on purpose, not rich or tqdm: the package's runtime dependencies are
deliberately only httpx and attrs, and one redrawn line needs nothing more
than `\\r` and the "erase line" escape.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
import time
from types import TracebackType
from typing import Self, TextIO

__all__ = ["Progress", "format_duration", "say", "say_retrying", "wants_progress"]

_UNICODE_FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_ASCII_FRAMES = "|/-\\"
_CLEAR = "\r\x1b[2K"  # back to column 0, erase the whole line
INTERVAL = 0.1


def wants_progress(stream: TextIO) -> bool:
    """Whether `stream` is a terminal that understands `\\r` and the erase-line escape.

    Anything else (a pipe, a file, a CI log, `TERM=dumb`) gets no progress output at all, so
    it never holds a control character.
    """
    try:
        is_tty = stream.isatty()
    except (AttributeError, ValueError):  # A closed or replaced stream.
        return False
    return is_tty and os.environ.get("TERM") != "dumb"


def say(stream: TextIO, line: str) -> None:
    """A line on a terminal, over the live line if one is drawn (it redraws below)."""
    with contextlib.suppress(OSError, ValueError):
        stream.write(f"{_CLEAR}{line}\n")
        stream.flush()


def say_retrying(stream: TextIO, prog: str, attempt: int, cause: str) -> None:
    """A line per retried failure, so a call that is failing says so while it keeps trying."""
    say(stream, f"{prog}: retrying (attempt {attempt}: {cause})")


def format_duration(seconds: float) -> str:
    """`m:ss` (or `h:mm:ss`), whole seconds rounded down."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """A spinner line with the elapsed time and the deadline, redrawn from a daemon thread.

    Use it as a context manager around the blocking call; the line is erased on exit, whatever
    the outcome, so what follows (an error message, the shell prompt) starts on a clean line.
    """

    def __init__(self, stream: TextIO, label: str, timeout: float) -> None:
        self._stream = stream
        self._label = label
        self._timeout = timeout
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            _UNICODE_FRAMES.encode(encoding)
            self._frames, self._ellipsis = _UNICODE_FRAMES, "…"
        except (UnicodeEncodeError, LookupError):
            self._frames, self._ellipsis = _ASCII_FRAMES, "..."
        self._started = time.monotonic()
        self._deadline_wall = time.time() + timeout
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lscp-progress", daemon=True)
        self._drawn = False

    def render(self, now: float, frame: int) -> str:
        """The line at monotonic time `now`, spinner frame `frame` (no control characters)."""
        elapsed = now - self._started
        left = math.ceil(max(0.0, self._timeout - elapsed))  # A 60 s wait starts at 1:00 left.
        deadline = time.strftime("%H:%M:%S", time.localtime(self._deadline_wall))
        spinner = self._frames[frame % len(self._frames)]
        return (
            f"{spinner} {self._label}  {format_duration(elapsed)} elapsed, "
            f"gives up at {deadline} ({format_duration(left)} left)"
        )

    def __enter__(self) -> Self:
        self._started = time.monotonic()
        self._deadline_wall = time.time() + self._timeout
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(1.0)
        if self._drawn:
            self._write(_CLEAR)

    def _run(self) -> None:
        frame = 0
        while True:
            line = self.render(time.monotonic(), frame)
            # Never wider than the terminal: a wrapped line cannot be redrawn with `\r`.
            width = self._width() - 1  # The last column would wrap on some terminals.
            if len(line) > width:
                line = line[: max(0, width - len(self._ellipsis))] + self._ellipsis
            if self._stop.is_set() or not self._write(_CLEAR + line):
                return
            self._drawn = True
            frame += 1
            if self._stop.wait(INTERVAL):
                return

    def _width(self) -> int:
        """`COLUMNS`, else the terminal's width, else 80 (a pty nobody sized reports 0)."""
        with contextlib.suppress(ValueError):
            columns = int(os.environ.get("COLUMNS", ""))
            if columns > 0:
                return columns
        try:
            columns = os.get_terminal_size(self._stream.fileno()).columns
        except (OSError, ValueError, AttributeError):
            return 80
        return columns if columns > 0 else 80

    def _write(self, text: str) -> bool:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # The terminal went away: stop drawing, quietly.
            return False
        return True
