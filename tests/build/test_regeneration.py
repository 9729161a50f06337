"""The promise: a newer upstream document plus `make generate`, and nothing else, reaches users.

The end-to-end test copies the generation inputs and the wrapper into a temporary folder, drops a
synthetic newer copy of the whole document into `openapi/upstream/` (a new operation in an
existing tag, a new tag with a GET, a POST, a DELETE that answers 204, an action, a list paged by
cursor and a nested list paged by string offset, a new response field, all with FastAPI's
operationIds and the undefined security names), runs the real `make generate` and
`make typecheck` there, type-checks a user's file against the result, and drives the new methods,
named by the rule with no hand edit, through both clients against a local server. The other
tests pin the pipeline's steps.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.support.spec import openapi

sys.path.insert(0, str(ROOT / "scripts"))
import api_changes
import normalize_spec

# The venv running these tests: .venv under `make test`, .nox/tests-3-12 (say) under nox.
VENV = Path(sys.prefix)
PKG = "langsmith_control_plane_client"
DOCUMENT = "openapi/upstream/control-plane-openapi.json"
NEWER = "openapi/upstream/control-plane-openapi-next.json"
UNDEFINED_SECURITY = [{"API Key": []}, {"Tenant ID": []}, {"Bearer Auth": []}]


def vendored() -> dict[str, Any]:
    return openapi("control-plane.yaml")


def json_body(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def operation(
    tag: str, operation_id: str, responses: dict[str, Any], **more: Any
) -> dict[str, Any]:
    return {
        "tags": [tag],
        "summary": operation_id.split("_v")[0].replace("_", " ").title(),
        "operationId": operation_id,
        "responses": {
            **responses,
            "422": {"description": "Validation Error", "content": json_body("HTTPValidationError")},
        },
        "security": UNDEFINED_SECURITY,
        **more,
    }


def path_parameter(name: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}]


def upstream_update() -> dict[str, Any]:
    """A newer whole upstream document: everything the listed sources hold (a newer document
    has what the pages published before it show) plus what a newer release might bring."""
    spec = vendored()
    schemas = spec["components"]["schemas"]
    schemas["OAuthProviderResponse"]["properties"]["description"] = {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "title": "Description",
    }
    schemas["Widget"] = {
        "type": "object",
        "title": "Widget",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    }
    schemas["WidgetCreateRequest"] = {
        "type": "object",
        "title": "WidgetCreateRequest",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "color": {"type": "string", "enum": ["red", "blue"], "default": "red"},
        },
    }
    schemas["WidgetPage"] = {
        "type": "object",
        "title": "WidgetPage",
        "required": ["items"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
            "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
    }
    schemas["WidgetLogs"] = {
        "type": "object",
        "title": "WidgetLogs",
        "required": ["logs"],
        "properties": {
            "logs": {"type": "array", "items": {"type": "string"}},
            "next_offset": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
    }
    ok = {"description": "Successful Response", "content": json_body("Widget")}
    query = [
        {"name": name, "in": "query", "required": False, "schema": {"type": "string"}}
        for name in ("cursor", "offset")
    ]
    spec["paths"]["/v2/auth/flows/{auth_id}"] = {
        "get": operation(
            "Auth Service (v2)",
            "get_auth_flow_v2_auth_flows__auth_id__get",
            {
                "200": {
                    "description": "Successful Response",
                    "content": json_body("AuthWaitResponse"),
                }
            },
            parameters=path_parameter("auth_id"),
        )
    }
    spec["paths"]["/v1/widgets"] = {
        "post": operation(
            "Widgets (v1)",
            "create_widget_v1_widgets_post",
            {"201": ok},
            requestBody={"required": True, "content": json_body("WidgetCreateRequest")},
        ),
        "get": operation(
            "Widgets (v1)",
            "list_widgets_v1_widgets_get",
            {"200": {"description": "Successful Response", "content": json_body("WidgetPage")}},
            parameters=query[:1],
        ),
    }
    spec["paths"]["/v1/widgets/{widget_id}/logs"] = {
        "get": operation(
            "Widgets (v1)",
            "list_widget_logs_v1_widgets__widget_id__logs_get",
            {"200": {"description": "Successful Response", "content": json_body("WidgetLogs")}},
            parameters=path_parameter("widget_id") + query[1:],
        )
    }
    spec["paths"]["/v1/widgets/{widget_id}/spin"] = {
        "post": operation(
            "Widgets (v1)",
            "spin_widget_v1_widgets__widget_id__spin_post",
            {"200": ok},
            parameters=path_parameter("widget_id"),
        )
    }
    spec["paths"]["/v1/widgets/{widget_id}"] = {
        "get": operation(
            "Widgets (v1)",
            "get_widget_v1_widgets__widget_id__get",
            {"200": ok},
            parameters=path_parameter("widget_id"),
        ),
        "delete": operation(
            "Widgets (v1)",
            "delete_widget_v1_widgets__widget_id__delete",
            {"204": {"description": "Successful Response"}},
            parameters=path_parameter("widget_id"),
        ),
    }
    return spec


def make(target: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", target, f"VENV={VENV}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, **env},
    )


def copy_of_the_project(tmp_path: Path) -> Path:
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("openapi", "generated", "scripts", "templates", "wrapper"):
        shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("Makefile", "generator-config.yaml", "pyproject.toml", "noxfile.py"):
        shutil.copy2(ROOT / name, work / name)
    # Older than the shared venv's stamp, so make reuses that venv instead of installing this copy.
    os.utime(work / "pyproject.toml", (0, 0))
    return work


# What a user of the regenerated package writes; `mypy --strict` must accept it as it stands.
USER = textwrap.dedent(
    """
    from langsmith_control_plane import AsyncControlPlane, ControlPlane
    from langsmith_control_plane_client.models import AuthWaitResponse, Widget


    def sync_use(cp: ControlPlane) -> tuple[Widget, None, AuthWaitResponse, str | None]:
        created: Widget = cp.widgets.create(name="w", timeout=5)
        cp.widgets.delete(created.id)
        flow: AuthWaitResponse = cp.auth.flows.retrieve("a")
        provider = cp.auth.providers.retrieve("github")
        description = provider.description if isinstance(provider.description, str) else None
        names: list[str] = [widget.name for widget in cp.widgets.list()]
        logs: list[str] = list(cp.widgets.logs.list("w1"))
        spun: Widget = cp.widgets.spin("w1")
        print(names, logs, spun)
        return created, None, flow, description


    async def async_use(acp: AsyncControlPlane) -> Widget:
        names: list[str] = [widget.name async for widget in acp.widgets.list()]
        print(names)
        return await acp.widgets.retrieve("w1", extra_headers={"X-Trace": "1"})
    """
)

# What the regenerated package must do, run in a fresh interpreter that imports the copies.
DRIVE = textwrap.dedent(
    """
    import asyncio, json, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import langsmith_control_plane as lscp

    seen = []
    WIDGET = {"id": "w1", "name": "w"}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def answer(self, status, body=None):
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            seen.append(("GET", self.path, self.headers.get("X-Api-Key")))
            if self.path.startswith("/v1/widgets?") or self.path == "/v1/widgets":
                after = {"/v1/widgets": "b", "/v1/widgets?cursor=b": "c"}.get(self.path)
                first = sum(s[1] == self.path for s in seen) == 1
                if self.path == "/v1/widgets?cursor=b" and first:
                    self.answer(503, {"detail": "busy"})
                else:
                    self.answer(200, {"items": [WIDGET], "next_cursor": after})
            elif self.path.startswith("/v1/widgets/w1/logs"):
                after = {"/v1/widgets/w1/logs": "10", "/v1/widgets/w1/logs?offset=10": "20"}
                self.answer(200, {"logs": [self.path], "next_offset": after.get(self.path)})
            elif self.path == "/v1/widgets/flaky" and sum(s[1] == self.path for s in seen) == 1:
                self.answer(503, {"detail": "busy"})
            elif self.path == "/v1/widgets/missing":
                self.answer(404, {"detail": "Not Found"})
            elif self.path.startswith("/v1/widgets/"):
                self.answer(200, WIDGET)
            else:
                self.answer(200, {"status": "pending", "token": None})

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            seen.append(("POST", self.path, body))
            if self.path == "/v1/widgets/w1/spin":
                return self.answer(200, WIDGET)
            if body["name"] == "lost":  # read, then the connection drops: never sent again
                self.close_connection = True
                self.connection.close()
                return
            self.answer(201, {"id": "w2", "name": body["name"]})

        def do_DELETE(self):
            seen.append(("DELETE", self.path, None))
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    options = dict(api_key="k", workspace_id="w", base_url=url, max_retries=3)

    def outcome(call):
        try:
            value = call()
        except lscp.ControlPlaneError as error:
            return [type(error).__name__, getattr(error, "reached_server", None)]
        return value.to_dict() if hasattr(value, "to_dict") else value

    def scenario(run):
        seen.clear()
        out = {
            "retried_get": run(lambda w: w.retrieve("flaky")),
            "created": run(lambda w: w.create(name="w", color="blue")),
            "lost_post": run(lambda w: w.create(name="lost")),
            "deleted": run(lambda w: w.delete("w1")),
            "missing": run(lambda w: w.retrieve("missing")),
        }
        out["requests"] = [[method, path] for method, path, _ in seen]
        out["bodies"] = [body for method, _, body in seen if method == "POST"]
        return out

    results = {}
    with lscp.ControlPlane(**options) as cp:
        results["sync"] = scenario(lambda call: outcome(lambda: call(cp.widgets)))
        results["flow"] = cp.auth.flows.retrieve("abc").to_dict()
        seen.clear()
        results["pages"] = [w.name for w in cp.widgets.list()] + list(cp.widgets.logs.list("w1"))
        results["page_requests"] = [path for _, path, _ in seen]
        results["spun"] = cp.widgets.spin("w1").to_dict()

    async def main():
        async with lscp.AsyncControlPlane(**options) as acp:
            async def one(call):
                try:
                    value = await call(acp.widgets)
                except lscp.ControlPlaneError as error:
                    return [type(error).__name__, getattr(error, "reached_server", None)]
                return value.to_dict() if hasattr(value, "to_dict") else value
            loop_out = {}
            seen.clear()
            for name, call in [
                ("retried_get", lambda w: w.retrieve("flaky")),
                ("created", lambda w: w.create(name="w", color="blue")),
                ("lost_post", lambda w: w.create(name="lost")),
                ("deleted", lambda w: w.delete("w1")),
                ("missing", lambda w: w.retrieve("missing")),
            ]:
                loop_out[name] = await one(call)
            loop_out["requests"] = [[method, path] for method, path, _ in seen]
            loop_out["bodies"] = [body for method, _, body in seen if method == "POST"]
            seen.clear()
            loop_out["pages"] = [w.name async for w in acp.widgets.list()] + [
                line async for line in acp.widgets.logs.list("w1")
            ]
            loop_out["page_requests"] = [path for _, path, _ in seen]
            return loop_out

    results["async"] = asyncio.run(main())
    server.shutdown()
    print(json.dumps(results))
    """
)

EXPECTED_CALLS = {
    "retried_get": {"id": "w1", "name": "w"},
    "created": {"id": "w2", "name": "w"},
    "lost_post": ["APIConnectionError", True],
    "deleted": None,
    "missing": ["NotFoundError", None],
    "requests": [
        ["GET", "/v1/widgets/flaky"],
        ["GET", "/v1/widgets/flaky"],
        ["POST", "/v1/widgets"],
        ["POST", "/v1/widgets"],
        ["DELETE", "/v1/widgets/w1"],
        ["GET", "/v1/widgets/missing"],
    ],
    "bodies": [{"name": "w", "color": "blue"}, {"name": "lost", "color": "red"}],
}


def copy_mypy_cache(source: Path, target: Path) -> None:
    """A consistent copy of a mypy cache, if there is one: its SQLite files may be written
    meanwhile (other tests run mypy on it), so each is copied through SQLite's backup API."""
    if not source.is_dir():
        return
    target.mkdir()
    for path in sorted(source.rglob("*")):
        copy = target / path.relative_to(source)
        if path.is_dir():
            copy.mkdir(parents=True, exist_ok=True)
        elif path.suffix == ".db":
            with closing(sqlite3.connect(path)) as old, closing(sqlite3.connect(copy)) as new:
                old.backup(new)
        else:
            shutil.copy2(path, copy)


