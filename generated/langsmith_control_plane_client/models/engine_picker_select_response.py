from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnginePickerSelectResponse")


@_attrs_define
class EnginePickerSelectResponse:
    """Response for POST /forge/github/picker-session/{id}/select. The FE
    navigates the browser to `redirect_url` — that URL is either the FE
    result page (for "attach") or a github.com install picker (for
    "install_new"). Returning JSON instead of 302 keeps the FE's POST-as-API
    flow predictable and lets it surface errors before navigating.

    """

    redirect_url: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_url": redirect_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        redirect_url = d.pop("redirect_url")

        engine_picker_select_response = cls(
            redirect_url=redirect_url,
        )

        engine_picker_select_response.additional_properties = d
        return engine_picker_select_response

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
