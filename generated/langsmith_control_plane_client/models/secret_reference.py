from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SecretReference")


@_attrs_define
class SecretReference:
    """Reference to an existing Kubernetes Secret to populate an environment variable."""

    name: str
    """ Name of the environment variable to populate. """
    secret_name: str
    """ Name of the Kubernetes Secret that already exists in the same namespace as the deployment. """
    secret_key: str
    """ Key within the Kubernetes Secret whose value should be populated to the environment variable. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        secret_name = self.secret_name

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "secret_name": secret_name,
                "secret_key": secret_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        secret_name = d.pop("secret_name")

        secret_key = d.pop("secret_key")

        secret_reference = cls(
            name=name,
            secret_name=secret_name,
            secret_key=secret_key,
        )

        secret_reference.additional_properties = d
        return secret_reference

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
