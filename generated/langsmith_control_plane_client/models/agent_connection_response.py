from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentConnectionResponse")


@_attrs_define
class AgentConnectionResponse:
    id: str
    agent_id: str
    oauth_token_id: str
    provider_id: str
    provider_account_label: None | str
    scopes: list[str]
    expires_at: datetime.datetime | None
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        oauth_token_id = self.oauth_token_id

        provider_id = self.provider_id

        provider_account_label: None | str
        provider_account_label = self.provider_account_label

        scopes = self.scopes

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "oauth_token_id": oauth_token_id,
                "provider_id": provider_id,
                "provider_account_label": provider_account_label,
                "scopes": scopes,
                "expires_at": expires_at,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        agent_id = d.pop("agent_id")

        oauth_token_id = d.pop("oauth_token_id")

        provider_id = d.pop("provider_id")

        def _parse_provider_account_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_account_label = _parse_provider_account_label(
            d.pop("provider_account_label")
        )

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        agent_connection_response = cls(
            id=id,
            agent_id=agent_id,
            oauth_token_id=oauth_token_id,
            provider_id=provider_id,
            provider_account_label=provider_account_label,
            scopes=scopes,
            expires_at=expires_at,
            created_by=created_by,
            created_at=created_at,
        )

        agent_connection_response.additional_properties = d
        return agent_connection_response

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
