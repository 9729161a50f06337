from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listener_compute_config import ListenerComputeConfig


T = TypeVar("T", bound="ListenerPatchRequest")


@_attrs_define
class ListenerPatchRequest:
    """Requst body for patching a listener."""

    version: None | str | Unset = UNSET
    """ The version of the listener. """
    compute_config: ListenerComputeConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.listener_compute_config import ListenerComputeConfig

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        compute_config: dict[str, Any] | None | Unset
        if isinstance(self.compute_config, Unset):
            compute_config = UNSET
        elif isinstance(self.compute_config, ListenerComputeConfig):
            compute_config = self.compute_config.to_dict()
        else:
            compute_config = self.compute_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if compute_config is not UNSET:
            field_dict["compute_config"] = compute_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listener_compute_config import ListenerComputeConfig

        d = dict(src_dict)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_compute_config(data: object) -> ListenerComputeConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compute_config_type_0 = ListenerComputeConfig.from_dict(data)

                return compute_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListenerComputeConfig | None | Unset, data)

        compute_config = _parse_compute_config(d.pop("compute_config", UNSET))

        listener_patch_request = cls(
            version=version,
            compute_config=compute_config,
        )

        listener_patch_request.additional_properties = d
        return listener_patch_request

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
