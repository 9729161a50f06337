from enum import StrEnum


class DeploymentStatus(StrEnum):
    AWAITING_DATABASE = "AWAITING_DATABASE"
    AWAITING_DELETE = "AWAITING_DELETE"
    AWAITING_FINAL_DELETE = "AWAITING_FINAL_DELETE"
    READY = "READY"
    UNKNOWN = "UNKNOWN"
    UNUSED = "UNUSED"

    def __str__(self) -> str:
        return str(self.value)
