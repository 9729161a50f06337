import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_revision_logs_level_type_0 import ListRevisionLogsLevelType0
from ...models.list_revision_logs_order import ListRevisionLogsOrder
from ...models.list_revision_logs_type import ListRevisionLogsType
from ...models.logs_response import LogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: UUID,
    revision_id: UUID,
    *,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
    limit: int | Unset = 50,
    offset: None | str | Unset = UNSET,
    query: None | str | Unset = UNSET,
    level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
    run_id: None | str | Unset = UNSET,
    type_: ListRevisionLogsType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["limit"] = limit

    json_offset: None | str | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, ListRevisionLogsLevelType0):
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

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/deployments/{deployment_id}/revisions/{revision_id}/logs".format(
            deployment_id=quote(str(deployment_id), safe=""),
            revision_id=quote(str(revision_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | LogsResponse | None:
    if response.status_code == 200:
        response_200 = LogsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | LogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: UUID,
    revision_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
    limit: int | Unset = 50,
    offset: None | str | Unset = UNSET,
    query: None | str | Unset = UNSET,
    level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
    run_id: None | str | Unset = UNSET,
    type_: ListRevisionLogsType,
) -> Response[Any | HTTPValidationError | LogsResponse]:
    """List Revision Logs

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | LogsResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        revision_id=revision_id,
        start_time=start_time,
        end_time=end_time,
        order=order,
        limit=limit,
        offset=offset,
        query=query,
        level=level,
        run_id=run_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: UUID,
    revision_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
    limit: int | Unset = 50,
    offset: None | str | Unset = UNSET,
    query: None | str | Unset = UNSET,
    level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
    run_id: None | str | Unset = UNSET,
    type_: ListRevisionLogsType,
) -> Any | HTTPValidationError | LogsResponse | None:
    """List Revision Logs

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | LogsResponse
    """

    return sync_detailed(
        deployment_id=deployment_id,
        revision_id=revision_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        order=order,
        limit=limit,
        offset=offset,
        query=query,
        level=level,
        run_id=run_id,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    deployment_id: UUID,
    revision_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
    limit: int | Unset = 50,
    offset: None | str | Unset = UNSET,
    query: None | str | Unset = UNSET,
    level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
    run_id: None | str | Unset = UNSET,
    type_: ListRevisionLogsType,
) -> Response[Any | HTTPValidationError | LogsResponse]:
    """List Revision Logs

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | LogsResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        revision_id=revision_id,
        start_time=start_time,
        end_time=end_time,
        order=order,
        limit=limit,
        offset=offset,
        query=query,
        level=level,
        run_id=run_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: UUID,
    revision_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: ListRevisionLogsOrder | Unset = ListRevisionLogsOrder.ASC,
    limit: int | Unset = 50,
    offset: None | str | Unset = UNSET,
    query: None | str | Unset = UNSET,
    level: ListRevisionLogsLevelType0 | None | Unset = UNSET,
    run_id: None | str | Unset = UNSET,
    type_: ListRevisionLogsType,
) -> Any | HTTPValidationError | LogsResponse | None:
    """List Revision Logs

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | LogsResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            revision_id=revision_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            order=order,
            limit=limit,
            offset=offset,
            query=query,
            level=level,
            run_id=run_id,
            type_=type_,
        )
    ).parsed
