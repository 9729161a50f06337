from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_source import DeploymentSource
from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret import Secret
    from ..models.secret_reference import SecretReference
    from ..models.source_config import SourceConfig
    from ..models.source_revision_config import SourceRevisionConfig


T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """Deployment resource."""

    name: str
    """ Name of the deployment.<br><br>A LangSmith tracing project with the same name will also automatically be
    created. This cannot be changed once the deployment is created. """
    source: DeploymentSource
    """ Deploy from a GitHub repository (`github`) or an external Docker image (`external_docker`).<br><br>Deploying
    from GitHub is only available for Cloud SaaS deployments. Deploying from an external Docker image is only
    available for self-hosted deployments. This cannot be changed once the deployment is created. """
    source_config: SourceConfig
    """ Source configuration. """
    source_revision_config: SourceRevisionConfig
    """ Source revision configuration.<br>
    <br>
    For a `Deployment` resource, the field values refer to the latest revision of the `Deployment`. For a `Revision`
    resource, the field values refer to the `Revision` itself. """
    secrets: list[Secret]
    id: UUID
    """ The ID of the deployment.<br><br>This is a read-only field. """
    tenant_id: UUID
    """ The ID of the tenant that owns the deployment.<br><br>This is a read-only field. """
    created_at: datetime.datetime
    """ The creation time of the deployment.<br><br>This is a read-only field. """
    updated_at: datetime.datetime
    """ The last update time of the deployment.<br><br>This is a read-only field. """
    status: DeploymentStatus
    """ The status of the deployment.<br><br>This is a read-only field. """
    latest_revision_id: None | UUID
    """ The ID of the latest revision of the deployment.<br><br>This is a read-only field. """
    active_revision_id: None | UUID
    """ The ID of the current (actively deployed) revision of the deployment.<br><br>This is a read-only field. """
    secret_references: list[SecretReference] | None | Unset = UNSET
    """ List of Kubernetes Secret references.<br><br>Only applicable for `external_docker` source. """
    image_version: None | str | Unset = UNSET
    """ Image version of the deployment. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source.value

        source_config = self.source_config.to_dict()

        source_revision_config = self.source_revision_config.to_dict()

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        id = str(self.id)

        tenant_id = str(self.tenant_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status = self.status.value

        latest_revision_id: None | str
        if isinstance(self.latest_revision_id, UUID):
            latest_revision_id = str(self.latest_revision_id)
        else:
            latest_revision_id = self.latest_revision_id

        active_revision_id: None | str
        if isinstance(self.active_revision_id, UUID):
            active_revision_id = str(self.active_revision_id)
        else:
            active_revision_id = self.active_revision_id

        secret_references: list[dict[str, Any]] | None | Unset
        if isinstance(self.secret_references, Unset):
            secret_references = UNSET
        elif isinstance(self.secret_references, list):
            secret_references = []
            for secret_references_type_0_item_data in self.secret_references:
                secret_references_type_0_item = (
                    secret_references_type_0_item_data.to_dict()
                )
                secret_references.append(secret_references_type_0_item)

        else:
            secret_references = self.secret_references

        image_version: None | str | Unset
        if isinstance(self.image_version, Unset):
            image_version = UNSET
        else:
            image_version = self.image_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "id": id,
                "tenant_id": tenant_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "latest_revision_id": latest_revision_id,
                "active_revision_id": active_revision_id,
            }
        )
        if secret_references is not UNSET:
            field_dict["secret_references"] = secret_references
        if image_version is not UNSET:
            field_dict["image_version"] = image_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.secret import Secret
        from ..models.secret_reference import SecretReference
        from ..models.source_config import SourceConfig
        from ..models.source_revision_config import SourceRevisionConfig

        d = dict(src_dict)
        name = d.pop("name")

        source = DeploymentSource(d.pop("source"))

        source_config = SourceConfig.from_dict(d.pop("source_config"))

        source_revision_config = SourceRevisionConfig.from_dict(
            d.pop("source_revision_config")
        )

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = Secret.from_dict(secrets_item_data)

            secrets.append(secrets_item)

        id = UUID(d.pop("id"))

        tenant_id = UUID(d.pop("tenant_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status = DeploymentStatus(d.pop("status"))

        def _parse_latest_revision_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_revision_id_type_0 = UUID(data)

                return latest_revision_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        latest_revision_id = _parse_latest_revision_id(d.pop("latest_revision_id"))

        def _parse_active_revision_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_revision_id_type_0 = UUID(data)

                return active_revision_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        active_revision_id = _parse_active_revision_id(d.pop("active_revision_id"))

        def _parse_secret_references(
            data: object,
        ) -> list[SecretReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secret_references_type_0 = []
                _secret_references_type_0 = data
                for secret_references_type_0_item_data in _secret_references_type_0:
                    secret_references_type_0_item = SecretReference.from_dict(
                        secret_references_type_0_item_data
                    )

                    secret_references_type_0.append(secret_references_type_0_item)

                return secret_references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecretReference] | None | Unset, data)

        secret_references = _parse_secret_references(d.pop("secret_references", UNSET))

        def _parse_image_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_version = _parse_image_version(d.pop("image_version", UNSET))

        deployment = cls(
            name=name,
            source=source,
            source_config=source_config,
            source_revision_config=source_revision_config,
            secrets=secrets,
            id=id,
            tenant_id=tenant_id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            latest_revision_id=latest_revision_id,
            active_revision_id=active_revision_id,
            secret_references=secret_references,
            image_version=image_version,
        )

        deployment.additional_properties = d
        return deployment

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
