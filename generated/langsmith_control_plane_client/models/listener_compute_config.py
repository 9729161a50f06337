from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListenerComputeConfig")


@_attrs_define
class ListenerComputeConfig:
    """Fields for a listener that are specific to `compute_type`.<br>
    <br>
    All fields are nullable, but are validated based on `compute_type`.

    """

    k8s_namespaces: list[str] | None | Unset = UNSET
    """ A list of Kubernetes namespaces to which the listener is configured for.<br><br>Only applicable for `k8s`
    compute type. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        k8s_namespaces: list[str] | None | Unset
        if isinstance(self.k8s_namespaces, Unset):
            k8s_namespaces = UNSET
        elif isinstance(self.k8s_namespaces, list):
            k8s_namespaces = self.k8s_namespaces

        else:
            k8s_namespaces = self.k8s_namespaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if k8s_namespaces is not UNSET:
            field_dict["k8s_namespaces"] = k8s_namespaces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_k8s_namespaces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                k8s_namespaces_type_0 = cast(list[str], data)

                return k8s_namespaces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        k8s_namespaces = _parse_k8s_namespaces(d.pop("k8s_namespaces", UNSET))

        listener_compute_config = cls(
            k8s_namespaces=k8s_namespaces,
        )

        listener_compute_config.additional_properties = d
        return listener_compute_config

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
