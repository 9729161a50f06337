from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_patch_request_revision_source_type_0 import (
    DeploymentPatchRequestRevisionSourceType0,
)
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

    revision_source: DeploymentPatchRequestRevisionSourceType0 | None | Unset = UNSET
    """ Override the source for this revision. If omitted, falls back to deployment's default source. """
    source_config: None | SourceConfigRequest | Unset = UNSET
    source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET
    secrets: list[Secret] | None | Unset = UNSET
    secret_references: list[SecretReference] | None | Unset = UNSET
    """ List of Kubernetes Secret references.<br><br>Only applicable for `external_docker` source. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_config_request import SourceConfigRequest
        from ..models.source_revision_config_request import SourceRevisionConfigRequest

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revision_source is not UNSET:
            field_dict["revision_source"] = revision_source
        if source_config is not UNSET:
            field_dict["source_config"] = source_config
        if source_revision_config is not UNSET:
            field_dict["source_revision_config"] = source_revision_config
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if secret_references is not UNSET:
            field_dict["secret_references"] = secret_references

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.secret import Secret
        from ..models.secret_reference import SecretReference
        from ..models.source_config_request import SourceConfigRequest
        from ..models.source_revision_config_request import SourceRevisionConfigRequest

        d = dict(src_dict)

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

        deployment_patch_request = cls(
            revision_source=revision_source,
            source_config=source_config,
            source_revision_config=source_revision_config,
            secrets=secrets,
            secret_references=secret_references,
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
