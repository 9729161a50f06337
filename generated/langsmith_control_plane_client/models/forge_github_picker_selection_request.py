from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forge_github_picker_selection_request_action import (
    ForgeGithubPickerSelectionRequestAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForgeGithubPickerSelectionRequest")


@_attrs_define
class ForgeGithubPickerSelectionRequest:
    """Selection from a Forge GitHub App installation picker."""

    action: ForgeGithubPickerSelectionRequestAction
    """ Whether to attach an installation or install the GitHub App. """
    installation_id: int | None | Unset = UNSET
    """ GitHub installation ID required when action is ATTACH. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        installation_id: int | None | Unset
        if isinstance(self.installation_id, Unset):
            installation_id = UNSET
        else:
            installation_id = self.installation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if installation_id is not UNSET:
            field_dict["installation_id"] = installation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = ForgeGithubPickerSelectionRequestAction(d.pop("action"))

        def _parse_installation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installation_id = _parse_installation_id(d.pop("installation_id", UNSET))

        forge_github_picker_selection_request = cls(
            action=action,
            installation_id=installation_id,
        )

        forge_github_picker_selection_request.additional_properties = d
        return forge_github_picker_selection_request

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
