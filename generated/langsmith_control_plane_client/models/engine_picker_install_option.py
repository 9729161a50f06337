from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnginePickerInstallOption")


@_attrs_define
class EnginePickerInstallOption:
    """One row of the post-OAuth picker. Each one is an Engine install the
    user has GitHub-side access to via the OAuth token captured at the
    callback.

    """

    installation_id: int
    account_login: str
    account_type: str
    already_in_org: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        installation_id = self.installation_id

        account_login = self.account_login

        account_type = self.account_type

        already_in_org = self.already_in_org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installation_id": installation_id,
                "account_login": account_login,
                "account_type": account_type,
            }
        )
        if already_in_org is not UNSET:
            field_dict["already_in_org"] = already_in_org

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        installation_id = d.pop("installation_id")

        account_login = d.pop("account_login")

        account_type = d.pop("account_type")

        already_in_org = d.pop("already_in_org", UNSET)

        engine_picker_install_option = cls(
            installation_id=installation_id,
            account_login=account_login,
            account_type=account_type,
            already_in_org=already_in_org,
        )

        engine_picker_install_option.additional_properties = d
        return engine_picker_install_option

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
