import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_logs_list import DeploymentLogsList
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
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    deployment_id: UUID,
    revision_id: None | Unset | UUID = UNSET,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_deployment_id = str(deployment_id)
    params["deployment_id"] = json_deployment_id

    json_revision_id: None | str | Unset
    if isinstance(revision_id, Unset):
        json_revision_id = UNSET
    elif isinstance(revision_id, UUID):
        json_revision_id = str(revision_id)
    else:
        json_revision_id = revision_id
    params["revision_id"] = json_revision_id

    json_log_type: str | Unset = UNSET
    if not isinstance(log_type, Unset):
        json_log_type = log_type.value

    params["log_type"] = json_log_type

    json_start_time: None | str | Unset
    if isinstance(start_time, Unset):
        json_start_time = UNSET
    elif isinstance(start_time, datetime.datetime):
        json_start_time = start_time.isoformat()
    else:
        json_start_time = start_time
    params["start_time"] = json_start_time

    json_end_time: None | str | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    elif isinstance(end_time, datetime.datetime):
        json_end_time = end_time.isoformat()
    else:
        json_end_time = end_time
    params["end_time"] = json_end_time

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, ListDeploymentLogEntriesLevelType0):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_run_id: None | str | Unset
    if isinstance(run_id, Unset):
        json_run_id = UNSET
    else:
        json_run_id = run_id
    params["run_id"] = json_run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/deployment-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentLogsList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentLogsList.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentLogsList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    deployment_id: UUID,
    revision_id: None | Unset | UUID = UNSET,
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
) -> Response[DeploymentLogsList | HTTPValidationError]:
    """List Deployment Log Entries

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLogsList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        revision_id=revision_id,
        log_type=log_type,
        start_time=start_time,
        end_time=end_time,
        sort_order=sort_order,
        page_size=page_size,
        cursor=cursor,
        query=query,
        level=level,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    deployment_id: UUID,
    revision_id: None | Unset | UUID = UNSET,
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
) -> DeploymentLogsList | HTTPValidationError | None:
    """List Deployment Log Entries

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLogsList | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        deployment_id=deployment_id,
        revision_id=revision_id,
        log_type=log_type,
        start_time=start_time,
        end_time=end_time,
        sort_order=sort_order,
        page_size=page_size,
        cursor=cursor,
        query=query,
        level=level,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    deployment_id: UUID,
    revision_id: None | Unset | UUID = UNSET,
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
) -> Response[DeploymentLogsList | HTTPValidationError]:
    """List Deployment Log Entries

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLogsList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        revision_id=revision_id,
        log_type=log_type,
        start_time=start_time,
        end_time=end_time,
        sort_order=sort_order,
        page_size=page_size,
        cursor=cursor,
        query=query,
        level=level,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    deployment_id: UUID,
    revision_id: None | Unset | UUID = UNSET,
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
) -> DeploymentLogsList | HTTPValidationError | None:
    """List Deployment Log Entries

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLogsList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            deployment_id=deployment_id,
            revision_id=revision_id,
            log_type=log_type,
            start_time=start_time,
            end_time=end_time,
            sort_order=sort_order,
            page_size=page_size,
            cursor=cursor,
            query=query,
            level=level,
            run_id=run_id,
        )
    ).parsed
