from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_tier import DeploymentTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentResourceTiersUpdateRequest")


@_attrs_define
class DeploymentResourceTiersUpdateRequest:
    """Request body for updating a deployment's compute and database tiers independently.
    At least one of `compute_tier` or `database_tier` must be provided. A field
    left `null` keeps the deployment's current tier for that resource.

    """

    compute_tier: DeploymentTier | None | Unset = UNSET
    """ Fixed resource tier to apply to the deployment's compute. Serverless deployments support `SERVERLESS_S`,
    `SERVERLESS_M`, and `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`, `DEDICATED_M`, and
    `DEDICATED_L`. Leave `null` to keep the current compute tier. """
    database_tier: DeploymentTier | None | Unset = UNSET
    """ Fixed resource tier to apply to the deployment's database. Only supported for dedicated deployments
    (`DEDICATED_S`, `DEDICATED_M`, `DEDICATED_L`). Leave `null` to keep the current database tier. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        compute_tier: None | str | Unset
        if isinstance(self.compute_tier, Unset):
            compute_tier = UNSET
        elif isinstance(self.compute_tier, DeploymentTier):
            compute_tier = self.compute_tier.value
        else:
            compute_tier = self.compute_tier

        database_tier: None | str | Unset
        if isinstance(self.database_tier, Unset):
            database_tier = UNSET
        elif isinstance(self.database_tier, DeploymentTier):
            database_tier = self.database_tier.value
        else:
            database_tier = self.database_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compute_tier is not UNSET:
            field_dict["compute_tier"] = compute_tier
        if database_tier is not UNSET:
            field_dict["database_tier"] = database_tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_compute_tier(data: object) -> DeploymentTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compute_tier_type_0 = DeploymentTier(data)

                return compute_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentTier | None | Unset, data)

        compute_tier = _parse_compute_tier(d.pop("compute_tier", UNSET))

        def _parse_database_tier(data: object) -> DeploymentTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                database_tier_type_0 = DeploymentTier(data)

                return database_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentTier | None | Unset, data)

        database_tier = _parse_database_tier(d.pop("database_tier", UNSET))

        deployment_resource_tiers_update_request = cls(
            compute_tier=compute_tier,
            database_tier=database_tier,
        )

        deployment_resource_tiers_update_request.additional_properties = d
        return deployment_resource_tiers_update_request

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
