"""Every error the SDK raises: one tree under `ControlPlaneError`.

Each error has a `message` (what happened) and a `hint` (what to do about it); `str(error)` is
both, and for an HTTP answer a second line with the request, the status, the request id, the
attempts made and the start of the body. Messages never contain the API key, the bearer token, a
returned token or a client secret.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict, Unpack

from ._redact import mask_headers

if TYPE_CHECKING:
    from langsmith_control_plane_client.models import Revision, ValidationError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthNotFoundError",
    "AuthWaitTimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ControlPlaneError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "RevisionFailedError",
    "RevisionWaitTimeoutError",
    "UnexpectedAuthStatusError",
    "UnexpectedResponseError",
]


class ControlPlaneError(Exception):
    """Base class of every error raised by `langsmith_control_plane`.

    `message` says what happened, `hint` what to do about it (empty when there is no advice).
    """

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        if hint is not None:
            self.hint = hint
        super().__init__(f"{message}; {self.hint}" if self.hint else message)
        self.message = message


class ConfigurationError(ControlPlaneError, ValueError):
    """The client or a call was set up wrong: no credentials, a bad URL, a bad argument.

    Raised before anything is sent; the message says what to fix.
    """


class ClientClosedError(ControlPlaneError, RuntimeError):
    """The client was used after `close()` (or after its `with` block ended)."""

    hint = "create a new client, or make the call inside its `with` block"


class AuthNotFoundError(ControlPlaneError, LookupError):
    """The server does not know the auth flow, or it expired.

    The API has no status for a refused consent; the emulator ends a denied flow, so a wait
    there raises this too (docs/emulator.md, "A refused consent").
    """

    hint = "start a new OAuth flow with auth.authenticate(...)"

    def __init__(self, auth_id: str) -> None:
        super().__init__(f"auth flow {auth_id!r} was not found or has expired")
        self.auth_id = auth_id


class UnexpectedAuthStatusError(ControlPlaneError):
    """The server reported a flow status this SDK does not handle (`status` names it).

    A status added to the API after this release ends a wait at once instead of being polled
    until the deadline. `response` is the answer: the generated model when the generated enum
    knows the status, else its JSON object with any token masked.
    """

    hint = "the API may have changed: upgrade langsmith-control-plane, or handle the status"

    def __init__(self, status: str, *, auth_id: str | None, response: object = None) -> None:
        flow = f"auth flow {auth_id!r}" if auth_id else "the auth flow"
        super().__init__(f"{flow} reported the status {status!r}, which this SDK does not handle")
        self.status = status
        self.auth_id = auth_id
        self.response = response


class AuthWaitTimeoutError(ControlPlaneError, TimeoutError):
    """The overall deadline of `auth.wait` passed while the user had not finished the flow.

    Raised only when the server kept answering; if the last attempts failed (network, 5xx),
    that failure is raised instead, since an outage is not a slow user.
    """

    hint = "ask the user to finish signing in, or wait longer (timeout=)"

    def __init__(self, auth_id: str, timeout: float) -> None:
        super().__init__(f"auth flow {auth_id!r} did not complete within {timeout:g} s")
        self.auth_id = auth_id
        self.timeout = timeout


# What to do about each failed status of a revision.
_REVISION_HINTS = {
    "BUILD_FAILED": "the last lines of its build logs are in .logs: fix the build, then update "
    "the deployment for a new revision",
    "DEPLOY_FAILED": "the last lines of its deploy logs are in .logs: fix what stops the server "
    "starting (secrets, configuration), then update the deployment for a new revision",
    "CREATE_FAILED": "the revision could not be created: check the deployment's source and "
    "configuration, then update the deployment for a new revision",
    "SKIPPED": "a newer revision replaced it before it was built: wait for the deployment's "
    "latest revision instead",
    "INTERRUPTED": "it was stopped before it finished (a newer revision, or a cancel): wait for "
    "the deployment's latest revision, or redeploy this one",
}


class RevisionFailedError(ControlPlaneError):
    """A revision `deployments.revisions.wait` waited for ended in a status other than
    `DEPLOYED`: `CREATE_FAILED`, `BUILD_FAILED`, `DEPLOY_FAILED`, `SKIPPED` or `INTERRUPTED`.

    `status` is that status, `revision` the revision (the generated `Revision`), and `logs` the
    last lines of its logs, oldest first: the build logs for a failed build, the deploy logs
    otherwise (empty when it wrote none, or they could not be read: the message says so).
    """

    hint = "read the revision's logs (.logs), fix the cause and update the deployment"

    def __init__(
        self,
        *,
        deployment_id: str,
        revision_id: str,
        status: str,
        revision: Revision,
        logs: Sequence[str],
        logs_unread: str | None = None,
    ) -> None:
        what = f"revision {revision_id} of deployment {deployment_id} ended {status}"
        if logs:
            what += f"; last log line: {logs[-1][:200]}"
        elif logs_unread:
            what += f" (its logs could not be read: {logs_unread})"
        super().__init__(what, hint=_REVISION_HINTS.get(status))
        self.deployment_id = deployment_id
        self.revision_id = revision_id
        self.status = status
        self.revision = revision
        self.logs = list(logs)


class RevisionWaitTimeoutError(ControlPlaneError, TimeoutError):
    """The deadline of `deployments.revisions.wait` passed before the revision was final.

    The build or deploy goes on on the server: waiting does not cancel it. `status` is the
    last status seen (None if none was), `revision` the last revision seen (the generated
    `Revision`; None if none was, or only statuses this SDK does not know). Raised only when
    the server kept answering; if the last attempts failed, that failure is raised instead.
    """

    hint = (
        "the build goes on server-side: wait again with deployments.revisions.wait("
        "deployment_id, revision_id) and a longer timeout=, or read its logs"
    )

    def __init__(
        self,
        *,
        deployment_id: str,
        revision_id: str,
        timeout: float,
        status: str | None,
        revision: Revision | None,
    ) -> None:
        seen = f"still {status}" if status is not None else "not seen yet"
        super().__init__(
            f"revision {revision_id} of deployment {deployment_id} was {seen} after "
            f"{timeout:g} s; it goes on server-side"
        )
        self.deployment_id = deployment_id
        self.revision_id = revision_id
        self.timeout = timeout
        self.status = status
        self.revision = revision


# Where servers and proxies put the id of a request, most specific first.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The id the server (or a proxy) gave the request, from an answer's headers."""
    lowered = {name.lower(): value for name, value in headers.items()}
    return next((lowered[name] for name in _REQUEST_ID_HEADERS if name in lowered), None)


