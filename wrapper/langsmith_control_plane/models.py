"""Results handed back to users."""

from __future__ import annotations

import attrs
from langsmith_control_plane_client.models import AuthWaitStatus

__all__ = ["AuthResult", "AuthWaitStatus"]


def mask_secret(value: str | None) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return "None" if value is None else "'***'"


@attrs.frozen
class AuthResult:
    """The outcome of an auth flow: `status` and, once completed, the `token`.

    The token is masked in `repr()` and `str()`; read it from the attribute.
    """

    auth_id: str
    status: AuthWaitStatus
    token: str | None = attrs.field(default=None, repr=mask_secret)

    @property
    def completed(self) -> bool:
        """Whether the user finished the flow and `token` holds the result."""
        return self.status is AuthWaitStatus.COMPLETED
