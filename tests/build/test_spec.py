"""The vendored spec, the overlay, and what the generator made of them."""

from __future__ import annotations

import copy
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
# Every source, by its path under openapi/upstream/: the seed's whole document and two pages,
# and the pages of ../shared/seed/upstream-pages/ but its three Sandboxes (v2) ones.
SOURCES = tuple(
    sorted(path.relative_to(UPSTREAM).as_posix() for path in UPSTREAM.rglob("*") if path.is_file())
)
SEED_ROOT = (DOCUMENT, "authenticate.md", "wait-for-auth-completion.md")

sys.path.insert(0, str(ROOT / "scripts"))
import vendor_spec  # noqa: E402 - the scripts are not a package


def seed() -> Path | None:
    """The upstream sources as fetched (beside the repo as ../shared in CI)."""
    folder = ROOT.parent / "shared" / "seed"
    return folder if all((folder / name).is_file() for name in SEED_ROOT) else None


def seed_source(folder: Path, name: str) -> Path:
    """Where a vendored source is in the seed: at its top, or under upstream-pages/."""
    return folder / name if name in SEED_ROOT else folder / "upstream-pages" / name


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
    for name, schema in document.get("components", {}).get("schemas", {}).items():
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
    listed = [name for entry in load("sources.yaml") for name in entry["files"]]
    assert sorted(listed) == list(SOURCES)
    assert len(SOURCES) == 3 + 42
    assert not [name for name in SOURCES if "sandboxes" in name]


@pytest.mark.skipif(seed() is None, reason="the seed sources are not beside this checkout")
def test_vendored_sources_are_the_seed_byte_for_byte() -> None:
    folder = seed()
    assert folder is not None
    for name in SOURCES:
        assert (UPSTREAM / name).read_bytes() == seed_source(folder, name).read_bytes(), name
    pages = folder / "upstream-pages"
    published = {p.relative_to(pages).as_posix() for p in pages.rglob("*.md")}
    assert published - set(SOURCES) == {
        "older-format/sandboxes-v2/list-all-sandbox-pools.md",
        "older-format/sandboxes-v2/list-all-sandboxes.md",
        "older-format/sandboxes-v2/list-all-volumes.md",
    }


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
            else:  # replaced, by a source listed as newer; the record names it or one of its
                assert rank[source] > rank[name], key  # entry, which agrees with it
                assert rank[name] in {rank[older] for older in record[key]["replaces"]}, key
    assert set(vendored) == seen == set(record)
    # The two pages are newer than the document for their two operations.
    assert record[("operation", "POST /v2/auth/authenticate")] == {
        "from": "authenticate.md",
        "replaces": [DOCUMENT],
    }
    assert "check_only" in vendored[("schema", "AuthAuthenticateRequest")]["properties"]
    # The newest pages win over the older pages and the document, and their one intended loss
    # (ResourceSpec's retired executor_* and orchestrator_* fields) is on the record.
    spec = record[("schema", "ResourceSpec-Output")]
    assert spec["from"] == "deployments-v2/create-deployment.md"
    assert spec["replaces"] == [DOCUMENT]
    assert len(spec["removes"]) == 10
    assert "schema ResourceSpec-Output: field executor_cpu" in spec["removes"]
    assert record[("schema", "OAuthProviderResponse")] == {
        "from": "auth-service-v2/list-platform-oauth-providers.md",
        "replaces": [DOCUMENT, "older-format/auth-service-v2/create-oauth-provider.md"],
    }


def test_the_result_has_every_operation_of_the_document_and_the_newer_pages() -> None:
    vendored = load("control-plane.yaml")
    operations = [op for item in vendored["paths"].values() for op in item.values()]
    assert len(operations) == 39 + 17
    assert {op["tags"][0] for op in operations} == {
        "Auth Service (v2)",
        "Agent Connections (v2)",
        "Deployments (v2)",
        "Listeners (v2)",
        "Integrations (v1)",
        "Integrations (v2)",
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
        "authenticate.md and older-format/agent-connections-v2/list-connections.md define it "
        "differently\n"
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
    assert len(ids) == len(set(ids)) == 56
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
    resources = {op["tags"][1]: op["tags"][0] for op in operations(merged)}
    assert resources == {
        "Auth Service (v2)": "auth",
        "Agent Connections (v2)": "agent_connections",
        "Deployments (v2)": "deployments",
        "Listeners (v2)": "listeners",
        "Integrations (v2)": "integrations",  # the newest version keeps the name
        "Integrations (v1)": "integrations_v1",
    }
    for op in operations(merged):
        op["tags"] = op["tags"][1:]
        op.pop("x-lscp-name")  # the method's name (`normalize_spec.method_name`)
    schemas = merged["components"]["schemas"]
    for name in ("ResourceSpec-Input", "ResourceSpec-Output"):
        assert schemas[name]["title"] == name
        schemas[name]["title"] = "ResourceSpec"
    # Three schemas' inline `authorization_params` objects shared a title (so one model name).
    for name in ("OAuthProviderCreateRequest", "OAuthProviderResponse"):
        field = schemas[name]["properties"]["authorization_params"]
        assert field["title"] == f"{name} Authorization Params"
        field["title"] = "Authorization Params"
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


def test_a_newer_source_that_loses_what_the_older_had_stops_the_script_naming_both(
    tmp_path: Path,
) -> None:
    # The listing records ResourceSpec's retired fields as intended; without that record the
    # newest pages' loss of them stops the script.
    script = copy_script_and_sources(tmp_path)
    listing = tmp_path / "openapi" / "sources.yaml"
    text = listing.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines(keepends=True) if "ResourceSpec-" not in line]
    listing.write_text("".join(kept).replace("  removes:\n", ""), encoding="utf-8")

    result = run(script)

    assert result.returncode == 1
    lost = [
        f"schema ResourceSpec-Input: field {field}"
        for field in (
            "executor_cpu",
            "executor_cpu_limit",
            "executor_memory_limit_mb",
            "executor_memory_mb",
            "orchestrator_cpu",
            "orchestrator_cpu_limit",
            "orchestrator_max_scale",
            "orchestrator_memory_limit_mb",
            "orchestrator_memory_mb",
            "orchestrator_min_scale",
        )
    ]
    assert result.stderr == (
        "vendor_spec: deployments-v2/create-deployment.md replaces schema ResourceSpec-Input of "
        f"control-plane-openapi.json but lacks what it has: {'; '.join(lost)}. If the newer "
        "source is right, list each under `removes:` in its entry of sources.yaml; if not, list "
        "the sources in their true order\n"
    )
    assert not (tmp_path / "openapi" / "control-plane.yaml").exists()


