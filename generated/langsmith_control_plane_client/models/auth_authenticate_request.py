from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthAuthenticateRequest")


@_attrs_define
class AuthAuthenticateRequest:
    """Auth authenticate request."""

    provider: str
    scopes: list[str]
    user_id: None | str | Unset = UNSET
    ls_user_id: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    use_agent_builder_public_oauth: bool | Unset = False
    force_new: bool | Unset = False
    token_id: None | Unset | UUID = UNSET
    redirect_uri: None | str | Unset = UNSET
    is_default: bool | Unset = True
    check_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        scopes = self.scopes

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        ls_user_id: None | str | Unset
        if isinstance(self.ls_user_id, Unset):
            ls_user_id = UNSET
        else:
            ls_user_id = self.ls_user_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        use_agent_builder_public_oauth = self.use_agent_builder_public_oauth

        force_new = self.force_new

        token_id: None | str | Unset
        if isinstance(self.token_id, Unset):
            token_id = UNSET
        elif isinstance(self.token_id, UUID):
            token_id = str(self.token_id)
        else:
            token_id = self.token_id

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        is_default = self.is_default

        check_only = self.check_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "scopes": scopes,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if ls_user_id is not UNSET:
            field_dict["ls_user_id"] = ls_user_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if use_agent_builder_public_oauth is not UNSET:
            field_dict["use_agent_builder_public_oauth"] = (
                use_agent_builder_public_oauth
            )
        if force_new is not UNSET:
            field_dict["force_new"] = force_new
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if check_only is not UNSET:
            field_dict["check_only"] = check_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = d.pop("provider")

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_ls_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ls_user_id = _parse_ls_user_id(d.pop("ls_user_id", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        use_agent_builder_public_oauth = d.pop("use_agent_builder_public_oauth", UNSET)

        force_new = d.pop("force_new", UNSET)

        def _parse_token_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_id_type_0 = UUID(data)

                return token_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        token_id = _parse_token_id(d.pop("token_id", UNSET))

        def _parse_redirect_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirect_uri", UNSET))

        is_default = d.pop("is_default", UNSET)

        check_only = d.pop("check_only", UNSET)

        auth_authenticate_request = cls(
            provider=provider,
            scopes=scopes,
            user_id=user_id,
            ls_user_id=ls_user_id,
            agent_id=agent_id,
            use_agent_builder_public_oauth=use_agent_builder_public_oauth,
            force_new=force_new,
            token_id=token_id,
            redirect_uri=redirect_uri,
            is_default=is_default,
            check_only=check_only,
        )

        auth_authenticate_request.additional_properties = d
        return auth_authenticate_request

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
