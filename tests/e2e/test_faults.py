"""The fault matrix of docs/reliability.md: one test per row, each through both clients.

Faults the emulator can make come from its fault injection; the others from purpose-built
loopback servers (`tests/support/raw_server.py` misbehaves at the socket level,
`tests/support/scripted_server.py` answers from a script). Every error is checked by `expect`
and every result by `got_token` for leaked secrets, and `no_secrets_in_logs` checks the logs.
"""

from __future__ import annotations

import threading
import time

import attrs
import pytest
from langsmith_control_plane import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    AuthNotFoundError,
    InternalServerError,
    NotFoundError,
    RetryEvent,
    UnexpectedResponseError,
)
from langsmith_control_plane._policy import Limits
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import BEARER, FAST, KEY, TOKEN, expect, got_token
from tests.support.scripted_server import Reply, scripted_server

COMPLETED = raw.completed(TOKEN)
SHORT_READS = attrs.evolve(FAST, connect_timeout=0.5, read_margin=0.3)

# --- the network ------------------------------------------------------------------------------


def test_connection_refused_fails_fast_naming_host_and_port(
    connect: Connect, dead_url: str
) -> None:
    # Production limits: three attempts in a row that cannot connect end the call, whatever
    # max_retries (10) and the deadline allow; the backoff between them is at most 0.5 + 1 s.
    client = connect(dead_url, limits=Limits())
    error = expect(APIConnectionError, lambda: client.wait("x", timeout=300))
    port = dead_url.rsplit(":", 1)[1]
    assert (error.host, error.reached_server, error.attempts) == ("127.0.0.1", False, 3)
    assert error.message.startswith(f"could not connect to 127.0.0.1:{port}: ")
    assert sum(client.cp._clock.slept) <= 1.5  # type: ignore[attr-defined]


def test_a_connect_attempts_knob_bounds_them(connect: Connect, dead_url: str) -> None:
    client = connect(dead_url, max_connect_attempts=5)
    error = expect(APIConnectionError, lambda: client.check("x", timeout=300))
    assert error.attempts == 5


def test_dns_failure(connect: Connect) -> None:
    # The wiring of a failed lookup: an unknown host is a failure to connect, tried three times
    # in a row (the default) and then raised, naming the host and port.
    client = connect("https://control-plane.invalid")
    error = expect(APIConnectionError, lambda: client.wait("x", timeout=30))
    assert error.attempts == 3
    assert (error.host, error.reached_server) == ("control-plane.invalid", False)
    assert error.message.startswith("could not connect to control-plane.invalid:443: ")


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
        # A look (no hold) with a short read budget: a silent or trickling server is cut off
        # after about 0.6 s, not the 4 s of a one-second poll under FAST.
        got_token(connect(server.url, limits=SHORT_READS).check("x", timeout=20))
    assert server.connections == 2


@pytest.mark.parametrize(
    "fault",
    [raw.trickle_headers(0.1, 100), raw.continue_every(0.1, 100)],
    ids=["trickled-head", "repeated-100-continue"],
)
def test_a_head_that_never_ends_is_cut_off_at_the_deadline(
    connect: Connect, fault: raw.Handler
) -> None:
    # 100 header lines (or `100 Continue` answers), one every 0.1 s: each read is quick, the
    # whole head takes 10 s. The call's deadline (1 s, plus 0.5 s of grace) ends it.
    with raw.raw_server([], default=fault) as server:
        client = connect(server.url, limits=SHORT_READS, max_retries=100)
        started = time.monotonic()
        error = expect(APITimeoutError, lambda: client.check("x", timeout=1))
        assert time.monotonic() - started < 5  # the test's patience; unbounded, 10 s or more
    assert error.reached_server is True


def test_server_that_never_answers_is_cut_off_at_the_deadline(connect: Connect) -> None:
    with raw.raw_server([], default=raw.silent_for(30)) as server:
        client = connect(server.url, limits=SHORT_READS, max_retries=100)
        started = time.monotonic()
        # Each request is cut off at its read timeout (hold + read_margin): the first after
        # 1.3 s, the retry (hold 0: under a second is left) after 0.3 s, past the deadline;
        # its timeout, not AuthWaitTimeoutError, is what the caller sees.
        error = expect(APITimeoutError, lambda: client.wait("x", timeout=1.5, poll_timeout=1))
        elapsed = time.monotonic() - started
    assert server.connections == 2
    assert error.reached_server is True
    # The behaviour under test is the cut-off itself; the budgets are unit-tested, and the
    # margin (a whole second past deadline and grace) holds on a loaded 2-core machine.
    assert elapsed < 1.5 + SHORT_READS.deadline_grace + 1


# --- HTTP statuses --------------------------------------------------------------------------


# Which statuses are retried, how Retry-After is read, when the deadline or max_retries ends the
# retries, and what each status raises: the table is pinned once, in tests/unit/test_policy.py.
# Here one case of each proves the client performs what the policy decides.


def test_a_transient_status_is_retried(connect: Connect, emulator: Emulator, flow: str) -> None:
    emulator.fail_next(503)
    got_token(connect(emulator.url).wait(flow, timeout=20))
    assert [r.status_code for r in emulator.requests()] == [503, 200]


def test_retry_after_is_waited_out(connect: Connect, emulator: Emulator, flow: str) -> None:
    emulator.fail_next(429, retry_after="7")
    client = connect(emulator.url)
    got_token(client.wait(flow, timeout=20))
    # On the client's clock, which jumps: the sleep is what was left of the 7 s when it began.
    assert 6.5 < sum(client.cp._clock.slept) <= 7.0
    assert [r.status_code for r in emulator.requests()] == [429, 200]


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


# --- answers that are not the documented shape ----------------------------------------------


def test_200_that_is_not_json(connect: Connect, emulator: Emulator, flow: str) -> None:
    emulator.malformed_next()
    error = expect(UnexpectedResponseError, lambda: connect(emulator.url).wait(flow, timeout=20))
    assert "a body that is not JSON" in error.message
    assert len(emulator.requests()) == 1


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