class Answer(TypedDict, total=False):
    """What an HTTP answer tells an `APIStatusError`: see its arguments."""

    headers: Mapping[str, str]
    body: str
    method: str
    path: str


class APIStatusError(ControlPlaneError):
    """The server answered with an HTTP error status (or an answer this SDK cannot use).

    What a support ticket needs: `status_code`, `headers` (credentials masked), `request_id`
    (the server's, when it sent one), `body` (the first 2 KiB, secrets masked), `method` and
    `path` of the request, and `attempts`, how many tries the call made.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: str = "",
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message, hint=hint)
        self.status_code = status_code
        self.headers: dict[str, str] = mask_headers(headers)
        self.request_id = request_id_of(self.headers)
        self.body = body
        self.method = method
        self.path = path
        self.attempts = 1

    def __str__(self) -> str:
        details = f"{self.method} {self.path} -> {self.status_code}" if self.method else ""
        extras = [f"request id {self.request_id}"] if self.request_id else []
        extras.append(f"{self.attempts} attempt{'s' if self.attempts != 1 else ''}")
        line = f"{details} ({', '.join(extras)})".strip()
        if self.body:
            excerpt = " ".join(self.body.split())
            line += f": {excerpt[:200]}"
        return f"{super().__str__()}\n  {line}"


class AuthenticationError(APIStatusError):
    """401: the API key or bearer token is missing, wrong or revoked."""

    hint = "check the API key (LANGSMITH_API_KEY, else LANGCHAIN_API_KEY)"


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not for this workspace or resource."""

    hint = "check that LANGSMITH_WORKSPACE_ID (workspace_id=) is a workspace of the API key"


class NotFoundError(APIStatusError):
    """404: no such resource, or no such endpoint at `base_url`."""

    hint = (
        "check the id; if every call gives 404, check base_url: it is the API root, such as "
        "https://api.host.langchain.com (self-hosted LangSmith: https://<host>/api-host)"
    )


class RequestValidationError(APIStatusError):
    """422: the server rejected the request's parameters.

    `errors` is FastAPI's list of `{"loc", "msg", "type", ...}` objects, parsed into the
    generated `ValidationError` model. Each item's `input` is left out: it echoes the request,
    secrets included.
    """

    hint = "fix the arguments the server names"

    def __init__(
        self, message: str, *, errors: Sequence[Mapping[str, object]], **answer: Unpack[Answer]
    ) -> None:
        super().__init__(message, status_code=422, **answer)
        self._detail = [{k: v for k, v in item.items() if k != "input"} for item in errors]

    @property
    def errors(self) -> list[ValidationError]:
        """The server's validation errors, as generated models (malformed items left out)."""
        # Here: the generated models are not needed until someone looks.
        from langsmith_control_plane_client.models import ValidationError

        parsed = []
        for item in self._detail:
            try:
                parsed.append(ValidationError.from_dict(item))
            except (KeyError, TypeError, ValueError):
                continue
        return parsed


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's advice in seconds, if it gave one."""

    hint = "slow down, or try again later"

    def __init__(
        self, message: str, *, retry_after: float | None, **answer: Unpack[Answer]
    ) -> None:
        super().__init__(message, status_code=429, **answer)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the server or a proxy in front of it failed."""

    hint = "try again later"


class APIConnectionError(ControlPlaneError):
    """No usable HTTP answer from `host`: refused or dropped connection, DNS or TLS failure.

    `reached_server` is False when the request provably never reached the server (it failed
    while connecting), so even a non-idempotent request is safe to send again. `attempts` is
    how many tries the call made.
    """

    attempts = 1

    hint = "check base_url (LANGSMITH_CONTROL_PLANE_URL, else LANGSMITH_API_URL) and the network"

    def __init__(self, message: str, *, host: str, reached_server: bool) -> None:
        super().__init__(message)
        self.host = host
        self.reached_server = reached_server


class APITimeoutError(APIConnectionError):
    """The server did not answer within the request's time budget."""


class UnexpectedResponseError(APIStatusError):
    """An answer that is not the documented shape: not JSON, a wrong shape, a status the
    document does not list, a redirect, or a body over the size limit."""
