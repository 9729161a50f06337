"""Every error the SDK raises: one tree under `ControlPlaneError`, each saying what to fix.

Messages never contain the API key, the bearer token or a returned token.
"""

from __future__ import annotations

from collections.abc import Sequence

from langsmith_control_plane_client.models import ValidationError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthNotFoundError",
    "AuthWaitTimeout",
    "AuthenticationError",
    "ConfigurationError",
    "ControlPlaneError",
    "InternalServerError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnexpectedResponseError",
]


class ControlPlaneError(Exception):
    """Base class of every error raised by `langsmith_control_plane`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigurationError(ControlPlaneError, ValueError):
    """The client or a call was set up wrong: no credentials, a bad URL, a bad argument.

    Raised before anything is sent.
    """


class AuthNotFoundError(ControlPlaneError, LookupError):
    """The server does not know the auth flow, or it expired: start a new flow."""

    def __init__(self, auth_id: str) -> None:
        super().__init__(
            f"auth flow {auth_id!r} was not found or has expired; start a new OAuth flow"
        )
        self.auth_id = auth_id


class AuthWaitTimeout(ControlPlaneError, TimeoutError):
    """The overall deadline of `auth.wait` passed before the user finished the flow.

    `last_error` is the transient failure that was being retried when time ran out, if any.
    """

    def __init__(
        self, auth_id: str, timeout: float, last_error: ControlPlaneError | None = None
    ) -> None:
        message = f"auth flow {auth_id!r} did not complete within {timeout:g} s"
        if last_error is not None:
            message += f" (last error: {last_error.message})"
        super().__init__(message + "; wait longer or ask the user to finish signing in")
        self.auth_id = auth_id
        self.timeout = timeout
        self.last_error = last_error


class APIStatusError(ControlPlaneError):
    """The server answered with an HTTP error status; `status_code` says which."""

    def __init__(self, message: str, *, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class AuthenticationError(APIStatusError):
    """401: the API key or bearer token is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not for this workspace or resource."""


class RequestValidationError(APIStatusError):
    """422: the server rejected the request's parameters.

    `errors` is FastAPI's list of `{"loc", "msg", "type", ...}` objects, parsed into the
    generated `ValidationError` model.
    """

    def __init__(self, message: str, *, errors: Sequence[ValidationError]) -> None:
        super().__init__(message, status_code=422)
        self.errors = list(errors)


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's advice in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None) -> None:
        super().__init__(message, status_code=429)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the server or a proxy in front of it failed."""


class APIConnectionError(ControlPlaneError):
    """No usable HTTP answer: connection refused or dropped, DNS failure, TLS failure."""


class APITimeoutError(APIConnectionError):
    """The server did not answer within the request's time budget."""


class UnexpectedResponseError(ControlPlaneError):
    """An answer that is not the documented shape: not JSON, a wrong shape, an unknown status,
    a redirect, or a body over the size limit."""

    def __init__(self, message: str, *, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code
