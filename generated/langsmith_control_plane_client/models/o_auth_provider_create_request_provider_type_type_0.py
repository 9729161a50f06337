from enum import StrEnum


class OAuthProviderCreateRequestProviderTypeType0(StrEnum):
    MICROSOFT = "microsoft"
    SALESFORCE = "salesforce"
    SLACK = "slack"
    X = "x"

    def __str__(self) -> str:
        return str(self.value)
