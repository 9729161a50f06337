from enum import StrEnum


class DeploymentTier(StrEnum):
    DEDICATED_L = "DEDICATED_L"
    DEDICATED_M = "DEDICATED_M"
    DEDICATED_S = "DEDICATED_S"
    SERVERLESS_L = "SERVERLESS_L"
    SERVERLESS_M = "SERVERLESS_M"
    SERVERLESS_S = "SERVERLESS_S"

    def __str__(self) -> str:
        return str(self.value)
