from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_status import AuthStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_authenticate_response_metadata_type_0 import (
        AuthAuthenticateResponseMetadataType0,
    )


T = TypeVar("T", bound="AuthAuthenticateResponse")


@_attrs_define
class AuthAuthenticateResponse:
    """Auth authenticate response."""

    status: AuthStatus
    """ Valid authentication status values. """
    url: None | str | Unset = UNSET
    auth_id: None | str | Unset = UNSET
    token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    user_id: None | str | Unset = UNSET
    metadata: AuthAuthenticateResponseMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_authenticate_response_metadata_type_0 import (
            AuthAuthenticateResponseMetadataType0,
        )

        status = self.status.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        auth_id: None | str | Unset
        if isinstance(self.auth_id, Unset):
            auth_id = UNSET
        else:
            auth_id = self.auth_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, AuthAuthenticateResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if auth_id is not UNSET:
            field_dict["auth_id"] = auth_id
        if token is not UNSET:
            field_dict["token"] = token
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_authenticate_response_metadata_type_0 import (
            AuthAuthenticateResponseMetadataType0,
        )

        d = dict(src_dict)
        status = AuthStatus(d.pop("status"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_auth_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_id = _parse_auth_id(d.pop("auth_id", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_metadata(
            data: object,
        ) -> AuthAuthenticateResponseMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = AuthAuthenticateResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthAuthenticateResponseMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        auth_authenticate_response = cls(
            status=status,
            url=url,
            auth_id=auth_id,
            token=token,
            user_id=user_id,
            metadata=metadata,
        )

        auth_authenticate_response.additional_properties = d
        return auth_authenticate_response

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
