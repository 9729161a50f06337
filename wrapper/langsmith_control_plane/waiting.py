"""The waiting policy: deadline, per-request timeouts, retries, backoff, status interpretation.

Pure, in the manner of h11: no sockets, no clock, no sleeping. A `Wait` is asked what to do next
(`Send` a request, `Sleep`, or `Done`); the sync and async clients do it and report back what
happened (`Reply` or an error). Everything here is unit-tested without a network.

Why not stamina or tenacity: both own the loop and do the sleeping themselves, so they cannot be the
I/O-free core that one sync and one async shell share; the retry decision here also depends on the
long-poll's deadline and the server's `Retry-After`, which would split the policy in two places.
The backoff itself is the three lines of "full jitter" below.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import httpx
from langsmith_control_plane_client.models import AuthWaitStatus, ValidationError

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthNotFoundError,
    AuthWaitTimeout,
    ControlPlaneError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
)
from .models import AuthResult

__all__ = [
    "MAX_BODY_BYTES",
    "BodyReader",
    "Done",
    "Reply",
    "Send",
    "Sleep",
    "Wait",
    "backoff_ceiling",
    "interpret",
    "transport_error",
]

# Added to a request's server-side wait to get its read timeout: time for the answer to travel.
READ_MARGIN = 5.0
CONNECT_TIMEOUT = 10.0
# A server that answers `pending` at once instead of holding the request must not cause a hot loop.
MIN_POLL_INTERVAL = 1.0
BACKOFF_INITIAL = 0.5
BACKOFF_MAX = 10.0
MAX_BODY_BYTES = 1024 * 1024
RETRYABLE_STATUS = frozenset({429, 502, 503, 504})
# One generator for the process: seeding a new one per wait reads os.urandom each time.
_JITTER = random.Random()  # noqa: S311 - jitter, not cryptography


@attrs.frozen
class Send:
    """Send one long-poll asking the server to hold it for `server_timeout` seconds.

    `read_timeout` and `connect_timeout` are for the HTTP client; the whole exchange, body
    included, must be over by `deadline` (a monotonic time). `attempt` counts from 1 and grows
    with each retry of a failure.
    """

    server_timeout: int
    read_timeout: float
    connect_timeout: float
    deadline: float
    attempt: int


@attrs.frozen
class Sleep:
    """Wait `seconds` before asking again."""

    seconds: float


@attrs.frozen
class Done:
    """The wait is over; hand `result` to the caller."""

    result: AuthResult


@attrs.frozen
class Reply:
    """What the server answered. `wall_time` (epoch seconds) dates an HTTP-date Retry-After."""

    status_code: int
    headers: Mapping[str, str]
    body: bytes
    wall_time: float


class Wait:
    """The policy for one `auth.wait` (or, with `once`, one `auth.check`) call.

    Call `next_action(now)` until it returns `Done`; after each `Send`, report the outcome with
    `handle(reply_or_error, now)`. Both raise the error that ends the call, if any. `now` is any
    monotonic clock in seconds; the deadline starts at the first `next_action`, so a 20 s wait
    asks the server for 20 s, not 19.99 rounded down.
    """

    def __init__(
        self,
        auth_id: str,
        *,
        timeout: float,
        poll_timeout: int,
        max_retries: int,
        once: bool = False,
        rng: random.Random | None = None,
    ) -> None:
        self.auth_id = auth_id
        self.timeout = timeout
        self.deadline = math.inf
        self.poll_timeout = poll_timeout
        self.max_retries = max_retries
        self.once = once
        self._rng = rng or _JITTER
        self._result: AuthResult | None = None
        self._failures = 0
        self._last_error: ControlPlaneError | None = None
        self._last_start: float | None = None
        self._not_before = -math.inf

    def next_action(self, now: float) -> Send | Sleep | Done:
        """What to do next: send a request, sleep, or return the result."""
        if self._result is not None:
            return Done(self._result)
        if self._last_start is None:
            self.deadline = now + self.timeout
        elif now < self._not_before:
            return Sleep(self._not_before - now)
        remaining = self.deadline - now
        # The first request always goes out (a short timeout still gets its one look); later
        # ones only while a whole second is left, since the server's wait is in whole seconds.
        if self._last_start is not None and remaining < 1:
            raise self._out_of_time()
        server_timeout = 0 if self.once else max(0, min(self.poll_timeout, math.floor(remaining)))
        read_timeout = server_timeout + READ_MARGIN
        self._last_start = now
        return Send(
            server_timeout=server_timeout,
            read_timeout=read_timeout,
            connect_timeout=CONNECT_TIMEOUT,
            deadline=now + CONNECT_TIMEOUT + read_timeout,
            attempt=self._failures + 1,
        )

    def handle(self, outcome: Reply | ControlPlaneError, now: float) -> None:
        """Take what the last `Send` produced; raise if it ends the call without a result."""
        interpreted = interpret(self.auth_id, outcome) if isinstance(outcome, Reply) else outcome
        if isinstance(interpreted, AuthResult):
            self._failures, self._last_error = 0, None
            if interpreted.completed or self.once:
                self._result = interpreted
            elif self._last_start is not None:
                # `timeout`/`pending`: ask again at once, unless the server answered early.
                self._not_before = max(now, self._last_start + MIN_POLL_INTERVAL)
                if self.deadline - self._not_before < 1:
                    raise self._out_of_time()  # no room for another poll: don't sleep first
            return
        if not is_retryable(interpreted):
            raise interpreted
        self._failures += 1
        self._last_error = interpreted
        if self._failures > self.max_retries:
            raise interpreted
        delay = self._rng.uniform(0, backoff_ceiling(self._failures))
        retry_after = _retry_after(outcome) if isinstance(outcome, Reply) else None
        if retry_after is not None:
            delay = max(delay, retry_after)
        if now + delay + (0 if self.once else 1) > self.deadline:
            raise self._out_of_time()
        self._not_before = now + delay

    def _out_of_time(self) -> ControlPlaneError:
        if self.once and self._last_error is not None:
            return self._last_error
        return AuthWaitTimeout(self.auth_id, self.timeout, self._last_error)


def backoff_ceiling(failures: int) -> float:
    """The upper bound of the jittered sleep after `failures` consecutive failures (>= 1)."""
    return min(BACKOFF_MAX, BACKOFF_INITIAL * 2.0 ** min(failures - 1, 32))


def is_retryable(error: ControlPlaneError) -> bool:
    """Transient failures: connection errors and timeouts, 429, 502, 503, 504."""
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in RETRYABLE_STATUS


def transport_error(error: httpx.TransportError) -> APIConnectionError:
    """Translate an httpx transport failure, keeping its reason but not its traceback."""
    reason = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"the server did not answer in time ({reason})")
    return APIConnectionError(f"could not reach the control plane: {reason}")


def interpret(auth_id: str, reply: Reply) -> AuthResult | ControlPlaneError:
    """What an HTTP answer means: a result (any documented status) or the error it amounts to."""
    code = reply.status_code
    if code == 200:
        return _parse_wait_response(auth_id, reply.body)
    if 300 <= code < 400:
        target = httpx.URL(reply.headers.get("location", ""))
        where = f"{target.scheme}://{target.host}" if target.host else "another location"
        return UnexpectedResponseError(
            f"the server redirected ({code}) to {where}; redirects are not followed, so "
            "credentials never leave base_url's origin: set base_url to the final URL",
            status_code=code,
        )
    if code == 401:
        return AuthenticationError(
            "401 Unauthorized: the API key or bearer token was rejected; check "
            "LANGSMITH_API_KEY (or api_key=/bearer_token=)",
            status_code=code,
        )
    if code == 403:
        return PermissionDeniedError(
            "403 Forbidden: the credentials are not allowed here; check that the workspace "
            "(LANGSMITH_WORKSPACE_ID / workspace_id=) belongs to the API key",
            status_code=code,
        )
    if code == 422:
        errors = _validation_errors(reply.body)
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
    if code == 404:
        return APIStatusError(
            "404 Not Found: no such endpoint; check base_url (self-hosted LangSmith serves "
            "this API under https://<host>/api-host)",
            status_code=code,
        )
    return APIStatusError(f"unexpected HTTP status {code} from the control plane", status_code=code)


def _parse_wait_response(auth_id: str, body: bytes) -> AuthResult | ControlPlaneError:
    def unexpected(what: str) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"the control plane answered 200 with {what}; expected "
            '{"status": "completed"|"pending"|"timeout"|"not_found", "token": ...}',
            status_code=200,
        )

    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return unexpected(f"a body that is not JSON ({len(body)} bytes)")
    if not isinstance(data, dict):
        return unexpected(f"JSON of the wrong shape (a {type(data).__name__}, not an object)")
    raw_status, token = data.get("status"), data.get("token")
    try:
        if not isinstance(raw_status, str):
            raise ValueError(raw_status)
        status = AuthWaitStatus(raw_status)
    except ValueError:
        # Names the value, so a status added to the API later is easy to recognise.
        shown = repr(raw_status) if isinstance(raw_status, str | int | float | None) else "?"
        return unexpected(f"an unknown status {shown[:80]}")
    if status is AuthWaitStatus.NOT_FOUND:
        return AuthNotFoundError(auth_id)
    if not (token is None or isinstance(token, str)):
        return unexpected(f"a token that is a {type(token).__name__}, not a string")
    if status is AuthWaitStatus.COMPLETED and not token:
        return unexpected('status "completed" but no token')
    return AuthResult(auth_id=auth_id, status=status, token=token)


def _validation_errors(body: bytes) -> list[ValidationError]:
    try:
        items = json.loads(body)["detail"]
        return [ValidationError.from_dict(item) for item in items]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return []


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
    """Collects a response body, refusing one over `MAX_BODY_BYTES` or past the deadline.

    The shells feed it chunk by chunk as they stream, so a huge body is never held in memory
    and a server that trickles bytes cannot stretch a request beyond its time budget.
    """

    def __init__(self, headers: Mapping[str, str], status_code: int, deadline: float) -> None:
        self._status_code = status_code
        self._deadline = deadline
        self._chunks: list[bytes] = []
        self._size = 0
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            raise self._too_large(int(declared))

    def feed(self, chunk: bytes, now: float) -> None:
        """Add a chunk; raise when the body grows too large or arrives too late."""
        self._size += len(chunk)
        if self._size > MAX_BODY_BYTES:
            raise self._too_large(self._size)
        if now > self._deadline:
            raise APITimeoutError("the server sent its answer too slowly")
        self._chunks.append(chunk)

    @property
    def body(self) -> bytes:
        """Everything fed so far."""
        return b"".join(self._chunks)

    def _too_large(self, size: int) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"the response body is too large ({size} bytes, limit {MAX_BODY_BYTES}); "
            "refusing to read it",
            status_code=self._status_code,
        )
