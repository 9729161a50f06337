from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenSummary")


@_attrs_define
class OAuthTokenSummary:
    """Public-facing token summary — no sensitive data."""

    id: str
    provider_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    provider_account_label: None | str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    is_default: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider_id = self.provider_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        provider_account_label: None | str | Unset
        if isinstance(self.provider_account_label, Unset):
            provider_account_label = UNSET
        else:
            provider_account_label = self.provider_account_label

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider_id": provider_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if provider_account_label is not UNSET:
            field_dict["provider_account_label"] = provider_account_label
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        provider_id = d.pop("provider_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_provider_account_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_account_label = _parse_provider_account_label(
            d.pop("provider_account_label", UNSET)
        )

        scopes = cast(list[str], d.pop("scopes", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        is_default = d.pop("is_default", UNSET)

        o_auth_token_summary = cls(
            id=id,
            provider_id=provider_id,
            created_at=created_at,
            updated_at=updated_at,
            provider_account_label=provider_account_label,
            scopes=scopes,
            expires_at=expires_at,
            is_default=is_default,
        )

        o_auth_token_summary.additional_properties = d
        return o_auth_token_summary

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
