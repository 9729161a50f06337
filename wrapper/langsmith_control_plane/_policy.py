"""The policies: deadlines, per-request time budgets, retries, backoff, what statuses mean.

Pure, in the manner of h11: no sockets, no clock, no sleeping, no HTTP library, no generated
code, and every limit passed in (`Limits`). A policy is asked what to do next (`Send` a request,
`Sleep`, or `Finish`); the sync and async clients do it and report back what happened (a
`Reply`, or the `ControlPlaneError` a transport failure amounts to). A policy that has finished
or failed refuses further use. Everything here is unit-tested without a network.

Three policies; every call of the SDK is one of them:
- `CallPolicy`: one request. An idempotent one (GET, HEAD, PUT, DELETE, OPTIONS) is retried on a
  connection failure, a timeout and the retryable statuses; a POST or PATCH is sent again only
  when it provably never reached the server, or the server said it did not act on it (429, or
  503 with Retry-After). Every generated method, `auth.authenticate` and `auth.check`.
- `PollPolicy`: `auth.wait`, long-polls until the flow completes or the deadline passes.
- `StatusPollPolicy`: `deployments.revisions.wait`, looks with plain GETs, backing off with
  jitter between looks, until the status is final or the deadline passes; what a revision's
  status means is `revision_outcome`.

What a success answer means is the caller's: each policy is given a function from the `Reply`
to the result, which raises the `ControlPlaneError` an answer amounts to.

Why not stamina or tenacity: both own the loop and do the sleeping themselves, so they cannot be the
I/O-free core that one sync and one async shell share; the retry decision here also depends on the
long-poll's deadline and the server's `Retry-After`, which would split the policy in two places.
The backoff itself is `backoff_ceiling` and one line of "full jitter" in `Policy._fail`.
"""

from __future__ import annotations

import enum
import json
import math
import random
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Generic, TypeVar

import attrs

from ._redact import mask_body
from .errors import (
    Answer,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthWaitTimeoutError,
    ControlPlaneError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
)

__all__ = [
    "IDEMPOTENT_METHODS",
    "CallPolicy",
    "Finish",
    "Limits",
    "Policy",
    "PollPolicy",
    "Reply",
    "RetryEvent",
    "RevisionOutcome",
    "Send",
    "Sleep",
    "StatusPollPolicy",
    "answer_details",
    "backoff_ceiling",
    "failure_log_type",
    "poll_delay",
    "revision_outcome",
    "status_error",
]

# Methods whose repetition the server must treat as one request (RFC 9110, 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

T = TypeVar("T")

# One generator for the process: seeding a new one per call reads os.urandom each time.
_JITTER = random.Random()  # noqa: S311 - jitter, not cryptography


@attrs.frozen
class Limits:
    """Every limit the policies apply. The defaults suit the real service; tests pass small ones."""

    connect_timeout: float = 10.0
    """Longest time to open a connection."""
    read_margin: float = 5.0
    """Added to a request's server-side hold to get its read timeout: time for the answer."""
    deadline_grace: float = 1.0
    """How long past the call's deadline a request still in flight may run."""
    min_poll_interval: float = 1.0
    """Least time between the starts of two polls, so a server that answers at once is not
    polled in a hot loop."""
    last_look_lead: float = 0.5
    """The final look of a wait goes out at the latest this long before the deadline."""
    backoff_initial: float = 0.5
    """Ceiling of the first jittered retry delay; it doubles with each failure in a row."""
    backoff_max: float = 10.0
    """Largest ceiling of a retry delay."""
    jitter: bool = True
    """Full jitter: each retry delay drawn between 0 and its ceiling (else the ceiling)."""
    max_body_bytes: int = 1024 * 1024
    """Largest response body read (after decompression)."""
    request_timeout: float = 30.0
    """Read timeout of a request without a server-side hold."""
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    """Statuses after which an idempotent request is sent again."""
    max_connect_attempts: int = 3
    """Attempts in a row that fail to connect (refused, unknown host, TLS refused) before the
    call fails: a dead API or a wrong base_url is said at once, not after the whole deadline.
    Timeouts and errors from a server that answered keep the call's patience."""
    status_poll_initial: float = 1.0
    """Ceiling of the first pause between two looks of a status poll (a revision's wait); it
    doubles with each look, jittered between half the ceiling and the ceiling."""
    status_poll_max: float = 5.0
    """Largest ceiling of a pause between two looks of a status poll."""
    failure_log_lines: int = 20
    """How many of a failed revision's last log lines its `RevisionFailedError` carries."""
    secret_fields: frozenset[str] = frozenset({"token"})
    """Keys of JSON bodies whose values are masked in errors (the client passes the generated
    `SECRET_FIELDS`)."""


