"""The status poll of `deployments.revisions.wait`, driven by hand: no network, no clock, no
sleeping; what each revision status means, the pause between looks, and what `_deployments`
makes of each answer.

The policy is handed a `look` that reads each answer; here a script of answers (the status the
server reports) stands in for the server, and each decision is asserted exactly.
"""

from __future__ import annotations

import json
import logging
import random

import pytest
from langsmith_control_plane import (
    ControlPlaneError,
    InternalServerError,
    NotFoundError,
    UnexpectedResponseError,
)
from langsmith_control_plane._deployments import RevisionWatch
from langsmith_control_plane._policy import (
    Finish,
    Limits,
    Reply,
    RevisionOutcome,
    Send,
    Sleep,
    StatusPollPolicy,
    failure_log_type,
    poll_delay,
    revision_outcome,
)

LIMITS = Limits(status_poll_initial=1.0, status_poll_max=4.0, jitter=False, last_look_lead=0.5)


class TimedOut(ControlPlaneError):
    pass


def reply(status: str, code: int = 200) -> Reply:
    return Reply(code, {}, json.dumps({"status": status}).encode(), 0.0)


def look(answer: Reply) -> str | None:
    """Final statuses end the poll; the others look again."""
    status = json.loads(answer.body)["status"]
    final = revision_outcome(status) in (RevisionOutcome.DEPLOYED, RevisionOutcome.FAILED)
    return status if final else None


def poll(timeout: float, limits: Limits = LIMITS, max_retries: int = 3) -> StatusPollPolicy[str]:
    return StatusPollPolicy(
        look,
        timed_out=lambda: TimedOut("timed out"),
        timeout=timeout,
        max_retries=max_retries,
        limits=limits,
        rng=random.Random(7),
    )


def drive(
    policy: StatusPollPolicy[str], answers: list[Reply | ControlPlaneError], start: float = 0.0
) -> tuple[str, list[float]]:
    """Run the policy over `answers`, one per Send, each taking no time; the result and the
    times each look went out."""
    now, sent = start, []
    answers = list(answers)
    while True:
        action = policy.next_action(now)
        if isinstance(action, Finish):
            return action.result, sent
        if isinstance(action, Sleep):
            now += action.seconds
            continue
        assert isinstance(action, Send)
        assert action.poll_timeout is None  # a plain GET: no server-side hold
        sent.append(now)
        policy.observe(answers.pop(0), now)


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        ("DEPLOYED", RevisionOutcome.DEPLOYED),
        ("CREATE_FAILED", RevisionOutcome.FAILED),
        ("BUILD_FAILED", RevisionOutcome.FAILED),
        ("DEPLOY_FAILED", RevisionOutcome.FAILED),
        ("SKIPPED", RevisionOutcome.FAILED),
        ("INTERRUPTED", RevisionOutcome.FAILED),  # final, unlike langgraph-cli's loop
        ("CREATING", RevisionOutcome.IN_PROGRESS),
        ("QUEUED", RevisionOutcome.IN_PROGRESS),
        ("AWAITING_BUILD", RevisionOutcome.IN_PROGRESS),
        ("BUILDING", RevisionOutcome.IN_PROGRESS),
        ("AWAITING_DEPLOY", RevisionOutcome.IN_PROGRESS),
        ("DEPLOYING", RevisionOutcome.IN_PROGRESS),
        ("UNKNOWN", RevisionOutcome.UNKNOWN),
        ("ROLLING_BACK", RevisionOutcome.UNKNOWN),  # a status of a later API
        ("deployed", RevisionOutcome.UNKNOWN),  # the server's words are exact
    ],
)
def test_what_each_revision_status_means(status: str, outcome: RevisionOutcome) -> None:
    assert revision_outcome(status) is outcome


def test_a_failed_build_is_told_by_its_build_logs_anything_else_by_its_deploy_logs() -> None:
    assert failure_log_type("BUILD_FAILED") == "build"
    for status in ("DEPLOY_FAILED", "CREATE_FAILED", "SKIPPED", "INTERRUPTED"):
        assert failure_log_type(status) == "deploy"


def test_the_pause_between_looks_doubles_up_to_its_ceiling() -> None:
    assert [poll_delay(n, LIMITS) for n in range(1, 6)] == [1.0, 2.0, 4.0, 4.0, 4.0]


