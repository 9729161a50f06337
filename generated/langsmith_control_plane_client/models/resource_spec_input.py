from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container import Container
    from ..models.local_object_reference import LocalObjectReference
    from ..models.resource_spec_input_annotations_type_0 import (
        ResourceSpecInputAnnotationsType0,
    )
    from ..models.resource_spec_input_labels_type_0 import ResourceSpecInputLabelsType0
    from ..models.volume import Volume
    from ..models.volume_mount import VolumeMount


T = TypeVar("T", bound="ResourceSpecInput")


@_attrs_define
class ResourceSpecInput:
    """Resource specification for the deployment.<br>
    <br>
    When updating a deployment (`PATCH`), setting this field to a non-null value will trigger creation of a new revision
    and overwrite the existing resource_spec for the deployment. Only applicable for `external_docker` source.

    """

    min_scale: int | None | Unset = UNSET
    """ The minimum scale (number of replicas) of the deployment. """
    max_scale: int | None | Unset = UNSET
    """ The maximum scale (number of replicas) of the deployment. """
    cpu: float | None | Unset = UNSET
    """ CPU request in cores for a single replica of the deployment. Supports fractional values (e.g. 0.5 for 500m).
    Values are rounded to 1 decimal place. If cpu_limit is not set, limit defaults to 2x this value. """
    cpu_limit: float | None | Unset = UNSET
    """ CPU limit in cores for a single replica of the deployment. Supports fractional values (e.g. 0.5 for 500m).
    Values are rounded to 1 decimal place. If not set, defaults to 2x cpu. """
    memory_mb: int | None | Unset = UNSET
    """ Memory request (MB) of a single replica of the deployment. If memory_limit_mb is not set, limit defaults to
    2x this value. """
    memory_limit_mb: int | None | Unset = UNSET
    """ Memory limit (MB) of a single replica of the deployment. If not set, defaults to 2x memory_mb. """
    queue_min_scale: int | None | Unset = UNSET
    """ The minimum scale (number of replicas) of the queue deployment. If not provided, defaults to the same value
    as `min_scale`. """
    queue_max_scale: int | None | Unset = UNSET
    """ The maximum scale (number of replicas) of the queue deployment. If not provided, defaults to the same value
    as `max_scale`. """
    queue_cpu: float | None | Unset = UNSET
    """ CPU request in cores for a single replica of the queue deployment. Supports fractional values (e.g. 0.5 for
    500m). Values are rounded to 1 decimal place. If not provided, defaults to the same value as `cpu`. If
    queue_cpu_limit is not set, limit defaults to 2x this value. """
    queue_cpu_limit: float | None | Unset = UNSET
    """ CPU limit in cores for a single replica of the queue deployment. Supports fractional values (e.g. 0.5 for
    500m). Values are rounded to 1 decimal place. If not set, defaults to 2x queue_cpu. """
    queue_memory_mb: int | None | Unset = UNSET
    """ Memory request (MB) of a single replica of the queue deployment. If not provided, defaults to the same value
    as `memory_mb`. If queue_memory_limit_mb is not set, limit defaults to 2x this value. """
    queue_memory_limit_mb: int | None | Unset = UNSET
    """ Memory limit (MB) of a single replica of the queue deployment. If not set, defaults to 2x queue_memory_mb.
    """
    redis_cpu: float | None | Unset = UNSET
    """ CPU request in cores for the Redis deployment. Supports fractional values (e.g. 0.5 for 500m). Values are
    rounded to 1 decimal place. If redis_cpu_limit is not set, limit defaults to 2x this value. """
    redis_cpu_limit: float | None | Unset = UNSET
    """ CPU limit in cores for the Redis deployment. Supports fractional values (e.g. 0.5 for 500m). Values are
    rounded to 1 decimal place. If not set, defaults to 2x redis_cpu. """
    redis_memory_mb: int | None | Unset = UNSET
    """ Memory request (MB) of the Redis deployment. If redis_memory_limit_mb is not set, limit defaults to this
    value. """
    redis_memory_limit_mb: int | None | Unset = UNSET
    """ Memory limit (MB) of the Redis deployment. If not set, defaults to redis_memory_mb. """
    core_cpu: float | None | Unset = UNSET
    """ CPU request in cores for the core API process (only used when the deployment runs the core API as a
    sidecar). If core_cpu_limit is not set, limit defaults to 2x this value. """
    core_cpu_limit: float | None | Unset = UNSET
    """ CPU limit in cores for the core API process. If not set, defaults to 2x core_cpu. """
    core_memory_mb: int | None | Unset = UNSET
    """ Memory request (MB) for the core API process. If core_memory_limit_mb is not set, limit defaults to 2x this
    value. """
    core_memory_limit_mb: int | None | Unset = UNSET
    """ Memory limit (MB) for the core API process. If not set, defaults to 2x core_memory_mb. """
    labels: None | ResourceSpecInputLabelsType0 | Unset = UNSET
    """ Additional labels to apply to resources created for the deployment. """
    annotations: None | ResourceSpecInputAnnotationsType0 | Unset = UNSET
    """ Additional annotations to apply to resources created for the deployment. """
    service_account_name: None | str | Unset = UNSET
    """ The name of the service account to use for the deployment.<br><br>This must already exist in the Kubernetes
    namespace where the deployment will be deployed to. """
    image_pull_secrets: list[LocalObjectReference] | None | Unset = UNSET
    """ List of references to secrets in the same namespace to use for pulling container images. Each entry is a
    LocalObjectReference to a Secret of type kubernetes.io/dockerconfigjson. """
    volumes: list[Volume] | None | Unset = UNSET
    """ List of volumes that can be mounted by containers belonging to the pod. Reference the kubernetes
    documentation for more details on how to configure volumes. """
    volume_mounts: list[VolumeMount] | None | Unset = UNSET
    """ Pod volumes to mount into the container's filesystem. Reference the kubernetes documentation for more
    details on how to configure volume mounts. """
    init_containers: list[Container] | None | Unset = UNSET
    """ List of initialization containers belonging to the pod. Init containers are set as initContainers in the pod
    spec and run to completion before the main application container starts. """
    sidecars: list[Container] | None | Unset = UNSET
    """ List of sidecar containers that run alongside the main application container. These will be added to the pod
    spec as additional containers. """
    db_cpu: float | None | Unset = UNSET
    """ CPU request of the Postgres database deployment. If db_cpu_limit is not set, limit defaults to 2x this
    value. """
    db_cpu_limit: float | None | Unset = UNSET
    """ CPU limit of the Postgres database deployment. If not set, defaults to 2x db_cpu. """
    db_memory_mb: int | None | Unset = UNSET
    """ Memory request (MB) of the Postgres database deployment. If db_memory_limit_mb is not set, limit defaults to
    2x this value. """
    db_memory_limit_mb: int | None | Unset = UNSET
    """ Memory limit (MB) of the Postgres database deployment. If not set, defaults to 2x db_memory_mb. """
    db_storage_gi: int | None | Unset = UNSET
    """ Storage (GiB) of the Postgres database deployment. """
    db_max_connections: int | None | Unset = UNSET
    """ Maximum number of connections allowed to the Postgres database. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=lambda extra: f"<keys {sorted(extra)}>"
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_spec_input_annotations_type_0 import (
            ResourceSpecInputAnnotationsType0,
        )
        from ..models.resource_spec_input_labels_type_0 import (
            ResourceSpecInputLabelsType0,
        )

        min_scale: int | None | Unset
        if isinstance(self.min_scale, Unset):
            min_scale = UNSET
        else:
            min_scale = self.min_scale

        max_scale: int | None | Unset
        if isinstance(self.max_scale, Unset):
            max_scale = UNSET
        else:
            max_scale = self.max_scale

        cpu: float | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        else:
            cpu = self.cpu

        cpu_limit: float | None | Unset
        if isinstance(self.cpu_limit, Unset):
            cpu_limit = UNSET
        else:
            cpu_limit = self.cpu_limit

        memory_mb: int | None | Unset
        if isinstance(self.memory_mb, Unset):
            memory_mb = UNSET
        else:
            memory_mb = self.memory_mb

        memory_limit_mb: int | None | Unset
        if isinstance(self.memory_limit_mb, Unset):
            memory_limit_mb = UNSET
        else:
            memory_limit_mb = self.memory_limit_mb

        queue_min_scale: int | None | Unset
        if isinstance(self.queue_min_scale, Unset):
            queue_min_scale = UNSET
        else:
            queue_min_scale = self.queue_min_scale

        queue_max_scale: int | None | Unset
        if isinstance(self.queue_max_scale, Unset):
            queue_max_scale = UNSET
        else:
            queue_max_scale = self.queue_max_scale

        queue_cpu: float | None | Unset
        if isinstance(self.queue_cpu, Unset):
            queue_cpu = UNSET
        else:
            queue_cpu = self.queue_cpu

        queue_cpu_limit: float | None | Unset
        if isinstance(self.queue_cpu_limit, Unset):
            queue_cpu_limit = UNSET
        else:
            queue_cpu_limit = self.queue_cpu_limit

        queue_memory_mb: int | None | Unset
        if isinstance(self.queue_memory_mb, Unset):
            queue_memory_mb = UNSET
        else:
            queue_memory_mb = self.queue_memory_mb

        queue_memory_limit_mb: int | None | Unset
        if isinstance(self.queue_memory_limit_mb, Unset):
            queue_memory_limit_mb = UNSET
        else:
            queue_memory_limit_mb = self.queue_memory_limit_mb

        redis_cpu: float | None | Unset
        if isinstance(self.redis_cpu, Unset):
            redis_cpu = UNSET
        else:
            redis_cpu = self.redis_cpu

        redis_cpu_limit: float | None | Unset
        if isinstance(self.redis_cpu_limit, Unset):
            redis_cpu_limit = UNSET
        else:
            redis_cpu_limit = self.redis_cpu_limit

        redis_memory_mb: int | None | Unset
        if isinstance(self.redis_memory_mb, Unset):
            redis_memory_mb = UNSET
        else:
            redis_memory_mb = self.redis_memory_mb

        redis_memory_limit_mb: int | None | Unset
        if isinstance(self.redis_memory_limit_mb, Unset):
            redis_memory_limit_mb = UNSET
        else:
            redis_memory_limit_mb = self.redis_memory_limit_mb

        core_cpu: float | None | Unset
        if isinstance(self.core_cpu, Unset):
            core_cpu = UNSET
        else:
            core_cpu = self.core_cpu

        core_cpu_limit: float | None | Unset
        if isinstance(self.core_cpu_limit, Unset):
            core_cpu_limit = UNSET
        else:
            core_cpu_limit = self.core_cpu_limit

        core_memory_mb: int | None | Unset
        if isinstance(self.core_memory_mb, Unset):
            core_memory_mb = UNSET
        else:
            core_memory_mb = self.core_memory_mb

        core_memory_limit_mb: int | None | Unset
        if isinstance(self.core_memory_limit_mb, Unset):
            core_memory_limit_mb = UNSET
        else:
            core_memory_limit_mb = self.core_memory_limit_mb

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ResourceSpecInputLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ResourceSpecInputAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        service_account_name: None | str | Unset
        if isinstance(self.service_account_name, Unset):
            service_account_name = UNSET
        else:
            service_account_name = self.service_account_name

        image_pull_secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_pull_secrets, Unset):
            image_pull_secrets = UNSET
        elif isinstance(self.image_pull_secrets, list):
            image_pull_secrets = []
            for image_pull_secrets_type_0_item_data in self.image_pull_secrets:
                image_pull_secrets_type_0_item = (
                    image_pull_secrets_type_0_item_data.to_dict()
                )
                image_pull_secrets.append(image_pull_secrets_type_0_item)

        else:
            image_pull_secrets = self.image_pull_secrets

        volumes: list[dict[str, Any]] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, list):
            volumes = []
            for volumes_type_0_item_data in self.volumes:
                volumes_type_0_item = volumes_type_0_item_data.to_dict()
                volumes.append(volumes_type_0_item)

        else:
            volumes = self.volumes

        volume_mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.volume_mounts, Unset):
            volume_mounts = UNSET
        elif isinstance(self.volume_mounts, list):
            volume_mounts = []
            for volume_mounts_type_0_item_data in self.volume_mounts:
                volume_mounts_type_0_item = volume_mounts_type_0_item_data.to_dict()
                volume_mounts.append(volume_mounts_type_0_item)

        else:
            volume_mounts = self.volume_mounts

        init_containers: list[dict[str, Any]] | None | Unset
        if isinstance(self.init_containers, Unset):
            init_containers = UNSET
        elif isinstance(self.init_containers, list):
            init_containers = []
            for init_containers_type_0_item_data in self.init_containers:
                init_containers_type_0_item = init_containers_type_0_item_data.to_dict()
                init_containers.append(init_containers_type_0_item)

        else:
            init_containers = self.init_containers

        sidecars: list[dict[str, Any]] | None | Unset
        if isinstance(self.sidecars, Unset):
            sidecars = UNSET
        elif isinstance(self.sidecars, list):
            sidecars = []
            for sidecars_type_0_item_data in self.sidecars:
                sidecars_type_0_item = sidecars_type_0_item_data.to_dict()
                sidecars.append(sidecars_type_0_item)

        else:
            sidecars = self.sidecars

        db_cpu: float | None | Unset
        if isinstance(self.db_cpu, Unset):
            db_cpu = UNSET
        else:
            db_cpu = self.db_cpu

        db_cpu_limit: float | None | Unset
        if isinstance(self.db_cpu_limit, Unset):
            db_cpu_limit = UNSET
        else:
            db_cpu_limit = self.db_cpu_limit

        db_memory_mb: int | None | Unset
        if isinstance(self.db_memory_mb, Unset):
            db_memory_mb = UNSET
        else:
            db_memory_mb = self.db_memory_mb

        db_memory_limit_mb: int | None | Unset
        if isinstance(self.db_memory_limit_mb, Unset):
            db_memory_limit_mb = UNSET
        else:
            db_memory_limit_mb = self.db_memory_limit_mb

        db_storage_gi: int | None | Unset
        if isinstance(self.db_storage_gi, Unset):
            db_storage_gi = UNSET
        else:
            db_storage_gi = self.db_storage_gi

        db_max_connections: int | None | Unset
        if isinstance(self.db_max_connections, Unset):
            db_max_connections = UNSET
        else:
            db_max_connections = self.db_max_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_scale is not UNSET:
            field_dict["min_scale"] = min_scale
        if max_scale is not UNSET:
            field_dict["max_scale"] = max_scale
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if memory_limit_mb is not UNSET:
            field_dict["memory_limit_mb"] = memory_limit_mb
        if queue_min_scale is not UNSET:
            field_dict["queue_min_scale"] = queue_min_scale
        if queue_max_scale is not UNSET:
            field_dict["queue_max_scale"] = queue_max_scale
        if queue_cpu is not UNSET:
            field_dict["queue_cpu"] = queue_cpu
        if queue_cpu_limit is not UNSET:
            field_dict["queue_cpu_limit"] = queue_cpu_limit
        if queue_memory_mb is not UNSET:
            field_dict["queue_memory_mb"] = queue_memory_mb
        if queue_memory_limit_mb is not UNSET:
            field_dict["queue_memory_limit_mb"] = queue_memory_limit_mb
        if redis_cpu is not UNSET:
            field_dict["redis_cpu"] = redis_cpu
        if redis_cpu_limit is not UNSET:
            field_dict["redis_cpu_limit"] = redis_cpu_limit
        if redis_memory_mb is not UNSET:
            field_dict["redis_memory_mb"] = redis_memory_mb
        if redis_memory_limit_mb is not UNSET:
            field_dict["redis_memory_limit_mb"] = redis_memory_limit_mb
        if core_cpu is not UNSET:
            field_dict["core_cpu"] = core_cpu
        if core_cpu_limit is not UNSET:
            field_dict["core_cpu_limit"] = core_cpu_limit
        if core_memory_mb is not UNSET:
            field_dict["core_memory_mb"] = core_memory_mb
        if core_memory_limit_mb is not UNSET:
            field_dict["core_memory_limit_mb"] = core_memory_limit_mb
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if service_account_name is not UNSET:
            field_dict["service_account_name"] = service_account_name
        if image_pull_secrets is not UNSET:
            field_dict["image_pull_secrets"] = image_pull_secrets
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if volume_mounts is not UNSET:
            field_dict["volume_mounts"] = volume_mounts
        if init_containers is not UNSET:
            field_dict["init_containers"] = init_containers
        if sidecars is not UNSET:
            field_dict["sidecars"] = sidecars
        if db_cpu is not UNSET:
            field_dict["db_cpu"] = db_cpu
        if db_cpu_limit is not UNSET:
            field_dict["db_cpu_limit"] = db_cpu_limit
        if db_memory_mb is not UNSET:
            field_dict["db_memory_mb"] = db_memory_mb
        if db_memory_limit_mb is not UNSET:
            field_dict["db_memory_limit_mb"] = db_memory_limit_mb
        if db_storage_gi is not UNSET:
            field_dict["db_storage_gi"] = db_storage_gi
        if db_max_connections is not UNSET:
            field_dict["db_max_connections"] = db_max_connections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container import Container
        from ..models.local_object_reference import LocalObjectReference
        from ..models.resource_spec_input_annotations_type_0 import (
            ResourceSpecInputAnnotationsType0,
        )
        from ..models.resource_spec_input_labels_type_0 import (
            ResourceSpecInputLabelsType0,
        )
        from ..models.volume import Volume
        from ..models.volume_mount import VolumeMount

        d = dict(src_dict)

        def _parse_min_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_scale = _parse_min_scale(d.pop("min_scale", UNSET))

        def _parse_max_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_scale = _parse_max_scale(d.pop("max_scale", UNSET))

        def _parse_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu = _parse_cpu(d.pop("cpu", UNSET))

        def _parse_cpu_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_limit = _parse_cpu_limit(d.pop("cpu_limit", UNSET))

        def _parse_memory_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_mb = _parse_memory_mb(d.pop("memory_mb", UNSET))

        def _parse_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_limit_mb = _parse_memory_limit_mb(d.pop("memory_limit_mb", UNSET))

        def _parse_queue_min_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_min_scale = _parse_queue_min_scale(d.pop("queue_min_scale", UNSET))

        def _parse_queue_max_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_max_scale = _parse_queue_max_scale(d.pop("queue_max_scale", UNSET))

        def _parse_queue_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        queue_cpu = _parse_queue_cpu(d.pop("queue_cpu", UNSET))

        def _parse_queue_cpu_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        queue_cpu_limit = _parse_queue_cpu_limit(d.pop("queue_cpu_limit", UNSET))

        def _parse_queue_memory_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_memory_mb = _parse_queue_memory_mb(d.pop("queue_memory_mb", UNSET))

        def _parse_queue_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_memory_limit_mb = _parse_queue_memory_limit_mb(
            d.pop("queue_memory_limit_mb", UNSET)
        )

        def _parse_redis_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        redis_cpu = _parse_redis_cpu(d.pop("redis_cpu", UNSET))

        def _parse_redis_cpu_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        redis_cpu_limit = _parse_redis_cpu_limit(d.pop("redis_cpu_limit", UNSET))

        def _parse_redis_memory_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        redis_memory_mb = _parse_redis_memory_mb(d.pop("redis_memory_mb", UNSET))

        def _parse_redis_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        redis_memory_limit_mb = _parse_redis_memory_limit_mb(
            d.pop("redis_memory_limit_mb", UNSET)
        )

        def _parse_core_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        core_cpu = _parse_core_cpu(d.pop("core_cpu", UNSET))

        def _parse_core_cpu_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        core_cpu_limit = _parse_core_cpu_limit(d.pop("core_cpu_limit", UNSET))

        def _parse_core_memory_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        core_memory_mb = _parse_core_memory_mb(d.pop("core_memory_mb", UNSET))

        def _parse_core_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        core_memory_limit_mb = _parse_core_memory_limit_mb(
            d.pop("core_memory_limit_mb", UNSET)
        )

        def _parse_labels(data: object) -> None | ResourceSpecInputLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = ResourceSpecInputLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceSpecInputLabelsType0 | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_annotations(
            data: object,
        ) -> None | ResourceSpecInputAnnotationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = ResourceSpecInputAnnotationsType0.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceSpecInputAnnotationsType0 | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_service_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_account_name = _parse_service_account_name(
            d.pop("service_account_name", UNSET)
        )

        def _parse_image_pull_secrets(
            data: object,
        ) -> list[LocalObjectReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_pull_secrets_type_0 = []
                _image_pull_secrets_type_0 = data
                for image_pull_secrets_type_0_item_data in _image_pull_secrets_type_0:
                    image_pull_secrets_type_0_item = LocalObjectReference.from_dict(
                        image_pull_secrets_type_0_item_data
                    )

                    image_pull_secrets_type_0.append(image_pull_secrets_type_0_item)

                return image_pull_secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LocalObjectReference] | None | Unset, data)

        image_pull_secrets = _parse_image_pull_secrets(
            d.pop("image_pull_secrets", UNSET)
        )

        def _parse_volumes(data: object) -> list[Volume] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                volumes_type_0 = []
                _volumes_type_0 = data
                for volumes_type_0_item_data in _volumes_type_0:
                    volumes_type_0_item = Volume.from_dict(volumes_type_0_item_data)

                    volumes_type_0.append(volumes_type_0_item)

                return volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Volume] | None | Unset, data)

        volumes = _parse_volumes(d.pop("volumes", UNSET))

        def _parse_volume_mounts(data: object) -> list[VolumeMount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                volume_mounts_type_0 = []
                _volume_mounts_type_0 = data
                for volume_mounts_type_0_item_data in _volume_mounts_type_0:
                    volume_mounts_type_0_item = VolumeMount.from_dict(
                        volume_mounts_type_0_item_data
                    )

                    volume_mounts_type_0.append(volume_mounts_type_0_item)

                return volume_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VolumeMount] | None | Unset, data)

        volume_mounts = _parse_volume_mounts(d.pop("volume_mounts", UNSET))

        def _parse_init_containers(data: object) -> list[Container] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                init_containers_type_0 = []
                _init_containers_type_0 = data
                for init_containers_type_0_item_data in _init_containers_type_0:
                    init_containers_type_0_item = Container.from_dict(
                        init_containers_type_0_item_data
                    )

                    init_containers_type_0.append(init_containers_type_0_item)

                return init_containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Container] | None | Unset, data)

        init_containers = _parse_init_containers(d.pop("init_containers", UNSET))

        def _parse_sidecars(data: object) -> list[Container] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sidecars_type_0 = []
                _sidecars_type_0 = data
                for sidecars_type_0_item_data in _sidecars_type_0:
                    sidecars_type_0_item = Container.from_dict(
                        sidecars_type_0_item_data
                    )

                    sidecars_type_0.append(sidecars_type_0_item)

                return sidecars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Container] | None | Unset, data)

        sidecars = _parse_sidecars(d.pop("sidecars", UNSET))

        def _parse_db_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        db_cpu = _parse_db_cpu(d.pop("db_cpu", UNSET))

        def _parse_db_cpu_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        db_cpu_limit = _parse_db_cpu_limit(d.pop("db_cpu_limit", UNSET))

        def _parse_db_memory_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        db_memory_mb = _parse_db_memory_mb(d.pop("db_memory_mb", UNSET))

        def _parse_db_memory_limit_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        db_memory_limit_mb = _parse_db_memory_limit_mb(
            d.pop("db_memory_limit_mb", UNSET)
        )

        def _parse_db_storage_gi(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        db_storage_gi = _parse_db_storage_gi(d.pop("db_storage_gi", UNSET))

        def _parse_db_max_connections(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        db_max_connections = _parse_db_max_connections(
            d.pop("db_max_connections", UNSET)
        )

        resource_spec_input = cls(
            min_scale=min_scale,
            max_scale=max_scale,
            cpu=cpu,
            cpu_limit=cpu_limit,
            memory_mb=memory_mb,
            memory_limit_mb=memory_limit_mb,
            queue_min_scale=queue_min_scale,
            queue_max_scale=queue_max_scale,
            queue_cpu=queue_cpu,
            queue_cpu_limit=queue_cpu_limit,
            queue_memory_mb=queue_memory_mb,
            queue_memory_limit_mb=queue_memory_limit_mb,
            redis_cpu=redis_cpu,
            redis_cpu_limit=redis_cpu_limit,
            redis_memory_mb=redis_memory_mb,
            redis_memory_limit_mb=redis_memory_limit_mb,
            core_cpu=core_cpu,
            core_cpu_limit=core_cpu_limit,
            core_memory_mb=core_memory_mb,
            core_memory_limit_mb=core_memory_limit_mb,
            labels=labels,
            annotations=annotations,
            service_account_name=service_account_name,
            image_pull_secrets=image_pull_secrets,
            volumes=volumes,
            volume_mounts=volume_mounts,
            init_containers=init_containers,
            sidecars=sidecars,
            db_cpu=db_cpu,
            db_cpu_limit=db_cpu_limit,
            db_memory_mb=db_memory_mb,
            db_memory_limit_mb=db_memory_limit_mb,
            db_storage_gi=db_storage_gi,
            db_max_connections=db_max_connections,
        )

        resource_spec_input.additional_properties = d
        return resource_spec_input

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
