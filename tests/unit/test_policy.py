"""The pure policies of `_policy`, driven by hand: no network, no clock, no sleeping; and the
meaning `_auth` gives wait and authenticate answers, which the policies are handed.

Every decision a shell acts on is asserted exactly: what is sent (hold, time budgets, attempt),
how long to sleep (jitter from a seeded generator), what is returned and what is raised.
"""

from __future__ import annotations

import gzip
import json
import math
import random
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langsmith_control_plane import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthCheckResult,
    AuthenticationError,
    AuthNotFoundError,
    AuthResult,
    AuthWaitResponse,
    AuthWaitStatus,
    AuthWaitTimeoutError,
    ControlPlaneError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedAuthStatusError,
    UnexpectedResponseError,
)
from langsmith_control_plane._auth import (
    authenticate_answer,
    check_answer,
    consent_flow,
    wait_answer,
)
from langsmith_control_plane._policy import (
    CallPolicy,
    Finish,
    Limits,
    Policy,
    PollPolicy,
    Reply,
    Send,
    Sleep,
    backoff_ceiling,
    status_error,
)
from langsmith_control_plane._reading import BodyReader
from langsmith_control_plane.models import SECRET_FIELDS, AuthenticateResult

LIMITS = Limits()
AUTH_ID = "flow-1"
WALL_TIME = 1_000_000.0  # the epoch seconds every Reply here was received at
SEED = 7


def reply(status: int = 200, body: object = None, **headers: str) -> Reply:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    fields = {k.replace("_", "-"): v for k, v in headers.items()}
    return Reply(status, fields, raw, WALL_TIME, method="GET", path="/v2/x")


def answer(status: object, token: object = None) -> Reply:
    return reply(body={"status": status, "token": token})


def refused() -> APIConnectionError:
    return APIConnectionError("could not connect to h:443", host="h", reached_server=False)


def dropped() -> APIConnectionError:
    return APIConnectionError("could not reach h:443: reset", host="h", reached_server=True)


def poll(
    timeout: float = 100.0, poll_timeout: int = 30, max_retries: int = 3, seed: int = SEED
) -> PollPolicy[AuthResult]:
    return PollPolicy(
        AUTH_ID,
        wait_answer(AUTH_ID, SECRET_FIELDS),
        timeout=timeout,
        poll_timeout=poll_timeout,
        max_retries=max_retries,
        rng=random.Random(seed),
    )


def look(timeout: float = 10.0, max_retries: int = 3) -> CallPolicy[AuthCheckResult]:
    """`auth.check`'s policy: one idempotent look, without a hold."""
    return CallPolicy(
        check_answer(AUTH_ID, SECRET_FIELDS),
        idempotent=True,
        hold=0,
        timeout=timeout,
        max_retries=max_retries,
        rng=random.Random(SEED),
    )


def submit(
    timeout: float = 60.0, parse: Callable[[dict[str, Any]], object] = dict
) -> CallPolicy[object]:
    """A POST's policy (`auth.authenticate`, a generated create): sent again only when safe."""
    return CallPolicy(
        lambda answer: parse(json.loads(answer.body)),
        idempotent=False,
        timeout=timeout,
        max_retries=3,
        rng=random.Random(SEED),
    )


def authenticate_result(data: dict[str, Any]) -> AuthenticateResult:
    return authenticate_answer(SECRET_FIELDS)(reply(200, data))


def expect_send(policy: Policy[Any], now: float) -> Send:
    action = policy.next_action(now)
    assert isinstance(action, Send), action
    return action


def expect_finish(policy: Policy[Any], now: float) -> Any:
    action = policy.next_action(now)
    assert isinstance(action, Finish), action
    return action.result


Respond = Callable[[Send, float], tuple[Reply | ControlPlaneError, float]]


def run(policy: Policy[Any], respond: Respond, sent: list[tuple[float, Send]]) -> None:
    """Drive `policy` from time 0 as a shell would, until it finishes or raises; `respond`
    gives each Send's outcome and how long it took. Each (time sent, Send) goes to `sent`."""
    now = 0.0
    while True:
        action = policy.next_action(now)
        if isinstance(action, Finish):
            return
        if isinstance(action, Sleep):
            now += action.seconds
            continue
        sent.append((now, action))
        outcome, took = respond(action, now)
        now += took
        policy.observe(outcome, now)


# --- PollPolicy: holds, deadline, pacing ---------------------------------------------------


def test_completed_returns_the_token_and_the_generated_model() -> None:
    policy = poll()
    assert policy.next_action(0.0) == Send(
        poll_timeout=30, connect_timeout=10.0, read_timeout=35.0, deadline=45.0, attempt=1
    )
    policy.observe(reply(body={"status": "completed", "token": "tok", "scope": "x"}), 0.1)
    result = expect_finish(policy, 0.1)
    response = AuthWaitResponse(status=AuthWaitStatus.COMPLETED, token="tok")
    response.additional_properties = {"scope": "x"}
    assert result == AuthResult(AuthWaitStatus.COMPLETED, AUTH_ID, "tok", response)
    assert policy.next_action(5.0) == Finish(result)  # asking again returns the same result