@pytest.mark.slow
def test_a_newer_upstream_document_flows_through_with_no_hand_edit(tmp_path: Path) -> None:
    work = copy_of_the_project(tmp_path)
    # As docs/regeneration.md says: the newer document saved beside the others, listed last.
    (work / NEWER).write_text(json.dumps(upstream_update()), encoding="utf-8")
    with (work / "openapi" / "sources.yaml").open("a", encoding="utf-8") as listing:
        listing.write(f"- as_of: next\n  files:\n    - {Path(NEWER).name}\n")

    generated = make("generate", work)
    assert generated.returncode == 0, generated.stderr
    assert (
        "added    operation get_auth_flow (GET /v2/auth/flows/{auth_id}, cp.auth.flows.retrieve)"
        in generated.stdout
    )
    assert (
        "added    operation create_widget (POST /v1/widgets, cp.widgets.create)" in generated.stdout
    )
    assert "added    OAuthProviderResponse.description (string|null)" in generated.stdout
    api = work / "generated" / PKG / "api"
    assert (api / "auth" / "get_auth_flow.py").is_file()
    assert sorted(p.stem for p in (api / "widgets").glob("*.py")) == [
        "__init__",
        "create_widget",
        "delete_widget",
        "get_widget",
        "list_widget_logs",
        "list_widgets",
        "spin_widget",
    ]
    merged = yaml.safe_load((work / "openapi/control-plane.merged.yaml").read_text())
    for item in merged["paths"].values():
        for each in item.values():
            assert "security" not in each  # all inherit the document's defined schemes
    # Named by the rule, with no hand edit.
    assert {
        f"{method.upper()} {path}": each["x-lscp-name"]
        for path, item in merged["paths"].items()
        for method, each in item.items()
        if "widgets" in path or "flows" in path
    } == {
        "GET /v2/auth/flows/{auth_id}": "auth.flows.retrieve",
        "POST /v1/widgets": "widgets.create",
        "GET /v1/widgets": "widgets.list",
        "GET /v1/widgets/{widget_id}": "widgets.retrieve",
        "DELETE /v1/widgets/{widget_id}": "widgets.delete",
        "GET /v1/widgets/{widget_id}/logs": "widgets.logs.list",
        "POST /v1/widgets/{widget_id}/spin": "widgets.spin",
    }
    assert set(merged["components"]["securitySchemes"]) == {"ApiKey", "TenantId", "BearerAuth"}

    # The wrapper still type-checks against the regenerated client (mypy resolves the copies),
    # and so does a user's file that calls the new methods. With the project's mypy cache, where
    # `make typecheck` left one: mypy checks again whatever changed or moved (the whole client
    # and wrapper, found here under other paths) and reuses only the rest (httpx, attrs, ...).
    copy_mypy_cache(ROOT / ".mypy_cache", work / ".mypy_cache")
    typecheck = make("typecheck", work, MYPYPATH=str(work / "generated"))
    assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr
    (tmp_path / "user.py").write_text(USER, encoding="utf-8")
    path = f"{work / 'generated'}{os.pathsep}{work / 'wrapper'}"
    user = subprocess.run(
        # The project's settings: the generator's own client template is not held to --strict.
        [
            str(VENV / "bin" / "mypy"),
            "--strict",
            "--cache-dir",
            str(work / ".mypy_cache"),
            "--config-file",
            str(work / "pyproject.toml"),
            "user.py",
        ],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": path},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert user.returncode == 0, user.stdout + user.stderr

    run = subprocess.run(
        [str(VENV / "bin" / "python"), "-c", DRIVE],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    pages = out["async"].pop("pages"), out["async"].pop("page_requests")
    assert out["sync"] == EXPECTED_CALLS
    assert out["async"] == EXPECTED_CALLS
    assert out["flow"] == {"status": "pending", "token": None}
    assert out["spun"] == {"id": "w1", "name": "w"}
    # Three cursor pages, the second after a 503; three string-offset pages; each list ends on
    # an answer without a next position, not on an empty page.
    assert out["pages"] == pages[0] == [
        "w", "w", "w",
        "/v1/widgets/w1/logs", "/v1/widgets/w1/logs?offset=10", "/v1/widgets/w1/logs?offset=20",
    ]  # fmt: skip
    assert (
        out["page_requests"]
        == pages[1]
        == [
            "/v1/widgets",
            "/v1/widgets?cursor=b",
            "/v1/widgets?cursor=b",
            "/v1/widgets?cursor=c",
            "/v1/widgets/w1/logs",
            "/v1/widgets/w1/logs?offset=10",
            "/v1/widgets/w1/logs?offset=20",
        ]
    )


def test_normalize_strips_exactly_fastapis_suffix() -> None:
    spec = normalize_spec.strip_operation_ids(vendored())
    ids = [op["operationId"] for item in spec["paths"].values() for op in item.values()]
    assert len(set(ids)) == len(ids) == 56
    assert {"authenticate", "wait_for_auth_completion", "oauth_callback_get"} <= set(ids)
    # An operationId that does not end in its own path's suffix is left alone.
    other = {"paths": {"/a": {"get": {"operationId": "list_things_v2_other_get"}}}}
    normalize_spec.strip_operation_ids(other)
    assert other["paths"]["/a"]["get"]["operationId"] == "list_things_v2_other_get"


def test_an_undefined_security_scheme_fails_generation_saying_why() -> None:
    spec = vendored()  # the upstream operations name "API Key", ... and define nothing
    with pytest.raises(normalize_spec.SpecError) as raised:
        normalize_spec.normalize(spec)
    message = str(raised.value)
    assert "POST /v2/auth/authenticate requires the security scheme 'API Key'" in message
    assert "map it to a defined scheme in openapi/overlay.yaml" in message


def test_two_operations_with_one_function_name_fail_generation(tmp_path: Path) -> None:
    work = copy_of_the_project(tmp_path)
    spec = json.loads((ROOT / DOCUMENT).read_text(encoding="utf-8"))
    clash = copy.deepcopy(spec["paths"]["/v2/auth/wait/{auth_id}"]["get"])
    clash["operationId"] = "wait_for_auth_completion_v2_auth_wait2__auth_id__get"
    spec["paths"]["/v2/auth/wait2/{auth_id}"] = {"get": clash}
    (work / DOCUMENT).write_text(json.dumps(spec), encoding="utf-8")
    before = (work / "generated" / PKG / "__init__.py").read_text()

    result = make("generate", work)

    assert result.returncode != 0
    assert (
        "GET /v2/auth/wait/{auth_id} and GET /v2/auth/wait2/{auth_id} would both generate the "
        "function 'wait_for_auth_completion'" in result.stderr
    )
    assert (work / "generated" / PKG / "__init__.py").read_text() == before  # left as it was


def test_the_change_report_flags_a_renamed_method() -> None:
    old = openapi("control-plane.merged.yaml")
    new = copy.deepcopy(old)
    new["paths"]["/v2/listeners"]["get"]["x-lscp-name"] = "listeners.all"
    assert api_changes.diff(old, new) == [
        ("BREAKING", "operation list_listeners renamed cp.listeners.list -> cp.listeners.all")
    ]


def test_the_change_report_flags_breaking_changes() -> None:
    old = vendored()
    new = copy.deepcopy(old)
    schemas = new["components"]["schemas"]
    schemas["AuthWaitStatus"]["enum"].remove("not_found")
    del schemas["AuthWaitResponse"]["properties"]["token"]
    schemas["AuthAuthenticateRequest"]["properties"]["scopes"] = {"type": "string"}
    schemas["AuthAuthenticateRequest"]["properties"]["tenant"] = {"type": "string"}
    schemas["AuthAuthenticateRequest"]["required"].append("tenant")
    del new["paths"]["/v2/auth/authenticate"]
    changes = sorted(
        api_changes.diff(
            normalize_spec.strip_operation_ids(old), normalize_spec.strip_operation_ids(new)
        )
    )
    assert changes == [
        ("BREAKING", "AuthAuthenticateRequest.scopes retyped array[string] -> string"),
        ("BREAKING", "AuthAuthenticateRequest.tenant (string, required)"),
        ("BREAKING", "AuthWaitResponse.token removed"),
        ("BREAKING", "AuthWaitStatus: enum value 'not_found' removed"),
        ("BREAKING", "operation authenticate (POST /v2/auth/authenticate) removed"),
    ]
    assert api_changes.report([]) == "API surface unchanged."


def test_two_operations_with_one_method_name_fail_saying_where_to_name_one() -> None:
    spec = openapi("control-plane.merged.yaml")
    # A second collection GET under /v2/listeners: the rule would call it listeners.list too.
    twin = copy.deepcopy(spec["paths"]["/v2/listeners"]["get"])
    twin["operationId"] = "list_listeners_again"
    spec["paths"]["/v2/listeners/"] = {"get": twin}
    problems = normalize_spec.name_methods(spec)
    assert problems == [
        "GET /v2/listeners and GET /v2/listeners/ would both be cp.listeners.list: give one of "
        "them its own name in METHOD_NAMES (scripts/normalize_spec.py)"
    ]


def test_the_rule_names_methods_as_stainless_sdks_do() -> None:
    spec = openapi("control-plane.merged.yaml")
    named = {
        f"{method.upper()} {path}": operation["x-lscp-name"]
        for path, method, operation in normalize_spec.operations(spec)
    }
    assert normalize_spec.name_methods(spec) == []
    for path, method, operation in normalize_spec.operations(spec):
        assert operation["x-lscp-name"] == named[f"{method.upper()} {path}"]  # stable
    assert named["POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy"] == (
        "deployments.revisions.redeploy"
    )
    assert named["DELETE /v2/deployments"] == "deployments.delete_many"
    assert named["POST /v2/auth/providers/mcp-discover"] == "auth.providers.mcp_discover"
    assert named["GET /v2/auth/wait/{auth_id}"] == "auth.wait_for_completion"  # METHOD_NAMES


def test_a_newer_path_below_an_action_renames_nothing_and_asks_for_a_name() -> None:
    spec = openapi("control-plane.merged.yaml")
    beside = copy.deepcopy(spec["paths"]["/v2/auth/authenticate"]["post"])
    beside["operationId"] = "refresh_token_check"
    spec["paths"]["/v2/auth/tokens/exists/refresh"] = {"post": beside}
    problems = normalize_spec.name_methods(spec)
    assert spec["paths"]["/v2/auth/tokens/exists"]["get"]["x-lscp-name"] == "auth.tokens.exists"
    assert problems == [
        "GET /v2/auth/tokens/exists would be cp.auth.tokens.exists, which is also the resource "
        "of POST /v2/auth/tokens/exists/refresh: give one of them its own name in METHOD_NAMES "
        "(scripts/normalize_spec.py)"
    ]


def test_tags_that_differ_only_by_version_get_distinct_resources_the_newest_the_plain_name() -> (
    None
):
    names = normalize_spec.resource_names(
        ["Integrations (v2)", "Integrations (v10)", "Integrations (v1)", "Auth Service (v2)"]
    )
    assert names == {
        "Integrations (v10)": "integrations",  # by number, not by text
        "Integrations (v2)": "integrations_v2",
        "Integrations (v1)": "integrations_v1",
        "Auth Service (v2)": "auth",
    }
    assert normalize_spec.resource_names(["Listeners (v2)"]) == {"Listeners (v2)": "listeners"}


@pytest.mark.parametrize(
    "tags",
    [
        ["Widgets", "Widgets (v1)"],
        ["Widgets (v1)", "widgets (v1)"],
        ["Widget Things (v1)", "Widget-Things (v1)"],
    ],
)
def test_tags_versions_cannot_tell_apart_fail_generation_saying_what_to_change(
    tags: list[str],
) -> None:
    with pytest.raises(normalize_spec.SpecError) as raised:
        normalize_spec.resource_names(tags)
    assert "give one of them its own name in RESOURCE_NAMES" in str(raised.value)


def test_the_change_report_shows_a_resource_renamed_and_enum_values_inside_fields() -> None:
    old = openapi("control-plane.merged.yaml")
    new = copy.deepcopy(old)
    for item in new["paths"].values():
        for each in item.values():
            if each["tags"][0] == "listeners":
                each["tags"][0] = "listeners_v2"
    status = new["components"]["schemas"]["Deployment"]["properties"]["status"]
    status["enum"] = [*status["enum"][1:], "PAUSED"]
    changes = [
        c for c in api_changes.diff(old, new) if "list_listeners" in c[1] or "Deploy" in c[1]
    ]
    assert sorted(changes) == [
        ("BREAKING", "Deployment.status: enum value 'AWAITING_DATABASE' removed"),
        ("BREAKING", "operation list_listeners moved cp.listeners -> cp.listeners_v2"),
        ("REVIEW", "Deployment.status: enum value 'PAUSED' added"),
    ]


def test_a_field_named_like_a_secret_that_secrets_jinja_does_not_list_stops_generation() -> None:
    spec = openapi("control-plane.merged.yaml")
    listed = normalize_spec.listed_secrets((ROOT / "templates" / "secrets.jinja").read_text())
    assert normalize_spec.unlisted_secrets(spec, listed) == []  # today's document is covered
    fields = spec["components"]["schemas"]["OAuthTokenImportRequest"]["properties"]
    fields["webhook_secret"] = {"type": "string"}
    spec["paths"]["/v2/deployments"]["get"]["parameters"].append(
        {"name": "api_key", "in": "query", "schema": {"type": "string"}}
    )
    assert normalize_spec.unlisted_secrets(spec, listed) == [
        "GET /v2/deployments (query) is named like a secret: list 'api_key' in "
        "templates/secrets.jinja (masked at every exit), or say in NOT_SECRETS "
        "(scripts/normalize_spec.py) why it holds none",
        "OAuthTokenImportRequest.webhook_secret is named like a secret: list 'webhook_secret' "
        "in templates/secrets.jinja (masked at every exit), or say in NOT_SECRETS "
        "(scripts/normalize_spec.py) why it holds none",
    ]
    assert normalize_spec.unlisted_secrets(spec, listed | {"api_key", "webhook_secret"}) == []
