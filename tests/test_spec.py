"""The vendored spec, the overlay, and what the generator made of them."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT

OPERATION = ("paths", "/v2/auth/wait/{auth_id}", "get")


def seed_page() -> Path | None:
    """The published page the spec was vendored from (beside the repo as ../shared in CI)."""
    page = ROOT.parent / "shared" / "seed" / "wait-for-auth-completion.md"
    return page if page.is_file() else None


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / name).read_text(encoding="utf-8"))


def operation(doc: dict[str, Any]) -> dict[str, Any]:
    node: Any = doc
    for key in OPERATION:
        node = node[key]
    return node


@pytest.mark.skipif(seed_page() is None, reason="the seed page is not beside this checkout")
def test_vendored_spec_is_the_seed_yaml_block_byte_for_byte() -> None:
    page = seed_page()
    assert page is not None
    match = re.search(rb"^````yaml[^\n]*\n(.*?\n)````", page.read_bytes(), re.S | re.M)
    assert match, "no yaml block in the seed page"
    assert (ROOT / "openapi" / "control-plane.yaml").read_bytes() == match.group(1)


def test_the_published_spec_needs_the_overlay() -> None:
    # Why the overlay exists: the upstream operation requires schemes it never defines.
    published = load("control-plane.yaml")
    required = {name for requirement in operation(published)["security"] for name in requirement}
    assert required == {"API Key", "Tenant ID", "Bearer Auth"}
    assert "securitySchemes" not in published["components"]
    assert published["servers"] == []


def test_merged_spec_validates_and_carries_the_fixes() -> None:
    merged = load("control-plane.merged.yaml")
    validate(merged)
    op = operation(merged)
    assert op["operationId"] == "wait_for_auth_completion"
    assert op["security"] == [{"ApiKey": [], "TenantId": []}, {"BearerAuth": []}]
    assert merged["components"]["securitySchemes"] == {
        "ApiKey": {
            "type": "apiKey",
            "in": "header",
            "name": "X-Api-Key",
            "description": "A LangSmith API key.",
        },
        "TenantId": {
            "type": "apiKey",
            "in": "header",
            "name": "X-Tenant-Id",
            "description": "The LangSmith workspace ID (optional for workspace-scoped keys).",
        },
        "BearerAuth": {
            "type": "http",
            "scheme": "bearer",
            "description": "A bearer token, instead of the API key and tenant ID.",
        },
    }
    assert [s["url"] for s in merged["servers"]] == [
        "https://api.host.langchain.com",
        "https://eu.api.host.langchain.com",
    ]


def test_merged_spec_changes_nothing_but_the_overlay_targets() -> None:
    original, merged = load("control-plane.yaml"), load("control-plane.merged.yaml")
    for doc in (original, merged):
        del doc["servers"]
        doc["components"].pop("securitySchemes", None)
        operation(doc).pop("security")
        operation(doc).pop("operationId")
    assert merged == original


def test_generated_module_has_the_human_operation_name() -> None:
    from langsmith_control_plane_client.api.auth_service_v_2 import wait_for_auth_completion

    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        function = getattr(wait_for_auth_completion, name)
        assert list(inspect.signature(function).parameters) == ["auth_id", "client", "timeout"]
    # Security is required by the merged spec, so the generator asks for an authenticated client.
    annotation = inspect.signature(wait_for_auth_completion.sync).parameters["client"].annotation
    assert "AuthenticatedClient" in str(annotation)