def test_the_deadline_is_split_into_holds_and_no_request_outlives_it_by_more_than_grace() -> None:
    policy = poll(timeout=75)
    sent: list[tuple[float, Send]] = []
    with pytest.raises(AuthWaitTimeoutError) as raised:
        # The server holds each request as long as asked, answering 0.25 s late.
        run(policy, lambda send, now: (answer("timeout"), (send.poll_timeout or 0) + 0.25), sent)
    assert [(at, s.poll_timeout, s.read_timeout, s.deadline) for at, s in sent] == [
        (0.0, 30, 35.0, 45.0),
        (30.25, 30, 35.0, 75.25),
        (60.5, 14, 15.5, 76.0),  # read_timeout cut to the deadline plus 1 s of grace
        # Answered at 74.75, within the last look's lead: that answer was the last look.
    ]
    assert (raised.value.auth_id, raised.value.timeout) == (AUTH_ID, 75)
    assert str(raised.value) == (
        "auth flow 'flow-1' did not complete within 75 s; "
        "ask the user to finish signing in, or wait longer (timeout=)"
    )


def test_the_first_hold_is_whole_although_the_clock_rounds() -> None:
    # (51.889... + 20) - 51.889... is 19.999999999999996 in floating point.
    now = 51.88912636955312
    assert (now + 20) - now < 20
    assert expect_send(poll(timeout=20), now).poll_timeout == 20


@pytest.mark.parametrize("status", ["pending", "timeout"])
def test_an_early_answer_is_not_repolled_before_the_min_poll_interval(status: str) -> None:
    policy = poll()
    expect_send(policy, 0.0)
    policy.observe(answer(status), 0.01)  # a server that did not hold the request
    assert policy.next_action(0.01) == Sleep(pytest.approx(0.99))
    assert expect_send(policy, 1.0).poll_timeout == 30


def test_an_answer_after_the_min_poll_interval_is_repolled_at_once() -> None:
    policy = poll()
    expect_send(policy, 0.0)
    policy.observe(answer("timeout"), 30.0)
    assert policy.next_action(30.0) == Send(
        poll_timeout=30, connect_timeout=10.0, read_timeout=35.0, deadline=75.0, attempt=1
    )


def test_the_last_look_goes_out_last_look_lead_before_the_deadline_and_sees_completion() -> None:
    policy = poll(timeout=10)

    def early(send: Send, now: float) -> tuple[Reply, float]:
        return (answer("completed", "t") if send.poll_timeout == 0 else answer("timeout")), 0.01

    sent: list[tuple[float, Send]] = []
    run(policy, early, sent)
    assert [(round(at, 2), s.poll_timeout) for at, s in sent] == [
        *((float(n), 10 - n) for n in range(10)),  # polls a second apart, holds 10 down to 1
        (10 - LIMITS.last_look_lead, 0),
    ]
    assert expect_finish(policy, 9.6).token == "t"


def test_the_last_look_answered_timeout_ends_the_wait() -> None:
    policy = poll(timeout=10)
    with pytest.raises(AuthWaitTimeoutError):
        run(policy, lambda send, now: (answer("timeout"), 0.01), [])


def test_a_hold_answered_inside_the_last_look_lead_ends_the_wait() -> None:
    # A look at once would see nothing the answer did not: the answer was the last look.
    policy = poll(timeout=10)
    expect_send(policy, 0.0)
    with pytest.raises(AuthWaitTimeoutError):
        policy.observe(answer("timeout"), 9.8)


def test_a_short_wait_does_not_look_twice_in_a_row() -> None:
    policy = poll(timeout=0.3)
    assert expect_send(policy, 0.0).poll_timeout == 0
    with pytest.raises(AuthWaitTimeoutError):
        policy.observe(answer("pending"), 0.01)


def test_a_hold_answered_at_the_deadline_ends_the_wait_without_a_last_look() -> None:
    policy = poll(timeout=10)
    expect_send(policy, 0.0)
    with pytest.raises(AuthWaitTimeoutError):
        policy.observe(answer("timeout"), 10.0)


def test_a_timeout_below_one_second_still_gets_one_look() -> None:
    policy = poll(timeout=0.5)
    assert expect_send(policy, 0.0).poll_timeout == 0
    with pytest.raises(AuthWaitTimeoutError):
        policy.observe(answer("pending"), 0.6)


# --- PollPolicy: what each status means -----------------------------------------------------


def test_not_found_raises_at_once() -> None:
    policy = poll()
    expect_send(policy, 0.0)
    with pytest.raises(AuthNotFoundError) as raised:
        policy.observe(answer("not_found"), 0.1)
    assert raised.value.auth_id == AUTH_ID
    assert isinstance(raised.value, LookupError)


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ({"status": "cancelled", "token": None}, "cancelled"),
        ({"status": 3}, "3"),
        ({"token": None}, "None"),
        ({"status": "completed_v2", "token": "secret-tok"}, "completed_v2"),
        ({"status": "x" * 200}, "x" * 80),
    ],
)
def test_an_unknown_status_raises_at_once_naming_it(body: dict[str, Any], shown: str) -> None:
    policy = poll()
    expect_send(policy, 0.0)
    with pytest.raises(UnexpectedAuthStatusError) as raised:
        policy.observe(reply(body=body), 0.1)
    masked = {k: "***" if k == "token" and v else v for k, v in body.items()}
    assert (raised.value.status, raised.value.auth_id, raised.value.response) == (
        shown,
        AUTH_ID,
        masked,
    )
    assert f"reported the status {shown!r}" in str(raised.value)
    assert "secret-tok" not in repr(raised.value.response)


