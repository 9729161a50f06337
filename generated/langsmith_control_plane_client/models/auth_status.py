from enum import StrEnum


class AuthStatus(StrEnum):
    COMPLETED = "completed"
    CONNECTION_REQUIRED = "connection_required"
    PENDING = "pending"
    TOKEN_EXPIRED = "token_expired"

    def __str__(self) -> str:
        return str(self.value)
