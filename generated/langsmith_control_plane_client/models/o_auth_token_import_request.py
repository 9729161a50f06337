from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_token_import_request_metadata_type_0 import (
        OAuthTokenImportRequestMetadataType0,
    )


T = TypeVar("T", bound="OAuthTokenImportRequest")


@_attrs_define
class OAuthTokenImportRequest:
    """Import a directly-obtained OAuth token (no authorization-code exchange).
    Used by the Slack managed-install flow, which receives a bot token inline
    from ``apps.managedInstall`` rather than via the browser OAuth redirect. The
    token is persisted for the caller's org/user against ``provider_id`` (which
    must already exist in the caller's org).

    """

    provider_id: str
    access_token: str = _attrs_field(repr=False)
    refresh_token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    expires_in_seconds: int | None | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    metadata: None | OAuthTokenImportRequestMetadataType0 | Unset = UNSET
    is_default: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.o_auth_token_import_request_metadata_type_0 import (
            OAuthTokenImportRequestMetadataType0,
        )

        provider_id = self.provider_id

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, OAuthTokenImportRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "access_token": access_token,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_in_seconds is not UNSET:
            field_dict["expires_in_seconds"] = expires_in_seconds
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.o_auth_token_import_request_metadata_type_0 import (
            OAuthTokenImportRequestMetadataType0,
        )

        d = dict(src_dict)
        provider_id = d.pop("provider_id")

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

        def _parse_metadata(
            data: object,
        ) -> None | OAuthTokenImportRequestMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = OAuthTokenImportRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OAuthTokenImportRequestMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        is_default = d.pop("is_default", UNSET)

        o_auth_token_import_request = cls(
            provider_id=provider_id,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in_seconds=expires_in_seconds,
            scopes=scopes,
            metadata=metadata,
            is_default=is_default,
        )

        o_auth_token_import_request.additional_properties = d
        return o_auth_token_import_request

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