def test_an_unknown_status_masks_the_answers_secrets_at_any_depth() -> None:
    policy = poll()
    expect_send(policy, 0.0)
    details = {"token": "secret-2", "refresh_token": "secret-3", "note": "kept"}
    with pytest.raises(UnexpectedAuthStatusError) as raised:
        policy.observe(
            reply(body={"status": "paused", "token": "secret-1", "details": details}), 0.1
        )
    assert raised.value.response == {
        "status": "paused",
        "token": "***",
        "details": {"token": "***", "refresh_token": "***", "note": "kept"},
    }


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"not json", "a body that is not JSON (8 bytes)"),
        (b"\xff\xfe", "a body that is not JSON (2 bytes)"),
        (b"[1, 2]", "JSON of the wrong shape (a list, not an object)"),
        (b'{"status": "completed", "token": null}', 'status "completed" without a token'),
        (b'{"status": "completed", "token": ""}', 'status "completed" without a token'),
        (b'{"status": "completed", "token": 5}', 'status "completed" without a token'),
    ],
)
def test_a_200_that_is_not_a_documented_answer_raises_at_once(body: bytes, fragment: str) -> None:
    policy = poll()
    expect_send(policy, 0.0)
    with pytest.raises(UnexpectedResponseError) as raised:
        policy.observe(reply(200, body), 0.1)
    assert raised.value.status_code == 200
    assert fragment in raised.value.message


# --- PollPolicy: retries ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        reply(429, {}),
        reply(500, b""),
        reply(502, b""),
        reply(503, {}),
        reply(504, b""),
        dropped(),
        APITimeoutError("slow", host="h", reached_server=True),
    ],
    ids=["429", "500", "502", "503", "504", "connection", "timeout"],
)
def test_transient_failures_are_retried_with_seeded_full_jitter_up_to_max_retries(
    failure: Reply | ControlPlaneError,
) -> None:
    policy, jitter = poll(max_retries=3), random.Random(SEED)
    now = 0.0
    for failures in (1, 2, 3):
        assert expect_send(policy, now).attempt == failures
        policy.observe(failure, now)
        delay = jitter.uniform(0, backoff_ceiling(failures))
        assert policy.next_action(now) == Sleep(pytest.approx(delay))
        now += delay
    send = expect_send(policy, now)
    assert (send.attempt, send.poll_timeout) == (4, 30)
    with pytest.raises(ControlPlaneError) as raised:
        policy.observe(failure, now)  # the fourth failure in a row, with max_retries=3
    expected = failure if isinstance(failure, ControlPlaneError) else status_error(failure)
    assert type(raised.value) is type(expected)
    assert raised.value.message == expected.message
    assert getattr(raised.value, "attempts", None) == 4


def test_a_retried_failure_is_reported_with_its_attempt_cause_and_sleep() -> None:
    policy, jitter = poll(), random.Random(SEED)
    expect_send(policy, 0.0)
    retry = policy.observe(reply(503, {}), 0.0)
    assert retry is not None
    assert (retry.attempt, type(retry.cause)) == (1, InternalServerError)
    assert retry.sleep == pytest.approx(jitter.uniform(0, backoff_ceiling(1)))
    assert policy.next_action(0.0) == Sleep(pytest.approx(retry.sleep))
    # An answer the policy polls on is no retry.
    expect_send(policy, retry.sleep)
    assert policy.observe(answer("pending"), retry.sleep) is None


def test_without_jitter_each_sleep_is_its_ceiling() -> None:
    policy = CallPolicy(
        dict, idempotent=True, timeout=100, max_retries=5, limits=Limits(jitter=False)
    )
    now = 0.0
    for failures in (1, 2, 3):
        expect_send(policy, now)
        retry = policy.observe(dropped(), now)
        assert retry is not None
        assert retry.sleep == backoff_ceiling(failures)
        now += retry.sleep


def test_the_retry_statuses_are_a_limit() -> None:
    policy = CallPolicy(
        dict,
        idempotent=True,
        timeout=100,
        max_retries=5,
        limits=Limits(retry_statuses=frozenset({409})),
    )
    expect_send(policy, 0.0)
    assert policy.observe(reply(409, {}), 0.0) is not None
    expect_send(policy, 50.0)
    with pytest.raises(InternalServerError):
        policy.observe(reply(503, {}), 50.0)


def test_max_retries_zero_raises_the_first_failure() -> None:
    policy = poll(max_retries=0)
    expect_send(policy, 0.0)
    with pytest.raises(InternalServerError):
        policy.observe(reply(503, {}), 0.0)