def test_a_jittered_pause_is_between_half_its_ceiling_and_its_ceiling() -> None:
    limits = Limits(status_poll_initial=1.0, status_poll_max=4.0)
    rng = random.Random(1)
    pauses = [poll_delay(3, limits, rng) for _ in range(200)]
    assert all(2.0 <= pause <= 4.0 for pause in pauses)
    assert len(set(pauses)) == 200  # drawn, not a constant


def test_the_poll_looks_until_a_final_status_backing_off_between_looks() -> None:
    answers: list[Reply | ControlPlaneError] = [
        reply("QUEUED"),
        reply("BUILDING"),
        reply("UNKNOWN"),
        reply("ROLLING_BACK"),
        reply("DEPLOYED"),
    ]
    result, sent = drive(poll(60), answers, start=100.0)
    assert result == "DEPLOYED"
    assert sent == [100.0, 101.0, 103.0, 107.0, 111.0]


@pytest.mark.parametrize("status", ["BUILD_FAILED", "INTERRUPTED", "SKIPPED"])
def test_a_failed_status_ends_the_poll_with_it(status: str) -> None:
    assert drive(poll(60), [reply("BUILDING"), reply(status)]) == (status, [0.0, 1.0])


def test_the_last_look_goes_out_just_before_the_deadline_then_the_poll_times_out() -> None:
    sent: list[float] = []
    policy = poll(6.0)
    now = 0.0
    with pytest.raises(TimedOut):
        while True:
            action = policy.next_action(now)
            if isinstance(action, Sleep):
                now += action.seconds
                continue
            assert isinstance(action, Send)
            sent.append(now)
            policy.observe(reply("BUILDING"), now)
    # Looks at 0, 1, 3; the next would be at 7, past the deadline (6): one last look at 5.5.
    assert sent == [0.0, 1.0, 3.0, 5.5]


def test_a_failed_look_is_retried_as_an_idempotent_get() -> None:
    outage = reply("", 503)
    result, sent = drive(poll(60), [reply("BUILDING"), outage, reply("DEPLOYED")])
    assert result == "DEPLOYED"
    # The retry of the failed look comes after the retry backoff, not the poll's pause.
    assert sent[:2] == [0.0, 1.0]
    assert sent[2] == pytest.approx(1.0 + LIMITS.backoff_initial)


def test_an_answer_that_cannot_be_retried_ends_the_poll() -> None:
    with pytest.raises(NotFoundError):
        drive(poll(60), [reply("BUILDING"), reply("", 404)])


def test_a_poll_whose_last_looks_failed_raises_the_failure_not_the_timeout() -> None:
    with pytest.raises(InternalServerError):
        drive(poll(3.0, max_retries=100), [reply("BUILDING")] + [reply("", 500)] * 50)


def revision_reply(status: str) -> Reply:
    body = {
        "id": "0b5a3c1e-8d4f-4a55-9a6b-5c3f2e1d0a9b",
        "created_at": "2026-12-07T12:00:00+00:00",
        "updated_at": "2026-12-07T12:00:01+00:00",
        "status": status,
        "source": "github",
        "source_revision_config": {"repo_ref": "main"},
    }
    return Reply(200, {}, json.dumps(body).encode(), 0.0)


def test_a_wait_tells_each_change_of_status_and_logs_an_unknown_one_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[str] = []
    watch = RevisionWatch("dep", "rev", seen.append, frozenset())
    statuses = ["QUEUED", "QUEUED", "ROLLING_BACK", "ROLLING_BACK", "UNKNOWN", "ROLLING_BACK"]
    with caplog.at_level(logging.WARNING, logger="langsmith_control_plane"):
        assert [watch.look(revision_reply(status)) for status in statuses] == [None] * 6
    assert seen == ["QUEUED", "ROLLING_BACK", "UNKNOWN", "ROLLING_BACK"]
    assert [record.getMessage() for record in caplog.records] == [
        "revision rev of deployment dep reported the status 'ROLLING_BACK', which this SDK "
        "does not know; waiting on as if it were in progress"
    ]
    # The last revision seen is the last one the document's model can hold.
    assert watch.revision is not None
    assert str(watch.revision.status) == "UNKNOWN"
    assert watch.status == "ROLLING_BACK"
    final = watch.look(revision_reply("INTERRUPTED"))
    assert final is not None
    assert str(final.status) == "INTERRUPTED"
    assert seen[-1] == "INTERRUPTED"


def test_a_revision_answer_without_a_status_is_an_unexpected_response() -> None:
    watch = RevisionWatch("dep", "rev", None, frozenset())
    with pytest.raises(UnexpectedResponseError, match="a revision without a status"):
        watch.look(Reply(200, {}, b'{"id": "x"}', 0.0))
