from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_patch_request_revision_source_type_0 import (
    DeploymentPatchRequestRevisionSourceType0,
)
from ..models.deployment_tier import DeploymentTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret import Secret
    from ..models.secret_reference import SecretReference
    from ..models.source_config_request import SourceConfigRequest
    from ..models.source_revision_config_request import SourceRevisionConfigRequest


T = TypeVar("T", bound="DeploymentPatchRequest")


@_attrs_define
class DeploymentPatchRequest:
    """Request body for patching a deployment.<br>
    <br>
    Patching a deployment may trigger a new revision depending on the provided `source` configurations.

    """

    display_name: None | str | Unset = UNSET
    """ Human-readable display name for the deployment. Updating this does not create a new revision. """
    revision_source: DeploymentPatchRequestRevisionSourceType0 | None | Unset = UNSET
    """ Override the source for this revision. If omitted, falls back to deployment's default source. """
    source_config: None | SourceConfigRequest | Unset = UNSET
    source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET
    tracked_repo_ref: None | str | Unset = UNSET
    """ Retarget the git ref the deployment tracks without creating a new revision. Use
    `source_revision_config.repo_ref` to deploy from a ref instead. """
    deployment_tier: DeploymentTier | None | Unset = UNSET
    """ Fixed resource tier to apply to the deployment. Serverless deployments support `SERVERLESS_S`,
    `SERVERLESS_M`, and `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`, `DEDICATED_M`, and
    `DEDICATED_L`. """
    secrets: list[Secret] | None | Unset = UNSET
    secret_references: list[SecretReference] | None | Unset = UNSET
    """ List of Kubernetes Secret references.<br><br>Only applicable for `external_docker` source. """
    route_through_gateway: bool | None | Unset = UNSET
    """ Enable or disable routing OpenAI and Anthropic model calls through the LangSmith LLM gateway. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_config_request import SourceConfigRequest
        from ..models.source_revision_config_request import SourceRevisionConfigRequest

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        revision_source: None | str | Unset
        if isinstance(self.revision_source, Unset):
            revision_source = UNSET
        elif isinstance(
            self.revision_source, DeploymentPatchRequestRevisionSourceType0
        ):
            revision_source = self.revision_source.value
        else:
            revision_source = self.revision_source

        source_config: dict[str, Any] | None | Unset
        if isinstance(self.source_config, Unset):
            source_config = UNSET
        elif isinstance(self.source_config, SourceConfigRequest):
            source_config = self.source_config.to_dict()
        else:
            source_config = self.source_config

        source_revision_config: dict[str, Any] | None | Unset
        if isinstance(self.source_revision_config, Unset):
            source_revision_config = UNSET
        elif isinstance(self.source_revision_config, SourceRevisionConfigRequest):
            source_revision_config = self.source_revision_config.to_dict()
        else:
            source_revision_config = self.source_revision_config

        tracked_repo_ref: None | str | Unset
        if isinstance(self.tracked_repo_ref, Unset):
            tracked_repo_ref = UNSET
        else:
            tracked_repo_ref = self.tracked_repo_ref

        deployment_tier: None | str | Unset
        if isinstance(self.deployment_tier, Unset):
            deployment_tier = UNSET
        elif isinstance(self.deployment_tier, DeploymentTier):
            deployment_tier = self.deployment_tier.value
        else:
            deployment_tier = self.deployment_tier

        secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, list):
            secrets = []
            for secrets_type_0_item_data in self.secrets:
                secrets_type_0_item = secrets_type_0_item_data.to_dict()
                secrets.append(secrets_type_0_item)

        else:
            secrets = self.secrets

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

        route_through_gateway: bool | None | Unset
        if isinstance(self.route_through_gateway, Unset):
            route_through_gateway = UNSET
        else:
            route_through_gateway = self.route_through_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if revision_source is not UNSET:
            field_dict["revision_source"] = revision_source
        if source_config is not UNSET:
            field_dict["source_config"] = source_config
        if source_revision_config is not UNSET:
            field_dict["source_revision_config"] = source_revision_config
        if tracked_repo_ref is not UNSET:
            field_dict["tracked_repo_ref"] = tracked_repo_ref
        if deployment_tier is not UNSET:
            field_dict["deployment_tier"] = deployment_tier
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if secret_references is not UNSET:
            field_dict["secret_references"] = secret_references
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

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_revision_source(
            data: object,
        ) -> DeploymentPatchRequestRevisionSourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revision_source_type_0 = DeploymentPatchRequestRevisionSourceType0(data)

                return revision_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentPatchRequestRevisionSourceType0 | None | Unset, data)

        revision_source = _parse_revision_source(d.pop("revision_source", UNSET))

        def _parse_source_config(data: object) -> None | SourceConfigRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_config_type_0 = SourceConfigRequest.from_dict(data)

                return source_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceConfigRequest | Unset, data)

        source_config = _parse_source_config(d.pop("source_config", UNSET))

        def _parse_source_revision_config(
            data: object,
        ) -> None | SourceRevisionConfigRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_revision_config_type_0 = SourceRevisionConfigRequest.from_dict(
                    data
                )

                return source_revision_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceRevisionConfigRequest | Unset, data)

        source_revision_config = _parse_source_revision_config(
            d.pop("source_revision_config", UNSET)
        )

        def _parse_tracked_repo_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracked_repo_ref = _parse_tracked_repo_ref(d.pop("tracked_repo_ref", UNSET))

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

        def _parse_secrets(data: object) -> list[Secret] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secrets_type_0 = []
                _secrets_type_0 = data
                for secrets_type_0_item_data in _secrets_type_0:
                    secrets_type_0_item = Secret.from_dict(secrets_type_0_item_data)

                    secrets_type_0.append(secrets_type_0_item)

                return secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Secret] | None | Unset, data)

        secrets = _parse_secrets(d.pop("secrets", UNSET))

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

        def _parse_route_through_gateway(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        route_through_gateway = _parse_route_through_gateway(
            d.pop("route_through_gateway", UNSET)
        )

        deployment_patch_request = cls(
            display_name=display_name,
            revision_source=revision_source,
            source_config=source_config,
            source_revision_config=source_revision_config,
            tracked_repo_ref=tracked_repo_ref,
            deployment_tier=deployment_tier,
            secrets=secrets,
            secret_references=secret_references,
            route_through_gateway=route_through_gateway,
        )

        deployment_patch_request.additional_properties = d
        return deployment_patch_request

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
