from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GithubIntegration")


@_attrs_define
class GithubIntegration:
    """Metadata for a GitHub integration."""

    id: UUID
    """ GitHub Integration ID.<br><br>For example, in the `POST /v2/deployments` request body, set `integration_id`
    to the value of this field. """
    installation_id: int
    """ GitHub installation ID. """
    name: str
    """ GitHub accout name. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        installation_id = self.installation_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "installation_id": installation_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        installation_id = d.pop("installation_id")

        name = d.pop("name")

        github_integration = cls(
            id=id,
            installation_id=installation_id,
            name=name,
        )

        github_integration.additional_properties = d
        return github_integration

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
