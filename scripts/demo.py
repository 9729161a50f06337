"""`make demo`: an agent waits for its user to finish an OAuth sign-in, end to end.

The bundled emulator plays the LangSmith Control Plane (on a free loopback port, in this
process); `lscp auth wait` runs as a real subprocess, the way an agent's shell script would
call it, with its stderr on this terminal so its live progress line shows. If nobody clicks
Approve on the printed page within a few seconds, the demo does, through the page's own form
POST, as a browser would. Then it prints the token, stops the emulator and exits with the
status of `lscp`.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
from langsmith_control_plane.testing import Emulator

APPROVE_AFTER = 5.0  # seconds to leave for a human to click Approve
WAIT_TIMEOUT = 60  # lscp's own deadline: the demo can never hang for longer


def say(text: str = "") -> None:
    print(text, flush=True)


def lscp() -> list[str]:
    """The installed console script beside this interpreter, or the module if there is none."""
    script = Path(sys.executable).parent / "lscp"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "langsmith_control_plane.cli"]


def approve_like_a_browser(authorize_url: str) -> None:
    """Load the consent page and submit its Approve form."""
    with httpx.Client(timeout=10.0) as browser:
        page = browser.get(authorize_url)
        page.raise_for_status()
        form = re.search(r'<form method="post" action="([^"]+)">', page.text)
        if form is None:
            raise RuntimeError(f"no Approve form on {authorize_url}")
        approved = browser.post(str(page.url.join(html.unescape(form.group(1)))))
        approved.raise_for_status()


def main() -> int:
    with Emulator() as emulator:
        say(f"Control Plane emulator listening on {emulator.url}")
        auth_id = emulator.create_auth()
        say(f"The agent started an OAuth flow: auth_id {auth_id}")
        say()
        say(f"    Open this URL to sign in: {emulator.authorize_url(auth_id)}")
        say()
        say(f"$ TOKEN=$(lscp auth wait {auth_id} --timeout {WAIT_TIMEOUT})")
        env = {
            **os.environ,
            "LANGSMITH_API_KEY": emulator.api_key,
            "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
            "LANGSMITH_CONTROL_PLANE_URL": emulator.url,
        }
        command = [*lscp(), "auth", "wait", auth_id, "--timeout", str(WAIT_TIMEOUT)]
        auto_approved = False
        # stderr is inherited: on a terminal, lscp draws its progress line there.
        # The command is our own console script with fixed arguments.
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:  # noqa: S603
            try:
                try:
                    token, _ = process.communicate(timeout=APPROVE_AFTER)
                except subprocess.TimeoutExpired:
                    approve_like_a_browser(emulator.authorize_url(auth_id))
                    auto_approved = True
                    token, _ = process.communicate(timeout=WAIT_TIMEOUT + 10)
            except BaseException:
                process.kill()  # Ctrl-C, or the approval failed: leave no process behind.
                raise
        if process.returncode != 0:
            say(f"lscp auth wait failed with exit status {process.returncode}")
            return process.returncode
        if auto_approved:
            say(
                f"(Nobody clicked within {APPROVE_AFTER:g} s, so the demo pressed Approve on the "
                "consent page, as a browser would.)"
            )
        say(f"Signed in. Token: {token.strip()}")
    say("Emulator stopped.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
