from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForgeGithubIntegration")


@_attrs_define
class ForgeGithubIntegration:
    """Engine ("forge") install metadata. Extends the shared shape with two
    fields the Engine repo picker needs to recover from a "selected
    repositories" install that doesn't grant the repo the user wants:
    `repository_selection` and `settings_url` (GitHub's per-install settings
    page, where repo access is edited). Kept off the base `GithubIntegration`
    so the public Deployments API contract is unchanged.

    """

    id: UUID
    """ GitHub Integration ID.<br><br>For example, in the `POST /v2/deployments` request body, set `integration_id`
    to the value of this field. """
    installation_id: int
    """ GitHub installation ID. """
    name: str
    """ GitHub accout name. """
    repository_selection: None | str | Unset = UNSET
    """ Whether the GitHub App install grants access to 'all' repos or only 'selected' ones. When 'selected', newly
    created repos are not auto-included and must be added on GitHub. """
    settings_url: None | str | Unset = UNSET
    """ Deep link to the install's GitHub settings page, where repo access can be edited. GitHub's installation
    `html_url`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        installation_id = self.installation_id

        name = self.name

        repository_selection: None | str | Unset
        if isinstance(self.repository_selection, Unset):
            repository_selection = UNSET
        else:
            repository_selection = self.repository_selection

        settings_url: None | str | Unset
        if isinstance(self.settings_url, Unset):
            settings_url = UNSET
        else:
            settings_url = self.settings_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "installation_id": installation_id,
                "name": name,
            }
        )
        if repository_selection is not UNSET:
            field_dict["repository_selection"] = repository_selection
        if settings_url is not UNSET:
            field_dict["settings_url"] = settings_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        installation_id = d.pop("installation_id")

        name = d.pop("name")

        def _parse_repository_selection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_selection = _parse_repository_selection(
            d.pop("repository_selection", UNSET)
        )

        def _parse_settings_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settings_url = _parse_settings_url(d.pop("settings_url", UNSET))

        forge_github_integration = cls(
            id=id,
            installation_id=installation_id,
            name=name,
            repository_selection=repository_selection,
            settings_url=settings_url,
        )

        forge_github_integration.additional_properties = d
        return forge_github_integration

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