@pytest.mark.parametrize("status", [300, 401, 403, 404, 418, 422, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    policy = poll()
    expect_send(policy, 0.0)
    with pytest.raises(ControlPlaneError) as raised:
        policy.observe(reply(status, {"detail": []}), 0.1)
    assert type(raised.value) is type(status_error(reply(status, {"detail": []})))


def test_a_good_answer_resets_the_retry_count() -> None:
    policy = poll(max_retries=1)
    expect_send(policy, 0.0)
    policy.observe(reply(503, {}), 0.0)
    sleep = policy.next_action(0.0)
    assert isinstance(sleep, Sleep)
    expect_send(policy, sleep.seconds)
    policy.observe(answer("timeout"), 30.0)
    assert expect_send(policy, 30.0).attempt == 1
    policy.observe(reply(503, {}), 30.0)  # one failure again: within max_retries=1
    assert isinstance(policy.next_action(30.0), Sleep)


@pytest.mark.parametrize(
    ("retry_after", "date", "delay"),
    [
        ("7", None, 7.0),
        ("7.5", None, 7.5),
        # An HTTP date is dated against the answer's Date header...
        ("Thu, 01 Jan 1970 00:00:12 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", 12.0),
        # ... or, without one, against when the answer arrived (WALL_TIME + 5 s).
        ("Mon, 12 Jan 1970 13:46:45 GMT", None, 5.0),
    ],
)
def test_retry_after_sets_the_delay(retry_after: str, date: str | None, delay: float) -> None:
    policy = poll()
    expect_send(policy, 0.0)
    headers = {"retry_after": retry_after} | ({"date": date} if date else {})
    policy.observe(reply(503, {}, **headers), 0.0)
    assert policy.next_action(0.0) == Sleep(delay)


@pytest.mark.parametrize("retry_after", ["0", "-5", "soon", "inf", "nan", ""])
def test_a_retry_after_below_the_jitter_or_unreadable_leaves_the_jitter(retry_after: str) -> None:
    policy = poll()
    expect_send(policy, 0.0)
    policy.observe(reply(429, {}, retry_after=retry_after), 0.0)
    assert policy.next_action(0.0) == Sleep(random.Random(SEED).uniform(0, 0.5))


def test_a_retry_after_past_the_deadline_raises_the_rate_limit_at_once() -> None:
    policy = poll(timeout=60)
    expect_send(policy, 0.0)
    with pytest.raises(RateLimitError) as raised:
        policy.observe(reply(429, {}, retry_after="3600"), 0.0)
    assert raised.value.retry_after == 3600.0


def test_an_outage_at_the_deadline_raises_the_last_failure_not_a_wait_timeout() -> None:
    policy = poll(timeout=5, max_retries=100)
    failures: list[ControlPlaneError] = []

    def down(send: Send, now: float) -> tuple[ControlPlaneError, float]:
        failures.append(dropped())
        return failures[-1], 0.0

    with pytest.raises(APIConnectionError) as raised:
        run(policy, down, [])
    assert raised.value is failures[-1]
    assert len(failures) > 3  # it did retry until the backoff no longer fit


@pytest.mark.parametrize(
    "make",
    [
        lambda **kw: PollPolicy(
            AUTH_ID, wait_answer(AUTH_ID, SECRET_FIELDS), poll_timeout=30, **kw
        ),
        lambda **kw: CallPolicy(dict, idempotent=False, **kw),
    ],
    ids=["wait", "post"],
)
def test_attempts_that_cannot_connect_are_bounded_by_their_own_limit(
    make: Callable[..., Policy[Any]],
) -> None:
    policy = make(timeout=300, max_retries=10, limits=Limits(max_connect_attempts=3))
    now = 0.0
    # Another failure between them starts the count again: a server that answers is not dead.
    for failure in (refused(), refused(), reply(429, {}), refused(), refused()):
        expect_send(policy, now)
        retry = policy.observe(failure, now)
        assert retry is not None
        now += retry.sleep
    expect_send(policy, now)
    with pytest.raises(APIConnectionError) as raised:
        policy.observe(refused(), now)  # the third in a row
    assert raised.value.attempts == 6
    # A timeout while connecting is no proof the host is dead: it keeps the call's patience.
    slow = make(timeout=300, max_retries=10, limits=Limits(max_connect_attempts=1))
    expect_send(slow, 0.0)
    assert slow.observe(APITimeoutError("t", host="h", reached_server=False), 0.0) is not None


def test_a_good_answer_after_a_failure_makes_the_deadline_a_wait_timeout() -> None:
    policy = poll(timeout=10)
    outcomes = iter([refused(), answer("timeout")])
    with pytest.raises(AuthWaitTimeoutError):
        run(policy, lambda send, now: (next(outcomes, answer("timeout")), 0.0), [])


def test_a_retry_holds_only_for_the_time_left() -> None:
    policy = poll(timeout=10)
    expect_send(policy, 0.0)
    policy.observe(refused(), 3.2)
    delay = random.Random(SEED).uniform(0, 0.5)
    assert policy.next_action(3.2) == Sleep(pytest.approx(delay))
    assert expect_send(policy, 3.2 + delay).poll_timeout == 6  # floor(10 - 3.2 - delay)


def test_backoff_ceiling_doubles_then_caps() -> None:
    assert [backoff_ceiling(n) for n in (1, 2, 3, 4, 5, 6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0]
    assert backoff_ceiling(10_000) == LIMITS.backoff_max
    small = Limits(backoff_initial=0.01, backoff_max=0.05)
    assert [backoff_ceiling(n, small) for n in (1, 2, 3, 4)] == [0.01, 0.02, 0.04, 0.05]


# --- Every policy: refusing use out of order -----------------------------------------------


POLICIES: list[Callable[[], Policy[Any]]] = [poll, look, submit]


@pytest.mark.parametrize("make", POLICIES, ids=["poll", "look", "submit"])
def test_observe_before_a_send_is_refused(make: Callable[[], Policy[Any]]) -> None:
    with pytest.raises(RuntimeError, match=r"observe\(\) called in state 'ready'"):
        make().observe(answer("pending"), 0.0)


@pytest.mark.parametrize("make", POLICIES, ids=["poll", "look", "submit"])
def test_a_second_send_before_observing_the_first_is_refused(
    make: Callable[[], Policy[Any]],
) -> None:
    policy = make()
    expect_send(policy, 0.0)
    with pytest.raises(RuntimeError, match=r"next_action\(\) called in state 'sent'"):
        policy.next_action(0.0)


@pytest.mark.parametrize("make", POLICIES, ids=["poll", "look", "submit"])
def test_a_finished_policy_refuses_to_observe(make: Callable[[], Policy[Any]]) -> None:
    policy = make()
    expect_send(policy, 0.0)
    policy.observe(answer("completed", "t"), 0.0)
    expect_finish(policy, 0.0)
    with pytest.raises(RuntimeError, match=r"observe\(\) called in state 'finished'"):
        policy.observe(answer("completed", "t"), 0.0)


@pytest.mark.parametrize("make", POLICIES, ids=["poll", "look", "submit"])
def test_a_policy_that_raised_refuses_further_use(make: Callable[[], Policy[Any]]) -> None:
    policy = make()
    expect_send(policy, 0.0)
    with pytest.raises(AuthenticationError):
        policy.observe(reply(401, {}), 0.0)
    with pytest.raises(RuntimeError, match=r"next_action\(\) called in state 'failed'"):
        policy.next_action(0.0)
    with pytest.raises(RuntimeError, match=r"observe\(\) called in state 'failed'"):
        policy.observe(answer("completed", "t"), 0.0)


# --- CallPolicy, idempotent (auth.check) -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "token"),
    [
        ({"status": "completed", "token": "t"}, "completed", "t"),
        ({"status": "pending", "token": None}, "pending", None),
        ({"status": "timeout", "token": None}, "pending", None),
    ],
)
def test_look_asks_without_a_hold_and_reports_completed_or_pending(
    body: dict[str, Any], status: str, token: str | None
) -> None:
    policy = look(timeout=10)
    assert policy.next_action(0.0) == Send(
        poll_timeout=0, connect_timeout=10.0, read_timeout=5.0, deadline=11.0, attempt=1
    )
    policy.observe(reply(body=body), 0.1)
    result = expect_finish(policy, 0.1)
    expected = AuthCheckResult(
        AuthWaitStatus(status), AUTH_ID, token, AuthWaitResponse.from_dict(body)
    )
    assert result == expected
    assert result.completed is (status == "completed")


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"status": "not_found", "token": None}, AuthNotFoundError),
        ({"status": "revoked", "token": None}, UnexpectedAuthStatusError),
        ({"status": "completed", "token": None}, UnexpectedResponseError),
    ],
)
def test_look_raises_for_a_gone_flow_an_unknown_status_or_a_missing_token(
    body: dict[str, Any], error: type[ControlPlaneError]
) -> None:
    policy = look()
    expect_send(policy, 0.0)
    with pytest.raises(error):
        policy.observe(reply(body=body), 0.1)


