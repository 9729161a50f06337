"""`lscp <resource> ... <method>`: every generated operation from a terminal, named as on the
client, against a real local server."""

from __future__ import annotations

import json
import subprocess
import uuid

from langsmith_control_plane.testing import Emulator

from tests.cli.test_cli_manage import create
from tests.e2e.test_surface import listener, query
from tests.support.checks import TOKEN
from tests.support.console import environment, one_error_line, run, run_piped
from tests.support.scripted_server import Reply, scripted_server


def test_a_list_prints_every_item_of_every_page() -> None:
    pages = [
        Reply.json(200, {"resources": [listener(1)], "offset": 1}),
        Reply.json(200, {"resources": [listener(2)], "offset": 2}),
        Reply.json(200, {"resources": [], "offset": 2}),
    ]
    with scripted_server(pages) as server:
        env = environment(LANGSMITH_API_KEY="k")
        done = run("listeners", "list", "--limit", "1", "--base-url", server.url, env=env)
    assert done.returncode == 0, done.stderr
    assert [item["compute_id"] for item in json.loads(done.stdout)] == ["c1", "c2"]
    assert [query(request.raw_path)["offset"] for request in server.requests] == [
        ["0"],
        ["1"],
        ["2"],
    ]


def test_nested_resources_take_path_parameters_as_positional_arguments() -> None:
    deployment = str(uuid.UUID(int=7))
    with scripted_server([Reply.json(207, {"deleted": []}), Reply.json(200, [])]) as server:
        env = environment(LANGSMITH_API_KEY="k")
        deleted = run(
            "deployments",
            "delete-many",
            "--deployment-ids",
            json.dumps([deployment]),
            "--base-url",
            server.url,
            env=env,
        )
        repos = run(
            "integrations-v1",
            "github",
            "repos",
            "list",
            deployment,
            "--base-url",
            server.url,
            env=env,
        )
    assert (deleted.returncode, json.loads(deleted.stdout)) == (0, {"deleted": []})
    assert (repos.returncode, json.loads(repos.stdout)) == (0, [])
    paths = [request.raw_path for request in server.requests]
    assert paths == [
        f"/v2/deployments?deployment_ids={deployment}",
        f"/v1/integrations/github/{deployment}/repos",
    ]


def test_an_unknown_method_is_a_usage_error_listing_the_choices() -> None:
    done = run("integrations-v1", "github", "fetch", env=environment(LANGSMITH_API_KEY="k"))
    assert done.returncode == 2
    line = one_error_line(done.stderr)
    assert "no 'fetch' in lscp integrations-v1 github: choose one of install, repos" in (line)


def test_an_operation_beside_the_handwritten_commands_is_reached_by_its_name() -> None:
    with scripted_server([Reply.json(200, {"has_token": False})]) as server:
        env = environment(LANGSMITH_API_KEY="k")
        done = run(
            "auth", "tokens", "workspace", "slack", "exists", "--base-url", server.url, env=env
        )
    assert (done.returncode, json.loads(done.stdout)) == (0, {"has_token": False})
    assert [request.raw_path for request in server.requests] == [
        "/v2/auth/tokens/workspace/slack/exists"
    ]


def test_an_answer_without_a_body_says_what_was_done() -> None:
    deployment = str(uuid.UUID(int=7))
    with scripted_server([Reply(204), Reply(204)]) as server:
        env = environment(LANGSMITH_API_KEY="k")
        args = ("deployments", "delete", deployment, "--base-url", server.url)
        said = run(*args, env=env)
        as_json = run(*args, "--json", "--timeout", "5", env=env)
    assert (said.returncode, said.stdout) == (0, f"lscp deployments delete {deployment} done\n")
    assert (as_json.returncode, as_json.stdout) == (0, "null\n"), as_json.stderr
    assert [request.method for request in server.requests] == ["DELETE", "DELETE"]


def import_token(emulator: Emulator, *flags: str, secret: str) -> subprocess.CompletedProcess[str]:
    """`lscp auth tokens import` for the provider `create` registers, `secret` piped in."""
    return run_piped(
        "auth",
        "tokens",
        "import",
        "--provider-id",
        "github",
        *flags,
        env=environment(emulator),
        stdin=secret,
    )


def test_a_secret_parameter_is_read_from_stdin_by_a_command_without_the_keyword_escape(
    emulator: Emulator,
) -> None:
    assert create(emulator).returncode == 0
    done = import_token(emulator, "--access-token-from-stdin", "--json", secret=TOKEN + "\n")
    assert (done.returncode, done.stderr) == (0, "")
    assert TOKEN not in done.stdout
    (sent,) = [r for r in emulator.requests() if r.path == "/v2/auth/tokens/import"]
    assert json.loads(sent.body)["access_token"] == TOKEN


def test_a_secret_is_never_a_flag_and_stdin_holds_one(emulator: Emulator) -> None:
    assert create(emulator).returncode == 0
    as_flag = import_token(emulator, "--access-token", TOKEN, secret="")
    both = import_token(
        emulator, "--access-token-from-stdin", "--refresh-token-from-stdin", secret=TOKEN
    )
    assert (as_flag.returncode, as_flag.stdout) == (2, "")
    assert one_error_line(as_flag.stderr) == (
        "lscp: error: lscp auth tokens import takes no --access-token: a secret is never a "
        "flag's value, which shell history and `ps` keep; pass --access-token-from-stdin and "
        "pipe it in"
    )
    assert (both.returncode, both.stdout) == (2, "")
    assert one_error_line(both.stderr) == (
        "lscp: error: stdin holds one secret, not --access-token-from-stdin and "
        "--refresh-token-from-stdin: pass one flag per run, or run on a terminal to be asked "
        "for each"
    )
    assert [r for r in emulator.requests() if r.path == "/v2/auth/tokens/import"] == []


def test_the_servers_detail_is_shown_as_sent_and_only_the_sdks_advice_names_flags() -> None:
    detail = {"loc": ["body", "base_url"], "msg": "field required; timeout=5 is too long"}
    answers = [Reply.json(422, {"detail": [detail]}), Reply.json(403, {"detail": "base_url"})]
    with scripted_server(answers) as server:
        env = environment(LANGSMITH_API_KEY="k")
        rejected = run("listeners", "list", "--base-url", server.url, env=env)
        denied = run("listeners", "list", "--base-url", server.url, env=env)
    assert rejected.returncode == 5
    assert one_error_line(rejected.stderr) == (
        "lscp: error: 422 the server rejected the request: body.base_url: field required; "
        "timeout=5 is too long; fix the arguments the server names"
    )
    assert denied.returncode == 4
    assert one_error_line(denied.stderr) == (
        "lscp: error: 403 Forbidden: the credentials are not allowed here; check that "
        "--workspace-id (or LANGSMITH_WORKSPACE_ID) is a workspace of the API key"
    )
