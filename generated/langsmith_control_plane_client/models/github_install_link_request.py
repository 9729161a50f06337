from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubInstallLinkRequest")


@_attrs_define
class GithubInstallLinkRequest:
    """Request to create a GitHub App installation link."""

    return_to: None | str | Unset = UNSET
    """ URL to return to after completing the GitHub App installation. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        return_to: None | str | Unset
        if isinstance(self.return_to, Unset):
            return_to = UNSET
        else:
            return_to = self.return_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_to is not UNSET:
            field_dict["return_to"] = return_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_return_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_to = _parse_return_to(d.pop("return_to", UNSET))

        github_install_link_request = cls(
            return_to=return_to,
        )

        github_install_link_request.additional_properties = d
        return github_install_link_request

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
