from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MCPOAuthProviderCreateRequest")


@_attrs_define
class MCPOAuthProviderCreateRequest:
    """Request model for creating OAuth provider via MCP auto-discovery."""

    provider_id: str
    name: str
    mcp_server_url: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        mcp_server_url = self.mcp_server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "name": name,
                "mcp_server_url": mcp_server_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        name = d.pop("name")

        mcp_server_url = d.pop("mcp_server_url")

        mcpo_auth_provider_create_request = cls(
            provider_id=provider_id,
            name=name,
            mcp_server_url=mcp_server_url,
        )

        mcpo_auth_provider_create_request.additional_properties = d
        return mcpo_auth_provider_create_request

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
