"""`make demo`: an agent gets its user's OAuth token, end to end, on the bundled emulator.

The emulator plays the LangSmith Control Plane (on a free loopback port, in this process).
`lscp auth token` runs as a real subprocess, the way an agent's shell script would call it:

1. The agent asks for the user's GitHub token; none is stored, so lscp prints the consent URL.
2. The user approves on that page (if nobody clicks within a few seconds, the demo presses
   Approve through the page's own form, as a browser would); lscp prints the token.
3. The agent asks again: the stored token comes back at once, with no consent.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from langsmith_control_plane.testing import Emulator, press_approve

APPROVE_AFTER = 5.0  # seconds to leave for a human to click Approve
TIMEOUT = 60  # lscp's own deadline: the demo can never hang for longer
ARGS = ["--provider", "github", "--scope", "repo", "--user-id", "alice"]


def say(text: str = "") -> None:
    print(text, flush=True)


def lscp() -> list[str]:
    """The installed console script beside this interpreter, or the module if there is none."""
    script = Path(sys.executable).parent / "lscp"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "langsmith_control_plane.cli"]


def get_token(env: dict[str, str], *, approve: bool) -> tuple[int, str, bool]:
    """Run `lscp auth token`, showing its stderr; approve the consent URL it shows if asked.

    Returns lscp's exit status, its stdout (the token) and whether the demo pressed Approve.
    """
    say(f"$ TOKEN=$(lscp auth token {' '.join(ARGS)} --timeout {TIMEOUT})")
    command = [*lscp(), "auth", "token", *ARGS, "--timeout", str(TIMEOUT)]
    # The command is our own console script with fixed arguments.
    with subprocess.Popen(  # noqa: S603
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stderr is not None
        assert process.stdout is not None
        timers: list[threading.Timer] = []
        pressed: list[str] = []

        def press(url: str) -> None:
            pressed.append(url)
            press_approve(url)

        try:
            for line in process.stderr:
                say("  " + line.rstrip("\n"))  # lscp's stderr, part of the story
                found = re.search(r"https?://\S+", line)
                if approve and found:
                    timer = threading.Timer(APPROVE_AFTER, press, [found[0]])
                    timer.start()
                    timers.append(timer)
            token = process.stdout.read().strip()
            process.wait(timeout=TIMEOUT + 10)
        except BaseException:
            process.kill()  # Ctrl-C, or the approval failed: leave no process behind.
            raise
        finally:
            for timer in timers:
                timer.cancel()
    return process.returncode, token, bool(pressed)


def main() -> int:
    with Emulator() as emulator:
        say(f"Control Plane emulator listening on {emulator.url}")
        env = {
            **os.environ,
            "LANGSMITH_API_KEY": emulator.api_key,
            "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
            "LANGSMITH_CONTROL_PLANE_URL": emulator.url,
        }
        say("1. The agent needs alice's GitHub token; none is stored yet, so she must consent.")
        say(f"   (Open the URL to approve it yourself, or the demo will in {APPROVE_AFTER:g} s.)")
        status, first, pressed = get_token(env, approve=True)
        if status != 0:
            say(f"lscp auth token failed with exit status {status}")
            return status
        if pressed:
            say(f"   (Nobody clicked within {APPROVE_AFTER:g} s, so the demo pressed Approve.)")
        say(f"   Signed in. Token: {first}")
        say()
        say("2. Later, the agent asks again: the stored token comes back with no consent.")
        status, second, _ = get_token(env, approve=False)
        if status != 0 or second != first:
            say(f"expected the stored token again, got exit status {status}")
            return status or 1
        say(f"   Same token, no consent page: {second}")
    say("Emulator stopped.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
