from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_provider_create_request_provider_type_type_0 import (
    OAuthProviderCreateRequestProviderTypeType0,
)
from ..models.o_auth_provider_create_request_token_endpoint_auth_method import (
    OAuthProviderCreateRequestTokenEndpointAuthMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_provider_create_request_authorization_params import (
        OAuthProviderCreateRequestAuthorizationParams,
    )


T = TypeVar("T", bound="OAuthProviderCreateRequest")


@_attrs_define
class OAuthProviderCreateRequest:
    """Request model for creating OAuth provider manually."""

    provider_id: str
    name: str
    client_id: str
    auth_url: str
    token_url: str
    client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    uses_pkce: bool | Unset = False
    code_challenge_method: str | Unset = "S256"
    provider_type: None | OAuthProviderCreateRequestProviderTypeType0 | Unset = UNSET
    token_endpoint_auth_method: (
        OAuthProviderCreateRequestTokenEndpointAuthMethod | Unset
    ) = OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST
    authorization_params: OAuthProviderCreateRequestAuthorizationParams | Unset = UNSET
    allowed_redirect_uris: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        client_id = self.client_id

        auth_url = self.auth_url

        token_url = self.token_url

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        uses_pkce = self.uses_pkce

        code_challenge_method = self.code_challenge_method

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(
            self.provider_type, OAuthProviderCreateRequestProviderTypeType0
        ):
            provider_type = self.provider_type.value
        else:
            provider_type = self.provider_type

        token_endpoint_auth_method: str | Unset = UNSET
        if not isinstance(self.token_endpoint_auth_method, Unset):
            token_endpoint_auth_method = self.token_endpoint_auth_method.value

        authorization_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization_params, Unset):
            authorization_params = self.authorization_params.to_dict()

        allowed_redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.allowed_redirect_uris, Unset):
            allowed_redirect_uris = self.allowed_redirect_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "auth_url": auth_url,
                "token_url": token_url,
            }
        )
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if uses_pkce is not UNSET:
            field_dict["uses_pkce"] = uses_pkce
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if token_endpoint_auth_method is not UNSET:
            field_dict["token_endpoint_auth_method"] = token_endpoint_auth_method
        if authorization_params is not UNSET:
            field_dict["authorization_params"] = authorization_params
        if allowed_redirect_uris is not UNSET:
            field_dict["allowed_redirect_uris"] = allowed_redirect_uris

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.o_auth_provider_create_request_authorization_params import (
            OAuthProviderCreateRequestAuthorizationParams,
        )

        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        name = d.pop("name")

        client_id = d.pop("client_id")

        auth_url = d.pop("auth_url")

        token_url = d.pop("token_url")

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        uses_pkce = d.pop("uses_pkce", UNSET)

        code_challenge_method = d.pop("code_challenge_method", UNSET)

        def _parse_provider_type(
            data: object,
        ) -> None | OAuthProviderCreateRequestProviderTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_type_0 = OAuthProviderCreateRequestProviderTypeType0(data)

                return provider_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | OAuthProviderCreateRequestProviderTypeType0 | Unset, data
            )

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))

        _token_endpoint_auth_method = d.pop("token_endpoint_auth_method", UNSET)
        token_endpoint_auth_method: (
            OAuthProviderCreateRequestTokenEndpointAuthMethod | Unset
        )
        if isinstance(_token_endpoint_auth_method, Unset):
            token_endpoint_auth_method = UNSET
        else:
            token_endpoint_auth_method = (
                OAuthProviderCreateRequestTokenEndpointAuthMethod(
                    _token_endpoint_auth_method
                )
            )

        _authorization_params = d.pop("authorization_params", UNSET)
        authorization_params: OAuthProviderCreateRequestAuthorizationParams | Unset
        if isinstance(_authorization_params, Unset):
            authorization_params = UNSET
        else:
            authorization_params = (
                OAuthProviderCreateRequestAuthorizationParams.from_dict(
                    _authorization_params
                )
            )

        allowed_redirect_uris = cast(list[str], d.pop("allowed_redirect_uris", UNSET))

        o_auth_provider_create_request = cls(
            provider_id=provider_id,
            name=name,
            client_id=client_id,
            auth_url=auth_url,
            token_url=token_url,
            client_secret=client_secret,
            uses_pkce=uses_pkce,
            code_challenge_method=code_challenge_method,
            provider_type=provider_type,
            token_endpoint_auth_method=token_endpoint_auth_method,
            authorization_params=authorization_params,
            allowed_redirect_uris=allowed_redirect_uris,
        )

        o_auth_provider_create_request.additional_properties = d
        return o_auth_provider_create_request

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