def test_look_retries_only_within_its_budget_then_raises_the_last_failure() -> None:
    policy = look(timeout=1, max_retries=100)
    failures: list[ControlPlaneError] = []

    def down(send: Send, now: float) -> tuple[ControlPlaneError, float]:
        failures.append(dropped())
        return failures[-1], 0.0

    sent: list[tuple[float, Send]] = []
    with pytest.raises(APIConnectionError) as raised:
        run(policy, down, sent)
    assert raised.value is failures[-1]
    assert len(failures) > 1
    # Every request sent, and its own time budget, ends within timeout + deadline_grace.
    assert all(at < 1 and send.deadline <= 1 + LIMITS.deadline_grace for at, send in sent)


def test_look_cuts_a_request_to_its_budget() -> None:
    assert look(timeout=1).next_action(0.0) == Send(
        poll_timeout=0, connect_timeout=2.0, read_timeout=2.0, deadline=2.0, attempt=1
    )


# --- CallPolicy, not idempotent (a POST) -----------------------------------------------------


def test_submit_sends_without_a_hold_and_parses_the_answer() -> None:
    policy = submit(parse=lambda data: data["url"])
    assert policy.next_action(0.0) == Send(
        poll_timeout=None, connect_timeout=10.0, read_timeout=30.0, deadline=40.0, attempt=1
    )
    policy.observe(reply(body={"url": "https://x"}), 0.1)
    assert expect_finish(policy, 0.1) == "https://x"


def test_a_call_whose_answer_means_none_finishes_with_none() -> None:
    # A 204's result is None: finishing with it is not "no result yet".
    policy = CallPolicy(lambda answer: None, idempotent=True, timeout=10, max_retries=0)
    expect_send(policy, 0.0)
    policy.observe(reply(204, b""), 0.1)
    assert policy.next_action(0.1) == Finish(None)


def test_submit_raises_what_parse_raises() -> None:
    def parse(data: dict[str, Any]) -> object:
        raise UnexpectedResponseError("no url", status_code=200)

    policy = submit(parse=parse)
    expect_send(policy, 0.0)
    with pytest.raises(UnexpectedResponseError, match="no url"):
        policy.observe(reply(body={}), 0.1)


