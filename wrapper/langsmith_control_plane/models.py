"""Results handed back to users: the values they need, plus the generated model of the answer.

Every field the spec declares reaches the user through `response` (the generated model, typed),
and fields the spec does not declare through `response.additional_properties`. Tokens are
masked in every `repr()` and `str()`, the embedded model's included.
"""

from __future__ import annotations

import attrs
from langsmith_control_plane_client.api import SECRET_FIELDS as GENERATED_SECRET_FIELDS
from langsmith_control_plane_client.models import (
    AuthAuthenticateResponse,
    AuthStatus,
    AuthWaitResponse,
    AuthWaitStatus,
)

from . import _redact
from ._redact import mask_secret, secret_keys

__all__ = [
    "AuthAuthenticateResponse",
    "AuthCheckResult",
    "AuthResult",
    "AuthStatus",
    "AuthWaitResponse",
    "AuthWaitStatus",
    "AuthenticateResult",
]

# The generated `SECRET_FIELDS` (templates/secrets.jinja, dotted entries included), and the
# keys whose values are secrets in a raw answer, whose model is unknown (see `_redact`).
ALL_SECRET_FIELDS = GENERATED_SECRET_FIELDS
SECRET_FIELDS = secret_keys(GENERATED_SECRET_FIELDS)


def masked_model(model: attrs.AttrsInstance) -> str:
    """The repr of a generated attrs model with its secret fields masked."""
    return _redact.masked_model(model, ALL_SECRET_FIELDS)


@attrs.frozen
class AuthResult:
    """A completed auth flow, as `auth.wait` returns it.

    Every result of this SDK starts with `status`, `auth_id` and `token`. Here `status` is
    always `AuthWaitStatus.COMPLETED` and `token` the OAuth access token the user granted;
    `response` is the server's whole answer (the generated `AuthWaitResponse`).
    """

    status: AuthWaitStatus
    auth_id: str
    token: str = attrs.field(repr=mask_secret)
    response: AuthWaitResponse = attrs.field(repr=masked_model)

    @property
    def completed(self) -> bool:
        """Whether the flow completed (always, for a result `wait` returned)."""
        return self.status is AuthWaitStatus.COMPLETED


@attrs.frozen
class AuthCheckResult:
    """One look at an auth flow, as `auth.check` returns it.

    `status` is `AuthWaitStatus.COMPLETED` (then `token` is set) or `AuthWaitStatus.PENDING` (the
    user has not finished yet); `response` is the server's whole answer.
    """

    status: AuthWaitStatus
    auth_id: str
    token: str | None = attrs.field(repr=mask_secret)
    response: AuthWaitResponse = attrs.field(repr=masked_model)

    @property
    def completed(self) -> bool:
        """Whether the user finished the flow (then `token` holds the result)."""
        return self.status is AuthWaitStatus.COMPLETED


@attrs.frozen
class AuthenticateResult:
    """What `auth.authenticate` answered: a stored token, or a consent flow to send the user to.

    `status` is the server's word for it, one of `AuthStatus`:

    - `COMPLETED`: the user already granted access; `token` holds it, no consent needed.
    - `PENDING`: a consent flow was started; send the user to `url`, then
      `auth.wait(auth_id)` for the token.
    - `CONNECTION_REQUIRED`: the user has not connected this provider yet; likewise, `url`
      and `auth_id` start the connection.
    - `TOKEN_EXPIRED`: the stored token expired; `url` and `auth_id` start a new consent.

    A status added by a newer spec reaches you here once the client is regenerated (one the
    generated enum does not know raises `UnexpectedAuthStatusError`). `response` is the whole
    answer (the generated `AuthAuthenticateResponse`), for `user_id`, `metadata` and more.
    """

    status: AuthStatus
    auth_id: str | None
    token: str | None = attrs.field(repr=mask_secret)
    url: str | None
    response: AuthAuthenticateResponse = attrs.field(repr=masked_model)

    @property
    def completed(self) -> bool:
        """Whether the user already granted access (then `token` holds it)."""
        return self.status is AuthStatus.COMPLETED
