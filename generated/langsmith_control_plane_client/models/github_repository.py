from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GithubRepository")


@_attrs_define
class GithubRepository:
    """Metadata for a GitHub repository."""

    host_integration_id: UUID
    """ GitHub Integration ID.<br><br>For example, in the `POST /v2/deployments` request body, set `integration_id`
    to the value of this field. """
    id: int
    """ GitHub repository ID. """
    name: str
    """ GitHub repository name. """
    owner: str
    """ GitHub repository owner. """
    url: str
    """ GitHub repository URL.<br><br>For example, in the `POST /v2/deployments` request body, set
    `source_config.repo_url` to the value of this field. """
    default_branch: str
    """ GitHub repository default branch.<br><br>For example, in the `POST /v2/deployments` request body, set
    `source_revision_config.repo_ref` to the value of this field. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        host_integration_id = str(self.host_integration_id)

        id = self.id

        name = self.name

        owner = self.owner

        url = self.url

        default_branch = self.default_branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host_integration_id": host_integration_id,
                "id": id,
                "name": name,
                "owner": owner,
                "url": url,
                "default_branch": default_branch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host_integration_id = UUID(d.pop("host_integration_id"))

        id = d.pop("id")

        name = d.pop("name")

        owner = d.pop("owner")

        url = d.pop("url")

        default_branch = d.pop("default_branch")

        github_repository = cls(
            host_integration_id=host_integration_id,
            id=id,
            name=name,
            owner=owner,
            url=url,
            default_branch=default_branch,
        )

        github_repository.additional_properties = d
        return github_repository

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
