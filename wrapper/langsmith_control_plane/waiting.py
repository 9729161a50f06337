"""The waiting policy: deadlines, per-request time budgets, retries, backoff, what answers mean.

Pure, in the manner of h11: no sockets, no clock, no sleeping, no HTTP library, and every limit
passed in (`Limits`). A policy is asked what to do next (`Send` a request, `Sleep`, or `Finish`);
the sync and async clients do it and report back what happened (a `Reply`, or the
`ControlPlaneError` a transport failure amounts to). A policy that has finished or failed refuses
further use. Everything here is unit-tested without a network.

Three policies, one per kind of call:
- `PollPolicy`, `auth.wait`: long-polls until the flow completes or the deadline passes.
- `LookPolicy`, `auth.check`: one look without a server-side hold, transient failures retried
  within its own short budget.
- `SubmitPolicy`, `auth.authenticate`: one non-idempotent request, sent again only when it
  provably never reached the server or the server said it did not act on it.

Why not stamina or tenacity: both own the loop and do the sleeping themselves, so they cannot be the
I/O-free core that one sync and one async shell share; the retry decision here also depends on the
long-poll's deadline and the server's `Retry-After`, which would split the policy in two places.
The backoff itself is `backoff_ceiling` and one line of "full jitter" in `Policy._fail`.
"""

from __future__ import annotations

import enum
import math
import random
import zlib
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Generic, TypeVar

import attrs

from ._operations import (
    JSONObject,
    decode_object,
    parse_authenticate_response,
    parse_validation_errors,
    parse_wait_response,
)
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthNotFoundError,
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
from .models import SECRET_FIELDS, AuthCheckResult, AuthenticateResult, AuthResult, AuthStatus

__all__ = [
    "BodyReader",
    "Finish",
    "Limits",
    "LookPolicy",
    "Policy",
    "PollPolicy",
    "Reply",
    "Send",
    "Sleep",
    "SubmitPolicy",
    "authenticate_result",
    "backoff_ceiling",
    "consent_flow",
    "status_error",
]

