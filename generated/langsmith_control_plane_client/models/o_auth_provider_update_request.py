from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_provider_update_request_authorization_params_type_0 import (
        OAuthProviderUpdateRequestAuthorizationParamsType0,
    )


T = TypeVar("T", bound="OAuthProviderUpdateRequest")


@_attrs_define
class OAuthProviderUpdateRequest:
    """Request model for updating OAuth provider."""

    name: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    auth_url: None | str | Unset = UNSET
    token_url: None | str | Unset = UNSET
    uses_pkce: bool | None | Unset = UNSET
    code_challenge_method: None | str | Unset = UNSET
    authorization_params: (
        None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset
    ) = UNSET
    allowed_redirect_uris: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.o_auth_provider_update_request_authorization_params_type_0 import (
            OAuthProviderUpdateRequestAuthorizationParamsType0,
        )

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        auth_url: None | str | Unset
        if isinstance(self.auth_url, Unset):
            auth_url = UNSET
        else:
            auth_url = self.auth_url

        token_url: None | str | Unset
        if isinstance(self.token_url, Unset):
            token_url = UNSET
        else:
            token_url = self.token_url

        uses_pkce: bool | None | Unset
        if isinstance(self.uses_pkce, Unset):
            uses_pkce = UNSET
        else:
            uses_pkce = self.uses_pkce

        code_challenge_method: None | str | Unset
        if isinstance(self.code_challenge_method, Unset):
            code_challenge_method = UNSET
        else:
            code_challenge_method = self.code_challenge_method

        authorization_params: dict[str, Any] | None | Unset
        if isinstance(self.authorization_params, Unset):
            authorization_params = UNSET
        elif isinstance(
            self.authorization_params,
            OAuthProviderUpdateRequestAuthorizationParamsType0,
        ):
            authorization_params = self.authorization_params.to_dict()
        else:
            authorization_params = self.authorization_params

        allowed_redirect_uris: list[str] | None | Unset
        if isinstance(self.allowed_redirect_uris, Unset):
            allowed_redirect_uris = UNSET
        elif isinstance(self.allowed_redirect_uris, list):
            allowed_redirect_uris = self.allowed_redirect_uris

        else:
            allowed_redirect_uris = self.allowed_redirect_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if auth_url is not UNSET:
            field_dict["auth_url"] = auth_url
        if token_url is not UNSET:
            field_dict["token_url"] = token_url
        if uses_pkce is not UNSET:
            field_dict["uses_pkce"] = uses_pkce
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if authorization_params is not UNSET:
            field_dict["authorization_params"] = authorization_params
        if allowed_redirect_uris is not UNSET:
            field_dict["allowed_redirect_uris"] = allowed_redirect_uris

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.o_auth_provider_update_request_authorization_params_type_0 import (
            OAuthProviderUpdateRequestAuthorizationParamsType0,
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_auth_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_url = _parse_auth_url(d.pop("auth_url", UNSET))

        def _parse_token_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_url = _parse_token_url(d.pop("token_url", UNSET))

        def _parse_uses_pkce(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uses_pkce = _parse_uses_pkce(d.pop("uses_pkce", UNSET))

        def _parse_code_challenge_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_challenge_method = _parse_code_challenge_method(
            d.pop("code_challenge_method", UNSET)
        )

        def _parse_authorization_params(
            data: object,
        ) -> None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorization_params_type_0 = (
                    OAuthProviderUpdateRequestAuthorizationParamsType0.from_dict(data)
                )

                return authorization_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset, data
            )

        authorization_params = _parse_authorization_params(
            d.pop("authorization_params", UNSET)
        )

        def _parse_allowed_redirect_uris(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_redirect_uris_type_0 = cast(list[str], data)

                return allowed_redirect_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_redirect_uris = _parse_allowed_redirect_uris(
            d.pop("allowed_redirect_uris", UNSET)
        )

        o_auth_provider_update_request = cls(
            name=name,
            client_id=client_id,
            client_secret=client_secret,
            auth_url=auth_url,
            token_url=token_url,
            uses_pkce=uses_pkce,
            code_challenge_method=code_challenge_method,
            authorization_params=authorization_params,
            allowed_redirect_uris=allowed_redirect_uris,
        )

        o_auth_provider_update_request.additional_properties = d
        return o_auth_provider_update_request

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
