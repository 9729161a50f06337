from enum import StrEnum


class SourceConfigRequestDeploymentTypeType0(StrEnum):
    DEV = "dev"
    DEV_FREE = "dev_free"
    DEV_FREE_ZERO = "dev_free_zero"
    DEV_ZERO = "dev_zero"
    PROD = "prod"

    def __str__(self) -> str:
        return str(self.value)
