"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.deployment import Deployment
from ...models.deployment_create_request import DeploymentCreateRequest
from ...models.deployment_create_request_source import DeploymentCreateRequestSource
from ...models.deployment_logs_list import DeploymentLogsList
from ...models.deployment_patch_request import DeploymentPatchRequest
from ...models.deployment_patch_request_revision_source_type_0 import (
    DeploymentPatchRequestRevisionSourceType0,
)
from ...models.deployment_resource_tiers_update_request import (
    DeploymentResourceTiersUpdateRequest,
)
from ...models.deployment_tier import DeploymentTier
from ...models.deployment_tier_update_request import DeploymentTierUpdateRequest
from ...models.deployments_list import DeploymentsList
from ...models.free_deployment_count_response import FreeDeploymentCountResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.list_deployment_log_entries_level_type_0 import (
    ListDeploymentLogEntriesLevelType0,
)
from ...models.list_deployment_log_entries_log_type import (
    ListDeploymentLogEntriesLogType,
)
from ...models.list_deployment_log_entries_sort_order import (
    ListDeploymentLogEntriesSortOrder,
)
from ...models.list_deployments_deployment_type_type_0 import (
    ListDeploymentsDeploymentTypeType0,
)
from ...models.list_revision_logs_level_type_0 import ListRevisionLogsLevelType0
from ...models.list_revision_logs_order import ListRevisionLogsOrder
from ...models.list_revision_logs_type import ListRevisionLogsType
from ...models.logs_response import LogsResponse
from ...models.revision import Revision
from ...models.revisions_list import RevisionsList
from ...models.secret import Secret
from ...models.secret_reference import SecretReference
from ...models.source_config_request import SourceConfigRequest
from ...models.source_revision_config_request import SourceRevisionConfigRequest
from ...types import UNSET, File, Unset
from .. import (
    AsyncPager,
    AsyncRequester,
    Operation,
    Paging,
    Param,
    RawResponse,
    Requester,
    RequestOptions,
    SyncPage,
)
from . import create_deployment as _create_deployment
from . import delete_deployment as _delete_deployment
from . import delete_deployments as _delete_deployments
from . import get_deployment as _get_deployment
from . import get_free_deployment_count as _get_free_deployment_count
from . import get_revision as _get_revision
from . import list_deployment_log_entries as _list_deployment_log_entries
from . import list_deployments as _list_deployments
from . import list_revision_logs as _list_revision_logs
from . import list_revisions as _list_revisions
from . import patch_deployment as _patch_deployment
from . import patch_deployment_resource_tiers as _patch_deployment_resource_tiers
from . import patch_deployment_tier as _patch_deployment_tier
from . import redeploy_revision as _redeploy_revision

if TYPE_CHECKING:
    from ...models import Deployment, Revision


