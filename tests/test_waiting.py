"""The pure waiting policy, driven by hand: no network, no clock, no sleeping."""

from __future__ import annotations

import json
import random

import pytest
from langsmith_control_plane import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthNotFoundError,
    AuthWaitStatus,
    AuthWaitTimeout,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
)
from langsmith_control_plane.waiting import (
    BACKOFF_MAX,
    MAX_BODY_BYTES,
    READ_MARGIN,
    BodyReader,
    Done,
    Reply,
    Send,
    Sleep,
    Wait,
    backoff_ceiling,
    interpret,
)


def reply(status: int = 200, body: object = None, **headers: str) -> Reply:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Reply(status, {k.replace("_", "-"): v for k, v in headers.items()}, raw, 1_000_000.0)


COMPLETED = reply(body={"status": "completed", "token": "tok"})
TIMED_OUT = reply(body={"status": "timeout", "token": None})
PENDING = reply(body={"status": "pending", "token": None})


def new_wait(timeout: float = 100, poll_timeout: int = 30, max_retries: int = 3, **kw: object):
    return Wait(
        "flow",
        timeout=timeout,
        poll_timeout=poll_timeout,
        max_retries=max_retries,
        rng=random.Random(7),
        **kw,  # type: ignore[arg-type]
    )


def expect_send(wait: Wait, now: float) -> Send:
    action = wait.next_action(now)
    assert isinstance(action, Send), action
    return action


def test_completed_on_first_poll() -> None:
    wait = new_wait()
    send = expect_send(wait, 0.0)
    assert send.server_timeout == 30
    assert send.read_timeout == 30 + READ_MARGIN
    assert send.attempt == 1
    wait.handle(COMPLETED, 0.1)
    done = wait.next_action(0.1)
    assert isinstance(done, Done)
    assert done.result.status is AuthWaitStatus.COMPLETED
    assert done.result.token == "tok"


def test_deadline_splits_into_polls_never_longer_than_time_left() -> None:
    wait = new_wait(timeout=75)
    now, asked = 0.0, []
    with pytest.raises(AuthWaitTimeout) as raised:
        while True:
            send = expect_send(wait, now)
            asked.append(send.server_timeout)
            now += send.server_timeout + 0.25  # the server holds each request as asked
            wait.handle(TIMED_OUT, now)
    assert asked == [30, 30, 14]
    assert raised.value.auth_id == "flow"
    assert raised.value.timeout == 75
    assert isinstance(raised.value, TimeoutError)


def test_timeout_status_repolls_at_once() -> None:
    wait = new_wait()
    expect_send(wait, 0.0)
    wait.handle(TIMED_OUT, 30.0)
    assert expect_send(wait, 30.0).server_timeout == 30


def test_early_pending_does_not_hot_loop() -> None:
    wait = new_wait()
    expect_send(wait, 0.0)
    wait.handle(PENDING, 0.01)  # a server that did not hold the request
    action = wait.next_action(0.01)
    assert action == Sleep(pytest.approx(0.99))
    assert isinstance(wait.next_action(1.0), Send)


def test_short_timeout_still_gets_one_look() -> None:
    wait = new_wait(timeout=0.5)
    assert expect_send(wait, 0.0).server_timeout == 0
    with pytest.raises(AuthWaitTimeout):  # at once: no room for a second poll, so no pause
        wait.handle(PENDING, 0.01)


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (reply(401, {"detail": "bad key"}), AuthenticationError),
        (reply(403, {"detail": "no"}), PermissionDeniedError),
        (reply(body={"status": "not_found", "token": None}), AuthNotFoundError),
        (reply(422, {"detail": []}), RequestValidationError),
        (reply(404, {"detail": "Not Found"}), APIStatusError),
        (reply(500, b"oops"), InternalServerError),
        (reply(body=b"<html>"), UnexpectedResponseError),
        (reply(302, b"", location="https://evil.example/x"), UnexpectedResponseError),
    ],
)
def test_permanent_failures_raise_at_once(answer: Reply, error: type[Exception]) -> None:
    wait = new_wait()
    expect_send(wait, 0.0)
    with pytest.raises(error):
        wait.handle(answer, 0.1)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_transient_statuses_are_retried_with_jittered_backoff(status: int) -> None:
    wait = new_wait(max_retries=3)
    now = 0.0
    for failures in (1, 2, 3):
        send = expect_send(wait, now)
        assert send.attempt == failures
        wait.handle(reply(status, {}), now)
        sleep = wait.next_action(now)
        assert isinstance(sleep, Sleep)
        assert 0 <= sleep.seconds <= backoff_ceiling(failures)
        now += sleep.seconds
    expect_send(wait, now)
    with pytest.raises(APIStatusError) as raised:
        wait.handle(reply(status, {}), now)  # the fourth failure in a row: max_retries=3
    assert raised.value.status_code == status


def test_a_good_answer_resets_the_retry_budget() -> None:
    wait = new_wait(max_retries=1)
    expect_send(wait, 0.0)
    wait.handle(reply(503, {}), 0.0)
    now = 0.0 + wait.next_action(0.0).seconds  # type: ignore[union-attr]
    expect_send(wait, now)
    now += 30
    wait.handle(TIMED_OUT, now)
    assert expect_send(wait, now).attempt == 1
    wait.handle(reply(503, {}), now)  # one failure again: still within budget
    assert isinstance(wait.next_action(now), Sleep)


