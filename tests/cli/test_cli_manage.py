"""`lscp providers|tokens|connections`: each command against the emulator, a table or JSON on
stdout, the exit statuses of the rest of lscp, and never a client secret in any output."""

from __future__ import annotations

import json
import subprocess

from langsmith_control_plane.testing import Emulator

from tests.support.checks import CLIENT_SECRET
from tests.support.console import environment, one_error_line, run, run_piped

PROVIDER = [
    "--provider-id",
    "github",
    "--name",
    "GitHub",
    "--client-id",
    "client-1",
    "--auth-url",
    "https://github.com/login/oauth/authorize",
    "--token-url",
    "https://github.com/login/oauth/access_token",
]


def create(
    emulator: Emulator, *extra: str, secret: str = CLIENT_SECRET
) -> subprocess.CompletedProcess[str]:
    """`lscp providers create`, the secret piped in on stdin, through the console script."""
    return run_piped(
        "auth", "providers", "create", *PROVIDER, *extra, env=environment(emulator), stdin=secret
    )


def test_providers_create_reads_the_secret_from_stdin_and_never_shows_it(
    emulator: Emulator,
) -> None:
    result = create(emulator, "--json")
    assert (result.returncode, result.stderr) == (0, "")
    shown = json.loads(result.stdout)
    assert (shown["provider_id"], shown["client_id"]) == ("github", "client-1")
    assert CLIENT_SECRET not in result.stdout
    (sent,) = [r for r in emulator.requests() if r.method == "POST"]
    assert json.loads(sent.body)["client_secret"] == CLIENT_SECRET


def test_providers_create_without_a_secret_on_stdin_is_a_usage_error(emulator: Emulator) -> None:
    result = create(emulator, secret="")
    assert (result.returncode, result.stdout) == (2, "")
    assert "no client secret on stdin" in one_error_line(result.stderr)
    assert emulator.providers() == []


def test_providers_list_get_update_and_delete(emulator: Emulator) -> None:
    assert create(emulator).returncode == 0
    env = environment(emulator)
    table = run("auth", "providers", "list", env=env)
    assert table.returncode == 0
    heading, row = table.stdout.splitlines()
    assert heading.split() == ["PROVIDER", "NAME", "CLIENT", "ID", "AUTH", "URL", "PKCE", "UPDATED"]
    assert row.split()[:5] == ["github", "GitHub", "client-1", PROVIDER[7], "no"]
    got = run("auth", "providers", "retrieve", "github", "--json", env=env)
    assert json.loads(got.stdout)["name"] == "GitHub"
    updated = run("auth", "providers", "update", "github", "--name", "GH", "--json", env=env)
    assert json.loads(updated.stdout)["name"] == "GH"
    said = run("auth", "providers", "update", "github", "--name", "G", "--client-id", "c2", env=env)
    assert (said.returncode, said.stdout) == (0, "updated provider 'github': client_id, name\n")
    emulator.grant_token("github", ["repo"], user_id="alice")
    deleted = run("auth", "providers", "delete", "github", env=env)
    assert (deleted.returncode, deleted.stdout) == (
        0,
        "deleted provider 'github' and 1 token granted with it\n",
    )
    gone = run("auth", "providers", "retrieve", "github", env=env)
    assert (gone.returncode, gone.stdout) == (3, "")
    # The first line keeps the server's own words.
    assert one_error_line(gone.stderr).startswith(
        "lscp: error: 404 Not Found: no provider 'github'; check the id"
    )


def test_providers_create_and_delete_say_what_changed_or_print_the_answer(
    emulator: Emulator,
) -> None:
    created = create(emulator)
    assert (created.returncode, created.stdout) == (0, "created provider 'github'\n")
    env = environment(emulator)
    deleted = run("auth", "providers", "delete", "github", "--json", env=env)
    assert (deleted.returncode, json.loads(deleted.stdout)) == (
        0,
        {
            "message": "OAuth provider 'github' deleted",
            "provider_id": "github",
            "deleted_tokens": 0,
        },
    )


def test_an_update_with_nothing_to_change_sends_nothing_and_says_so(emulator: Emulator) -> None:
    assert create(emulator).returncode == 0
    before = len(emulator.requests())
    result = run("auth", "providers", "update", "github", env=environment(emulator))
    assert (result.returncode, result.stdout) == (2, "")
    assert one_error_line(result.stderr) == (
        "lscp: error: nothing to change in provider 'github': pass --name, --client-id, "
        "--auth-url, --token-url or --client-secret-from-stdin"
    )
    assert len(emulator.requests()) == before


def test_tokens_list_exists_and_revoke(emulator: Emulator) -> None:
    env = environment(emulator)
    absent = run("auth", "tokens", "exists", "--provider", "github", env=env)
    assert (absent.returncode, absent.stdout) == (1, "")
    emulator.grant_token("github", ["repo", "read:user"], user_id="alice")
    listed = run("auth", "tokens", "list", "--provider", "github", "--json", env=env)
    (summary,) = json.loads(listed.stdout)
    assert (summary["provider_id"], sorted(summary["scopes"])) == ("github", ["read:user", "repo"])
    assert "token" not in summary  # a summary, never the token
    present = run("auth", "tokens", "exists", "--provider", "github", "--json", env=env)
    assert (present.returncode, json.loads(present.stdout)) == (0, {"has_token": True})
    emulator.grant_token("github", ["gist"], user_id="bob")
    revoked = run("auth", "tokens", "delete-many", "--provider", "github", env=env)
    assert (revoked.returncode, revoked.stdout) == (
        0,
        "revoked 2 tokens of github for the API key's user\n",
    )
    again = run("auth", "tokens", "delete-many", "--provider", "github", "--json", env=env)
    assert json.loads(again.stdout)["deleted"] == 0
    assert emulator.tokens(user_id="alice") == []


def test_connections_create_list_and_remove(emulator: Emulator) -> None:
    env = environment(emulator)
    emulator.grant_token("github", ["repo"], user_id="alice")
    (token,) = emulator.tokens(user_id="alice")
    made = run(
        "agent-connections", "create", "--agent-id", "a1", "--token-id", token.id, "--json", env=env
    )
    connection = json.loads(made.stdout)
    assert (connection["agent_id"], connection["oauth_token_id"]) == ("a1", token.id)
    table = run("agent-connections", "list", "--agent-id", "a1", env=env)
    assert table.stdout.splitlines()[1].split()[:3] == [connection["id"], "github", token.id]
    unlink = ["agent-connections", "delete", "--agent-id", "a1", "--connection-id"]
    removed = run(*unlink, connection["id"], env=env)
    assert (removed.returncode, removed.stdout) == (
        0,
        f"removed connection {connection['id']} from agent 'a1'\n",
    )
    assert emulator.connections("a1") == []


def test_every_management_command_takes_timeout(emulator: Emulator) -> None:
    commands = [
        ["auth", "providers", name] for name in ("list", "retrieve", "create", "update", "delete")
    ]
    commands += [["auth", "tokens", name] for name in ("list", "exists", "delete-many")]
    commands += [["agent-connections", name] for name in ("list", "create", "delete")]
    for command in commands:
        shown = run(*command, "--help", env=environment())
        assert (shown.returncode, "--timeout SECONDS" in shown.stdout) == (0, True), command
    # A deadline for the call, retries included (the client's request_timeout).
    listed = run("auth", "providers", "list", "--timeout", "5", env=environment(emulator))
    assert (listed.returncode, listed.stderr) == (0, "")