@attrs.frozen
class Send:
    """Send the call's request. `poll_timeout` is the server-side hold (None: the request has
    none). The HTTP client uses `connect_timeout` and `read_timeout`; the whole exchange, body
    included, must be over by `deadline` (monotonic). `attempt` counts from 1."""

    poll_timeout: int | None
    connect_timeout: float
    read_timeout: float
    deadline: float
    attempt: int


@attrs.frozen
class RetryEvent:
    """A failed attempt that will be retried: what `on_retry=` is called with.

    `attempt` is the attempt that failed (from 1), `cause` the error it ended with, and `sleep`
    the seconds before the next attempt.
    """

    attempt: int
    cause: ControlPlaneError
    sleep: float


@attrs.frozen
class Sleep:
    """Wait `seconds` before asking again."""

    seconds: float


@attrs.frozen
class Finish(Generic[T]):
    """The call is over; hand `result` to the caller."""

    result: T


@attrs.frozen
class Reply:
    """What the server answered.

    `headers` has lower-case keys; `wall_time` (epoch seconds) dates an HTTP-date Retry-After;
    `redirect_origin` is the scheme and host a redirect pointed to, as the shell parsed it;
    `method` and `path` (without the query) name the request, for errors.
    """

    status_code: int
    headers: Mapping[str, str]
    body: bytes
    wall_time: float
    redirect_origin: str | None = None
    method: str = ""
    path: str = ""


class _State(enum.Enum):
    READY = "ready"  # next_action may send
    SENT = "sent"  # waiting for observe()
    FINISHED = "finished"
    FAILED = "failed"


