"""The fault matrix of docs/reliability.md: one test per row, each through both clients.

Faults the emulator can make come from its fault injection; the others from purpose-built
loopback servers (`tests/support/raw_server.py` misbehaves at the socket level,
`tests/support/scripted_server.py` answers from a script). Every error is checked by `expect`
and every result by `got_token` for leaked secrets, and `no_secrets_in_logs` checks the logs.
"""

from __future__ import annotations

import threading
import time
from email.utils import formatdate

import pytest
from langsmith_control_plane import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    AuthNotFoundError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    RetryEvent,
    UnexpectedAuthStatusError,
    UnexpectedResponseError,
)
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import BEARER, FAST, KEY, TOKEN, expect, got_token
from tests.support.clients import ASYNC_MODES
from tests.support.scripted_server import Reply, scripted_server

COMPLETED = raw.completed(TOKEN)

# --- the network ------------------------------------------------------------------------------


def test_connection_refused(connect: Connect, dead_url: str) -> None:
    client = connect(dead_url, max_retries=2)
    error = expect(APIConnectionError, lambda: client.wait("x", timeout=10))
    assert (error.host, error.reached_server) == ("127.0.0.1", False)
    assert error.message.startswith("could not reach 127.0.0.1: ")


def test_dns_failure(connect: Connect) -> None:
    client = connect("https://control-plane.invalid", max_retries=100)
    # Retried until the deadline, then the failure itself: an outage is not a slow user.
    error = expect(APIConnectionError, lambda: client.wait("x", timeout=1))
    assert (error.host, error.reached_server) == ("control-plane.invalid", False)
    assert error.message.startswith("could not reach control-plane.invalid: ")


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
def test_connection_fault_is_retried(connect: Connect, fault: raw.Handler) -> None:
    with raw.raw_server([fault], default=COMPLETED) as server:
        got_token(connect(server.url).wait("x", timeout=20, poll_timeout=1))
    assert server.connections == 2


@pytest.mark.parametrize("mode", ASYNC_MODES)  # httpx's sync client has no whole-exchange limit
def test_headers_trickling_past_the_deadline_are_cut_off(connect: Connect) -> None:
    # 100 header lines, one every 0.1 s: each read is quick, the whole head takes 10 s.
    with raw.raw_server([raw.trickle_headers(0.1, 100)], default=COMPLETED) as server:
        got_token(connect(server.url).check("x", timeout=8))
    assert server.connections == 2  # the first exchange was cut off, the retry answered


def test_server_that_never_answers_is_cut_off_at_the_deadline(connect: Connect) -> None:
    with raw.raw_server([], default=raw.silent_for(30)) as server:
        client = connect(server.url, max_retries=100)
        started = time.monotonic()
        # Each request is cut off at its read timeout (hold + read_margin): the first after
        # 2 s, the retry (hold 0: under a second is left) after 1 s, past the deadline; its
        # timeout, not AuthWaitTimeoutError, is what the caller sees.
        error = expect(APITimeoutError, lambda: client.wait("x", timeout=3, poll_timeout=1))
        elapsed = time.monotonic() - started
    assert server.connections == 2
    assert error.reached_server is True
    # Bounded by the policy's budgets (unit-tested); the generous margin cannot flake.
    assert elapsed < 3 + FAST.deadline_grace + 1


# --- HTTP statuses --------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_transient_status_is_retried(
    connect: Connect, emulator: Emulator, flow: str, status: int
) -> None:
    emulator.fail_next(status)
    got_token(connect(emulator.url).wait(flow, timeout=20))
    assert [r.status_code for r in emulator.requests()] == [status, 200]


