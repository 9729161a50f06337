from enum import StrEnum


class AuthWaitStatus(StrEnum):
    COMPLETED = "completed"
    NOT_FOUND = "not_found"
    PENDING = "pending"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
