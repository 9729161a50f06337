from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_create_request_source import DeploymentCreateRequestSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret import Secret
    from ..models.secret_reference import SecretReference
    from ..models.source_config_request import SourceConfigRequest
    from ..models.source_revision_config_request import SourceRevisionConfigRequest


T = TypeVar("T", bound="DeploymentCreateRequest")


@_attrs_define
class DeploymentCreateRequest:
    """Request body for creating a deployment."""

    name: str
    """ Name of the deployment.<br><br>A LangSmith tracing project with the same name will also automatically be
    created. This cannot be changed once the deployment is created. """
    source: DeploymentCreateRequestSource
    """ Deploy from a GitHub repository (`github`), an external Docker image (`external_docker`), a CLI-pushed image
    (`internal_docker`), uploaded source (`internal_source`), or a prebuilt LangChain template
    (`internal_template`).<br><br>Deploying from GitHub, internal Docker, internal source, or a template is only
    available for Cloud SaaS deployments. Deploying from an external Docker image is only available for self-hosted
    deployments. This cannot be changed once the deployment is created. """
    source_config: SourceConfigRequest
    """ Deployment configuration fields specific to the `source`.<br>
    <br>
    All fields are nullable, but are validated based on the `source`.
    Updating `resource_spec`, `install_command`, or `build_command` creates a new revision. """
    source_revision_config: SourceRevisionConfigRequest
    """ Fields for a deployment that are specific to the `source` and require a new revision when modified.<br>
    <br>
    All fields are nullable, but are validated based on the `source`. """
    secrets: list[Secret]
    secret_references: list[SecretReference] | None | Unset = UNSET
    """ List of Kubernetes Secret references.<br><br>Only applicable for `external_docker` source. """
    shareable: bool | Unset = False
    """ Whether the deployment can be shared with LangSmith users outside the organization. """
    route_through_gateway: bool | Unset = False
    """ Route OpenAI and Anthropic model calls through the LangSmith LLM gateway. """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
            }
        )
        if secret_references is not UNSET:
            field_dict["secret_references"] = secret_references
        if shareable is not UNSET:
            field_dict["shareable"] = shareable
        if route_through_gateway is not UNSET:
            field_dict["route_through_gateway"] = route_through_gateway

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.secret import Secret
        from ..models.secret_reference import SecretReference
        from ..models.source_config_request import SourceConfigRequest
        from ..models.source_revision_config_request import SourceRevisionConfigRequest

        d = dict(src_dict)
        name = d.pop("name")

        source = DeploymentCreateRequestSource(d.pop("source"))

        source_config = SourceConfigRequest.from_dict(d.pop("source_config"))

        source_revision_config = SourceRevisionConfigRequest.from_dict(
            d.pop("source_revision_config")
        )

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = Secret.from_dict(secrets_item_data)

            secrets.append(secrets_item)

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

        deployment_create_request = cls(
            name=name,
            source=source,
            source_config=source_config,
            source_revision_config=source_revision_config,
            secrets=secrets,
            secret_references=secret_references,
            shareable=shareable,
            route_through_gateway=route_through_gateway,
        )

        deployment_create_request.additional_properties = d
        return deployment_create_request

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