def test_connection_errors_are_retried() -> None:
    wait = new_wait()
    expect_send(wait, 0.0)
    wait.handle(APIConnectionError("refused"), 0.0)
    assert isinstance(wait.next_action(0.0), Sleep)
    wait.handle(APITimeoutError("slow"), 0.0)
    assert isinstance(wait.next_action(0.0), Sleep)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("7", 7.0),
        ("Thu, 01 Jan 1970 00:00:12 GMT", 12.0),  # dated against the Date header below
    ],
)
def test_retry_after_is_honoured(header: str, seconds: float) -> None:
    wait = new_wait()
    expect_send(wait, 0.0)
    date = "Thu, 01 Jan 1970 00:00:00 GMT"
    wait.handle(reply(503, {}, retry_after=header, date=date), 0.0)
    assert wait.next_action(0.0) == Sleep(seconds)


def test_retry_after_date_without_date_header_uses_wall_clock() -> None:
    wait = new_wait()
    expect_send(wait, 0.0)
    # reply() stamps wall_time 1,000,000 s after the epoch.
    wait.handle(reply(429, {}, retry_after="Mon, 12 Jan 1970 13:46:45 GMT"), 0.0)
    assert wait.next_action(0.0) == Sleep(pytest.approx(5.0))


def test_retry_after_past_the_deadline_gives_up_now_with_the_cause() -> None:
    wait = new_wait(timeout=60)
    expect_send(wait, 0.0)
    with pytest.raises(AuthWaitTimeout) as raised:
        wait.handle(reply(429, {}, retry_after="3600"), 0.0)
    assert isinstance(raised.value.last_error, RateLimitError)
    assert raised.value.last_error.retry_after == 3600
    assert "429" in str(raised.value)


def test_backoff_never_sleeps_past_the_deadline() -> None:
    rng = random.Random(1)
    for _ in range(200):
        wait = Wait("f", timeout=3, poll_timeout=30, max_retries=100, rng=rng)
        now = 0.0
        try:
            while True:
                action = wait.next_action(now)
                if isinstance(action, Sleep):
                    now += action.seconds
                    continue
                assert isinstance(action, Send)
                assert now + action.server_timeout <= wait.deadline
                wait.handle(reply(503, {}), now + 0.01)
        except AuthWaitTimeout:
            assert now <= wait.deadline


def test_backoff_ceiling_grows_then_caps() -> None:
    assert [backoff_ceiling(n) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 4.0]
    assert backoff_ceiling(50) == BACKOFF_MAX


def test_check_mode_asks_without_waiting_and_returns_pending() -> None:
    wait = new_wait(once=True)
    assert expect_send(wait, 0.0).server_timeout == 0
    wait.handle(PENDING, 0.0)
    done = wait.next_action(0.0)
    assert isinstance(done, Done)
    assert done.result.status is AuthWaitStatus.PENDING


def test_check_mode_out_of_time_raises_the_real_error() -> None:
    wait = new_wait(timeout=1, once=True)
    expect_send(wait, 0.0)
    with pytest.raises(RateLimitError):
        wait.handle(reply(429, {}, retry_after="30"), 0.0)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "wrong shape"),
        (b'{"status": "cancelled"}', "unknown status 'cancelled'"),
        (b'{"status": 3}', "unknown status 3"),
        (b'{"token": "x"}', "unknown status None"),
        (b'{"status": "completed", "token": 5}', "token that is a int"),
        (b'{"status": "completed", "token": null}', "no token"),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_unexpected_bodies_name_what_was_received(body: bytes, fragment: str) -> None:
    error = interpret("flow", reply(200, body))
    assert isinstance(error, UnexpectedResponseError)
    assert fragment in str(error)


def test_422_is_parsed_into_the_fastapi_error_list() -> None:
    body = {"detail": [{"loc": ["query", "timeout"], "msg": "bad int", "type": "int_parsing"}]}
    error = interpret("flow", reply(422, body))
    assert isinstance(error, RequestValidationError)
    assert error.errors[0].loc == ["query", "timeout"]
    assert "query.timeout: bad int" in str(error)


def test_redirect_message_names_only_the_origin() -> None:
    error = interpret("f", reply(307, b"", location="https://other.example/p?token=abc"))
    assert isinstance(error, UnexpectedResponseError)
    assert "https://other.example" in str(error)
    assert "abc" not in str(error)


def test_body_reader_refuses_declared_and_streamed_oversize() -> None:
    with pytest.raises(UnexpectedResponseError, match="too large"):
        BodyReader({"content-length": str(MAX_BODY_BYTES + 1)}, 200, deadline=10)
    reader = BodyReader({}, 200, deadline=10)
    reader.feed(b"x" * MAX_BODY_BYTES, 0)
    with pytest.raises(UnexpectedResponseError, match="too large"):
        reader.feed(b"x", 0)


def test_body_reader_refuses_a_body_trickling_past_the_deadline() -> None:
    reader = BodyReader({}, 200, deadline=10)
    reader.feed(b"{", 9)
    with pytest.raises(APITimeoutError):
        reader.feed(b"}", 11)
