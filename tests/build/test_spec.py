"""The vendored spec, the overlay, and what the generator made of them."""

from __future__ import annotations

import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT

OPERATION = ("paths", "/v2/auth/wait/{auth_id}", "get")
UPSTREAM = ROOT / "openapi" / "upstream"
PAGES = ("authenticate.md", "wait-for-auth-completion.md")


def page_block(page: Path) -> bytes:
    """The YAML block of a published page, as the page holds it."""
    match = re.search(rb"^````yaml[^\n]*\n(.*?\n)````", page.read_bytes(), re.S | re.M)
    assert match, f"no yaml block in {page.name}"
    return match.group(1)


def seed_pages() -> Path | None:
    """The published pages as fetched (beside the repo as ../shared in CI)."""
    seed = ROOT.parent / "shared" / "seed"
    return seed if all((seed / name).is_file() for name in PAGES) else None


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / name).read_text(encoding="utf-8"))


def operation(doc: dict[str, Any]) -> dict[str, Any]:
    node: Any = doc
    for key in OPERATION:
        node = node[key]
    return node


def copy_script_and_pages(root: Path) -> Path:
    """Copy scripts/ and the pages to `root`; return the copied vendor script."""
    shutil.copytree(UPSTREAM, root / "openapi" / "upstream")
    shutil.copytree(ROOT / "scripts", root / "scripts")
    return root / "scripts" / "vendor_spec.py"


def run(script: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )


def test_upstream_holds_exactly_the_published_pages() -> None:
    assert sorted(page.name for page in UPSTREAM.iterdir()) == list(PAGES)


@pytest.mark.skipif(seed_pages() is None, reason="the seed pages are not beside this checkout")
def test_vendored_pages_are_the_seed_pages_byte_for_byte() -> None:
    seed = seed_pages()
    assert seed is not None
    for name in PAGES:
        assert (UPSTREAM / name).read_bytes() == (seed / name).read_bytes(), name


@pytest.mark.parametrize("name", PAGES)
def test_each_pages_operation_and_schemas_appear_unchanged(name: str) -> None:
    page = yaml.safe_load(page_block(UPSTREAM / name))
    vendored = load("control-plane.yaml")
    for path, item in page["paths"].items():
        for method, op in item.items():
            assert vendored["paths"][path][method] == op, f"{method} {path}"
    for schema, definition in page["components"]["schemas"].items():
        assert vendored["components"]["schemas"][schema] == definition, schema
    for key in page.keys() - {"paths", "components"}:
        assert vendored[key] == page[key], key


def test_the_vendored_spec_holds_the_union_and_nothing_else() -> None:
    vendored = load("control-plane.yaml")
    pages = [yaml.safe_load(page_block(UPSTREAM / name)) for name in PAGES]
    assert list(vendored) == ["openapi", "info", "servers", "security", "paths", "components"]
    assert list(vendored["paths"]) == sorted(path for page in pages for path in page["paths"])
    assert list(vendored["components"]) == ["schemas"]
    schemas = {schema for page in pages for schema in page["components"]["schemas"]}
    assert list(vendored["components"]["schemas"]) == sorted(schemas)


def test_running_the_script_reproduces_the_committed_file(tmp_path: Path) -> None:
    result = run(copy_script_and_pages(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "wrote openapi/control-plane.yaml\n"
    written = (tmp_path / "openapi" / "control-plane.yaml").read_bytes()
    assert written == (ROOT / "openapi" / "control-plane.yaml").read_bytes()


def test_a_schema_two_pages_define_differently_stops_the_script(tmp_path: Path) -> None:
    script = copy_script_and_pages(tmp_path)
    page = tmp_path / "openapi" / "upstream" / "authenticate.md"
    text = page.read_text(encoding="utf-8")
    changed = text.replace("          title: Error Type\n", "          title: Kind\n")
    assert changed != text
    page.write_text(changed, encoding="utf-8")

    result = run(script)
    assert result.returncode == 1
    assert result.stderr == (
        "vendor_spec: components schemas ValidationError: "
        "authenticate.md and wait-for-auth-completion.md define it differently\n"
    )
    assert not (tmp_path / "openapi" / "control-plane.yaml").exists()


def test_the_published_spec_needs_the_overlay() -> None:
    # Why the overlay exists: the upstream operation requires schemes it never defines.
    published = load("control-plane.yaml")
    required = {name for requirement in operation(published)["security"] for name in requirement}
    assert required == {"API Key", "Tenant ID", "Bearer Auth"}
    assert "securitySchemes" not in published["components"]
    assert published["servers"] == []


def operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in doc["paths"].values() for op in item.values()]


def test_merged_spec_validates_and_carries_the_fixes() -> None:
    merged = load("control-plane.merged.yaml")
    validate(merged)
    assert sorted(op["operationId"] for op in operations(merged)) == [
        "authenticate",
        "wait_for_auth_completion",
    ]
    assert all("security" not in op for op in operations(merged))  # the document's applies
    assert merged["security"] == [{"ApiKey": [], "TenantId": []}, {"BearerAuth": []}]
    schemes = merged["components"]["securitySchemes"]
    wire = {
        name: (s["type"], s.get("in"), s.get("name"), s.get("scheme"))
        for name, s in schemes.items()
    }
    assert wire == {
        "ApiKey": ("apiKey", "header", "X-Api-Key", None),
        "TenantId": ("apiKey", "header", "X-Tenant-Id", None),
        "BearerAuth": ("http", None, None, "bearer"),
    }
    assert [s["url"] for s in merged["servers"]] == [
        "https://api.host.langchain.com",
        "https://eu.api.host.langchain.com",
    ]


def test_merged_spec_changes_nothing_but_the_overlay_targets() -> None:
    original, merged = load("control-plane.yaml"), load("control-plane.merged.yaml")
    for doc in (original, merged):
        for key in ("servers", "security"):
            doc.pop(key, None)
        doc["components"].pop("securitySchemes", None)
        for op in operations(doc):
            op.pop("security", None)
            op.pop("operationId")
    assert merged == original


def test_generated_module_has_the_human_operation_name() -> None:
    from langsmith_control_plane_client.api.auth_service_v_2 import wait_for_auth_completion

    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        function = getattr(wait_for_auth_completion, name)
        assert list(inspect.signature(function).parameters) == ["auth_id", "client", "timeout"]
    # Security is required by the merged spec, so the generator asks for an authenticated client.
    annotation = inspect.signature(wait_for_auth_completion.sync).parameters["client"].annotation
    assert "AuthenticatedClient" in str(annotation)
