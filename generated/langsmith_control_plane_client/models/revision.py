from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revision_source import RevisionSource
from ..models.revision_status import RevisionStatus

if TYPE_CHECKING:
    from ..models.source_revision_config import SourceRevisionConfig


T = TypeVar("T", bound="Revision")


@_attrs_define
class Revision:
    """Revision resource."""

    id: UUID
    """ The ID of the revision.<br><br>This is a read-only field. """
    created_at: datetime.datetime
    """ The creation time of the revision.<br><br>This is a read-only field. """
    updated_at: datetime.datetime
    """ The last update time of the revision.<br><br>This is a read-only field. """
    status: RevisionStatus
    """ The status of the revision.<br><br>This is a read-only field. """
    source: RevisionSource
    """ Deploy from a GitHub repository (`github`), an external Docker image (`external_docker`), a CLI-pushed image
    (`internal_docker`), uploaded source (`internal_source`), or a prebuilt LangChain template
    (`internal_template`).<br><br>Deploying from GitHub, internal Docker, internal source, or a template is only
    available for Cloud SaaS deployments. Deploying from an external Docker image is only available for self-hosted
    deployments. This cannot be changed once the deployment is created. """
    source_revision_config: SourceRevisionConfig
    """ Source revision configuration.<br>
    <br>
    For a `Deployment` resource, the field values refer to the latest revision of the `Deployment`. For a `Revision`
    resource, the field values refer to the `Revision` itself. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status = self.status.value

        source = self.source.value

        source_revision_config = self.source_revision_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "source": source,
                "source_revision_config": source_revision_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.source_revision_config import SourceRevisionConfig

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status = RevisionStatus(d.pop("status"))

        source = RevisionSource(d.pop("source"))

        source_revision_config = SourceRevisionConfig.from_dict(
            d.pop("source_revision_config")
        )

        revision = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            source=source,
            source_revision_config=source_revision_config,
        )

        revision.additional_properties = d
        return revision

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
