"""Shared fixtures of every layer: paths, a refusing URL, the emulator with the suite's one set
of credentials (`tests/support/checks.py`), and the log-hygiene check."""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from langsmith_control_plane.testing import Emulator

from tests.support.checks import BEARER, KEY, WORKSPACE, assert_no_secret

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def no_secrets_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """With DEBUG logging on for every logger (ours, httpx, httpcore, the CLI run in-process),
    no credential, token or client secret reaches a log record, whatever path a test took."""
    caplog.set_level(logging.DEBUG)  # the root logger: every library's logger propagates
    yield
    for record in caplog.get_records("call"):
        text = record.getMessage()
        if record.exc_info:
            text += "".join(traceback.format_exception(*record.exc_info))
        assert_no_secret(text)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def dead_url() -> Iterator[str]:
    """A loopback URL that refuses connections: bound but not listening, held for the test."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def suite_emulator() -> Emulator:
    """An emulator (not yet started) that accepts the suite's credentials."""
    return Emulator(api_key=KEY, workspace_id=WORKSPACE, bearer_token=BEARER)


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A running emulator that accepts the suite's API key, workspace and bearer token."""
    with suite_emulator() as emu:
        yield emu


@pytest.fixture(scope="module")
def module_emulator() -> Iterator[Emulator]:
    """The same, shared by a module's tests that only read from it."""
    with suite_emulator() as emu:
        yield emu
