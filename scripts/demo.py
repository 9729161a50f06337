"""`make demo`: Agent Auth, then a deployment, end to end on the bundled emulator, through `lscp`
as a script would.

The emulator plays the LangSmith Control Plane (on a free loopback port, in this process). Every
step is `lscp` run as a real subprocess, the way an agent's shell script would call it:

1. The developer registers the GitHub OAuth provider; the client secret goes in on stdin.
2. The agent asks for alice's GitHub token; none is stored, so lscp prints the consent URL.
   Alice approves on that page (if nobody clicks within a few seconds, the demo presses Approve
   through the page's own form, as a browser would); lscp prints the token.
3. The agent asks again: the stored token comes back at once, with no consent.
4. The developer lists the tokens granted (what they are, never their values), then revokes them.
5. The agent asks once more: consent is needed again.

Then the deploy story, as a CI job would tell it:

6. The job creates a deployment and waits until its revision is DEPLOYED, each status said.
7. A broken commit: the update's build fails; the wait prints its last log lines, exits 6.
8. The job deletes the deployment.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from langsmith_control_plane.testing import Emulator, press_approve

APPROVE_AFTER = 5.0  # seconds to leave for a human to click Approve
TIMEOUT = 60  # lscp's own deadline: the demo can never hang for longer
TOKEN_ARGS = ["--provider", "github", "--scope", "repo", "--user-id", "alice"]
PROVIDER_ARGS = [
    "--provider-id",
    "github",
    "--name",
    "GitHub",
    "--client-id",
    "demo-client-id",
    "--auth-url",
    "https://github.com/login/oauth/authorize",
    "--token-url",
    "https://github.com/login/oauth/access_token",
]
DEPLOYMENT_ARGS = [
    "--name",
    "demo-agent",
    "--source",
    "github",
    "--source-config",
    '{"repo_url": "https://github.com/acme/agent"}',
    "--source-revision-config",
    '{"repo_ref": "main"}',
    "--secrets",
    "[]",
]
BROKEN_BUILD = ["npm ERR! Missing script: build", "error: build exited with code 1"]
# What a developer would pipe in from a secret store; the emulator only stores it.
CLIENT_SECRET = "demo-client-secret"  # noqa: S105 - a demo value, not a credential


def say(text: str = "") -> None:
    print(text, flush=True)


def lscp() -> list[str]:
    """The installed console script beside this interpreter, or the module if there is none."""
    script = Path(sys.executable).parent / "lscp"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "langsmith_control_plane.cli"]


def run(
    env: dict[str, str], args: list[str], *, shown: str, stdin: str = "", approve: bool = False
) -> tuple[int, str, bool]:
    """Run `lscp ARGS`, showing its stderr; approve a consent URL it shows if asked.

    Returns lscp's exit status, its stdout and whether the demo pressed Approve.
    """
    say(f"$ {shown}")
    # The command is our own console script with fixed arguments.
    with subprocess.Popen(  # noqa: S603
        [*lscp(), *args],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None
        assert process.stderr is not None
        assert process.stdout is not None
        process.stdin.write(stdin)
        process.stdin.close()
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
            output = process.stdout.read()
            process.wait(timeout=TIMEOUT + 10)
        except BaseException:
            process.kill()  # Ctrl-C, or the approval failed: leave no process behind.
            raise
        finally:
            for timer in timers:
                timer.cancel()
    return process.returncode, output, bool(pressed)


def get_token(env: dict[str, str]) -> tuple[int, str, bool]:
    shown = f"TOKEN=$(lscp auth token {' '.join(TOKEN_ARGS)} --timeout {TIMEOUT})"
    args = ["auth", "token", *TOKEN_ARGS, "--timeout", str(TIMEOUT)]
    status, output, pressed = run(env, args, shown=shown, approve=True)
    return status, output.strip(), pressed


def show(output: str) -> None:
    for line in output.splitlines():
        say("  " + line)


def main() -> int:
    with Emulator() as emulator:
        say(f"Control Plane emulator listening on {emulator.url}")
        env = {
            **os.environ,
            "LANGSMITH_API_KEY": emulator.api_key,
            "LANGSMITH_WORKSPACE_ID": emulator.workspace_id,
            "LANGSMITH_CONTROL_PLANE_URL": emulator.url,
        }
        say("1. The developer registers GitHub as an OAuth provider (the secret goes in on stdin).")
        shown = f"lscp auth providers create {' '.join(PROVIDER_ARGS)} < client-secret.txt"
        status, output, _ = run(
            env, ["auth", "providers", "create", *PROVIDER_ARGS], shown=shown, stdin=CLIENT_SECRET
        )
        if status != 0:
            say(f"lscp auth providers create failed with exit status {status}")
            return status
        show(output)
        say()
        say("2. The agent needs alice's GitHub token; none is stored yet, so she must consent.")
        say(f"   (Open the URL to approve it yourself, or the demo will in {APPROVE_AFTER:g} s.)")
        status, first, pressed = get_token(env)
        if status != 0:
            say(f"lscp auth token failed with exit status {status}")
            return status
        if pressed:
            say(f"   (Nobody clicked within {APPROVE_AFTER:g} s, so the demo pressed Approve.)")
        say(f"   Signed in. Token: {first}")
        say()
        say("3. Later, the agent asks again: the stored token comes back with no consent.")
        status, second, pressed = get_token(env)
        if status != 0 or second != first or pressed:
            say(f"expected the stored token again, got exit status {status}")
            return status or 1
        say(f"   Same token, no consent page: {second}")
        say()
        say("4. The developer looks at what was granted (never the token itself), and revokes it.")
        status, output, _ = run(
            env,
            ["auth", "tokens", "list", "--provider", "github"],
            shown="lscp auth tokens list --provider github",
        )
        if status != 0:
            return status
        show(output)
        shown = "lscp auth tokens delete-many --provider github"
        revoke = ["auth", "tokens", "delete-many", "--provider", "github"]
        status, output, _ = run(env, revoke, shown=shown)
        if status != 0:
            return status
        show(output)  # lscp says what it revoked
        say()
        say("5. The agent asks once more: the grant is gone, so alice must consent again.")
        status, third, pressed = get_token(env)
        if status != 0 or third == first:
            say(f"expected a new consent and a new token, got exit status {status}")
            return status or 1
        if pressed:
            say(f"   (Nobody clicked within {APPROVE_AFTER:g} s, so the demo pressed Approve.)")
        say(f"   Signed in again. New token: {third}")
        say()
        status = deploy(env, emulator)
    say("Emulator stopped.")
    return status


def deploy(env: dict[str, str], emulator: Emulator) -> int:
    """The deploy story: create, wait until DEPLOYED, a failed build, delete."""
    say("6. A CI job creates a deployment and waits until its revision is DEPLOYED.")
    shown = "lscp deployments create --name demo-agent --source github ... > deployment.json"
    status, output, _ = run(env, ["deployments", "create", *DEPLOYMENT_ARGS], shown=shown)
    if status != 0:
        say(f"lscp deployments create failed with exit status {status}")
        return status
    deployment = json.loads(output)["id"]
    say(f"   Created deployment {deployment}.")
    wait = ["deployments", "revisions", "wait", deployment, "--timeout", str(TIMEOUT)]
    shown = f"lscp deployments revisions wait {deployment} --timeout {TIMEOUT}"
    status, output, _ = run(env, wait, shown=shown)
    if status != 0:
        say(f"lscp deployments revisions wait failed with exit status {status}")
        return status
    say(f"   Deployed: revision {output.strip()}")
    say()
    say("7. A broken commit: the update's build fails, and the wait shows why (exit status 6).")
    emulator.fail_next_revision(deployment, phase="build", logs=BROKEN_BUILD)
    update = ["deployments", "update", deployment, "--source-revision-config"]
    shown = f"lscp deployments update {deployment} --source-revision-config '{{\"repo_ref\": ...}}'"
    status, _, _ = run(env, [*update, '{"repo_ref": "broken"}'], shown=shown)
    if status != 0:
        return status
    status, _, _ = run(
        env, wait, shown=shown.split(" update ")[0] + f" revisions wait {deployment}"
    )
    if status != 6:
        say(f"expected the failed build's exit status 6, got {status}")
        return status or 1
    say()
    say("8. The job cleans up.")
    status, _, _ = run(
        env, ["deployments", "delete", deployment], shown=f"lscp deployments delete {deployment}"
    )
    if status != 0:
        return status
    say("   Deleted.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