def _request_list_deployment_log_entries(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_deployment_log_entries._get_kwargs(
        deployment_id=a["deployment_id"],
        revision_id=a["revision_id"],
        log_type=a["log_type"],
        start_time=a["start_time"],
        end_time=a["end_time"],
        sort_order=a["sort_order"],
        page_size=a["page_size"],
        cursor=a["cursor"],
        query=a["query"],
        level=a["level"],
        run_id=a["run_id"],
    )


def _parse_list_deployment_log_entries(response: httpx.Response) -> DeploymentLogsList:
    response_200 = DeploymentLogsList.from_dict(response.json())

    return response_200


LIST_DEPLOYMENT_LOG_ENTRIES: Operation[DeploymentLogsList] = Operation(
    name="list_deployment_log_entries",
    method="GET",
    path="/v2/deployment-logs",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="query",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_id",
            name="revision_id",
            location="query",
            accepts=(
                UUID,
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="log_type",
            name="log_type",
            location="query",
            accepts=(ListDeploymentLogEntriesLogType,),
            required=False,
        ),
        Param(
            keyword="start_time",
            name="start_time",
            location="query",
            accepts=(
                datetime.datetime,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="end_time",
            name="end_time",
            location="query",
            accepts=(
                datetime.datetime,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="sort_order",
            name="sort_order",
            location="query",
            accepts=(ListDeploymentLogEntriesSortOrder,),
            required=False,
        ),
        Param(
            keyword="page_size",
            name="page_size",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="cursor",
            name="cursor",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="query",
            name="query",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="level",
            name="level",
            location="query",
            accepts=(
                ListDeploymentLogEntriesLevelType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="run_id",
            name="run_id",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_deployment_log_entries,
    parse=_parse_list_deployment_log_entries,
    summary="List Deployment Log Entries",
    paging=Paging(
        style="cursor",
        items="items",
        next="next_cursor",
        param="cursor",
    ),
)


def _request_list_deployments(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_deployments._get_kwargs(
        limit=a["limit"],
        offset=a["offset"],
        name_contains=a["name_contains"],
        name=a["name"],
        status=a["status"],
        remote_reconciled=a["remote_reconciled"],
        tag_value_ids=a["tag_value_ids"],
        image_version=a["image_version"],
        deployment_type=a["deployment_type"],
        deployment_ids=a["deployment_ids"],
        url_query=a["url_query"],
    )


def _parse_list_deployments(response: httpx.Response) -> DeploymentsList:
    response_200 = DeploymentsList.from_dict(response.json())

    return response_200


LIST_DEPLOYMENTS: Operation[DeploymentsList] = Operation(
    name="list_deployments",
    method="GET",
    path="/v2/deployments",
    params=(
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="offset",
            name="offset",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="name_contains",
            name="name_contains",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="name",
            name="name",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="status",
            name="status",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="remote_reconciled",
            name="remote_reconciled",
            location="query",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="tag_value_ids",
            name="tag_value_ids",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="image_version",
            name="image_version",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="deployment_type",
            name="deployment_type",
            location="query",
            accepts=(
                ListDeploymentsDeploymentTypeType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="deployment_ids",
            name="deployment_ids",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="url_query",
            name="url_query",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_deployments,
    parse=_parse_list_deployments,
    summary="List Deployments",
    paging=Paging(
        style="offset",
        items="resources",
        next="offset",
        param="offset",
        limit=20,
    ),
)


def _request_create_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _create_deployment._get_kwargs(
        body=DeploymentCreateRequest(
            name=a["name"],
            source=a["source"],
            source_config=a["source_config"],
            source_revision_config=a["source_revision_config"],
            secrets=a["secrets"],
            secret_references=a["secret_references"],
            shareable=a["shareable"],
            route_through_gateway=a["route_through_gateway"],
        ),
    )


def _parse_create_deployment(response: httpx.Response) -> Deployment:
    response_201 = Deployment.from_dict(response.json())

    return response_201


CREATE_DEPLOYMENT: Operation[Deployment] = Operation(
    name="create_deployment",
    method="POST",
    path="/v2/deployments",
    params=(
        Param(
            keyword="name",
            name="name",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="source",
            name="source",
            location="body",
            accepts=(DeploymentCreateRequestSource,),
            required=True,
        ),
        Param(
            keyword="source_config",
            name="source_config",
            location="body",
            accepts=(SourceConfigRequest,),
            required=True,
        ),
        Param(
            keyword="source_revision_config",
            name="source_revision_config",
            location="body",
            accepts=(SourceRevisionConfigRequest,),
            required=True,
        ),
        Param(
            keyword="secrets",
            name="secrets",
            location="body",
            accepts=(list,),
            required=True,
        ),
        Param(
            keyword="secret_references",
            name="secret_references",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="shareable",
            name="shareable",
            location="body",
            accepts=(bool,),
            required=False,
        ),
        Param(
            keyword="route_through_gateway",
            name="route_through_gateway",
            location="body",
            accepts=(bool,),
            required=False,
        ),
    ),
    success=(201,),
    request=_request_create_deployment,
    parse=_parse_create_deployment,
    summary="Create Deployment",
)


def _request_delete_deployments(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_deployments._get_kwargs(
        deployment_ids=a["deployment_ids"],
    )


def _parse_delete_deployments(response: httpx.Response) -> Any:
    return cast(Any, response.json())


DELETE_DEPLOYMENTS: Operation[Any] = Operation(
    name="delete_deployments",
    method="DELETE",
    path="/v2/deployments",
    params=(
        Param(
            keyword="deployment_ids",
            name="deployment_ids",
            location="query",
            accepts=(list,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_delete_deployments,
    parse=_parse_delete_deployments,
    summary="Delete Deployments",
)


def _request_get_free_deployment_count(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_free_deployment_count._get_kwargs()


def _parse_get_free_deployment_count(
    response: httpx.Response,
) -> FreeDeploymentCountResponse:
    response_200 = FreeDeploymentCountResponse.from_dict(response.json())

    return response_200


GET_FREE_DEPLOYMENT_COUNT: Operation[FreeDeploymentCountResponse] = Operation(
    name="get_free_deployment_count",
    method="GET",
    path="/v2/deployments/free-count",
    params=(),
    success=(200,),
    request=_request_get_free_deployment_count,
    parse=_parse_get_free_deployment_count,
    summary="Get Free Deployment Count",
)


def _request_get_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_deployment._get_kwargs(
        deployment_id=a["deployment_id"],
    )


def _parse_get_deployment(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


GET_DEPLOYMENT: Operation[Deployment] = Operation(
    name="get_deployment",
    method="GET",
    path="/v2/deployments/{deployment_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_deployment,
    parse=_parse_get_deployment,
    summary="Get Deployment",
)


def _request_delete_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_deployment._get_kwargs(
        deployment_id=a["deployment_id"],
        delete_tracing_project=a["delete_tracing_project"],
        force=a["force"],
    )


def _parse_delete_deployment(response: httpx.Response) -> None:
    return None


DELETE_DEPLOYMENT: Operation[None] = Operation(
    name="delete_deployment",
    method="DELETE",
    path="/v2/deployments/{deployment_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="delete_tracing_project",
            name="delete_tracing_project",
            location="query",
            accepts=(bool,),
            required=False,
        ),
        Param(
            keyword="force",
            name="force",
            location="query",
            accepts=(bool,),
            required=False,
        ),
    ),
    success=(204,),
    request=_request_delete_deployment,
    parse=_parse_delete_deployment,
    summary="Delete Deployment",
)


def _request_patch_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _patch_deployment._get_kwargs(
        deployment_id=a["deployment_id"],
        body=DeploymentPatchRequest(
            display_name=a["display_name"],
            revision_source=a["revision_source"],
            source_config=a["source_config"],
            source_revision_config=a["source_revision_config"],
            tracked_repo_ref=a["tracked_repo_ref"],
            deployment_tier=a["deployment_tier"],
            secrets=a["secrets"],
            secret_references=a["secret_references"],
            route_through_gateway=a["route_through_gateway"],
        ),
    )


def _parse_patch_deployment(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


PATCH_DEPLOYMENT: Operation[Deployment] = Operation(
    name="patch_deployment",
    method="PATCH",
    path="/v2/deployments/{deployment_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="display_name",
            name="display_name",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="revision_source",
            name="revision_source",
            location="body",
            accepts=(
                DeploymentPatchRequestRevisionSourceType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="source_config",
            name="source_config",
            location="body",
            accepts=(
                SourceConfigRequest,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="source_revision_config",
            name="source_revision_config",
            location="body",
            accepts=(
                SourceRevisionConfigRequest,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="tracked_repo_ref",
            name="tracked_repo_ref",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="deployment_tier",
            name="deployment_tier",
            location="body",
            accepts=(
                DeploymentTier,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="secrets",
            name="secrets",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="secret_references",
            name="secret_references",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="route_through_gateway",
            name="route_through_gateway",
            location="body",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_patch_deployment,
    parse=_parse_patch_deployment,
    summary="Patch Deployment",
)


def _request_patch_deployment_tier(a: Mapping[str, Any]) -> dict[str, Any]:
    return _patch_deployment_tier._get_kwargs(
        deployment_id=a["deployment_id"],
        body=DeploymentTierUpdateRequest(
            deployment_tier=a["deployment_tier"],
        ),
    )


def _parse_patch_deployment_tier(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


PATCH_DEPLOYMENT_TIER: Operation[Deployment] = Operation(
    name="patch_deployment_tier",
    method="PATCH",
    path="/v2/deployments/{deployment_id}/deployment-tier",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="deployment_tier",
            name="deployment_tier",
            location="body",
            accepts=(DeploymentTier,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_patch_deployment_tier,
    parse=_parse_patch_deployment_tier,
    summary="Patch Deployment Tier",
)


def _request_patch_deployment_resource_tiers(a: Mapping[str, Any]) -> dict[str, Any]:
    return _patch_deployment_resource_tiers._get_kwargs(
        deployment_id=a["deployment_id"],
        body=DeploymentResourceTiersUpdateRequest(
            compute_tier=a["compute_tier"],
            database_tier=a["database_tier"],
        ),
    )


def _parse_patch_deployment_resource_tiers(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


PATCH_DEPLOYMENT_RESOURCE_TIERS: Operation[Deployment] = Operation(
    name="patch_deployment_resource_tiers",
    method="PATCH",
    path="/v2/deployments/{deployment_id}/resource-tiers",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="compute_tier",
            name="compute_tier",
            location="body",
            accepts=(
                DeploymentTier,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="database_tier",
            name="database_tier",
            location="body",
            accepts=(
                DeploymentTier,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_patch_deployment_resource_tiers,
    parse=_parse_patch_deployment_resource_tiers,
    summary="Patch Deployment Resource Tiers",
)


def _request_list_revisions(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_revisions._get_kwargs(
        deployment_id=a["deployment_id"],
        limit=a["limit"],
        offset=a["offset"],
        status=a["status"],
        remote_reconciled=a["remote_reconciled"],
    )


def _parse_list_revisions(response: httpx.Response) -> RevisionsList:
    response_200 = RevisionsList.from_dict(response.json())

    return response_200


LIST_REVISIONS: Operation[RevisionsList] = Operation(
    name="list_revisions",
    method="GET",
    path="/v2/deployments/{deployment_id}/revisions",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="offset",
            name="offset",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="status",
            name="status",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="remote_reconciled",
            name="remote_reconciled",
            location="query",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_revisions,
    parse=_parse_list_revisions,
    summary="List Revisions",
    paging=Paging(
        style="offset",
        items="resources",
        next="offset",
        param="offset",
        limit=20,
    ),
)


def _request_get_revision(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_revision._get_kwargs(
        deployment_id=a["deployment_id"],
        revision_id=a["revision_id"],
    )


def _parse_get_revision(response: httpx.Response) -> Revision:
    response_200 = Revision.from_dict(response.json())

    return response_200


GET_REVISION: Operation[Revision] = Operation(
    name="get_revision",
    method="GET",
    path="/v2/deployments/{deployment_id}/revisions/{revision_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_id",
            name="revision_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_revision,
    parse=_parse_get_revision,
    summary="Get Revision",
)


def _request_list_revision_logs(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_revision_logs._get_kwargs(
        deployment_id=a["deployment_id"],
        revision_id=a["revision_id"],
        start_time=a["start_time"],
        end_time=a["end_time"],
        order=a["order"],
        limit=a["limit"],
        offset=a["offset"],
        query=a["query"],
        level=a["level"],
        run_id=a["run_id"],
        type_=a["type_"],
    )


def _parse_list_revision_logs(response: httpx.Response) -> LogsResponse:
    response_200 = LogsResponse.from_dict(response.json())

    return response_200


LIST_REVISION_LOGS: Operation[LogsResponse] = Operation(
    name="list_revision_logs",
    method="GET",
    path="/v2/deployments/{deployment_id}/revisions/{revision_id}/logs",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_id",
            name="revision_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="start_time",
            name="start_time",
            location="query",
            accepts=(
                datetime.datetime,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="end_time",
            name="end_time",
            location="query",
            accepts=(
                datetime.datetime,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="order",
            name="order",
            location="query",
            accepts=(ListRevisionLogsOrder,),
            required=False,
        ),
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="offset",
            name="offset",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="query",
            name="query",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="level",
            name="level",
            location="query",
            accepts=(
                ListRevisionLogsLevelType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="run_id",
            name="run_id",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="type_",
            name="type_",
            location="query",
            accepts=(ListRevisionLogsType,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_list_revision_logs,
    parse=_parse_list_revision_logs,
    summary="List Revision Logs",
    paging=Paging(
        style="next_offset",
        items="logs",
        next="next_offset",
        param="offset",
    ),
)


def _request_redeploy_revision(a: Mapping[str, Any]) -> dict[str, Any]:
    return _redeploy_revision._get_kwargs(
        deployment_id=a["deployment_id"],
        revision_id=a["revision_id"],
    )


def _parse_redeploy_revision(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


REDEPLOY_REVISION: Operation[Deployment] = Operation(
    name="redeploy_revision",
    method="POST",
    path="/v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_id",
            name="revision_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_redeploy_revision,
    parse=_parse_redeploy_revision,
    summary="Redeploy Revision",
)


class DeploymentsResource:
    """The operations of `cp.deployments`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsWithRawResponse(self._requester)

    @functools.cached_property
    def deployment_logs(self) -> DeploymentsDeploymentLogsResource:
        """`cp.deployments.deployment_logs`."""
        return DeploymentsDeploymentLogsResource(self._requester)

    @functools.cached_property
    def deployment_tier(self) -> DeploymentsDeploymentTierResource:
        """`cp.deployments.deployment_tier`."""
        return DeploymentsDeploymentTierResource(self._requester)

    @functools.cached_property
    def resource_tiers(self) -> DeploymentsResourceTiersResource:
        """`cp.deployments.resource_tiers`."""
        return DeploymentsResourceTiersResource(self._requester)

    @functools.cached_property
    def revisions(self) -> DeploymentsRevisionsResource:
        """`cp.deployments.revisions`."""
        return DeploymentsRevisionsResource(self._requester)

    def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        url_query: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Deployment]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            name (None | str | Unset): Exact deployment name to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            url_query (None | str | Unset): Serving URL of the deployment to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Deployment]
        """
        return self._requester.paginate(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "name": name,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
                "url_query": url_query,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        shareable: bool | Unset = False,
        route_through_gateway: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`), an
                external Docker image (`external_docker`), a CLI-pushed image
                (`internal_docker`), uploaded source (`internal_source`), or a prebuilt
                LangChain template (`internal_template`).<br><br>Deploying from GitHub, internal
                Docker, internal source, or a template is only available for Cloud SaaS
                deployments. Deploying from an external Docker image is only available for self-
                hosted deployments. This cannot be changed once the deployment is created.
            source_config (SourceConfigRequest): Deployment configuration fields specific to the
                `source`.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
                Updating `resource_spec`, `install_command`, or `build_command` creates a new
                revision.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            shareable (bool | Unset): Whether the deployment can be shared with LangSmith users
                outside the organization. Default: False.
            route_through_gateway (bool | Unset): Route OpenAI and Anthropic model calls through the LangSmith
                LLM gateway. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
                "shareable": shareable,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def free_count(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FreeDeploymentCountResponse:
        """Get Free Deployment Count: `GET /v2/deployments/free-count`.

        Return the number of free deployments used by the caller's organization.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            FreeDeploymentCountResponse
        """
        return self._requester.call(
            GET_FREE_DEPLOYMENT_COUNT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        force: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Ignored
                in agent mode, which preserves the tracing project. Default: False.
            force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
                Kubernetes resource cleanup. Only works on a deployment that has already been
                soft-deleted by a prior delete call; force-deleting a still-active deployment
                returns 400. Use to clear stale deployments whose runtime is already gone. This
                is unrecoverable and may orphan remaining cluster-side resources. Reusing the
                deployment name after a force delete is unsupported and may attach a new
                deployment to those orphaned resources; use a different name. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return self._requester.call(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
                "force": force,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        deployment_id: UUID | str,
        *,
        display_name: None | str | Unset = UNSET,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        tracked_repo_ref: None | str | Unset = UNSET,
        deployment_tier: DeploymentTier | None | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        route_through_gateway: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            display_name (None | str | Unset): Human-readable display name for the deployment. Updating
                this does not create a new revision.
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            tracked_repo_ref (None | str | Unset): Retarget the git ref the deployment tracks without
                creating a new revision. Use `source_revision_config.repo_ref` to deploy from a
                ref instead.
            deployment_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment. Serverless deployments support `SERVERLESS_S`, `SERVERLESS_M`, and
                `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`, `DEDICATED_M`, and
                `DEDICATED_L`.
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            route_through_gateway (bool | None | Unset): Enable or disable routing OpenAI and Anthropic model
                calls through the LangSmith LLM gateway.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "display_name": display_name,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "tracked_repo_ref": tracked_repo_ref,
                "deployment_tier": deployment_tier,
                "secrets": secrets,
                "secret_references": secret_references,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsWithRawResponse:
    """The operations of `cp.deployments`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def deployment_logs(self) -> DeploymentsDeploymentLogsWithRawResponse:
        """`cp.deployments.deployment_logs`."""
        return DeploymentsDeploymentLogsWithRawResponse(self._requester)

    @functools.cached_property
    def deployment_tier(self) -> DeploymentsDeploymentTierWithRawResponse:
        """`cp.deployments.deployment_tier`."""
        return DeploymentsDeploymentTierWithRawResponse(self._requester)

    @functools.cached_property
    def resource_tiers(self) -> DeploymentsResourceTiersWithRawResponse:
        """`cp.deployments.resource_tiers`."""
        return DeploymentsResourceTiersWithRawResponse(self._requester)

    @functools.cached_property
    def revisions(self) -> DeploymentsRevisionsWithRawResponse:
        """`cp.deployments.revisions`."""
        return DeploymentsRevisionsWithRawResponse(self._requester)

    def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        url_query: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DeploymentsList]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            name (None | str | Unset): Exact deployment name to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            url_query (None | str | Unset): Serving URL of the deployment to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[DeploymentsList]
        """
        return self._requester.call_raw(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "name": name,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
                "url_query": url_query,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        shareable: bool | Unset = False,
        route_through_gateway: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`), an
                external Docker image (`external_docker`), a CLI-pushed image
                (`internal_docker`), uploaded source (`internal_source`), or a prebuilt
                LangChain template (`internal_template`).<br><br>Deploying from GitHub, internal
                Docker, internal source, or a template is only available for Cloud SaaS
                deployments. Deploying from an external Docker image is only available for self-
                hosted deployments. This cannot be changed once the deployment is created.
            source_config (SourceConfigRequest): Deployment configuration fields specific to the
                `source`.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
                Updating `resource_spec`, `install_command`, or `build_command` creates a new
                revision.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            shareable (bool | Unset): Whether the deployment can be shared with LangSmith users
                outside the organization. Default: False.
            route_through_gateway (bool | Unset): Route OpenAI and Anthropic model calls through the LangSmith
                LLM gateway. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
                "shareable": shareable,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def free_count(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FreeDeploymentCountResponse]:
        """Get Free Deployment Count: `GET /v2/deployments/free-count`.

        Return the number of free deployments used by the caller's organization.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[FreeDeploymentCountResponse]
        """
        return self._requester.call_raw(
            GET_FREE_DEPLOYMENT_COUNT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        force: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Ignored
                in agent mode, which preserves the tracing project. Default: False.
            force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
                Kubernetes resource cleanup. Only works on a deployment that has already been
                soft-deleted by a prior delete call; force-deleting a still-active deployment
                returns 400. Use to clear stale deployments whose runtime is already gone. This
                is unrecoverable and may orphan remaining cluster-side resources. Reusing the
                deployment name after a force delete is unsupported and may attach a new
                deployment to those orphaned resources; use a different name. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return self._requester.call_raw(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
                "force": force,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        deployment_id: UUID | str,
        *,
        display_name: None | str | Unset = UNSET,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        tracked_repo_ref: None | str | Unset = UNSET,
        deployment_tier: DeploymentTier | None | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        route_through_gateway: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            display_name (None | str | Unset): Human-readable display name for the deployment. Updating
                this does not create a new revision.
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            tracked_repo_ref (None | str | Unset): Retarget the git ref the deployment tracks without
                creating a new revision. Use `source_revision_config.repo_ref` to deploy from a
                ref instead.
            deployment_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment. Serverless deployments support `SERVERLESS_S`, `SERVERLESS_M`, and
                `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`, `DEDICATED_M`, and
                `DEDICATED_L`.
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            route_through_gateway (bool | None | Unset): Enable or disable routing OpenAI and Anthropic model
                calls through the LangSmith LLM gateway.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "display_name": display_name,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "tracked_repo_ref": tracked_repo_ref,
                "deployment_tier": deployment_tier,
                "secrets": secrets,
                "secret_references": secret_references,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsResource:
    """The operations of `cp.deployments`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsWithRawResponse(self._requester)

    @functools.cached_property
    def deployment_logs(self) -> AsyncDeploymentsDeploymentLogsResource:
        """`cp.deployments.deployment_logs`."""
        return AsyncDeploymentsDeploymentLogsResource(self._requester)

    @functools.cached_property
    def deployment_tier(self) -> AsyncDeploymentsDeploymentTierResource:
        """`cp.deployments.deployment_tier`."""
        return AsyncDeploymentsDeploymentTierResource(self._requester)

    @functools.cached_property
    def resource_tiers(self) -> AsyncDeploymentsResourceTiersResource:
        """`cp.deployments.resource_tiers`."""
        return AsyncDeploymentsResourceTiersResource(self._requester)

    @functools.cached_property
    def revisions(self) -> AsyncDeploymentsRevisionsResource:
        """`cp.deployments.revisions`."""
        return AsyncDeploymentsRevisionsResource(self._requester)

    async def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        url_query: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Deployment]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            name (None | str | Unset): Exact deployment name to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            url_query (None | str | Unset): Serving URL of the deployment to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Deployment]
        """
        return self._requester.paginate(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "name": name,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
                "url_query": url_query,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        shareable: bool | Unset = False,
        route_through_gateway: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`), an
                external Docker image (`external_docker`), a CLI-pushed image
                (`internal_docker`), uploaded source (`internal_source`), or a prebuilt
                LangChain template (`internal_template`).<br><br>Deploying from GitHub, internal
                Docker, internal source, or a template is only available for Cloud SaaS
                deployments. Deploying from an external Docker image is only available for self-
                hosted deployments. This cannot be changed once the deployment is created.
            source_config (SourceConfigRequest): Deployment configuration fields specific to the
                `source`.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
                Updating `resource_spec`, `install_command`, or `build_command` creates a new
                revision.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            shareable (bool | Unset): Whether the deployment can be shared with LangSmith users
                outside the organization. Default: False.
            route_through_gateway (bool | Unset): Route OpenAI and Anthropic model calls through the LangSmith
                LLM gateway. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
                "shareable": shareable,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def free_count(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FreeDeploymentCountResponse:
        """Get Free Deployment Count: `GET /v2/deployments/free-count`.

        Return the number of free deployments used by the caller's organization.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            FreeDeploymentCountResponse
        """
        return await self._requester.call(
            GET_FREE_DEPLOYMENT_COUNT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        force: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Ignored
                in agent mode, which preserves the tracing project. Default: False.
            force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
                Kubernetes resource cleanup. Only works on a deployment that has already been
                soft-deleted by a prior delete call; force-deleting a still-active deployment
                returns 400. Use to clear stale deployments whose runtime is already gone. This
                is unrecoverable and may orphan remaining cluster-side resources. Reusing the
                deployment name after a force delete is unsupported and may attach a new
                deployment to those orphaned resources; use a different name. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return await self._requester.call(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
                "force": force,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        display_name: None | str | Unset = UNSET,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        tracked_repo_ref: None | str | Unset = UNSET,
        deployment_tier: DeploymentTier | None | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        route_through_gateway: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            display_name (None | str | Unset): Human-readable display name for the deployment. Updating
                this does not create a new revision.
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            tracked_repo_ref (None | str | Unset): Retarget the git ref the deployment tracks without
                creating a new revision. Use `source_revision_config.repo_ref` to deploy from a
                ref instead.
            deployment_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment. Serverless deployments support `SERVERLESS_S`, `SERVERLESS_M`, and
                `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`, `DEDICATED_M`, and
                `DEDICATED_L`.
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            route_through_gateway (bool | None | Unset): Enable or disable routing OpenAI and Anthropic model
                calls through the LangSmith LLM gateway.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "display_name": display_name,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "tracked_repo_ref": tracked_repo_ref,
                "deployment_tier": deployment_tier,
                "secrets": secrets,
                "secret_references": secret_references,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsWithRawResponse:
    """The operations of `cp.deployments`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def deployment_logs(self) -> AsyncDeploymentsDeploymentLogsWithRawResponse:
        """`cp.deployments.deployment_logs`."""
        return AsyncDeploymentsDeploymentLogsWithRawResponse(self._requester)

    @functools.cached_property
    def deployment_tier(self) -> AsyncDeploymentsDeploymentTierWithRawResponse:
        """`cp.deployments.deployment_tier`."""
        return AsyncDeploymentsDeploymentTierWithRawResponse(self._requester)

    @functools.cached_property
    def resource_tiers(self) -> AsyncDeploymentsResourceTiersWithRawResponse:
        """`cp.deployments.resource_tiers`."""
        return AsyncDeploymentsResourceTiersWithRawResponse(self._requester)

    @functools.cached_property
    def revisions(self) -> AsyncDeploymentsRevisionsWithRawResponse:
        """`cp.deployments.revisions`."""
        return AsyncDeploymentsRevisionsWithRawResponse(self._requester)

    async def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        url_query: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DeploymentsList]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            name (None | str | Unset): Exact deployment name to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            url_query (None | str | Unset): Serving URL of the deployment to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[DeploymentsList]
        """
        return await self._requester.call_raw(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "name": name,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
                "url_query": url_query,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        shareable: bool | Unset = False,
        route_through_gateway: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`), an
                external Docker image (`external_docker`), a CLI-pushed image
                (`internal_docker`), uploaded source (`internal_source`), or a prebuilt
                LangChain template (`internal_template`).<br><br>Deploying from GitHub, internal
                Docker, internal source, or a template is only available for Cloud SaaS
                deployments. Deploying from an external Docker image is only available for self-
                hosted deployments. This cannot be changed once the deployment is created.
            source_config (SourceConfigRequest): Deployment configuration fields specific to the
                `source`.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
                Updating `resource_spec`, `install_command`, or `build_command` creates a new
                revision.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            shareable (bool | Unset): Whether the deployment can be shared with LangSmith users
                outside the organization. Default: False.
            route_through_gateway (bool | Unset): Route OpenAI and Anthropic model calls through the LangSmith
                LLM gateway. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
                "shareable": shareable,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def free_count(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FreeDeploymentCountResponse]:
        """Get Free Deployment Count: `GET /v2/deployments/free-count`.

        Return the number of free deployments used by the caller's organization.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[FreeDeploymentCountResponse]
        """
        return await self._requester.call_raw(
            GET_FREE_DEPLOYMENT_COUNT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        force: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Ignored
                in agent mode, which preserves the tracing project. Default: False.
            force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
                Kubernetes resource cleanup. Only works on a deployment that has already been
                soft-deleted by a prior delete call; force-deleting a still-active deployment
                returns 400. Use to clear stale deployments whose runtime is already gone. This
                is unrecoverable and may orphan remaining cluster-side resources. Reusing the
                deployment name after a force delete is unsupported and may attach a new
                deployment to those orphaned resources; use a different name. Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return await self._requester.call_raw(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
                "force": force,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        display_name: None | str | Unset = UNSET,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        tracked_repo_ref: None | str | Unset = UNSET,
        deployment_tier: DeploymentTier | None | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        route_through_gateway: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            display_name (None | str | Unset): Human-readable display name for the deployment. Updating
                this does not create a new revision.
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            tracked_repo_ref (None | str | Unset): Retarget the git ref the deployment tracks without
                creating a new revision. Use `source_revision_config.repo_ref` to deploy from a
                ref instead.
            deployment_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment. Serverless deployments support `SERVERLESS_S`, `SERVERLESS_M`, and
                `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`, `DEDICATED_M`, and
                `DEDICATED_L`.
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            route_through_gateway (bool | None | Unset): Enable or disable routing OpenAI and Anthropic model
                calls through the LangSmith LLM gateway.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "display_name": display_name,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "tracked_repo_ref": tracked_repo_ref,
                "deployment_tier": deployment_tier,
                "secrets": secrets,
                "secret_references": secret_references,
                "route_through_gateway": route_through_gateway,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsDeploymentLogsResource:
    """The operations of `cp.deployments.deployment_logs`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsDeploymentLogsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsDeploymentLogsWithRawResponse(self._requester)

    def list(
        self,
        *,
        deployment_id: UUID | str,
        revision_id: None | Unset | UUID | str = UNSET,
        log_type: ListDeploymentLogEntriesLogType
        | Unset = ListDeploymentLogEntriesLogType.DEPLOY,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        sort_order: ListDeploymentLogEntriesSortOrder
        | Unset = ListDeploymentLogEntriesSortOrder.ASC,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListDeploymentLogEntriesLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Any]:
        """List Deployment Log Entries: `GET /v2/deployment-logs`.

        List build or deploy log entries for a deployment.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            deployment_id (UUID):
            revision_id (None | Unset | UUID):
            log_type (ListDeploymentLogEntriesLogType | Unset):  Default:
                ListDeploymentLogEntriesLogType.DEPLOY.
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            sort_order (ListDeploymentLogEntriesSortOrder | Unset):  Default:
                ListDeploymentLogEntriesSortOrder.ASC.
            page_size (int | Unset):  Default: 20.
            cursor (None | str | Unset):
            query (None | str | Unset):
            level (ListDeploymentLogEntriesLevelType0 | None | Unset):
            run_id (None | str | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Any]
        """
        return self._requester.paginate(
            LIST_DEPLOYMENT_LOG_ENTRIES,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "log_type": log_type,
                "start_time": start_time,
                "end_time": end_time,
                "sort_order": sort_order,
                "page_size": page_size,
                "cursor": cursor,
                "query": query,
                "level": level,
                "run_id": run_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsDeploymentLogsWithRawResponse:
    """The operations of `cp.deployments.deployment_logs`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        deployment_id: UUID | str,
        revision_id: None | Unset | UUID | str = UNSET,
        log_type: ListDeploymentLogEntriesLogType
        | Unset = ListDeploymentLogEntriesLogType.DEPLOY,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        sort_order: ListDeploymentLogEntriesSortOrder
        | Unset = ListDeploymentLogEntriesSortOrder.ASC,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListDeploymentLogEntriesLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DeploymentLogsList]:
        """List Deployment Log Entries: `GET /v2/deployment-logs`.

        List build or deploy log entries for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (None | Unset | UUID):
            log_type (ListDeploymentLogEntriesLogType | Unset):  Default:
                ListDeploymentLogEntriesLogType.DEPLOY.
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            sort_order (ListDeploymentLogEntriesSortOrder | Unset):  Default:
                ListDeploymentLogEntriesSortOrder.ASC.
            page_size (int | Unset):  Default: 20.
            cursor (None | str | Unset):
            query (None | str | Unset):
            level (ListDeploymentLogEntriesLevelType0 | None | Unset):
            run_id (None | str | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[DeploymentLogsList]
        """
        return self._requester.call_raw(
            LIST_DEPLOYMENT_LOG_ENTRIES,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "log_type": log_type,
                "start_time": start_time,
                "end_time": end_time,
                "sort_order": sort_order,
                "page_size": page_size,
                "cursor": cursor,
                "query": query,
                "level": level,
                "run_id": run_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsDeploymentLogsResource:
    """The operations of `cp.deployments.deployment_logs`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsDeploymentLogsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsDeploymentLogsWithRawResponse(self._requester)

    def list(
        self,
        *,
        deployment_id: UUID | str,
        revision_id: None | Unset | UUID | str = UNSET,
        log_type: ListDeploymentLogEntriesLogType
        | Unset = ListDeploymentLogEntriesLogType.DEPLOY,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        sort_order: ListDeploymentLogEntriesSortOrder
        | Unset = ListDeploymentLogEntriesSortOrder.ASC,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListDeploymentLogEntriesLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Any]:
        """List Deployment Log Entries: `GET /v2/deployment-logs`.

        List build or deploy log entries for a deployment.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            deployment_id (UUID):
            revision_id (None | Unset | UUID):
            log_type (ListDeploymentLogEntriesLogType | Unset):  Default:
                ListDeploymentLogEntriesLogType.DEPLOY.
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            sort_order (ListDeploymentLogEntriesSortOrder | Unset):  Default:
                ListDeploymentLogEntriesSortOrder.ASC.
            page_size (int | Unset):  Default: 20.
            cursor (None | str | Unset):
            query (None | str | Unset):
            level (ListDeploymentLogEntriesLevelType0 | None | Unset):
            run_id (None | str | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Any]
        """
        return self._requester.paginate(
            LIST_DEPLOYMENT_LOG_ENTRIES,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "log_type": log_type,
                "start_time": start_time,
                "end_time": end_time,
                "sort_order": sort_order,
                "page_size": page_size,
                "cursor": cursor,
                "query": query,
                "level": level,
                "run_id": run_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsDeploymentLogsWithRawResponse:
    """The operations of `cp.deployments.deployment_logs`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        deployment_id: UUID | str,
        revision_id: None | Unset | UUID | str = UNSET,
        log_type: ListDeploymentLogEntriesLogType
        | Unset = ListDeploymentLogEntriesLogType.DEPLOY,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        sort_order: ListDeploymentLogEntriesSortOrder
        | Unset = ListDeploymentLogEntriesSortOrder.ASC,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListDeploymentLogEntriesLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DeploymentLogsList]:
        """List Deployment Log Entries: `GET /v2/deployment-logs`.

        List build or deploy log entries for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (None | Unset | UUID):
            log_type (ListDeploymentLogEntriesLogType | Unset):  Default:
                ListDeploymentLogEntriesLogType.DEPLOY.
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            sort_order (ListDeploymentLogEntriesSortOrder | Unset):  Default:
                ListDeploymentLogEntriesSortOrder.ASC.
            page_size (int | Unset):  Default: 20.
            cursor (None | str | Unset):
            query (None | str | Unset):
            level (ListDeploymentLogEntriesLevelType0 | None | Unset):
            run_id (None | str | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[DeploymentLogsList]
        """
        return await self._requester.call_raw(
            LIST_DEPLOYMENT_LOG_ENTRIES,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "log_type": log_type,
                "start_time": start_time,
                "end_time": end_time,
                "sort_order": sort_order,
                "page_size": page_size,
                "cursor": cursor,
                "query": query,
                "level": level,
                "run_id": run_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsDeploymentTierResource:
    """The operations of `cp.deployments.deployment_tier`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsDeploymentTierWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsDeploymentTierWithRawResponse(self._requester)

    def update(
        self,
        deployment_id: UUID | str,
        *,
        deployment_tier: DeploymentTier,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment Tier: `PATCH /v2/deployments/{deployment_id}/deployment-tier`.

        Patch a deployment's fixed resource tier.


        Args:
            deployment_id (UUID):
            deployment_tier (DeploymentTier):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            PATCH_DEPLOYMENT_TIER,
            {
                "deployment_id": deployment_id,
                "deployment_tier": deployment_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsDeploymentTierWithRawResponse:
    """The operations of `cp.deployments.deployment_tier`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def update(
        self,
        deployment_id: UUID | str,
        *,
        deployment_tier: DeploymentTier,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment Tier: `PATCH /v2/deployments/{deployment_id}/deployment-tier`.

        Patch a deployment's fixed resource tier.


        Args:
            deployment_id (UUID):
            deployment_tier (DeploymentTier):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            PATCH_DEPLOYMENT_TIER,
            {
                "deployment_id": deployment_id,
                "deployment_tier": deployment_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsDeploymentTierResource:
    """The operations of `cp.deployments.deployment_tier`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsDeploymentTierWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsDeploymentTierWithRawResponse(self._requester)

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        deployment_tier: DeploymentTier,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment Tier: `PATCH /v2/deployments/{deployment_id}/deployment-tier`.

        Patch a deployment's fixed resource tier.


        Args:
            deployment_id (UUID):
            deployment_tier (DeploymentTier):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            PATCH_DEPLOYMENT_TIER,
            {
                "deployment_id": deployment_id,
                "deployment_tier": deployment_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsDeploymentTierWithRawResponse:
    """The operations of `cp.deployments.deployment_tier`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        deployment_tier: DeploymentTier,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment Tier: `PATCH /v2/deployments/{deployment_id}/deployment-tier`.

        Patch a deployment's fixed resource tier.


        Args:
            deployment_id (UUID):
            deployment_tier (DeploymentTier):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            PATCH_DEPLOYMENT_TIER,
            {
                "deployment_id": deployment_id,
                "deployment_tier": deployment_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsResourceTiersResource:
    """The operations of `cp.deployments.resource_tiers`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsResourceTiersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsResourceTiersWithRawResponse(self._requester)

    def update(
        self,
        deployment_id: UUID | str,
        *,
        compute_tier: DeploymentTier | None | Unset = UNSET,
        database_tier: DeploymentTier | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment Resource Tiers: `PATCH /v2/deployments/{deployment_id}/resource-tiers`.

        Patch a deployment's compute and database resource tiers independently.


        Args:
            deployment_id (UUID):
            compute_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's compute. Serverless deployments support `SERVERLESS_S`,
                `SERVERLESS_M`, and `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`,
                `DEDICATED_M`, and `DEDICATED_L`. Leave `null` to keep the current compute tier.
            database_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's database. Only supported for dedicated deployments (`DEDICATED_S`,
                `DEDICATED_M`, `DEDICATED_L`). Leave `null` to keep the current database tier.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            PATCH_DEPLOYMENT_RESOURCE_TIERS,
            {
                "deployment_id": deployment_id,
                "compute_tier": compute_tier,
                "database_tier": database_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsResourceTiersWithRawResponse:
    """The operations of `cp.deployments.resource_tiers`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def update(
        self,
        deployment_id: UUID | str,
        *,
        compute_tier: DeploymentTier | None | Unset = UNSET,
        database_tier: DeploymentTier | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment Resource Tiers: `PATCH /v2/deployments/{deployment_id}/resource-tiers`.

        Patch a deployment's compute and database resource tiers independently.


        Args:
            deployment_id (UUID):
            compute_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's compute. Serverless deployments support `SERVERLESS_S`,
                `SERVERLESS_M`, and `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`,
                `DEDICATED_M`, and `DEDICATED_L`. Leave `null` to keep the current compute tier.
            database_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's database. Only supported for dedicated deployments (`DEDICATED_S`,
                `DEDICATED_M`, `DEDICATED_L`). Leave `null` to keep the current database tier.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            PATCH_DEPLOYMENT_RESOURCE_TIERS,
            {
                "deployment_id": deployment_id,
                "compute_tier": compute_tier,
                "database_tier": database_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsResourceTiersResource:
    """The operations of `cp.deployments.resource_tiers`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsResourceTiersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsResourceTiersWithRawResponse(self._requester)

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        compute_tier: DeploymentTier | None | Unset = UNSET,
        database_tier: DeploymentTier | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment Resource Tiers: `PATCH /v2/deployments/{deployment_id}/resource-tiers`.

        Patch a deployment's compute and database resource tiers independently.


        Args:
            deployment_id (UUID):
            compute_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's compute. Serverless deployments support `SERVERLESS_S`,
                `SERVERLESS_M`, and `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`,
                `DEDICATED_M`, and `DEDICATED_L`. Leave `null` to keep the current compute tier.
            database_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's database. Only supported for dedicated deployments (`DEDICATED_S`,
                `DEDICATED_M`, `DEDICATED_L`). Leave `null` to keep the current database tier.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            PATCH_DEPLOYMENT_RESOURCE_TIERS,
            {
                "deployment_id": deployment_id,
                "compute_tier": compute_tier,
                "database_tier": database_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsResourceTiersWithRawResponse:
    """The operations of `cp.deployments.resource_tiers`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        compute_tier: DeploymentTier | None | Unset = UNSET,
        database_tier: DeploymentTier | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment Resource Tiers: `PATCH /v2/deployments/{deployment_id}/resource-tiers`.

        Patch a deployment's compute and database resource tiers independently.


        Args:
            deployment_id (UUID):
            compute_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's compute. Serverless deployments support `SERVERLESS_S`,
                `SERVERLESS_M`, and `SERVERLESS_L`; dedicated deployments support `DEDICATED_S`,
                `DEDICATED_M`, and `DEDICATED_L`. Leave `null` to keep the current compute tier.
            database_tier (DeploymentTier | None | Unset): Fixed resource tier to apply to the
                deployment's database. Only supported for dedicated deployments (`DEDICATED_S`,
                `DEDICATED_M`, `DEDICATED_L`). Leave `null` to keep the current database tier.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            PATCH_DEPLOYMENT_RESOURCE_TIERS,
            {
                "deployment_id": deployment_id,
                "compute_tier": compute_tier,
                "database_tier": database_tier,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsRevisionsResource:
    """The operations of `cp.deployments.revisions`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsRevisionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsRevisionsWithRawResponse(self._requester)

    @functools.cached_property
    def logs(self) -> DeploymentsRevisionsLogsResource:
        """`cp.deployments.revisions.logs`."""
        return DeploymentsRevisionsLogsResource(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Revision]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Revision]
        """
        return self._requester.paginate(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Revision:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Revision
        """
        return self._requester.call(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsRevisionsWithRawResponse:
    """The operations of `cp.deployments.revisions`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def logs(self) -> DeploymentsRevisionsLogsWithRawResponse:
        """`cp.deployments.revisions.logs`."""
        return DeploymentsRevisionsLogsWithRawResponse(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RevisionsList]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[RevisionsList]
        """
        return self._requester.call_raw(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Revision]:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Revision]
        """
        return self._requester.call_raw(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsRevisionsResource:
    """The operations of `cp.deployments.revisions`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsRevisionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsRevisionsWithRawResponse(self._requester)

    @functools.cached_property
    def logs(self) -> AsyncDeploymentsRevisionsLogsResource:
        """`cp.deployments.revisions.logs`."""
        return AsyncDeploymentsRevisionsLogsResource(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Revision]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Revision]
        """
        return self._requester.paginate(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Revision:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Revision
        """
        return await self._requester.call(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsRevisionsWithRawResponse:
    """The operations of `cp.deployments.revisions`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def logs(self) -> AsyncDeploymentsRevisionsLogsWithRawResponse:
        """`cp.deployments.revisions.logs`."""
        return AsyncDeploymentsRevisionsLogsWithRawResponse(self._requester)

    async def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RevisionsList]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[RevisionsList]
        """
        return await self._requester.call_raw(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Revision]:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Revision]
        """
        return await self._requester.call_raw(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsRevisionsLogsResource:
    """The operations of `cp.deployments.revisions.logs`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsRevisionsLogsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsRevisionsLogsWithRawResponse(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        type_: ListRevisionLogsType,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
        limit: int | Unset = 50,
        offset: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Any]:
        """List Revision Logs: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}/logs`.

        List build or deploy logs for a specific revision of a deployment.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (next_offset paging).


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            order (ListRevisionLogsOrder | Unset):  Default: ListRevisionLogsOrder.ASC.
            limit (int | Unset):  Default: 50.
            offset (None | str | Unset):
            query (None | str | Unset):
            level (ListRevisionLogsLevelType0 | None | Unset):
            run_id (None | str | Unset):
            type_ (ListRevisionLogsType): Which logs to return: build-time or deploy-time.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Any]
        """
        return self._requester.paginate(
            LIST_REVISION_LOGS,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "start_time": start_time,
                "end_time": end_time,
                "order": order,
                "limit": limit,
                "offset": offset,
                "query": query,
                "level": level,
                "run_id": run_id,
                "type_": type_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsRevisionsLogsWithRawResponse:
    """The operations of `cp.deployments.revisions.logs`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        type_: ListRevisionLogsType,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
        limit: int | Unset = 50,
        offset: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[LogsResponse]:
        """List Revision Logs: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}/logs`.

        List build or deploy logs for a specific revision of a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            order (ListRevisionLogsOrder | Unset):  Default: ListRevisionLogsOrder.ASC.
            limit (int | Unset):  Default: 50.
            offset (None | str | Unset):
            query (None | str | Unset):
            level (ListRevisionLogsLevelType0 | None | Unset):
            run_id (None | str | Unset):
            type_ (ListRevisionLogsType): Which logs to return: build-time or deploy-time.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[LogsResponse]
        """
        return self._requester.call_raw(
            LIST_REVISION_LOGS,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "start_time": start_time,
                "end_time": end_time,
                "order": order,
                "limit": limit,
                "offset": offset,
                "query": query,
                "level": level,
                "run_id": run_id,
                "type_": type_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsRevisionsLogsResource:
    """The operations of `cp.deployments.revisions.logs`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsRevisionsLogsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsRevisionsLogsWithRawResponse(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        type_: ListRevisionLogsType,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
        limit: int | Unset = 50,
        offset: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Any]:
        """List Revision Logs: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}/logs`.

        List build or deploy logs for a specific revision of a deployment.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (next_offset paging).


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            order (ListRevisionLogsOrder | Unset):  Default: ListRevisionLogsOrder.ASC.
            limit (int | Unset):  Default: 50.
            offset (None | str | Unset):
            query (None | str | Unset):
            level (ListRevisionLogsLevelType0 | None | Unset):
            run_id (None | str | Unset):
            type_ (ListRevisionLogsType): Which logs to return: build-time or deploy-time.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Any]
        """
        return self._requester.paginate(
            LIST_REVISION_LOGS,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "start_time": start_time,
                "end_time": end_time,
                "order": order,
                "limit": limit,
                "offset": offset,
                "query": query,
                "level": level,
                "run_id": run_id,
                "type_": type_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsRevisionsLogsWithRawResponse:
    """The operations of `cp.deployments.revisions.logs`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        type_: ListRevisionLogsType,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
        limit: int | Unset = 50,
        offset: None | str | Unset = UNSET,
        query: None | str | Unset = UNSET,
        level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[LogsResponse]:
        """List Revision Logs: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}/logs`.

        List build or deploy logs for a specific revision of a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            order (ListRevisionLogsOrder | Unset):  Default: ListRevisionLogsOrder.ASC.
            limit (int | Unset):  Default: 50.
            offset (None | str | Unset):
            query (None | str | Unset):
            level (ListRevisionLogsLevelType0 | None | Unset):
            run_id (None | str | Unset):
            type_ (ListRevisionLogsType): Which logs to return: build-time or deploy-time.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[LogsResponse]
        """
        return await self._requester.call_raw(
            LIST_REVISION_LOGS,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
                "start_time": start_time,
                "end_time": end_time,
                "order": order,
                "limit": limit,
                "offset": offset,
                "query": query,
                "level": level,
                "run_id": run_id,
                "type_": type_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
