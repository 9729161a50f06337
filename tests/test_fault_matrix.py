"""The fault matrix of docs/reliability.md: one test per row, each through both clients.

Every test runs with DEBUG logging on for every logger (ours, httpx, httpcore), and the
`no_secrets_leak` fixture then checks that the API key and the returned token appear in no log
record, and that the error raised names neither in its message, repr or formatted traceback.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Iterator
from email.utils import formatdate
from typing import Any

import pytest
from langsmith_control_plane import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthResult,
    ControlPlaneError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
    waiting,
)
from langsmith_control_plane.testing import Emulator

from tests import raw_server as raw
from tests.clients import Client
from tests.scripted_server import Reply, scripted_server

KEY = "sk-fault-matrix-secret-key"
BEARER = "bearer-fault-matrix-secret"
TOKEN = "tok-fault-matrix-secret"
SECRETS = (KEY, BEARER, TOKEN)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def short_margins(monkeypatch: pytest.MonkeyPatch) -> None:
    # The production margins (5 s read, 10 s connect) are too long to wait for in a test; the
    # logic that uses them is the same.
    monkeypatch.setattr(waiting, "READ_MARGIN", 0.5)
    monkeypatch.setattr(waiting, "CONNECT_TIMEOUT", 1.0)


@pytest.fixture(autouse=True)
def no_secrets_leak(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)  # the root logger: ours, httpx and httpcore all propagate
    yield
    records = caplog.get_records("call")
    assert records, "DEBUG logging was on, so at least our request lines are expected"
    for record in records:
        text = record.getMessage() + (
            "".join(traceback.format_exception(*record.exc_info)) if record.exc_info else ""
        )
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked into log record {record.name}"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key=KEY, bearer_token=BEARER) as emu:
        yield emu


@pytest.fixture
def connect(mode: str) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(base_url: str, **kwargs: Any) -> Client:
        made.append(Client(mode, base_url=base_url, api_key=KEY, **kwargs))
        return made[-1]

    yield make
    for client in made:
        client.close()


def expect(error: type[ControlPlaneError], run: Callable[[], object]) -> ControlPlaneError:
    """Run, expecting `error`; check that neither its text nor its traceback leaks a secret."""
    with pytest.raises(error) as raised:
        run()
    rendered = "".join(traceback.format_exception(raised.value))
    for text in (str(raised.value), repr(raised.value), rendered):
        for secret in SECRETS:
            assert secret not in text
    assert "/httpx/" not in rendered  # no frames from deep inside httpx
    return raised.value


def got_token(result: AuthResult) -> None:
    assert result.token == TOKEN
    for secret in SECRETS:
        assert secret not in repr(result)


# --- rows served by the emulator ---------------------------------------------------------------


@pytest.fixture
def flow(emulator: Emulator) -> str:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token=TOKEN)
    return auth_id


@pytest.mark.parametrize("status", [429, 502, 503, 504])
@pytest.mark.parametrize("retry_after", [None, "0", "date"])
def test_transient_status_is_retried(
    emulator: Emulator, flow: str, connect: Callable[..., Client], status: int, retry_after: str
) -> None:
    if retry_after == "date":  # an HTTP date one second ahead of the server's Date header
        retry_after = formatdate(time.time() + 1, usegmt=True)
    emulator.fail_next(status, retry_after=retry_after)
    got_token(connect(emulator.url).wait(flow, timeout=20))
    assert [r.status_code for r in emulator.requests()] == [status, 200]


def test_retry_after_in_seconds_is_waited_out(
    emulator: Emulator, flow: str, connect: Callable[..., Client]
) -> None:
    emulator.fail_next(429, retry_after="1")
    started = time.monotonic()
    got_token(connect(emulator.url).wait(flow, timeout=20))
    assert time.monotonic() - started >= 1


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (422, RequestValidationError)],
)
def test_client_error_status_is_not_retried(
    emulator: Emulator,
    flow: str,
    connect: Callable[..., Client],
    status: int,
    error: type[ControlPlaneError],
) -> None:
    emulator.fail_next(status, times=5)
    expect(error, lambda: connect(emulator.url).wait(flow, timeout=20))
    assert len(emulator.requests()) == 1


def test_http_404_from_a_wrong_base_url(emulator: Emulator, connect: Callable[..., Client]) -> None:
    error = expect(APIStatusError, lambda: connect(emulator.url + "/wrong").wait("x", timeout=5))
    assert isinstance(error, APIStatusError)
    assert error.status_code == 404
    assert "check base_url" in str(error)


def test_real_401_for_a_wrong_key(emulator: Emulator, mode: str) -> None:
    client = Client(mode, base_url=emulator.url, api_key="wrong-" + KEY)
    try:
        error = expect(AuthenticationError, lambda: client.wait("x", timeout=5))
    finally:
        client.close()
    assert "wrong-" not in str(error)


def test_read_timeout_is_retried(
    emulator: Emulator, flow: str, connect: Callable[..., Client]
) -> None:
    emulator.delay_next(3)  # longer than the 1 s poll + 0.5 s margin
    got_token(connect(emulator.url).wait(flow, timeout=20, poll_timeout=1))
    assert len(emulator.requests()) >= 1


def test_200_that_is_not_json(
    emulator: Emulator, flow: str, connect: Callable[..., Client]
) -> None:
    emulator.malformed_next()
    expect(UnexpectedResponseError, lambda: connect(emulator.url).wait(flow, timeout=5))


def test_unknown_status_is_named(
    emulator: Emulator, flow: str, connect: Callable[..., Client]
) -> None:
    emulator.unknown_status_next("revoked")
    error = expect(UnexpectedResponseError, lambda: connect(emulator.url).wait(flow, timeout=5))
    assert "'revoked'" in str(error)


# --- rows served by a purpose-built socket server ---------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        raw.reset_before_response,
        raw.reset_during_response,
        raw.close_without_answer,
        raw.silent_for(10),  # slow headers: nothing within the read timeout
        raw.trickle_body(0.1),  # slow body: never idle, but past the request's deadline
    ],
    ids=["reset-before", "reset-during", "close-silently", "slow-headers", "slow-body"],
)
def test_connection_faults_are_retried(connect: Callable[..., Client], fault: raw.Handler) -> None:
    with raw.raw_server(
        [fault], default=raw.respond(200, {"status": "completed", "token": TOKEN})
    ) as (server):
        started = time.monotonic()
        got_token(connect(server.url).wait("x", timeout=20, poll_timeout=1))
        assert server.connections == 2
        assert time.monotonic() - started < 10


def test_connection_refused(connect: Callable[..., Client]) -> None:
    with raw.raw_server([]) as server:
        url = server.url  # closed on exit: nothing listens there any more
    expect(APIConnectionError, lambda: connect(url, max_retries=1).wait("x", timeout=10))


def test_dns_failure(connect: Callable[..., Client]) -> None:
    client = connect("https://control-plane.invalid", max_retries=0)
    error = expect(APIConnectionError, lambda: client.wait("x", timeout=10))
    assert "could not reach the control plane" in str(error)


def test_slow_server_exhausting_retries_times_out(connect: Callable[..., Client]) -> None:
    with raw.raw_server([], default=raw.silent_for(10)) as server:
        started = time.monotonic()
        client = connect(server.url, max_retries=0)
        expect(APITimeoutError, lambda: client.wait("x", timeout=20, poll_timeout=1))
        assert time.monotonic() - started < 5


def test_json_of_the_wrong_shape(connect: Callable[..., Client]) -> None:
    with raw.raw_server([raw.respond(200, [{"status": "completed"}])]) as server:
        error = expect(UnexpectedResponseError, lambda: connect(server.url).wait("x", timeout=5))
    assert "wrong shape" in str(error)


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_huge_body_is_refused_without_reading_it(
    connect: Callable[..., Client], declared: bool
) -> None:
    with raw.raw_server([raw.huge_body(declared)]) as server:
        error = expect(UnexpectedResponseError, lambda: connect(server.url).wait("x", timeout=10))
        assert "too large" in str(error)
    # The server wanted to send 64 MiB; the client hung up after at most a few MiB in flight.
    assert server.bytes_sent
    assert server.bytes_sent[0] < 32 * 1024 * 1024


def test_redirect_to_another_origin_is_refused(connect: Callable[..., Client]) -> None:
    with scripted_server() as elsewhere:
        moved = Reply(302, b"", {"Location": f"{elsewhere.url}/v2/auth/wait/x"})
        with scripted_server([moved]) as origin:
            expect(UnexpectedResponseError, lambda: connect(origin.url).wait("x", timeout=5))
    assert elsewhere.requests == []


def test_internal_server_error_500_is_not_retried(
    emulator: Emulator, flow: str, connect: Callable[..., Client]
) -> None:
    emulator.fail_next(500, times=3)
    expect(InternalServerError, lambda: connect(emulator.url).wait(flow, timeout=5))
    assert len(emulator.requests()) == 1


def test_rate_limit_past_the_deadline_gives_up_at_once(
    emulator: Emulator, flow: str, connect: Callable[..., Client]
) -> None:
    from langsmith_control_plane import AuthWaitTimeout

    emulator.fail_next(429, retry_after="3600")
    started = time.monotonic()
    error = expect(AuthWaitTimeout, lambda: connect(emulator.url).wait(flow, timeout=30))
    assert time.monotonic() - started < 2
    assert isinstance(error, AuthWaitTimeout)
    assert isinstance(error.last_error, RateLimitError)


def test_bearer_token_never_leaks_through_faults(emulator: Emulator, flow: str, mode: str) -> None:
    client = Client(mode, base_url=emulator.url, bearer_token=BEARER)
    try:
        emulator.fail_next(503, retry_after="0")
        emulator.drop_next()
        got_token(client.wait(flow, timeout=20))
        emulator.malformed_next()
        expect(UnexpectedResponseError, lambda: client.wait(flow, timeout=5))
        emulator.fail_next(401)
        expect(AuthenticationError, lambda: client.wait(flow, timeout=5))
    finally:
        client.close()
    assert all("x-api-key" not in r.headers for r in emulator.requests())
