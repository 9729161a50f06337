from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubInstallLink")


@_attrs_define
class GithubInstallLink:
    install_url: str
    oauth_reuse_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        install_url = self.install_url

        oauth_reuse_url: None | str | Unset
        if isinstance(self.oauth_reuse_url, Unset):
            oauth_reuse_url = UNSET
        else:
            oauth_reuse_url = self.oauth_reuse_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "install_url": install_url,
            }
        )
        if oauth_reuse_url is not UNSET:
            field_dict["oauth_reuse_url"] = oauth_reuse_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        install_url = d.pop("install_url")

        def _parse_oauth_reuse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_reuse_url = _parse_oauth_reuse_url(d.pop("oauth_reuse_url", UNSET))

        github_install_link = cls(
            install_url=install_url,
            oauth_reuse_url=oauth_reuse_url,
        )

        github_install_link.additional_properties = d
        return github_install_link

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
