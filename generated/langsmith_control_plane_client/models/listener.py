from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listener_compute_config import ListenerComputeConfig


T = TypeVar("T", bound="Listener")


@_attrs_define
class Listener:
    """Listener resource."""

    compute_type: Literal["k8s"]
    """ The compute type of the listener.<br><br>This cannot be changed (`PUT`) once the listener is created. """
    compute_id: str
    """ User assigned unique ID of the compute infrastructure for the listener.<br><br>For example, if
    `compute_type` is `k8s`, then the user may set this field to the Kubernetes cluster name. This cannot be changed
    (`PUT`) once the listener is created. """
    compute_config: ListenerComputeConfig
    """ Fields for a listener that are specific to `compute_type`.<br>
    <br>
    All fields are nullable, but are validated based on `compute_type`. """
    id: UUID
    """ System assigned ID of the listener.<br><br>This is a read-only field. """
    created_at: datetime.datetime
    """ The creation time of the listener.<br><br>This is a read-only field. """
    updated_at: datetime.datetime
    """ The last update time of the listener.<br><br>This is a read-only field. """
    version: None | str | Unset = UNSET
    """ The version of the listener. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        compute_type = self.compute_type

        compute_id = self.compute_id

        compute_config = self.compute_config.to_dict()

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compute_type": compute_type,
                "compute_id": compute_id,
                "compute_config": compute_config,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listener_compute_config import ListenerComputeConfig

        d = dict(src_dict)
        compute_type = cast(Literal["k8s"], d.pop("compute_type"))
        if compute_type != "k8s":
            raise ValueError(
                f"compute_type must match const 'k8s', got '{compute_type}'"
            )

        compute_id = d.pop("compute_id")

        compute_config = ListenerComputeConfig.from_dict(d.pop("compute_config"))

        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        listener = cls(
            compute_type=compute_type,
            compute_id=compute_id,
            compute_config=compute_config,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        listener.additional_properties = d
        return listener

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
