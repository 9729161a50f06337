from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_source import DeploymentSource
from ..models.deployment_status import DeploymentStatus
from ..models.deployment_tier import DeploymentTier
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
    """ Deploy from a GitHub repository (`github`), an external Docker image (`external_docker`), a CLI-pushed image
    (`internal_docker`), uploaded source (`internal_source`), or a prebuilt LangChain template
    (`internal_template`).<br><br>Deploying from GitHub, internal Docker, internal source, or a template is only
    available for Cloud SaaS deployments. Deploying from an external Docker image is only available for self-hosted
    deployments. This cannot be changed once the deployment is created. """
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
    shareable: bool | Unset = False
    """ Whether the deployment can be shared with LangSmith users outside the organization. """
    route_through_gateway: bool | Unset = False
    """ Route OpenAI and Anthropic model calls through the LangSmith LLM gateway. """
    tracer_session_id: None | Unset | UUID = UNSET
    """ The ID of the LangSmith tracing project the deployment writes runs to.<br><br>This is a read-only field. """
    url: None | str | Unset = UNSET
    """ The deployment's serving URL, once provisioned.<br><br>This is a read-only field. """
    is_preview: bool | Unset = False
    """ Whether this is a preview-build deployment. Full preview metadata (parent deployment, PR, lifecycle) is
    available from the preview-builds details endpoint.<br><br>This is a read-only field. """
    image_version: None | str | Unset = UNSET
    """ Image version of the deployment. """
    display_name: None | str | Unset = UNSET
    """ Human-readable display name for the deployment. """
    is_managed_deep_agent: bool | Unset = False
    """ Whether this deployment is a Managed Deep Agent deployment.<br><br>This is a read-only field. """
    deployment_tier: DeploymentTier | None | Unset = UNSET
    """ The selected fixed resource tier for this deployment. Existing deployments without an explicit selection
    return the default tier for their deployment type. When compute and database tiers differ, this reflects the
    compute tier. """
    compute_tier: DeploymentTier | None | Unset = UNSET
    """ The selected fixed resource tier for this deployment's compute. Falls back to `deployment_tier` for
    deployments predating independent compute/database scaling. """
    database_tier: DeploymentTier | None | Unset = UNSET
    """ The selected fixed resource tier for this deployment's database. Falls back to `deployment_tier` for
    deployments predating independent compute/database scaling. """
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

        shareable = self.shareable

        route_through_gateway = self.route_through_gateway

        tracer_session_id: None | str | Unset
        if isinstance(self.tracer_session_id, Unset):
            tracer_session_id = UNSET
        elif isinstance(self.tracer_session_id, UUID):
            tracer_session_id = str(self.tracer_session_id)
        else:
            tracer_session_id = self.tracer_session_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        is_preview = self.is_preview

        image_version: None | str | Unset
        if isinstance(self.image_version, Unset):
            image_version = UNSET
        else:
            image_version = self.image_version

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        is_managed_deep_agent = self.is_managed_deep_agent

        deployment_tier: None | str | Unset
        if isinstance(self.deployment_tier, Unset):
            deployment_tier = UNSET
        elif isinstance(self.deployment_tier, DeploymentTier):
            deployment_tier = self.deployment_tier.value
        else:
            deployment_tier = self.deployment_tier

        compute_tier: None | str | Unset
        if isinstance(self.compute_tier, Unset):
            compute_tier = UNSET
        elif isinstance(self.compute_tier, DeploymentTier):
            compute_tier = self.compute_tier.value
        else:
            compute_tier = self.compute_tier

        database_tier: None | str | Unset
        if isinstance(self.database_tier, Unset):
            database_tier = UNSET
        elif isinstance(self.database_tier, DeploymentTier):
            database_tier = self.database_tier.value
        else:
            database_tier = self.database_tier

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
        if shareable is not UNSET:
            field_dict["shareable"] = shareable
        if route_through_gateway is not UNSET:
            field_dict["route_through_gateway"] = route_through_gateway
        if tracer_session_id is not UNSET:
            field_dict["tracer_session_id"] = tracer_session_id
        if url is not UNSET:
            field_dict["url"] = url
        if is_preview is not UNSET:
            field_dict["is_preview"] = is_preview
        if image_version is not UNSET:
            field_dict["image_version"] = image_version
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if is_managed_deep_agent is not UNSET:
            field_dict["is_managed_deep_agent"] = is_managed_deep_agent
        if deployment_tier is not UNSET:
            field_dict["deployment_tier"] = deployment_tier
        if compute_tier is not UNSET:
            field_dict["compute_tier"] = compute_tier
        if database_tier is not UNSET:
            field_dict["database_tier"] = database_tier

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

        shareable = d.pop("shareable", UNSET)

        route_through_gateway = d.pop("route_through_gateway", UNSET)

        def _parse_tracer_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tracer_session_id_type_0 = UUID(data)

                return tracer_session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tracer_session_id = _parse_tracer_session_id(d.pop("tracer_session_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        is_preview = d.pop("is_preview", UNSET)

        def _parse_image_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_version = _parse_image_version(d.pop("image_version", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        is_managed_deep_agent = d.pop("is_managed_deep_agent", UNSET)

        def _parse_deployment_tier(data: object) -> DeploymentTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployment_tier_type_0 = DeploymentTier(data)

                return deployment_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentTier | None | Unset, data)

        deployment_tier = _parse_deployment_tier(d.pop("deployment_tier", UNSET))

        def _parse_compute_tier(data: object) -> DeploymentTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compute_tier_type_0 = DeploymentTier(data)

                return compute_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentTier | None | Unset, data)

        compute_tier = _parse_compute_tier(d.pop("compute_tier", UNSET))

        def _parse_database_tier(data: object) -> DeploymentTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                database_tier_type_0 = DeploymentTier(data)

                return database_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentTier | None | Unset, data)

        database_tier = _parse_database_tier(d.pop("database_tier", UNSET))

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
            shareable=shareable,
            route_through_gateway=route_through_gateway,
            tracer_session_id=tracer_session_id,
            url=url,
            is_preview=is_preview,
            image_version=image_version,
            display_name=display_name,
            is_managed_deep_agent=is_managed_deep_agent,
            deployment_tier=deployment_tier,
            compute_tier=compute_tier,
            database_tier=database_tier,
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
