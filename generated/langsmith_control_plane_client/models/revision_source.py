from enum import StrEnum


class RevisionSource(StrEnum):
    EXTERNAL_DOCKER = "external_docker"
    GITHUB = "github"
    INTERNAL_DOCKER = "internal_docker"
    INTERNAL_SOURCE = "internal_source"
    INTERNAL_TEMPLATE = "internal_template"

    def __str__(self) -> str:
        return str(self.value)
