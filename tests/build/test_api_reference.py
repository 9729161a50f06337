"""docs/api-reference.md is what `make generate` writes from the resources, as generated/ is."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import api_reference


def test_the_api_reference_page_is_current() -> None:
    page = (ROOT / "docs" / "api-reference.md").read_text(encoding="utf-8")
    assert page == api_reference.render(), "docs/api-reference.md is stale: run make generate"


def test_the_page_shows_each_method_with_its_arguments_return_type_and_summary() -> None:
    page = (ROOT / "docs" / "api-reference.md").read_text(encoding="utf-8")
    assert (
        "| `deployments.revisions.retrieve` | `deployment_id: UUID \\| str`, "
        "`revision_id: UUID \\| str` | `Revision` | Get Revision "
        "(`GET /v2/deployments/{deployment_id}/revisions/{revision_id}`) |"
    ) in page
    listing = "| `listeners.list` | *, `limit: int \\| Unset = 20`, `offset: int \\| Unset = 0` |"
    assert listing in page
    assert "`SyncPage[Listener]`" in page
