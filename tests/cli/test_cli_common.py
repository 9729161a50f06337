"""What every lscp command shares (`_cli_common.run`): the one line an unexpected failure
prints, against a real local server."""

from __future__ import annotations

import argparse

import httpx
import pytest
from langsmith_control_plane._cli_common import run
from langsmith_control_plane._redact import install_log_filter
from langsmith_control_plane.models import SECRET_FIELDS

from tests.support.checks import TOKEN
from tests.support.scripted_server import Reply, scripted_server


def test_an_unexpected_errors_line_is_masked(capsys: pytest.CaptureFixture[str]) -> None:
    install_log_filter(SECRET_FIELDS)  # as any client does: httpx's own log line is masked
    with scripted_server([Reply.json(400, {})]) as server:
        url = f"{server.url}/callback?code={TOKEN}"

        def handler(args: argparse.Namespace) -> int:
            # A library's error quoting a URL with a secret in its query.
            httpx.get(url).raise_for_status()
            return 0

        status = run(handler, argparse.Namespace(debug=False), prog="lscp")
    stderr = capsys.readouterr().err
    assert status == 5
    assert TOKEN not in stderr
    assert stderr.startswith(
        f"lscp: error: unexpected HTTPStatusError: Client error '400 Bad Request' for url "
        f"'{server.url}/callback?code=***'"
    )
