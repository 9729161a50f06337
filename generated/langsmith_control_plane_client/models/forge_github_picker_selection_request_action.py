from enum import StrEnum


class ForgeGithubPickerSelectionRequestAction(StrEnum):
    ATTACH = "ATTACH"
    INSTALL_NEW = "INSTALL_NEW"

    def __str__(self) -> str:
        return str(self.value)
