"""Results handed back to users: the values they need, plus the generated model of the answer.

Every field the spec declares reaches the user through `response` (the generated model, typed),
and fields the spec does not declare through `response.additional_properties`. Tokens are
masked in every `repr()` and `str()`, the embedded model's included.
"""

from __future__ import annotations

import attrs
from langsmith_control_plane_client.models import AuthWaitResponse, AuthWaitStatus

__all__ = ["AuthCheckResult", "AuthResult", "AuthWaitResponse", "AuthWaitStatus"]

# Fields of generated models whose values are secrets.
SECRET_FIELDS = frozenset({"token"})


def mask_secret(value: str | None) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return "None" if value is None else "'***'"


def masked_model(model: attrs.AttrsInstance) -> str:
    """The repr of a generated attrs model with its secret fields masked."""
    shown = ", ".join(
        f"{field.name}={mask_secret(value) if field.name in SECRET_FIELDS else repr(value)}"
        for field in attrs.fields(type(model))
        if field.name != "additional_properties"
        for value in [getattr(model, field.name)]
    )
    extras = sorted(getattr(model, "additional_properties", {}))
    extra = f", additional_properties=<keys {extras}>" if extras else ""
    return f"{type(model).__name__}({shown}{extra})"


@attrs.frozen
class AuthResult:
    """A completed auth flow, as `auth.wait` returns it.

    `token` is the OAuth access token the user granted; `response` is the server's whole answer
    (the generated `AuthWaitResponse`), for fields beyond the token.
    """

    auth_id: str
    token: str = attrs.field(repr=mask_secret)
    response: AuthWaitResponse = attrs.field(repr=masked_model)


@attrs.frozen
class AuthCheckResult:
    """One look at an auth flow, as `auth.check` returns it.

    `status` is `"completed"` (then `token` is set) or `"pending"` (the user has not finished
    yet); `response` is the server's whole answer (the generated `AuthWaitResponse`).
    """

    auth_id: str
    status: str
    token: str | None = attrs.field(repr=mask_secret)
    response: AuthWaitResponse = attrs.field(repr=masked_model)

    @property
    def completed(self) -> bool:
        """Whether the user finished the flow and `token` holds the result."""
        return self.token is not None
