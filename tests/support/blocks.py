"""Running a documentation page's Python block as written, with a "user" at the consent page.

The block runs in a fresh interpreter with `env`; whenever it shows one of `emulator`'s consent
URLs, on stdout or stderr, the "user" opens it and presses Approve, as a browser would.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading

from langsmith_control_plane.testing import Emulator, press_approve


def run_with_a_user(
    code: str, env: dict[str, str], emulator: Emulator, *arguments: str
) -> list[str]:
    """Run `code` (with `arguments` in its sys.argv) to the end (it must exit 0 within a
    minute); return its output lines."""
    process = subprocess.Popen(  # our interpreter, the page's own code
        [sys.executable, "-c", code, *arguments],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    consent = re.compile(re.escape(emulator.url) + r"/_emulator/authorize/\S+")

    def user() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            for url in consent.findall(line):
                press_approve(url)

    reader = threading.Thread(target=user)
    reader.start()
    try:
        assert process.wait(timeout=60) == 0, "".join(lines)
    finally:
        process.kill()
        reader.join(timeout=10)
    assert "Traceback" not in "".join(lines)
    return lines


def consent_shown(lines: list[str], emulator: Emulator) -> bool:
    """Whether the output showed one of `emulator`'s consent URLs."""
    consent = re.compile(re.escape(emulator.url) + r"/_emulator/authorize/\S+")
    return any(consent.search(line) for line in lines)