def older_and_newer() -> tuple[dict[str, Any], dict[str, Any]]:
    """A document, and a newer page for one of its operations that keeps everything."""
    document = load("control-plane.yaml")
    wait = document["paths"]["/v2/auth/wait/{auth_id}"]
    schemas = document["components"]["schemas"]
    page = {
        "paths": {"/v2/auth/wait/{auth_id}": copy.deepcopy(wait)},
        "components": {
            "schemas": {name: copy.deepcopy(schemas[name]) for name in ("AuthWaitStatus",)}
        },
    }
    return document, page


def test_every_kind_of_unrecorded_loss_stops_the_merge_naming_both_sources() -> None:
    document, page = older_and_newer()
    assert vendor_spec.merge([[("doc.json", document)], [("page.md", page)]])
    operation = page["paths"]["/v2/auth/wait/{auth_id}"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "timeout"]
    del operation["responses"]["422"]
    page["components"]["schemas"]["AuthWaitStatus"]["enum"].remove("not_found")

    with pytest.raises(vendor_spec.VendorError) as raised:
        vendor_spec.merge([[("doc.json", document)], [("page.md", page)]])

    assert str(raised.value).startswith(
        "page.md replaces GET /v2/auth/wait/{auth_id} of doc.json but lacks what it has: "
        "GET /v2/auth/wait/{auth_id}: parameter query timeout; "
        "GET /v2/auth/wait/{auth_id}: response 422. "
    )
    recorded = frozenset(
        {
            "GET /v2/auth/wait/{auth_id}: parameter query timeout",
            "GET /v2/auth/wait/{auth_id}: response 422",
        }
    )
    with pytest.raises(vendor_spec.VendorError) as raised:
        vendor_spec.merge([[("doc.json", document)], [("page.md", page)]], [frozenset(), recorded])
    assert str(raised.value).startswith(
        "page.md replaces schema AuthWaitStatus of doc.json but lacks what it has: "
        "schema AuthWaitStatus: enum value 'not_found'. "
    )
    everything = recorded | {"schema AuthWaitStatus: enum value 'not_found'"}
    merged, origin = vendor_spec.merge(
        [[("doc.json", document)], [("page.md", page)]], [frozenset(), everything]
    )
    assert "not_found" not in merged["components"]["schemas"]["AuthWaitStatus"]["enum"]
    assert origin[("components", "schemas", "AuthWaitStatus")] == (
        "page.md",
        ["doc.json"],
        ["schema AuthWaitStatus: enum value 'not_found'"],
    )


def test_a_field_lost_under_a_restructured_schema_is_still_a_loss() -> None:
    # A field's type reshaped (anyOf, bounds moved) is no loss; a nested field gone is one.
    older = {"properties": {"a": {"anyOf": [{"type": "number", "maximum": 8}, {"type": "null"}]}}}
    newer = {"properties": {"a": {"anyOf": [{"type": "number"}, {"type": "null"}], "maximum": 8}}}
    assert vendor_spec.losses(("components", "schemas", "X"), older, newer) == set()
    nested = {"properties": {"a": {"properties": {"b": {"enum": ["x", "y"]}}}}}
    fewer = {"properties": {"a": {"properties": {"b": {"enum": ["x"]}}}}}
    assert vendor_spec.losses(("components", "schemas", "X"), nested, fewer) == {
        "schema X: enum value 'y' of a.b"
    }
    assert vendor_spec.losses(("components", "schemas", "X"), nested, {"properties": {}}) == {
        "schema X: field a",
        "schema X: field a.b",
        "schema X: enum value 'x' of a.b",
        "schema X: enum value 'y' of a.b",
    }


def test_a_recorded_removal_that_no_source_makes_stops_the_merge() -> None:
    document, page = older_and_newer()
    stale = frozenset({"schema AuthWaitStatus: enum value 'pending'"})
    with pytest.raises(vendor_spec.VendorError) as raised:
        vendor_spec.merge([[("doc.json", document)], [("page.md", page)]], [frozenset(), stale])
    assert str(raised.value) == (
        "sources.yaml records the removal \"schema AuthWaitStatus: enum value 'pending'\", "
        "which no source makes"
    )
