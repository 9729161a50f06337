from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_event_summary_detail_type_0 import TokenEventSummaryDetailType0


T = TypeVar("T", bound="TokenEventSummary")


@_attrs_define
class TokenEventSummary:
    """A single OAuth connection audit event, for the calling user.
    Surfaces why/when a connection was removed so the UI can prompt a reconnect.
    Carries no token or secret material.

    """

    id: str
    provider_id: str
    event_type: str
    created_at: datetime.datetime
    agent_id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    provider_account_label: None | str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    detail: None | TokenEventSummaryDetailType0 | Unset = UNSET
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_event_summary_detail_type_0 import (
            TokenEventSummaryDetailType0,
        )

        id = self.id

        provider_id = self.provider_id

        event_type = self.event_type

        created_at = self.created_at.isoformat()

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        provider_account_label: None | str | Unset
        if isinstance(self.provider_account_label, Unset):
            provider_account_label = UNSET
        else:
            provider_account_label = self.provider_account_label

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        detail: dict[str, Any] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, TokenEventSummaryDetailType0):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider_id": provider_id,
                "event_type": event_type,
                "created_at": created_at,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if source is not UNSET:
            field_dict["source"] = source
        if provider_account_label is not UNSET:
            field_dict["provider_account_label"] = provider_account_label
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if detail is not UNSET:
            field_dict["detail"] = detail
        if acknowledged_at is not UNSET:
            field_dict["acknowledged_at"] = acknowledged_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_event_summary_detail_type_0 import (
            TokenEventSummaryDetailType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        provider_id = d.pop("provider_id")

        event_type = d.pop("event_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

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

        def _parse_detail(data: object) -> None | TokenEventSummaryDetailType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_0 = TokenEventSummaryDetailType0.from_dict(data)

                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenEventSummaryDetailType0 | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at", UNSET))

        token_event_summary = cls(
            id=id,
            provider_id=provider_id,
            event_type=event_type,
            created_at=created_at,
            agent_id=agent_id,
            reason=reason,
            source=source,
            provider_account_label=provider_account_label,
            scopes=scopes,
            detail=detail,
            acknowledged_at=acknowledged_at,
        )

        token_event_summary.additional_properties = d
        return token_event_summary

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