class Policy(Generic[T]):
    """Deadline, retries and state shared by the policies; subclasses say what answers mean.

    The shells drive any policy the same way: `next_action(now)` until it returns `Finish`,
    and after each `Send`, `observe(outcome, now)`.
    """

    def __init__(
        self, *, timeout: float, max_retries: int, limits: Limits, rng: random.Random
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.limits = limits
        self.deadline = math.inf  # set by the first next_action
        self._rng = rng
        self._state = _State.READY
        # In a 1-tuple once finished: a result may itself be None (a 204's).
        self._result: tuple[T] | None = None
        self._failures = 0
        self._connect_failures = 0
        self._last_error: ControlPlaneError | None = None
        self._send_at: float | None = None  # when the next request may go out
        self._next_poll_timeout: int | None = None
        self._last_start = -math.inf
        self._attempts = 0

    def next_action(self, now: float) -> Send | Sleep | Finish[T]:
        """What to do next: send the request, sleep, or return the result."""
        if self._state is _State.FINISHED:
            assert self._result is not None
            return Finish(self._result[0])
        self._require(_State.READY, "next_action")
        if self._send_at is None:  # the first request
            self.deadline = now + self.timeout
            self._send_at = now
            self._next_poll_timeout = self._poll_timeout_at(now)
        if now < self._send_at:
            return Sleep(self._send_at - now)
        self._state = _State.SENT
        self._last_start = now
        return self._send(now, self._next_poll_timeout)

    def observe(self, outcome: Reply | ControlPlaneError, now: float) -> RetryEvent | None:
        """Take what the last `Send` produced; raise the error that ends the call, if any.

        Returns the `RetryEvent` when the outcome was a failure that will be retried.
        """
        self._require(_State.SENT, "observe")
        self._state = _State.FAILED  # until proven otherwise, so an escaping raise sticks
        self._attempts += 1
        try:
            if isinstance(outcome, Reply) and 200 <= outcome.status_code < 300:
                self._failures, self._connect_failures, self._last_error = 0, 0, None
                self._answered(outcome, now)
                return None
            error = (
                outcome
                if isinstance(outcome, ControlPlaneError)
                else status_error(outcome, self.limits.secret_fields)
            )
            if isinstance(error, APIStatusError | APIConnectionError):
                error.attempts = self._attempts
            return self._fail(error, outcome, now)
        except BaseException:
            self._state = _State.FAILED
            raise

    # For subclasses.

    def _poll_timeout_at(self, at: float) -> int | None:
        """The server-side hold of a request sent at `at` (None: the request has none)."""
        return None

    def _answered(self, reply: Reply, now: float) -> None:
        raise NotImplementedError

    def _retryable(self, error: ControlPlaneError, outcome: Reply | ControlPlaneError) -> bool:
        """The idempotent rule: any connection failure, and the retryable statuses."""
        return isinstance(error, APIConnectionError) or (
            isinstance(outcome, Reply) and outcome.status_code in self.limits.retry_statuses
        )

    def _out_of_time(self) -> ControlPlaneError:
        assert self._last_error is not None
        return self._last_error

    # Shared mechanics.

    def _finish(self, result: T) -> None:
        self._result = (result,)
        self._state = _State.FINISHED

    def _again(self, at: float, poll_timeout: int | None) -> None:
        self._send_at, self._next_poll_timeout = at, poll_timeout
        self._state = _State.READY

    def _send(self, now: float, poll_timeout: int | None) -> Send:
        limits = self.limits
        wanted = (
            limits.request_timeout if poll_timeout is None else poll_timeout + limits.read_margin
        )
        # No request runs more than `deadline_grace` past the call's deadline.
        budget = max(self.deadline + limits.deadline_grace - now, 0.001)
        connect, read = min(limits.connect_timeout, budget), min(wanted, budget)
        return Send(
            poll_timeout=poll_timeout,
            connect_timeout=connect,
            read_timeout=read,
            deadline=now + min(connect + read, budget),
            attempt=self._failures + 1,
        )

    def _fail(
        self, error: ControlPlaneError, outcome: Reply | ControlPlaneError, now: float
    ) -> RetryEvent:
        if not self._retryable(error, outcome):
            raise error
        if _could_not_connect(error):
            self._connect_failures += 1
            if self._connect_failures >= self.limits.max_connect_attempts:
                raise error
        else:
            self._connect_failures = 0
        self._failures += 1
        self._last_error = error
        if self._failures > self.max_retries:
            raise error
        ceiling = backoff_ceiling(self._failures, self.limits)
        delay = self._rng.uniform(0, ceiling) if self.limits.jitter else ceiling
        retry_after = _retry_after(outcome) if isinstance(outcome, Reply) else None
        if retry_after is not None:
            delay = max(delay, retry_after)
        if now + delay >= self.deadline:
            raise self._out_of_time()
        self._again(now + delay, self._poll_timeout_at(now + delay))
        return RetryEvent(self._attempts, error, delay)

    def _require(self, state: _State, method: str) -> None:
        if self._state is not state:
            raise RuntimeError(
                f"{type(self).__name__}.{method}() called in state {self._state.value!r}"
            )


class CallPolicy(Policy[T]):
    """One request, within `timeout` seconds; `parse` turns a 2xx answer into the result.

    `idempotent` (see `IDEMPOTENT_METHODS`) decides the retries. An idempotent request is sent
    again after a connection failure, a timeout or a status in `limits.retry_statuses`, with
    jittered backoff and at least the server's Retry-After. Otherwise it is sent again only when
    it provably never reached the server (a failure while connecting) or the server said it did
    not act on it (429, or 503 with Retry-After), so the server never acts on it twice. When
    time runs out, the last failure is raised. `hold` is the request's server-side hold in
    seconds (None: it has none; `auth.check` looks with 0).
    """

    def __init__(
        self,
        parse: Callable[[Reply], T],
        *,
        idempotent: bool,
        timeout: float,
        max_retries: int,
        limits: Limits = Limits(),
        hold: int | None = None,
        rng: random.Random = _JITTER,
    ) -> None:
        super().__init__(timeout=timeout, max_retries=max_retries, limits=limits, rng=rng)
        self._parse = parse
        self.idempotent = idempotent
        self._hold = hold

    def _poll_timeout_at(self, at: float) -> int | None:
        return self._hold

    def _answered(self, reply: Reply, now: float) -> None:
        self._finish(self._parse(reply))

    def _retryable(self, error: ControlPlaneError, outcome: Reply | ControlPlaneError) -> bool:
        if self.idempotent:
            return super()._retryable(error, outcome)
        if isinstance(error, APIConnectionError):
            return not error.reached_server
        if isinstance(error, RateLimitError):
            return True
        return (
            isinstance(error, APIStatusError)
            and error.status_code == 503
            and isinstance(outcome, Reply)
            and _retry_after(outcome) is not None
        )


class PollPolicy(Policy[T]):
    """`auth.wait`: long-poll until the flow completes, within `timeout` seconds overall.

    Each request asks the server to hold it for at most `poll_timeout` seconds (never past the
    deadline). `answer` reads each 200 answer: the result when the flow completed, None when it
    has not yet (the policy polls again), or it raises what the answer amounts to (the flow is
    unknown, its status is one this SDK does not handle). The final look (`timeout=0`) goes out
    no earlier than `limits.last_look_lead` before the deadline, so a flow completed in the last
    second is seen. When time runs out, a wait whose last attempt failed raises that failure (an
    outage is not a slow user); otherwise `AuthWaitTimeoutError`.
    """

    def __init__(
        self,
        auth_id: str,
        answer: Callable[[Reply], T | None],
        *,
        timeout: float,
        poll_timeout: int,
        max_retries: int,
        limits: Limits = Limits(),
        rng: random.Random = _JITTER,
    ) -> None:
        super().__init__(timeout=timeout, max_retries=max_retries, limits=limits, rng=rng)
        self.auth_id = auth_id
        self.poll_timeout = poll_timeout
        self._answer = answer
        self._last_look_sent = False

    def _poll_timeout_at(self, at: float) -> int:
        # Never past the deadline; 0 (a look) when less than a second is left, so even a short
        # timeout gets its one look. The microsecond: `(now + 20) - now` can round to just under
        # 20, which would cut the first hold short by a whole second.
        return max(0, min(self.poll_timeout, math.floor(self.deadline - at + 1e-6)))

    def _answered(self, reply: Reply, now: float) -> None:
        result = self._answer(reply)
        if result is not None:
            self._finish(result)
        else:
            self._schedule_next_poll(now)

    def _schedule_next_poll(self, now: float) -> None:
        limits = self.limits
        if self._last_look_sent:
            raise self._out_of_time()
        next_at = max(now, self._last_start + limits.min_poll_interval)
        if self.deadline - next_at >= 1:
            self._again(next_at, self._poll_timeout_at(next_at))
            return
        # The final stretch: one last look, as late as allowed, unless this answer already
        # came within `last_look_lead` of the deadline.
        latest = self.deadline - limits.last_look_lead
        if now >= latest:
            raise self._out_of_time()
        self._last_look_sent = True
        self._again(latest if next_at >= self.deadline else max(next_at, latest), 0)

    def _out_of_time(self) -> ControlPlaneError:
        if self._last_error is not None:
            return self._last_error
        return AuthWaitTimeoutError(self.auth_id, self.timeout)


class StatusPollPolicy(Policy[T]):
    """`deployments.revisions.wait`: look with plain idempotent GETs until the status is final,
    within `timeout` seconds overall.

    `look` reads each 2xx answer: the result when the status is final, None to look again (or
    it raises what the answer amounts to). Between looks the policy pauses `poll_delay`, so a
    long build is looked at less and less often, and many waiters do not look in step. A
    failed look is retried as any idempotent request. The last look goes out no later than
    `limits.last_look_lead` before the deadline. When time runs out, a wait whose last attempt
    failed raises that failure (an outage is not a slow build); otherwise what `timed_out()`
    makes (the timeout error, with the last status seen).
    """

    def __init__(
        self,
        look: Callable[[Reply], T | None],
        *,
        timed_out: Callable[[], ControlPlaneError],
        timeout: float,
        max_retries: int,
        limits: Limits = Limits(),
        rng: random.Random = _JITTER,
    ) -> None:
        super().__init__(timeout=timeout, max_retries=max_retries, limits=limits, rng=rng)
        self._look = look
        self._timed_out = timed_out
        self._looks = 0
        self._last_look_sent = False

    def _answered(self, reply: Reply, now: float) -> None:
        result = self._look(reply)
        if result is not None:
            self._finish(result)
            return
        self._looks += 1
        if self._last_look_sent:
            raise self._out_of_time()
        latest = self.deadline - self.limits.last_look_lead
        next_at = now + poll_delay(self._looks, self.limits, self._rng)
        if next_at >= latest:
            if now >= latest:
                raise self._out_of_time()
            self._last_look_sent = True
            next_at = latest
        self._again(next_at, None)

    def _out_of_time(self) -> ControlPlaneError:
        if self._last_error is not None:
            return self._last_error
        return self._timed_out()


def poll_delay(looks: int, limits: Limits = Limits(), rng: random.Random = _JITTER) -> float:
    """The pause after the `looks`-th look (>= 1) of a status poll: its ceiling starts at
    `status_poll_initial` and doubles up to `status_poll_max`; with `jitter`, drawn between half
    the ceiling and the ceiling ("equal jitter": a poll never turns into a hot loop)."""
    ceiling = min(limits.status_poll_max, limits.status_poll_initial * 2.0 ** min(looks - 1, 32))
    return rng.uniform(ceiling / 2, ceiling) if limits.jitter else ceiling


class RevisionOutcome(enum.Enum):
    """What a revision's status means to a wait."""

    DEPLOYED = "deployed"
    FAILED = "failed"
    IN_PROGRESS = "in progress"
    UNKNOWN = "unknown"
    """`UNKNOWN`, or a status this SDK does not know: looked at again, as in progress."""


_IN_PROGRESS = frozenset(
    {"CREATING", "QUEUED", "AWAITING_BUILD", "BUILDING", "AWAITING_DEPLOY", "DEPLOYING"}
)
# Every final status but DEPLOYED. INTERRUPTED is final: langgraph-cli polls it until its
# timeout, a wait that can only end badly.
_FAILED = frozenset({"CREATE_FAILED", "BUILD_FAILED", "DEPLOY_FAILED", "SKIPPED", "INTERRUPTED"})


def revision_outcome(status: str) -> RevisionOutcome:
    """What a revision's `status` (the server's word) means to a wait."""
    if status == "DEPLOYED":
        return RevisionOutcome.DEPLOYED
    if status in _FAILED:
        return RevisionOutcome.FAILED
    if status in _IN_PROGRESS:
        return RevisionOutcome.IN_PROGRESS
    return RevisionOutcome.UNKNOWN


def failure_log_type(status: str) -> str:
    """Which logs tell why a revision failed: the build's for a failed build, else the
    deployment's (the document's `type` of the revision logs: `build` or `deploy`)."""
    return "build" if status == "BUILD_FAILED" else "deploy"


def _could_not_connect(error: ControlPlaneError) -> bool:
    """A connection refused, a host name unknown, a TLS handshake refused: not a timeout, and
    nothing reached a server."""
    return (
        isinstance(error, APIConnectionError)
        and not isinstance(error, APITimeoutError)
        and not error.reached_server
    )


def backoff_ceiling(failures: int, limits: Limits = Limits()) -> float:
    """The upper bound of the jittered sleep after `failures` consecutive failures (>= 1)."""
    return min(limits.backoff_max, limits.backoff_initial * 2.0 ** min(failures - 1, 32))


def status_error(reply: Reply, secret_fields: frozenset[str] = frozenset()) -> APIStatusError:
    """The error an HTTP answer outside 2xx amounts to, with what a support ticket needs."""
    code = reply.status_code
    answer = answer_details(reply, secret_fields)
    if 300 <= code < 400:
        return UnexpectedResponseError(
            f"the server redirected ({code}) to {reply.redirect_origin or 'another location'}; "
            "redirects are not followed, so credentials never leave base_url's origin",
            status_code=code,
            hint="set base_url to the final URL",
            **answer,
        )
    if code == 401:
        return AuthenticationError(
            "401 Unauthorized: the credentials were rejected", status_code=code, **answer
        )
    if code == 403:
        return PermissionDeniedError(
            "403 Forbidden: the credentials are not allowed here", status_code=code, **answer
        )
    if code == 404:
        # The server's own words first ("no provider 'nope'"): they say which id was missing.
        said = _detail_text(answer["body"])
        return NotFoundError(
            f"404 Not Found: {said}" if said else "404 Not Found", status_code=code, **answer
        )
    if code == 422:
        errors = _validation_errors(reply.body)
        details = "; ".join(
            f"{'.'.join(str(part) for part in _parts(error.get('loc')))}: {error.get('msg', '')}"
            for error in errors[:5]
        )
        return RequestValidationError(
            f"422 the server rejected the request: {details or 'no details given'}",
            errors=errors,
            **answer,
        )
    if code == 429:
        return RateLimitError(
            "429 Too Many Requests: the control plane is rate limiting this client",
            retry_after=_retry_after(reply),
            **answer,
        )
    if code >= 500:
        return InternalServerError(
            f"{code} server error from the control plane or a proxy in front of it",
            status_code=code,
            **answer,
        )
    return APIStatusError(
        f"unexpected HTTP status {code} from the control plane", status_code=code, **answer
    )


def answer_details(reply: Reply, secret_fields: frozenset[str]) -> Answer:
    """What an error about `reply` carries: its headers, masked body excerpt and request."""
    return {
        "headers": reply.headers,
        "body": mask_body(reply.body, secret_fields),
        "method": reply.method,
        "path": reply.path,
    }


def _parts(loc: object) -> list[object]:
    return list(loc) if isinstance(loc, list | tuple) else []


def _detail_text(body: str) -> str:
    """FastAPI's `{"detail": "..."}` text of an error answer (secrets already masked), if any."""
    try:
        detail = json.loads(body).get("detail")
    except (ValueError, AttributeError):
        return ""
    return " ".join(detail.split())[:200] if isinstance(detail, str) else ""


def _validation_errors(body: bytes) -> list[dict[str, object]]:
    """The items of FastAPI's 422 body (`{"detail": [{"loc", "msg", "type"}, ...]}`), if any."""
    try:
        detail = json.loads(body).get("detail")
    except (ValueError, UnicodeDecodeError, AttributeError):
        return []
    if not isinstance(detail, list):
        return []
    return [item for item in detail if isinstance(item, dict)]


def _retry_after(reply: Reply) -> float | None:
    """Retry-After in seconds, as a delay or an HTTP date (dated against the reply's Date)."""
    value = reply.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value).timestamp()
            sent = reply.headers.get("date")
            base = parsedate_to_datetime(sent).timestamp() if sent else reply.wall_time
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when - base
    return max(0.0, seconds) if math.isfinite(seconds) else None
