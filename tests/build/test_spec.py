"""The vendored spec, the overlay, and what the generator made of them."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.conftest import ROOT
from tests.support.spec import openapi

OPERATION = ("paths", "/v2/auth/wait/{auth_id}", "get")
UPSTREAM = ROOT / "openapi" / "upstream"
DOCUMENT = "control-plane-openapi.json"
PAGES = ("authenticate.md", "wait-for-auth-completion.md")
SOURCES = (DOCUMENT, *PAGES)

sys.path.insert(0, str(ROOT / "scripts"))
import vendor_spec  # noqa: E402 - the scripts are not a package


def seed() -> Path | None:
    """The upstream sources as fetched (beside the repo as ../shared in CI)."""
    folder = ROOT.parent / "shared" / "seed"
    return folder if all((folder / name).is_file() for name in SOURCES) else None


def load(name: str) -> dict[str, Any]:
    return openapi(name)


def operation(doc: dict[str, Any]) -> dict[str, Any]:
    node: Any = doc
    for key in OPERATION:
        node = node[key]
    return node


def items(document: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    """Every operation and schema of a document, by (kind, name)."""
    found: dict[tuple[str, ...], Any] = {}
    for path, item in document["paths"].items():
        for method, op in item.items():
            found[("operation", f"{method.upper()} {path}")] = op
    for name, schema in document["components"]["schemas"].items():
        found[("schema", name)] = schema
    return found


def copy_script_and_sources(root: Path) -> Path:
    """Copy scripts/, the upstream sources and their listing to `root`; return the script."""
    shutil.copytree(UPSTREAM, root / "openapi" / "upstream")
    shutil.copy2(ROOT / "openapi" / "sources.yaml", root / "openapi" / "sources.yaml")
    shutil.copytree(ROOT / "scripts", root / "scripts")
    return root / "scripts" / "vendor_spec.py"


def run(script: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )


def test_upstream_holds_exactly_the_listed_sources() -> None:
    assert sorted(path.name for path in UPSTREAM.iterdir()) == sorted(SOURCES)


@pytest.mark.skipif(seed() is None, reason="the seed sources are not beside this checkout")
def test_vendored_sources_are_the_seed_byte_for_byte() -> None:
    folder = seed()
    assert folder is not None
    for name in SOURCES:
        assert (UPSTREAM / name).read_bytes() == (folder / name).read_bytes(), name


def test_every_item_of_every_source_is_in_the_result_unchanged_or_replaced_by_a_newer() -> None:
    vendored = items(load("control-plane.yaml"))
    provenance = load("control-plane.sources.yaml")
    record = {("operation", k): v for k, v in provenance["operations"].items()}
    record |= {("schema", k): v for k, v in provenance["schemas"].items()}
    listing = load("sources.yaml")
    rank = {name: index for index, entry in enumerate(listing) for name in entry["files"]}
    seen: set[tuple[str, ...]] = set()
    for name in SOURCES:
        for key, value in items(vendor_spec.source_document(UPSTREAM / name)).items():
            seen.add(key)
            source = record[key]["from"]
            if rank[source] == rank[name]:  # this source, or one of its entry, which agrees
                assert vendored[key] == value, key
            else:  # replaced, by a source listed as newer, which the record names
                assert rank[source] > rank[name], key
                assert name in record[key]["replaces"], key
    assert set(vendored) == seen == set(record)
    # The two pages are newer than the document for their two operations.
    assert record[("operation", "POST /v2/auth/authenticate")] == {
        "from": "authenticate.md",
        "replaces": [DOCUMENT],
    }
    assert "check_only" in vendored[("schema", "AuthAuthenticateRequest")]["properties"]


def test_the_result_has_every_operation_of_the_whole_document() -> None:
    vendored = load("control-plane.yaml")
    operations = [op for item in vendored["paths"].values() for op in item.values()]
    assert len(operations) == 39
    assert {op["tags"][0] for op in operations} == {
        "Auth Service (v2)",
        "Agent Connections (v2)",
        "Deployments (v2)",
        "Listeners (v2)",
        "Integrations (v1)",
    }


def test_running_the_script_reproduces_the_committed_files(tmp_path: Path) -> None:
    result = run(copy_script_and_sources(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "wrote openapi/control-plane.yaml and openapi/control-plane.sources.yaml\n"
    )
    for name in ("control-plane.yaml", "control-plane.sources.yaml"):
        written = (tmp_path / "openapi" / name).read_bytes()
        assert written == (ROOT / "openapi" / name).read_bytes(), name


def test_a_schema_two_sources_of_one_entry_define_differently_stops_the_script(
    tmp_path: Path,
) -> None:
    script = copy_script_and_sources(tmp_path)
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


def test_a_source_the_listing_does_not_name_stops_the_script(tmp_path: Path) -> None:
    script = copy_script_and_sources(tmp_path)
    (tmp_path / "openapi" / "upstream" / "newer.json").write_text("{}", encoding="utf-8")
    result = run(script)
    assert result.returncode == 1
    assert result.stderr == (
        "vendor_spec: newer.json is in upstream/ but not in sources.yaml: add it, below the "
        "sources it is newer than\n"
    )


def test_the_published_spec_needs_the_overlay() -> None:
    # Why the overlay exists: the upstream operation requires schemes it never defines.
    published = load("control-plane.yaml")
    required = {name for requirement in operation(published)["security"] for name in requirement}
    assert required == {"API Key", "Tenant ID", "Bearer Auth"}
    # The one scheme it defines has a name no validator accepts, and nothing uses it.
    assert list(published["components"]["securitySchemes"]) == ["LangSmith API Key"]
    assert published["servers"] == []


def operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in doc["paths"].values() for op in item.values()]


def test_merged_spec_validates_and_carries_the_fixes() -> None:
    merged = load("control-plane.merged.yaml")
    validate(merged)
    ids = [op["operationId"] for op in operations(merged)]
    assert len(ids) == len(set(ids)) == 39
    assert {"authenticate", "wait_for_auth_completion", "list_deployments"} <= set(ids)
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


def test_merged_spec_changes_nothing_but_the_overlay_and_normalizer_targets() -> None:
    original, merged = load("control-plane.yaml"), load("control-plane.merged.yaml")
    # The normalizer's: each operation's resource name goes first among its tags, and the two
    # schemas FastAPI titled alike are titled by their keys.
    resources = {op["tags"][0] for op in operations(merged)}
    assert resources == {"auth", "agent_connections", "deployments", "listeners", "integrations"}
    for op in operations(merged):
        op["tags"] = op["tags"][1:]
        op.pop("x-lscp-name")  # the method's name (`normalize_spec.method_name`)
    schemas = merged["components"]["schemas"]
    for name in ("ResourceSpec-Input", "ResourceSpec-Output"):
        assert schemas[name]["title"] == name
        schemas[name]["title"] = "ResourceSpec"
    for doc in (original, merged):
        for key in ("servers", "security"):
            doc.pop(key, None)
        doc["components"].pop("securitySchemes", None)
        for op in operations(doc):
            op.pop("security", None)
            op.pop("operationId")
    assert merged == original


def test_generated_module_has_the_human_operation_name() -> None:
    from langsmith_control_plane_client.api.auth import wait_for_auth_completion

    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        function = getattr(wait_for_auth_completion, name)
        assert list(inspect.signature(function).parameters) == ["auth_id", "client", "timeout"]
    # Security is required by the merged spec, so the generator asks for an authenticated client.
    annotation = inspect.signature(wait_for_auth_completion.sync).parameters["client"].annotation
    assert "AuthenticatedClient" in str(annotation)
