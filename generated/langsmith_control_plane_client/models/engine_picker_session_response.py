from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine_picker_install_option import EnginePickerInstallOption


T = TypeVar("T", bound="EnginePickerSessionResponse")


@_attrs_define
class EnginePickerSessionResponse:
    """Payload for GET /forge/github/picker-session/{id}. The FE renders
    `installs` plus a hardcoded "Install on a new GitHub org" affordance.
    `return_to` round-trips back through the select endpoint so the final
    result page lands the user back on their originating view.

    """

    installs: list[EnginePickerInstallOption]
    return_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        installs = []
        for installs_item_data in self.installs:
            installs_item = installs_item_data.to_dict()
            installs.append(installs_item)

        return_to: None | str | Unset
        if isinstance(self.return_to, Unset):
            return_to = UNSET
        else:
            return_to = self.return_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installs": installs,
            }
        )
        if return_to is not UNSET:
            field_dict["return_to"] = return_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.engine_picker_install_option import EnginePickerInstallOption

        d = dict(src_dict)
        installs = []
        _installs = d.pop("installs")
        for installs_item_data in _installs:
            installs_item = EnginePickerInstallOption.from_dict(installs_item_data)

            installs.append(installs_item)

        def _parse_return_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_to = _parse_return_to(d.pop("return_to", UNSET))

        engine_picker_session_response = cls(
            installs=installs,
            return_to=return_to,
        )

        engine_picker_session_response.additional_properties = d
        return engine_picker_session_response

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
