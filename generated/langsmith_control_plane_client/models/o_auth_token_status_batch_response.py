from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.has_token import HasToken


T = TypeVar("T", bound="OAuthTokenStatusBatchResponse")


@_attrs_define
class OAuthTokenStatusBatchResponse:
    """Per-provider token presence for the current user (provider_id -> has_token)."""

    has_token: HasToken
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        has_token = self.has_token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_token": has_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.has_token import HasToken

        d = dict(src_dict)
        has_token = HasToken.from_dict(d.pop("has_token"))

        o_auth_token_status_batch_response = cls(
            has_token=has_token,
        )

        o_auth_token_status_batch_response.additional_properties = d
        return o_auth_token_status_batch_response

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
