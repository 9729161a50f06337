"""The CLI's live progress line, rendered without a terminal."""

from __future__ import annotations

import io
import re

import pytest
from langsmith_control_plane._cli_progress import Progress, format_duration, wants_progress


def test_progress_line_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [format_duration(s) for s in (0, 59.9, 61, 3600, 3725)] == [
        "0:00",
        "0:59",
        "1:01",
        "1:00:00",
        "1:02:05",
    ]
    stream = io.StringIO()
    progress = Progress(stream, "Waiting for sign-in", 90)
    line = progress.render(progress._started + 10.2, 0)
    assert re.fullmatch(
        r". Waiting for sign-in  0:10 elapsed, gives up at [\d:]{8} \(1:20 left\)", line
    )
    assert not wants_progress(stream)  # Not a terminal.
    monkeypatch.setenv("COLUMNS", "30")
    with progress:  # Drawn even on a non-terminal when used directly; cut to the width.
        pass
    drawn = stream.getvalue().split("\r\x1b[2K")
    assert drawn[-1] == ""
    assert all(len(frame) <= 29 for frame in drawn)
    assert drawn[1].endswith("...")  # A StringIO has no encoding: ASCII only.
