from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EngineInstallLink")


@_attrs_define
class EngineInstallLink:
    """Engine GitHub App connect-link response. Returned by
    `/forge/github/install`. `install_url` is now the *OAuth authorize* URL —
    the user lands on GitHub OAuth first, the callback enumerates what they
    can actually see, and either auto-routes to a fresh install or shows a
    server-rendered picker. Field name kept for backwards compatibility with
    the FE, but the contents changed.

    """

    install_url: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        install_url = self.install_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "install_url": install_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        install_url = d.pop("install_url")

        engine_install_link = cls(
            install_url=install_url,
        )

        engine_install_link.additional_properties = d
        return engine_install_link

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
