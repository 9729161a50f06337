"""Shared fixtures of every layer: paths, a refusing URL, the emulator with the suite's one set
of credentials (`tests/support/checks.py`), and the log-hygiene check."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from langsmith_control_plane.testing import Emulator

from tests.support.checks import BEARER, KEY, WORKSPACE, assert_no_secret

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """Every test process, and what it starts, trusts one throwaway authority, not certifi's.

    The tests build some 400 httpx clients of their own, for plain HTTP to loopback, and start
    dozens of interpreters, and each client the SDK builds makes a TLS context too: with
    certifi's 140 authorities, each would load them for 30 to 60 ms of CPU, for TLS no test
    uses (none reaches a host certifi vouches for). `SSL_CERT_FILE` is the setting httpx, and so
    the SDK, honour (docs/configuration.md); the tests of TLS set their own.
    """
    folder = Path(tempfile.mkdtemp(prefix="lscp-tests-ca-"))
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    trustme.CA().cert_pem.write_to_path(str(folder / "ca.pem"))
    os.environ["SSL_CERT_FILE"] = str(folder / "ca.pem")
    os.environ.pop("SSL_CERT_DIR", None)


@pytest.hookimpl(trylast=True)  # after deselection (-m, -k): on the tests that will run
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Deal the slow tests out to the heads of the pytest-xdist workers' first shares.

    `--dist worksteal` first gives worker k the k-th of equal, consecutive shares of this list,
    and an idle worker then takes tests from the end of a busy one's queue: the head of a share
    runs on its worker, in order. Left in place, the slow tests (most of them in tests/build/,
    collected first) would all head one share and run one after another on one worker, a chain
    longer than the rest of the run. Dealt round-robin to the shares' heads, the first of them
    start at once, one on each worker, and the others follow them there; the tests of one
    `xdist_group` (the benchmark smoke's three, over one run) stay together. The order of
    everything else is kept.
    """
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers < 2:
        return
    units: dict[str, list[pytest.Item]] = {}
    rest: list[pytest.Item] = []
    for item in items:
        if item.get_closest_marker("slow") is None:
            rest.append(item)
        else:
            group = item.get_closest_marker("xdist_group")
            name = (group.args[0] if group.args else group.kwargs["name"]) if group else None
            units.setdefault(name or item.nodeid, []).append(item)
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    for index, unit in enumerate(units.values()):
        heads[index % workers].extend(unit)
    # The shares' sizes, as worksteal computes them: what is left, over the workers left.
    ordered: list[pytest.Item] = []
    for share, head in enumerate(heads):
        size = (len(items) - len(ordered)) // (workers - share)
        take = max(size - len(head), 0)
        ordered += head + rest[:take]
        del rest[:take]
    items[:] = ordered + rest


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