def test_retry_after_in_seconds_is_waited_out(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    emulator.fail_next(429, retry_after="1")
    started = time.monotonic()
    got_token(connect(emulator.url).wait(flow, timeout=20))
    assert time.monotonic() - started >= 1.0
    assert [r.status_code for r in emulator.requests()] == [429, 200]


def test_retry_after_as_an_http_date_is_honoured(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    # Two seconds ahead, dated against the answer's Date header: both have whole seconds, so
    # the delay is 1 or 2 s (far above the jitter's 0.05 s).
    started = time.monotonic()
    emulator.fail_next(503, retry_after=formatdate(time.time() + 2, usegmt=True))
    got_token(connect(emulator.url).wait(flow, timeout=20))
    assert time.monotonic() - started >= 1.0
    assert [r.status_code for r in emulator.requests()] == [503, 200]


def test_retry_after_past_the_deadline_raises_the_rate_limit_at_once(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    emulator.fail_next(429, retry_after="3600")
    started = time.monotonic()
    error = expect(RateLimitError, lambda: connect(emulator.url).wait(flow, timeout=30))
    assert error.retry_after == 3600
    assert [r.status_code for r in emulator.requests()] == [429]
    assert time.monotonic() - started < 10  # not slept until the 30 s deadline


def test_transient_failures_past_max_retries_raise_the_last(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    emulator.fail_next(503, times=5)
    retries: list[RetryEvent] = []
    client = connect(emulator.url, max_retries=1, on_retry=retries.append)
    error = expect(InternalServerError, lambda: client.wait(flow))
    assert (error.status_code, error.attempts) == (503, 2)
    assert (error.method, error.path) == ("GET", f"/v2/auth/wait/{flow}")
    assert [r.status_code for r in emulator.requests()] == [503, 503]
    # The one retry was reported, with the failure that caused it.
    assert [(event.attempt, type(event.cause)) for event in retries] == [(1, InternalServerError)]
    assert 0 <= retries[0].sleep <= FAST.backoff_initial


def test_501_is_not_retried(connect: Connect, emulator: Emulator, flow: str) -> None:
    emulator.fail_next(501, times=3)
    expect(InternalServerError, lambda: connect(emulator.url).wait(flow, timeout=20))
    assert [r.status_code for r in emulator.requests()] == [501]


@pytest.mark.parametrize("credentials", ["api_key", "bearer"])
def test_401_for_a_wrong_credential_is_not_retried(
    connect: Connect, emulator: Emulator, flow: str, credentials: str
) -> None:
    wrong = "wrong-" + (KEY if credentials == "api_key" else BEARER)[::-1]
    option = "api_key" if credentials == "api_key" else "bearer_token"
    client = connect(emulator.url, **{option: wrong})
    error = expect(AuthenticationError, lambda: client.wait(flow, timeout=20))
    assert wrong not in repr(error)
    assert wrong not in str(error)
    assert [r.status_code for r in emulator.requests()] == [401]


def test_403_for_another_workspace_is_not_retried(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    client = connect(emulator.url, workspace_id="someone-elses-workspace")
    expect(PermissionDeniedError, lambda: client.wait(flow, timeout=20))
    assert [r.status_code for r in emulator.requests()] == [403]


def test_404_from_a_wrong_base_url(connect: Connect, emulator: Emulator, flow: str) -> None:
    # The self-hosted path on a server that does not have it.
    client = connect(emulator.url + "/api-host")
    error = expect(NotFoundError, lambda: client.wait(flow, timeout=20))
    assert error.status_code == 404
    assert "base_url" in error.hint
    assert emulator.requests() == []  # nothing reached the API's routes


def test_not_found_when_the_flow_expires_during_the_wait(
    connect: Connect, emulator: Emulator
) -> None:
    auth_id = emulator.create_auth()
    client = connect(emulator.url)
    expirer = threading.Thread(
        target=lambda: (emulator.wait_for_waiters(auth_id, 1, 10), emulator.expire(auth_id))
    )
    expirer.start()
    error = expect(AuthNotFoundError, lambda: client.wait(auth_id, timeout=20))
    expirer.join()
    assert error.auth_id == auth_id
    assert [r.status_code for r in emulator.requests()] == [200]


def test_422_is_parsed_and_not_retried(connect: Connect) -> None:
    detail = [{"loc": ["query", "timeout"], "msg": "Input should be >= 0", "type": "ge"}]
    with scripted_server([Reply.json(422, {"detail": detail})]) as server:
        error = expect(RequestValidationError, lambda: connect(server.url).wait("x", timeout=20))
    assert [(e.loc, e.msg) for e in error.errors] == [
        (["query", "timeout"], "Input should be >= 0")
    ]
    assert len(server.requests) == 1


# --- answers that are not the documented shape ----------------------------------------------


def test_200_that_is_not_json(connect: Connect, emulator: Emulator, flow: str) -> None:
    emulator.malformed_next()
    error = expect(UnexpectedResponseError, lambda: connect(emulator.url).wait(flow, timeout=20))
    assert "a body that is not JSON" in error.message
    assert len(emulator.requests()) == 1


def test_json_of_the_wrong_shape(connect: Connect) -> None:
    with scripted_server([Reply.json(200, [{"status": "completed"}])]) as server:
        error = expect(UnexpectedResponseError, lambda: connect(server.url).wait("x", timeout=20))
    assert "JSON of the wrong shape (a list, not an object)" in error.message
    assert len(server.requests) == 1


def test_unknown_status_is_named_at_once(connect: Connect, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.unknown_status_next("revoked")
    error = expect(
        UnexpectedAuthStatusError, lambda: connect(emulator.url).wait(auth_id, timeout=20)
    )
    assert (error.status, error.auth_id) == ("revoked", auth_id)
    assert len(emulator.requests()) == 1  # not polled until the deadline


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_huge_body_is_refused_without_reading_it(connect: Connect, declared: bool) -> None:
    with raw.raw_server([raw.huge_body(declared)], default=COMPLETED) as server:
        error = expect(UnexpectedResponseError, lambda: connect(server.url).wait("x", timeout=20))
    assert "too large" in error.message
    assert server.connections == 1
    # The server wanted to send 64 MiB; the client hung up after at most a few MiB in flight.
    assert server.bytes_sent[0] < 32 * 1024 * 1024


def test_gzip_bomb_is_refused_as_too_large(connect: Connect) -> None:
    with raw.raw_server([raw.gzip_bomb(50_000_000)], default=COMPLETED) as server:
        error = expect(UnexpectedResponseError, lambda: connect(server.url).wait("x", timeout=20))
    assert error.message.startswith(f"the response body is too large ({FAST.max_body_bytes + 1}")
    assert server.connections == 1


def test_redirect_to_another_origin_is_refused(connect: Connect) -> None:
    with scripted_server() as elsewhere:
        moved = Reply(302, b"", {"Location": f"{elsewhere.url}/v2/auth/wait/x"})
        with scripted_server([moved]) as origin:
            error = expect(
                UnexpectedResponseError, lambda: connect(origin.url).wait("x", timeout=20)
            )
    assert error.message.startswith(f"the server redirected (302) to {elsewhere.url};")
    assert len(origin.requests) == 1
    assert elsewhere.requests == []