@pytest.mark.parametrize(
    "outcome",
    [
        refused(),
        APITimeoutError("connect timed out", host="h", reached_server=False),
        reply(429, {}),
        reply(503, {}, retry_after="1"),
    ],
    ids=["refused", "connect-timeout", "429", "503-retry-after"],
)
def test_submit_is_sent_again_only_when_the_server_provably_did_not_act(
    outcome: Reply | ControlPlaneError,
) -> None:
    policy = submit()
    expect_send(policy, 0.0)
    policy.observe(outcome, 0.0)
    assert isinstance(policy.next_action(0.0), Sleep)


@pytest.mark.parametrize(
    "outcome",
    [
        APIConnectionError("reset", host="h", reached_server=True),
        APITimeoutError("read timed out", host="h", reached_server=True),
        reply(503, {}),
        reply(502, b""),
        reply(504, b""),
        reply(500, b""),
    ],
    ids=["reset", "read-timeout", "503", "502", "504", "500"],
)
def test_submit_is_never_sent_again_once_it_may_have_been_received(
    outcome: Reply | ControlPlaneError,
) -> None:
    policy = submit()
    expect_send(policy, 0.0)
    with pytest.raises(ControlPlaneError):
        policy.observe(outcome, 0.0)


# --- authenticate answers (what auth.authenticate's CallPolicy is handed) ------------------


def test_a_completed_authenticate_answer_carries_its_token() -> None:
    result = authenticate_result({"status": "completed", "token": "tok", "user_id": "u"})
    assert (result.status, result.token, result.url, result.auth_id) == (
        "completed",
        "tok",
        None,
        None,
    )
    assert result.completed is True
    assert result.response.user_id == "u"
    assert "tok" not in repr(result).replace("token", "")


def test_completed_without_a_token_is_unexpected() -> None:
    with pytest.raises(UnexpectedResponseError, match='"completed" without a token'):
        authenticate_result({"status": "completed", "token": None})


@pytest.mark.parametrize("status", ["pending", "connection_required", "token_expired"])
def test_each_consent_status_gives_its_url_and_auth_id(status: str) -> None:
    result = authenticate_result({"status": status, "url": "https://consent", "auth_id": "a1"})
    assert result.completed is False
    assert consent_flow(result) == ("https://consent", "a1")


def test_a_consent_status_without_its_url_is_unexpected() -> None:
    result = authenticate_result({"status": "pending", "auth_id": "a1"})
    with pytest.raises(UnexpectedResponseError, match="without a consent url and auth_id"):
        consent_flow(result)


@pytest.mark.parametrize("status", ["revoked", 3, None])
def test_a_status_the_enum_does_not_know_is_named(status: object) -> None:
    with pytest.raises(UnexpectedAuthStatusError) as raised:
        authenticate_result({"status": status, "auth_id": "a1"})
    assert raised.value.status == (status if isinstance(status, str) else repr(status))
    assert raised.value.auth_id == "a1"


# --- status_error ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer_", "error", "message"),
    [
        (
            Reply(307, {}, b"", WALL_TIME, "https://other.example", "GET", "/v2/x"),
            UnexpectedResponseError,
            "the server redirected (307) to https://other.example; redirects are not followed, "
            "so credentials never leave base_url's origin",
        ),
        (
            reply(301, b""),
            UnexpectedResponseError,
            "the server redirected (301) to another location; redirects are not followed, "
            "so credentials never leave base_url's origin",
        ),
        (reply(401, {}), AuthenticationError, "401 Unauthorized: the credentials were rejected"),
        (
            reply(403, {}),
            PermissionDeniedError,
            "403 Forbidden: the credentials are not allowed here",
        ),
        (reply(404, {}), NotFoundError, "404 Not Found"),
        (
            reply(404, {"detail": "no provider  'nope'"}),
            NotFoundError,
            "404 Not Found: no provider 'nope'",
        ),
        (reply(404, {"detail": [{"msg": "x"}]}), NotFoundError, "404 Not Found"),
        (
            reply(422, {"detail": "not a list"}),
            RequestValidationError,
            "422 the server rejected the request: no details given",
        ),
        (
            reply(429, {}, retry_after="2"),
            RateLimitError,
            "429 Too Many Requests: the control plane is rate limiting this client",
        ),
        (
            reply(502, b"<html>"),
            InternalServerError,
            "502 server error from the control plane or a proxy in front of it",
        ),
        (reply(418, {}), APIStatusError, "unexpected HTTP status 418 from the control plane"),
    ],
)
def test_status_error_per_code(
    answer_: Reply, error: type[ControlPlaneError], message: str
) -> None:
    raised = status_error(answer_)
    assert type(raised) is error
    assert raised.message == message
    # The advice is the error class's own (its wording belongs to errors.py), except for a
    # redirect, whose advice is specific.
    hint = "set base_url to the final URL" if answer_.status_code < 400 else error.hint
    first, details = str(raised).split("\n")
    assert first == (f"{message}; {hint}" if hint else message)
    assert details.startswith("  GET /v2/x -> ")
    assert raised.status_code == answer_.status_code


