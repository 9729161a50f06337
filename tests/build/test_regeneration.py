"""The promise: a newer upstream document plus `make generate`, and nothing else, reaches users.

The end-to-end test copies the generation inputs and the wrapper into a temporary folder, drops a
synthetic upstream update over `openapi/control-plane.yaml` (a new operation with FastAPI's
operationId and the undefined security names, a new wait status, a new response field), runs the
real `make generate` and `make typecheck` there, and drives the regenerated package against a
local server. The other tests pin the pipeline's own steps.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import api_changes
import normalize_spec

# The venv running these tests: .venv under `make test`, .nox/tests-3-12 (say) under nox.
VENV = Path(sys.prefix)
PKG = "langsmith_control_plane_client"
UNDEFINED_SECURITY = [{"API Key": []}, {"Tenant ID": []}, {"Bearer Auth": []}]


def vendored() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi/control-plane.yaml").read_text())
    return spec


def upstream_update() -> dict[str, Any]:
    """The vendored document plus what a newer upstream release might bring."""
    spec = vendored()
    schemas = spec["components"]["schemas"]
    schemas["AuthWaitStatus"]["enum"].append("failed")
    schemas["AuthWaitResponse"]["properties"]["provider"] = {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "title": "Provider",
    }
    spec["paths"]["/v2/auth/flows/{auth_id}"] = {
        "get": {
            "tags": ["Auth Service (v2)"],
            "summary": "Get Auth Flow",
            "operationId": "get_auth_flow_v2_auth_flows__auth_id__get",
            "parameters": [
                {"name": "auth_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "Successful Response",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/AuthWaitResponse"}
                        }
                    },
                }
            },
            "security": UNDEFINED_SECURITY,
        }
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


# What the regenerated package must do, run in a fresh interpreter that imports the copies.
DRIVE = textwrap.dedent(
    """
    import json, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import langsmith_control_plane as lscp
    from langsmith_control_plane_client.api.auth_service_v_2 import get_auth_flow

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append((self.path, self.headers.get("X-Api-Key"), self.headers.get("X-Tenant-Id")))
            if "/wait/failing" in self.path:
                body = {"status": "failed", "token": None}
            else:
                body = {"status": "completed", "token": "s3cr3t", "provider": "github"}
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    out = {}
    with lscp.ControlPlane(api_key="k", workspace_id="w", base_url=url) as cp:
        try:
            cp.auth.wait("failing", timeout=30)
        except lscp.UnexpectedAuthStatusError as error:
            out["new_status"] = [error.status, error.auth_id, len(seen)]
        result = cp.auth.wait("done", timeout=30)
        out["new_field"] = result.response.provider
        out["repr_hides_token"] = "s3cr3t" not in repr(result)
        flow = get_auth_flow.sync("abc", client=cp.generated_client)
        out["new_operation"] = [flow.status.value, seen[-1]]
        timeout = cp.generated_client.get_httpx_client().timeout
        out["finite_timeouts"] = [timeout.connect, timeout.read]
    server.shutdown()
    print(json.dumps(out))
    """
)


def test_a_newer_upstream_document_flows_through_with_no_hand_edit(tmp_path: Path) -> None:
    work = copy_of_the_project(tmp_path)
    (work / "openapi/control-plane.yaml").write_text(yaml.safe_dump(upstream_update()))

    generated = make("generate", work)
    assert generated.returncode == 0, generated.stderr
    assert "added    operation get_auth_flow (GET /v2/auth/flows/{auth_id})" in generated.stdout
    assert "REVIEW   AuthWaitStatus: enum value 'failed' added" in generated.stdout
    assert "added    AuthWaitResponse.provider (string|null)" in generated.stdout
    api = work / "generated" / PKG / "api" / "auth_service_v_2"
    assert sorted(p.stem for p in api.glob("*.py") if p.stem != "__init__") == [
        "authenticate",
        "get_auth_flow",
        "wait_for_auth_completion",
    ]
    merged = yaml.safe_load((work / "openapi/control-plane.merged.yaml").read_text())
    for item in merged["paths"].values():
        for operation in item.values():
            assert "security" not in operation  # all inherit the document's defined schemes
    assert set(merged["components"]["securitySchemes"]) >= {"ApiKey", "TenantId", "BearerAuth"}

    # The wrapper still type-checks against the regenerated client (mypy resolves the copies).
    typecheck = make("typecheck", work, MYPYPATH=str(work / "generated"))
    assert typecheck.returncode == 0, typecheck.stdout + typecheck.stderr

    env = {**os.environ, "PYTHONPATH": f"{work / 'generated'}{os.pathsep}{work / 'wrapper'}"}
    run = subprocess.run(
        [str(VENV / "bin" / "python"), "-c", DRIVE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    out = json.loads(run.stdout)
    assert out["new_status"] == ["failed", "failing", 1]  # at once: one request, no polling
    assert out["new_field"] == "github"
    assert out["repr_hides_token"] is True
    assert out["new_operation"] == ["completed", ["/v2/auth/flows/abc", "k", "w"]]
    assert out["finite_timeouts"] == [10.0, 65.0]


def test_normalize_strips_exactly_fastapis_suffix() -> None:
    spec = normalize_spec.strip_operation_ids(vendored())
    ids = sorted(op["operationId"] for item in spec["paths"].values() for op in item.values())
    assert ids == ["authenticate", "wait_for_auth_completion"]
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
    spec = vendored()
    clash = copy.deepcopy(spec["paths"]["/v2/auth/wait/{auth_id}"]["get"])
    clash["operationId"] = "wait_for_auth_completion_v2_auth_wait2__auth_id__get"
    spec["paths"]["/v2/auth/wait2/{auth_id}"] = {"get": clash}
    (work / "openapi/control-plane.yaml").write_text(yaml.safe_dump(spec))
    before = (work / "generated" / PKG / "__init__.py").read_text()

    result = make("generate", work)

    assert result.returncode != 0
    assert (
        "GET /v2/auth/wait/{auth_id} and GET /v2/auth/wait2/{auth_id} would both generate the "
        "function 'wait_for_auth_completion'" in result.stderr
    )
    assert (work / "generated" / PKG / "__init__.py").read_text() == before  # left as it was


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
