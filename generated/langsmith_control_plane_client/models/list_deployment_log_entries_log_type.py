from enum import StrEnum


class ListDeploymentLogEntriesLogType(StrEnum):
    BUILD = "BUILD"
    DEPLOY = "DEPLOY"

    def __str__(self) -> str:
        return str(self.value)
