from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceRevisionConfig")


@_attrs_define
class SourceRevisionConfig:
    """Source revision configuration.<br>
    <br>
    For a `Deployment` resource, the field values refer to the latest revision of the `Deployment`. For a `Revision`
    resource, the field values refer to the `Revision` itself.

    """

    repo_ref: None | str | Unset = UNSET
    """ The git ref of the repository used for the deployment.<br><br>Supports:<br>- **Branches**: Specify just the
    branch name (e.g., `main`, `develop`)<br>- **Tags**: Specify the full ref path (e.g.,
    `refs/tags/v1.0.0`)<br><br>When using a tag, `source_config.build_on_push` must be set to `false` since tags are
    immutable.<br><br>When updating a deployment (`PATCH`), setting this field to a non-null value will trigger
    creation of a new revision. Only applicable for `github` source. """
    langgraph_config_path: None | str | Unset = UNSET
    """ The path to the LangGraph configuration file (`langgraph.json`) used for the deployment.<br><br>Required on
    create for buildable sources (`github`, `internal_source`). Must be `null` for all other sources.<br><br>When
    updating a deployment (`PATCH`), setting this field to a non-null value will trigger creation of a new revision.
    """
    image_uri: None | str | Unset = UNSET
    """ The URI of the Docker image used for the deployment.<br><br>When updating a deployment (`PATCH`), setting
    this field to a non-null value will trigger creation of a new revision. Applicable for `external_docker` source.
    """
    source_tarball_path: None | str | Unset = UNSET
    """ The object path of the uploaded source tarball.<br><br>Must be an object path obtained from the `POST
    /deployments/{deployment_id}/upload-url` endpoint. Arbitrary paths are not accepted.<br><br>When updating a
    deployment (`PATCH`), setting this field to a non-null value will trigger creation of a new revision. Only
    applicable for `internal_source` source. """
    repo_commit_sha: None | str | Unset = UNSET
    """ The commit SHA of the git repository used for the deployment.<br><br>This is a read-only field. Only
    applicable for `github` source. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        repo_ref: None | str | Unset
        if isinstance(self.repo_ref, Unset):
            repo_ref = UNSET
        else:
            repo_ref = self.repo_ref

        langgraph_config_path: None | str | Unset
        if isinstance(self.langgraph_config_path, Unset):
            langgraph_config_path = UNSET
        else:
            langgraph_config_path = self.langgraph_config_path

        image_uri: None | str | Unset
        if isinstance(self.image_uri, Unset):
            image_uri = UNSET
        else:
            image_uri = self.image_uri

        source_tarball_path: None | str | Unset
        if isinstance(self.source_tarball_path, Unset):
            source_tarball_path = UNSET
        else:
            source_tarball_path = self.source_tarball_path

        repo_commit_sha: None | str | Unset
        if isinstance(self.repo_commit_sha, Unset):
            repo_commit_sha = UNSET
        else:
            repo_commit_sha = self.repo_commit_sha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repo_ref is not UNSET:
            field_dict["repo_ref"] = repo_ref
        if langgraph_config_path is not UNSET:
            field_dict["langgraph_config_path"] = langgraph_config_path
        if image_uri is not UNSET:
            field_dict["image_uri"] = image_uri
        if source_tarball_path is not UNSET:
            field_dict["source_tarball_path"] = source_tarball_path
        if repo_commit_sha is not UNSET:
            field_dict["repo_commit_sha"] = repo_commit_sha

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_repo_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repo_ref = _parse_repo_ref(d.pop("repo_ref", UNSET))

        def _parse_langgraph_config_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        langgraph_config_path = _parse_langgraph_config_path(
            d.pop("langgraph_config_path", UNSET)
        )

        def _parse_image_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_uri = _parse_image_uri(d.pop("image_uri", UNSET))

        def _parse_source_tarball_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_tarball_path = _parse_source_tarball_path(
            d.pop("source_tarball_path", UNSET)
        )

        def _parse_repo_commit_sha(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repo_commit_sha = _parse_repo_commit_sha(d.pop("repo_commit_sha", UNSET))

        source_revision_config = cls(
            repo_ref=repo_ref,
            langgraph_config_path=langgraph_config_path,
            image_uri=image_uri,
            source_tarball_path=source_tarball_path,
            repo_commit_sha=repo_commit_sha,
        )

        source_revision_config.additional_properties = d
        return source_revision_config

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