def test_status_error_parses_fastapis_422_list() -> None:
    detail = [
        {"loc": ["query", "timeout"], "msg": "bad int", "type": "int_parsing", "input": "x"},
        {"loc": ["path", "auth_id"], "msg": "missing", "type": "missing"},
    ]
    raised = status_error(reply(422, {"detail": detail}))
    assert isinstance(raised, RequestValidationError)
    assert raised.message == (
        "422 the server rejected the request: query.timeout: bad int; path.auth_id: missing"
    )
    assert [(e.loc, e.type_) for e in raised.errors] == [
        (["query", "timeout"], "int_parsing"),
        (["path", "auth_id"], "missing"),
    ]
    # "input" echoes the request, secrets included: left out.
    assert raised.errors[0].additional_properties == {}


def test_status_error_429_carries_retry_after() -> None:
    raised = status_error(reply(429, {}, retry_after="2"))
    assert isinstance(raised, RateLimitError)
    assert raised.retry_after == 2.0


# --- BodyReader -----------------------------------------------------------------------------


def body_reader(
    deadline: float = 10.0, limit: int = 1000, status_code: int = 200, **headers: str
) -> BodyReader:
    return BodyReader(
        {k.replace("_", "-"): v for k, v in headers.items()},
        status_code=status_code,
        deadline=deadline,
        limit=limit,
        host="h",
    )


def test_body_reader_refuses_a_declared_length_over_the_limit() -> None:
    body_reader(content_length="1000")
    with pytest.raises(UnexpectedResponseError) as raised:
        body_reader(content_length="1001")
    assert raised.value.message == (
        "the response body is too large (1001 bytes or more, limit 1000); refusing to read it"
    )


def test_body_reader_refuses_a_streamed_body_over_the_limit() -> None:
    reader = body_reader()
    assert reader.feed(b"x" * 1000, 0.0) is True
    with pytest.raises(UnexpectedResponseError, match="too large"):
        reader.feed(b"x", 0.0)


def test_an_error_answers_huge_or_odd_body_is_cut_short_not_raised() -> None:
    # A proxy's 503 page must stay a (retryable) 503, whatever its body.
    assert body_reader(status_code=503, content_length="5000").feed(b"x", 0.0) is False
    reader = body_reader(status_code=503)
    assert reader.feed(b"x" * 600, 0.0) is True
    assert reader.feed(b"x" * 600, 0.0) is False  # over the limit: read no more
    assert reader.body == b"x" * 600
    assert body_reader(status_code=502, content_encoding="br").feed(b"?", 0.0) is False


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("x-gzip", gzip.compress), ("deflate", zlib.compress)],
)
def test_body_reader_decodes_gzip_and_deflate(
    encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    data = b'{"status": "completed", "token": "t"}' * 20
    reader = body_reader(content_encoding=encoding)
    packed = compress(data)
    for at in range(0, len(packed), 7):  # in small pieces, as a socket delivers them
        reader.feed(packed[at : at + 7], 0.0)
    assert reader.body == data


def test_body_reader_caps_a_gzip_bomb_as_decoded() -> None:
    bomb = gzip.compress(b"\0" * 10_000_000)  # about 10 kB on the wire, under the limit
    reader = body_reader(limit=100_000, content_encoding="gzip", content_length=str(len(bomb)))
    with pytest.raises(UnexpectedResponseError, match=r"too large \(100001 bytes or more"):
        reader.feed(bomb, 0.0)
    assert len(reader.body) <= 100_000


def test_body_reader_refuses_a_body_that_is_not_the_compression_it_claims() -> None:
    reader = body_reader(content_encoding="gzip")
    with pytest.raises(UnexpectedResponseError, match="not valid compressed data"):
        reader.feed(b"plain text, not gzip", 0.0)


def test_body_reader_refuses_an_encoding_it_does_not_decode() -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        body_reader(content_encoding="br")
    assert raised.value.message == (
        "the response is encoded as 'br', which this client does not decode"
    )


def test_body_reader_refuses_a_body_arriving_past_its_deadline() -> None:
    reader = body_reader(deadline=10.0)
    reader.feed(b"{", 10.0)
    with pytest.raises(APITimeoutError) as raised:
        reader.feed(b"}", 10.01)
    assert (raised.value.host, raised.value.reached_server) == ("h", True)


# --- Properties (hypothesis) -----------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
status_objects = st.fixed_dictionaries(
    {"status": st.sampled_from(["completed", "pending", "timeout", "not_found"]) | json_values},
    optional={"token": st.none() | st.text() | json_values},
)


@settings(max_examples=300)
@given(
    body=st.one_of(
        json_values.map(lambda v: json.dumps(v).encode()),
        status_objects.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=64),
    ),
    status_code=st.sampled_from([200, 200, 200, 301, 401, 403, 404, 418, 422, 429, 500, 503]),
    retry_after=st.none() | st.text(max_size=40),
)
def test_any_answer_is_a_result_a_retry_or_a_typed_error(
    body: bytes, status_code: int, retry_after: str | None
) -> None:
    headers = {} if retry_after is None else {"retry-after": retry_after}
    policy = poll()
    expect_send(policy, 0.0)
    error: ControlPlaneError | None = None
    try:
        policy.observe(Reply(status_code, headers, body, WALL_TIME), 0.1)
    except ControlPlaneError as raised:
        error = raised
    if error is not None:
        if status_code == 200:
            assert isinstance(
                error, AuthNotFoundError | UnexpectedAuthStatusError | UnexpectedResponseError
            )
        return
    action = policy.next_action(0.1)
    if isinstance(action, Finish):
        assert status_code == 200
        assert action.result.token
    else:
        assert isinstance(action, Sleep | Send)