# Answers of authenticate that start a consent flow: the user must visit `url`, then the flow
# is waited on by `auth_id`.
CONSENT_STATUSES = frozenset({"pending", "connection_required", "token_expired"})

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
    max_body_bytes: int = 1024 * 1024
    """Largest response body read (after decompression)."""
    request_timeout: float = 30.0
    """Read timeout of a request without a server-side hold (`authenticate`)."""


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
    `redirect_origin` is the scheme and host a redirect pointed to, as the shell parsed it.
    """

    status_code: int
    headers: Mapping[str, str]
    body: bytes
    wall_time: float
    redirect_origin: str | None = None


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
        self._result: T | None = None
        self._failures = 0
        self._last_error: ControlPlaneError | None = None
        self._send_at: float | None = None  # when the next request may go out
        self._next_poll_timeout: int | None = None
        self._last_start = -math.inf

    def next_action(self, now: float) -> Send | Sleep | Finish[T]:
        """What to do next: send the request, sleep, or return the result."""
        if self._state is _State.FINISHED:
            assert self._result is not None
            return Finish(self._result)
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

    def observe(self, outcome: Reply | ControlPlaneError, now: float) -> None:
        """Take what the last `Send` produced; raise the error that ends the call, if any."""
        self._require(_State.SENT, "observe")
        self._state = _State.FAILED  # until proven otherwise, so an escaping raise sticks
        try:
            if isinstance(outcome, Reply) and outcome.status_code == 200:
                self._failures, self._last_error = 0, None
                self._answered(outcome, now)
            else:
                error = outcome if isinstance(outcome, ControlPlaneError) else status_error(outcome)
                self._fail(error, outcome, now)
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
        return isinstance(error, APIConnectionError) or (
            isinstance(error, APIStatusError) and error.status_code in (429, 502, 503, 504)
        )

    def _out_of_time(self) -> ControlPlaneError:
        assert self._last_error is not None
        return self._last_error

    # Shared mechanics.

    def _finish(self, result: T) -> None:
        self._result = result
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
    ) -> None:
        if not self._retryable(error, outcome):
            raise error
        self._failures += 1
        self._last_error = error
        if self._failures > self.max_retries:
            raise error
        delay = self._rng.uniform(0, backoff_ceiling(self._failures, self.limits))  # full jitter
        retry_after = _retry_after(outcome) if isinstance(outcome, Reply) else None
        if retry_after is not None:
            delay = max(delay, retry_after)
        if now + delay >= self.deadline:
            raise self._out_of_time()
        self._again(now + delay, self._poll_timeout_at(now + delay))

    def _require(self, state: _State, method: str) -> None:
        if self._state is not state:
            raise RuntimeError(
                f"{type(self).__name__}.{method}() called in state {self._state.value!r}"
            )


class PollPolicy(Policy[AuthResult]):
    """`auth.wait`: long-poll until the flow completes, within `timeout` seconds overall.

    Each request asks the server to hold it for at most `poll_timeout` seconds (never past the
    deadline); `pending` and `timeout` answers poll again, `completed` finishes, `not_found`
    raises `AuthNotFoundError`, and any other status, known to the generated enum or not, raises
    `UnexpectedAuthStatusError` at once. The final look (`timeout=0`) goes out no earlier than
    `limits.last_look_lead` before the deadline, so a flow completed in the last second is seen.
    When time runs out, a wait whose last attempt failed raises that failure (an outage is not a
    slow user); otherwise `AuthWaitTimeoutError`.
    """

    def __init__(
        self,
        auth_id: str,
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
        self._last_look_sent = False

    def _poll_timeout_at(self, at: float) -> int:
        # Never past the deadline; 0 (a look) when less than a second is left, so even a short
        # timeout gets its one look.
        return max(0, min(self.poll_timeout, math.floor(self.deadline - at)))

    def _answered(self, reply: Reply, now: float) -> None:
        data = decode_object(reply.body, status_code=200, expected="AuthWaitResponse")
        status = data.get("status")
        if status == "completed":
            response = parse_wait_response(data)
            token = _completed_token(response.token)
            self._finish(AuthResult(auth_id=self.auth_id, token=token, response=response))
        elif status in ("pending", "timeout"):
            self._schedule_next_poll(now)
        elif status == "not_found":
            raise AuthNotFoundError(self.auth_id)
        else:
            raise _unknown_status(status, self.auth_id, data)

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


class LookPolicy(Policy[AuthCheckResult]):
    """`auth.check`: one look at a flow without a server-side hold, within `timeout` seconds.

    Transient failures are retried only within that budget; when it runs out, the last failure
    is raised. The result's status is `"completed"` or `"pending"`.
    """

    def __init__(
        self,
        auth_id: str,
        *,
        timeout: float,
        max_retries: int,
        limits: Limits = Limits(),
        rng: random.Random = _JITTER,
    ) -> None:
        super().__init__(timeout=timeout, max_retries=max_retries, limits=limits, rng=rng)
        self.auth_id = auth_id

    def _poll_timeout_at(self, at: float) -> int:
        return 0

    def _answered(self, reply: Reply, now: float) -> None:
        data = decode_object(reply.body, status_code=200, expected="AuthWaitResponse")
        status = data.get("status")
        if status == "not_found":
            raise AuthNotFoundError(self.auth_id)
        if status not in ("completed", "pending", "timeout"):
            raise _unknown_status(status, self.auth_id, data)
        response = parse_wait_response(data)
        if status == "completed":
            token = _completed_token(response.token)
            self._finish(AuthCheckResult(self.auth_id, "completed", token, response))
        else:
            self._finish(AuthCheckResult(self.auth_id, "pending", _text(response.token), response))


class SubmitPolicy(Policy[T]):
    """One non-idempotent request (a POST), within `timeout` seconds.

    It is sent again only when it provably never reached the server (a failure while
    connecting) or the server said it did not act on it (429, or 503 with Retry-After); never
    after it may have been received, so the server never acts on it twice. `parse` turns the 200
    answer's JSON object into the result, raising the `ControlPlaneError` it amounts to.
    """

    def __init__(
        self,
        parse: Callable[[JSONObject], T],
        *,
        timeout: float,
        max_retries: int,
        limits: Limits = Limits(),
        rng: random.Random = _JITTER,
    ) -> None:
        super().__init__(timeout=timeout, max_retries=max_retries, limits=limits, rng=rng)
        self._parse = parse

    def _answered(self, reply: Reply, now: float) -> None:
        data = decode_object(reply.body, status_code=200, expected="object")
        self._finish(self._parse(data))

    def _retryable(self, error: ControlPlaneError, outcome: Reply | ControlPlaneError) -> bool:
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


def authenticate_result(data: JSONObject) -> AuthenticateResult:
    """What an authenticate answer means: a result, or the error it amounts to."""
    status = data.get("status")
    if not isinstance(status, str) or status not in {known.value for known in AuthStatus}:
        auth_id = data.get("auth_id")
        raise _unknown_status(status, auth_id if isinstance(auth_id, str) else None, data)
    response = parse_authenticate_response(data)
    token = _completed_token(response.token) if status == "completed" else _text(response.token)
    return AuthenticateResult(status, _text(response.url), _text(response.auth_id), token, response)


def _text(value: object) -> str | None:
    """A non-empty string field of an answer, or None."""
    return value if isinstance(value, str) and value else None


def _completed_token(value: object) -> str:
    """The token of a `completed` answer, which must have one."""
    token = _text(value)
    if token is None:
        raise UnexpectedResponseError(
            'the control plane answered status "completed" without a token', status_code=200
        )
    return token


def consent_flow(result: AuthenticateResult) -> tuple[str, str]:
    """The `(url, auth_id)` of the consent flow an authenticate answer started.

    Raises `UnexpectedAuthStatusError` for a status that is neither `completed` nor a consent
    flow, and `UnexpectedResponseError` when the flow lacks its URL or id.
    """
    if result.status not in CONSENT_STATUSES:
        raise _unknown_status(result.status, result.auth_id, result.response)
    if result.url is None or result.auth_id is None:
        raise UnexpectedResponseError(
            f"the control plane answered status {result.status!r} without a consent url and "
            "auth_id",
            status_code=200,
        )
    return result.url, result.auth_id


def backoff_ceiling(failures: int, limits: Limits = Limits()) -> float:
    """The upper bound of the jittered sleep after `failures` consecutive failures (>= 1)."""
    return min(limits.backoff_max, limits.backoff_initial * 2.0 ** min(failures - 1, 32))


def _unknown_status(status: object, auth_id: str | None, data: object) -> UnexpectedAuthStatusError:
    shown = status if isinstance(status, str) else repr(status)
    if isinstance(data, dict):  # the raw answer: its secrets masked, as everywhere
        data = {k: "***" if k in SECRET_FIELDS and v else v for k, v in data.items()}
    return UnexpectedAuthStatusError(shown[:80], auth_id=auth_id, response=data)


def status_error(reply: Reply) -> ControlPlaneError:
    """The error an HTTP answer other than 200 amounts to."""
    code = reply.status_code
    if 300 <= code < 400:
        return UnexpectedResponseError(
            f"the server redirected ({code}) to {reply.redirect_origin or 'another location'}; "
            "redirects are not followed, so credentials never leave base_url's origin",
            status_code=code,
            hint="set base_url to the final URL",
        )
    if code == 401:
        return AuthenticationError(
            "401 Unauthorized: the credentials were rejected", status_code=code
        )
    if code == 403:
        return PermissionDeniedError(
            "403 Forbidden: the credentials are not allowed here", status_code=code
        )
    if code == 404:
        return NotFoundError("404 Not Found: no such endpoint", status_code=code)
    if code == 422:
        errors = parse_validation_errors(reply.body)
        details = "; ".join(
            f"{'.'.join(str(part) for part in error.loc)}: {error.msg}" for error in errors[:5]
        )
        return RequestValidationError(
            f"422 the server rejected the request: {details or 'no details given'}",
            errors=errors,
        )
    if code == 429:
        return RateLimitError(
            "429 Too Many Requests: the control plane is rate limiting this client",
            retry_after=_retry_after(reply),
        )
    if code >= 500:
        return InternalServerError(
            f"{code} server error from the control plane or a proxy in front of it",
            status_code=code,
        )
    return APIStatusError(f"unexpected HTTP status {code} from the control plane", status_code=code)


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


class BodyReader:
    """Collects a response body, refusing one over `limit` bytes or past the deadline.

    The shells feed it the raw bytes as they stream, so a huge body is never held in memory and
    a server that trickles bytes cannot stretch a request beyond its time budget. A gzip or
    deflate body (the client asks for none, but a proxy may send one) is decompressed here,
    `limit` bytes at most at a time, so a small compressed read cannot inflate into a large one.

    An error answer (status 300 and up) is judged by its status, not its body: a proxy's huge
    or oddly encoded 503 page is cut short (`feed` returns False: read no more) instead of
    turning a retryable failure into a final one.
    """

    def __init__(
        self,
        headers: Mapping[str, str],
        *,
        status_code: int,
        deadline: float,
        limit: int,
        host: str,
    ) -> None:
        self._status_code = status_code
        self._host = host
        self._deadline = deadline
        self._limit = limit
        self._lenient = status_code >= 300
        self._done = False
        self._chunks: list[bytes] = []
        self._size = 0
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            self._refuse(self._too_large(int(declared)))
        encoding = headers.get("content-encoding", "identity").strip().lower()
        self._decoder = None
        if encoding in ("gzip", "x-gzip", "deflate"):
            # wbits 47: gzip or zlib header, detected from the data.
            self._decoder = zlib.decompressobj(47)
        elif encoding not in ("identity", ""):
            self._refuse(
                UnexpectedResponseError(
                    f"the response is encoded as {encoding!r}, which this client does not decode",
                    status_code=status_code,
                )
            )

    def feed(self, chunk: bytes, now: float) -> bool:
        """Add raw bytes; raise when the body grows too large or arrives too late.

        Returns whether to read on (False once an error answer's body was cut short).
        """
        if self._done:
            return False
        if now > self._deadline:
            raise APITimeoutError(
                f"{self._host} sent its answer too slowly", host=self._host, reached_server=True
            )
        if self._decoder is None:
            self._add(chunk)
            return not self._done
        try:
            while chunk and not self._done:
                self._add(self._decoder.decompress(chunk, self._limit - self._size + 1))
                chunk = self._decoder.unconsumed_tail
        except zlib.error as error:
            self._refuse(
                UnexpectedResponseError(
                    f"the response body is not valid compressed data ({error})",
                    status_code=self._status_code,
                )
            )
        return not self._done

    @property
    def body(self) -> bytes:
        """Everything fed so far, decoded."""
        return b"".join(self._chunks)

    def _add(self, data: bytes) -> None:
        if self._size + len(data) > self._limit:
            self._refuse(self._too_large(self._size + len(data)))
            return
        self._size += len(data)
        self._chunks.append(data)

    def _refuse(self, error: UnexpectedResponseError) -> None:
        """Raise `error` for a success answer; for an error answer, stop reading instead."""
        if not self._lenient:
            raise error
        self._done = True

    def _too_large(self, size: int) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"the response body is too large ({size} bytes or more, limit {self._limit}); "
            "refusing to read it",
            status_code=self._status_code,
        )
