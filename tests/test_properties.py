"""Property tests: ids always reach their own route, any body is either a result or a typed
error, and the waiting policy keeps its promises for any sequence of answers."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langsmith_control_plane import (
    AuthNotFoundError,
    AuthResult,
    ConfigurationError,
    ControlPlane,
    ControlPlaneError,
    UnexpectedResponseError,
)
from langsmith_control_plane.testing import Emulator
from langsmith_control_plane.waiting import (
    BACKOFF_MAX,
    APIConnectionError,
    Done,
    Reply,
    Send,
    Sleep,
    Wait,
    interpret,
)


@pytest.fixture(scope="module")
def client() -> Iterator[tuple[Emulator, ControlPlane]]:
    with (
        Emulator() as emu,
        ControlPlane(base_url=emu.url, api_key=emu.api_key, max_retries=0) as cp,
    ):
        yield emu, cp


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    auth_id=st.one_of(
        st.text(min_size=1, max_size=40),
        st.text(alphabet="/?#%. \\", min_size=1, max_size=12),
        st.sampled_from([".", "..", "../x", "a/../../b", "%2F", "%", "?", "#", " "]),
        st.text(alphabet="ab/é", min_size=200, max_size=600),
    )
)
def test_any_auth_id_reaches_exactly_its_own_route(
    client: tuple[Emulator, ControlPlane], auth_id: str
) -> None:
    emu, cp = client
    emu.reset_requests()
    try:
        auth_id.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(ConfigurationError):
            cp.auth.check(auth_id)
        assert emu.requests() == []
        return
    # An unknown flow: the emulator answers not_found only on the wait route, with this id.
    with pytest.raises(AuthNotFoundError):
        cp.auth.check(auth_id)
    (request,) = emu.requests()
    assert request.auth_id == auth_id


def test_empty_auth_id_is_refused_before_sending(client: tuple[Emulator, ControlPlane]) -> None:
    emu, cp = client
    emu.reset_requests()
    with pytest.raises(ConfigurationError, match="must not be empty"):
        cp.auth.wait("")
    assert emu.requests() == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
status_objects = st.fixed_dictionaries(
    {"status": st.sampled_from(["completed", "pending", "timeout", "not_found"]) | json_values},
    optional={"token": st.none() | st.text() | json_values},
)


@settings(max_examples=500)
@given(
    body=st.one_of(
        json_values.map(lambda v: json.dumps(v).encode()),
        status_objects.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=64),
    ),
    status_code=st.sampled_from([200, 200, 200, 301, 401, 403, 404, 418, 422, 429, 500, 503]),
    retry_after=st.none() | st.text(max_size=40),
)
def test_any_answer_is_a_result_or_a_typed_error(
    body: bytes, status_code: int, retry_after: str | None
) -> None:
    headers = {} if retry_after is None else {"retry-after": retry_after}
    outcome = interpret("flow", Reply(status_code, headers, body, 0.0))
    assert isinstance(outcome, AuthResult | ControlPlaneError)
    if status_code == 200 and not isinstance(outcome, AuthResult | AuthNotFoundError):
        assert isinstance(outcome, UnexpectedResponseError)


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
def test_the_policy_never_overruns_its_bounds(
    timeout: float,
    poll_timeout: int,
    max_retries: int,
    script: list[tuple[tuple[str, object], float]],
    seed: int,
) -> None:
    wait = Wait(
        "f",
        timeout=timeout,
        poll_timeout=poll_timeout,
        max_retries=max_retries,
        rng=random.Random(seed),
    )
    now, sends, steps = 1000.0, 0, iter(script)
    ceiling = 0.0  # the longest backoff the last failure allows
    try:
        while True:
            action = wait.next_action(now)
            if isinstance(action, Done):
                pytest.fail("no answer completed the flow")
            if isinstance(action, Sleep):
                assert 0 < action.seconds <= ceiling + 1e-9
                assert now + action.seconds <= wait.deadline
                now += action.seconds
                continue
            assert isinstance(action, Send)
            sends += 1
            assert 0 <= action.server_timeout <= poll_timeout
            assert sends == 1 or now + action.server_timeout <= wait.deadline
            assert action.read_timeout > action.server_timeout
            (kind, value), took = next(steps, (("status", "timeout"), action.server_timeout))
            # The server never holds a request longer than asked.
            now += min(took, action.server_timeout + 0.5)
            # A failure allows a full-jitter backoff up to the cap, or what Retry-After asked;
            # a timeout/pending answer only the pause that keeps re-polls to one a second.
            ceiling = max(BACKOFF_MAX, float(value) if kind == "retry-after" else 0)  # type: ignore[arg-type]
            if kind == "status":
                body = json.dumps({"status": value, "token": None}).encode()
                wait.handle(Reply(200, {}, body, 0.0), now)
            elif kind == "http":
                wait.handle(Reply(int(value), {}, b"{}", 0.0), now)  # type: ignore[call-overload]
            elif kind == "retry-after":
                wait.handle(Reply(503, {"retry-after": str(value)}, b"{}", 0.0), now)
            else:
                wait.handle(APIConnectionError("reset"), now)
    except ControlPlaneError:
        pass
    assert sends <= math.ceil(timeout) * 2 + len(script) + 2
