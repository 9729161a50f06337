from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upsert_agent_provider_token_request_metadata_type_0 import (
        UpsertAgentProviderTokenRequestMetadataType0,
    )


T = TypeVar("T", bound="UpsertAgentProviderTokenRequest")


@_attrs_define
class UpsertAgentProviderTokenRequest:
    """Import an OAuth token and bind it to an agent for a provider.

    Used by Managed Deep Agents Connect flows that obtain tokens out-of-band
    (e.g. Google OAuth for Gmail) and need them stored under a synthetic
    agent_id for toolserver resolution.

    """

    access_token: str = _attrs_field(repr=False)
    refresh_token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    expires_in_seconds: int | None | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    provider_account_label: None | str | Unset = UNSET
    metadata: None | Unset | UpsertAgentProviderTokenRequestMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.upsert_agent_provider_token_request_metadata_type_0 import (
            UpsertAgentProviderTokenRequestMetadataType0,
        )

        access_token = self.access_token

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        expires_in_seconds: int | None | Unset
        if isinstance(self.expires_in_seconds, Unset):
            expires_in_seconds = UNSET
        else:
            expires_in_seconds = self.expires_in_seconds

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        provider_account_label: None | str | Unset
        if isinstance(self.provider_account_label, Unset):
            provider_account_label = UNSET
        else:
            provider_account_label = self.provider_account_label

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpsertAgentProviderTokenRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_in_seconds is not UNSET:
            field_dict["expires_in_seconds"] = expires_in_seconds
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if provider_account_label is not UNSET:
            field_dict["provider_account_label"] = provider_account_label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upsert_agent_provider_token_request_metadata_type_0 import (
            UpsertAgentProviderTokenRequestMetadataType0,
        )

        d = dict(src_dict)
        access_token = d.pop("access_token")

        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refresh_token", UNSET))

        def _parse_expires_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_seconds = _parse_expires_in_seconds(
            d.pop("expires_in_seconds", UNSET)
        )

        scopes = cast(list[str], d.pop("scopes", UNSET))

        def _parse_provider_account_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_account_label = _parse_provider_account_label(
            d.pop("provider_account_label", UNSET)
        )

        def _parse_metadata(
            data: object,
        ) -> None | Unset | UpsertAgentProviderTokenRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = (
                    UpsertAgentProviderTokenRequestMetadataType0.from_dict(data)
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | UpsertAgentProviderTokenRequestMetadataType0, data
            )

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        upsert_agent_provider_token_request = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in_seconds=expires_in_seconds,
            scopes=scopes,
            provider_account_label=provider_account_label,
            metadata=metadata,
        )

        upsert_agent_provider_token_request.additional_properties = d
        return upsert_agent_provider_token_request

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
