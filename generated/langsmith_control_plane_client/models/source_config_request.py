from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_config_request_deployment_type_type_0 import (
    SourceConfigRequestDeploymentTypeType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listener_config import ListenerConfig
    from ..models.resource_spec_input import ResourceSpecInput


T = TypeVar("T", bound="SourceConfigRequest")


@_attrs_define
class SourceConfigRequest:
    """Deployment configuration fields specific to the `source`.<br>
    <br>
    All fields are nullable, but are validated based on the `source`.
    Updating `resource_spec`, `install_command`, or `build_command` creates a new revision.

    """

    integration_id: None | Unset | UUID = UNSET
    """ The ID of the integration used for the deployment.<br><br>Retrieve this value from the `GET
    /v1/integrations/github/install` endpoint. This cannot be changed (`PATCH`) once the deployment is created. Only
    applicable for `github` source. """
    repo_url: None | str | Unset = UNSET
    """ The URL of the git repository used for the deployment.<br><br>This cannot be changed (`PATCH`) once the
    deployment is created. Only applicable for `github` source. """
    deployment_type: None | SourceConfigRequestDeploymentTypeType0 | Unset = UNSET
    """ The type of deployment to create.<br><br>See [Deployment Types](https://langchain-
    ai.github.io/langgraph/concepts/langgraph_control_plane/#deployment-types) for more details. This cannot be
    changed (`PATCH`) once the deployment is created. Only applicable for `github` source. """
    build_on_push: bool | None | Unset = UNSET
    """ Whether to build a new revision for the deployment on push to the `source_revision_config.repo_ref` (e.g.
    git branch).<br><br>Cannot be enabled when `source_revision_config.repo_ref` specifies a tag (starts with
    `refs/tags/`). Tags are immutable and cannot trigger automatic builds on push.<br><br>Only applicable for
    `github` source. """
    custom_url: None | str | Unset = UNSET
    """ The custom URL of the deployment.<br><br>This field can only be set for `external_docker` source
    deployments. However, it will be set automatically for `github` source deployments (read only). """
    resource_spec: None | ResourceSpecInput | Unset = UNSET
    listener_id: None | Unset | UUID = UNSET
    """ The ID of the listener used for the deployment.<br><br>Retrieve this value from the `GET /v2/listeners`
    endpoint. This cannot be changed (`PATCH`) once the deployment is created. Only applicable for `external_docker`
    source. """
    listener_config: ListenerConfig | None | Unset = UNSET
    install_command: None | str | Unset = UNSET
    """ The custom install command to run for your deployment. This only applies to JS deployments using 'github' or
    'internal_source'. Updating this field creates a new revision. This command will be run from the root of your
    repository - NOT where your langgraph.json file lives (unless these are the same place). If not provided, we
    will autodetect the command based on the presence of yarn/npm/etc. files. """
    build_command: None | str | Unset = UNSET
    """ The custom build command to run for your deployment. This only applies to JS deployments using 'github' or
    'internal_source'. Updating this field creates a new revision. This command will be run from where your
    langgraph.json file lives. This is helpful for using shared workspaces in your deployments, without having to
    provide a postinstall command or something similar in your package.json. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.listener_config import ListenerConfig
        from ..models.resource_spec_input import ResourceSpecInput

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        elif isinstance(self.integration_id, UUID):
            integration_id = str(self.integration_id)
        else:
            integration_id = self.integration_id

        repo_url: None | str | Unset
        if isinstance(self.repo_url, Unset):
            repo_url = UNSET
        else:
            repo_url = self.repo_url

        deployment_type: None | str | Unset
        if isinstance(self.deployment_type, Unset):
            deployment_type = UNSET
        elif isinstance(self.deployment_type, SourceConfigRequestDeploymentTypeType0):
            deployment_type = self.deployment_type.value
        else:
            deployment_type = self.deployment_type

        build_on_push: bool | None | Unset
        if isinstance(self.build_on_push, Unset):
            build_on_push = UNSET
        else:
            build_on_push = self.build_on_push

        custom_url: None | str | Unset
        if isinstance(self.custom_url, Unset):
            custom_url = UNSET
        else:
            custom_url = self.custom_url

        resource_spec: dict[str, Any] | None | Unset
        if isinstance(self.resource_spec, Unset):
            resource_spec = UNSET
        elif isinstance(self.resource_spec, ResourceSpecInput):
            resource_spec = self.resource_spec.to_dict()
        else:
            resource_spec = self.resource_spec

        listener_id: None | str | Unset
        if isinstance(self.listener_id, Unset):
            listener_id = UNSET
        elif isinstance(self.listener_id, UUID):
            listener_id = str(self.listener_id)
        else:
            listener_id = self.listener_id

        listener_config: dict[str, Any] | None | Unset
        if isinstance(self.listener_config, Unset):
            listener_config = UNSET
        elif isinstance(self.listener_config, ListenerConfig):
            listener_config = self.listener_config.to_dict()
        else:
            listener_config = self.listener_config

        install_command: None | str | Unset
        if isinstance(self.install_command, Unset):
            install_command = UNSET
        else:
            install_command = self.install_command

        build_command: None | str | Unset
        if isinstance(self.build_command, Unset):
            build_command = UNSET
        else:
            build_command = self.build_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if repo_url is not UNSET:
            field_dict["repo_url"] = repo_url
        if deployment_type is not UNSET:
            field_dict["deployment_type"] = deployment_type
        if build_on_push is not UNSET:
            field_dict["build_on_push"] = build_on_push
        if custom_url is not UNSET:
            field_dict["custom_url"] = custom_url
        if resource_spec is not UNSET:
            field_dict["resource_spec"] = resource_spec
        if listener_id is not UNSET:
            field_dict["listener_id"] = listener_id
        if listener_config is not UNSET:
            field_dict["listener_config"] = listener_config
        if install_command is not UNSET:
            field_dict["install_command"] = install_command
        if build_command is not UNSET:
            field_dict["build_command"] = build_command

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listener_config import ListenerConfig
        from ..models.resource_spec_input import ResourceSpecInput

        d = dict(src_dict)

        def _parse_integration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                integration_id_type_0 = UUID(data)

                return integration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        integration_id = _parse_integration_id(d.pop("integration_id", UNSET))

        def _parse_repo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repo_url = _parse_repo_url(d.pop("repo_url", UNSET))

        def _parse_deployment_type(
            data: object,
        ) -> None | SourceConfigRequestDeploymentTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployment_type_type_0 = SourceConfigRequestDeploymentTypeType0(data)

                return deployment_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceConfigRequestDeploymentTypeType0 | Unset, data)

        deployment_type = _parse_deployment_type(d.pop("deployment_type", UNSET))

        def _parse_build_on_push(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        build_on_push = _parse_build_on_push(d.pop("build_on_push", UNSET))

        def _parse_custom_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_url = _parse_custom_url(d.pop("custom_url", UNSET))

        def _parse_resource_spec(data: object) -> None | ResourceSpecInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_spec_type_0 = ResourceSpecInput.from_dict(data)

                return resource_spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceSpecInput | Unset, data)

        resource_spec = _parse_resource_spec(d.pop("resource_spec", UNSET))

        def _parse_listener_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                listener_id_type_0 = UUID(data)

                return listener_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        listener_id = _parse_listener_id(d.pop("listener_id", UNSET))

        def _parse_listener_config(data: object) -> ListenerConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                listener_config_type_0 = ListenerConfig.from_dict(data)

                return listener_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListenerConfig | None | Unset, data)

        listener_config = _parse_listener_config(d.pop("listener_config", UNSET))

        def _parse_install_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        install_command = _parse_install_command(d.pop("install_command", UNSET))

        def _parse_build_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_command = _parse_build_command(d.pop("build_command", UNSET))

        source_config_request = cls(
            integration_id=integration_id,
            repo_url=repo_url,
            deployment_type=deployment_type,
            build_on_push=build_on_push,
            custom_url=custom_url,
            resource_spec=resource_spec,
            listener_id=listener_id,
            listener_config=listener_config,
            install_command=install_command,
            build_command=build_command,
        )

        source_config_request.additional_properties = d
        return source_config_request

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