answers = st.one_of(
    st.tuples(st.just("status"), st.sampled_from(["timeout", "pending"])),
    st.tuples(st.just("http"), st.sampled_from([429, 502, 503, 504])),
    st.tuples(st.just("retry-after"), st.floats(0, 100)),
    st.tuples(st.just("disconnect"), st.just(0)),
)


@settings(max_examples=400)
@given(
    timeout=st.floats(0.01, 500),
    poll_timeout=st.integers(1, 120),
    max_retries=st.integers(0, 30),
    script=st.lists(st.tuples(answers, st.floats(0, 200)), max_size=60),
    seed=st.integers(0, 2**32),
)
def test_the_poll_policy_keeps_its_bounds_for_any_answers(
    timeout: float,
    poll_timeout: int,
    max_retries: int,
    script: list[tuple[tuple[str, object], float]],
    seed: int,
) -> None:
    """The wait ends by deadline + deadline_grace whatever the server does; no hold outlasts
    the deadline; sleeps are bounded by the backoff, Retry-After or the poll interval; and
    running out of time raises the last failure if the last attempt failed."""
    policy = poll(timeout, poll_timeout, max_retries, seed)
    steps = iter(script)
    now = 1000.0
    sends = failures = 0
    last: Reply | ControlPlaneError | None = None
    last_start = -math.inf
    allowed_sleep = 0.0
    with pytest.raises(ControlPlaneError) as raised:
        while True:
            action = policy.next_action(now)
            assert not isinstance(action, Finish), "no answer completed the flow"
            if isinstance(action, Sleep):
                assert 0 < action.seconds <= allowed_sleep + 1e-9
                assert now + action.seconds <= policy.deadline
                now += action.seconds
                continue
            sends += 1
            if isinstance(last, Reply) and last.status_code == 200 and action.poll_timeout:
                # A poll after an answer (all but the last look) keeps the poll interval.
                assert now - last_start >= LIMITS.min_poll_interval - 1e-9
            last_start = now
            assert now <= policy.deadline
            assert 0 <= action.poll_timeout <= min(poll_timeout, math.floor(timeout))  # type: ignore[operator]
            assert now + action.poll_timeout <= policy.deadline + 1e-9  # type: ignore[operator]
            assert action.read_timeout > action.poll_timeout  # type: ignore[operator]
            assert action.deadline <= policy.deadline + LIMITS.deadline_grace + 1e-9
            (kind, value), took = next(steps, (("status", "timeout"), action.poll_timeout))
            if now + took > action.deadline:  # the shell cuts the request off at its deadline
                now = action.deadline
                last = APITimeoutError("slow", host="h", reached_server=True)
                allowed_sleep = LIMITS.backoff_max
            else:
                now += took
                allowed_sleep = LIMITS.backoff_max
                if kind == "status":
                    last = answer(value)
                    # The pause between polls, stretched at most to place the last look.
                    allowed_sleep = LIMITS.min_poll_interval + LIMITS.last_look_lead
                elif kind == "http":
                    last = reply(int(value), {})  # type: ignore[call-overload]
                elif kind == "retry-after":
                    last = reply(503, {}, retry_after=str(value))
                    allowed_sleep = max(LIMITS.backoff_max, float(value))  # type: ignore[arg-type]
                else:
                    last = refused()
            failures += not isinstance(last, Reply) or last.status_code != 200
            policy.observe(last, now)
    assert now <= policy.deadline + LIMITS.deadline_grace
    if isinstance(last, Reply) and last.status_code == 200:
        assert isinstance(raised.value, AuthWaitTimeoutError)
    elif isinstance(last, ControlPlaneError):
        assert raised.value is last
    else:
        assert isinstance(raised.value, APIStatusError)
    # Polls after an answer start a second apart; only failures and the last look add more.
    assert sends <= math.ceil(timeout / LIMITS.min_poll_interval) + 2 + failures


# --- The module itself ----------------------------------------------------------------------


@pytest.mark.parametrize("module", ["_policy", "_reading"])
def test_the_pure_modules_import_no_http_library_and_no_generated_code(module: str) -> None:
    # In a fresh interpreter, with the package's __init__ (which imports the clients) skipped,
    # (socket is not checked: the standard library's email.utils, for Retry-After dates, has it)
    # so that everything the module imports, directly or not, is what lands in sys.modules.
    import subprocess
    import sys
    from pathlib import Path

    import langsmith_control_plane

    package = Path(langsmith_control_plane.__file__).parent
    script = (
        "import sys, types\n"
        "package = types.ModuleType('langsmith_control_plane')\n"
        f"package.__path__ = [{str(package)!r}]\n"
        "sys.modules['langsmith_control_plane'] = package\n"
        f"import langsmith_control_plane.{module}\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert f"langsmith_control_plane.{module}" in loaded
    forbidden = {
        "httpx",
        "httpcore",
        "h11",
        "aiohttp",
        "urllib3",
        "requests",
        "ssl",
        "asyncio",
        "langsmith_control_plane_client",
    }
    assert {name.split(".")[0] for name in loaded} & forbidden == set()
