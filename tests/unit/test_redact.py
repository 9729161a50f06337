"""A span's URL: query values redacted unless known harmless (e2e tests cover the rest)."""

from __future__ import annotations

import pytest
from langsmith_control_plane._redact import span_path


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/v2/auth/wait/abc", "/v2/auth/wait/abc"),
        ("/v2/auth/wait/abc?timeout=30", "/v2/auth/wait/abc?timeout=30"),
        ("/x?code=s%20ecret&timeout=5", "/x?code=REDACTED&timeout=5"),
        ("/x?flag&state=", "/x?flag&state=REDACTED"),
    ],
)
def test_only_harmless_query_values_are_shown(path: str, shown: str) -> None:
    assert span_path(path) == shown
