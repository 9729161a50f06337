from enum import StrEnum


class ListRevisionLogsType(StrEnum):
    BUILD = "build"
    DEPLOY = "deploy"

    def __str__(self) -> str:
        return str(self.value)
