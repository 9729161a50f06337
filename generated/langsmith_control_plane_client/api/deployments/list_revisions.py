from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.revisions_list import RevisionsList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: UUID,
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    remote_reconciled: bool | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_remote_reconciled: bool | None | Unset
    if isinstance(remote_reconciled, Unset):
        json_remote_reconciled = UNSET
    else:
        json_remote_reconciled = remote_reconciled
    params["remote_reconciled"] = json_remote_reconciled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/deployments/{deployment_id}/revisions".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | RevisionsList | None:
    if response.status_code == 200:
        response_200 = RevisionsList.from_dict(response.json())

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
) -> Response[Any | HTTPValidationError | RevisionsList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    remote_reconciled: bool | None | Unset = UNSET,
) -> Response[Any | HTTPValidationError | RevisionsList]:
    """List Revisions

     List all revisions for a deployment.

    Args:
        deployment_id (UUID):
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        status (None | str | Unset): Comma separated list of revision `status` (CREATING, QUEUED,
            AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED, BUILD_FAILED,
            DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | RevisionsList]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        limit=limit,
        offset=offset,
        status=status,
        remote_reconciled=remote_reconciled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    remote_reconciled: bool | None | Unset = UNSET,
) -> Any | HTTPValidationError | RevisionsList | None:
    """List Revisions

     List all revisions for a deployment.

    Args:
        deployment_id (UUID):
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        status (None | str | Unset): Comma separated list of revision `status` (CREATING, QUEUED,
            AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED, BUILD_FAILED,
            DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | RevisionsList
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        limit=limit,
        offset=offset,
        status=status,
        remote_reconciled=remote_reconciled,
    ).parsed


async def asyncio_detailed(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    remote_reconciled: bool | None | Unset = UNSET,
) -> Response[Any | HTTPValidationError | RevisionsList]:
    """List Revisions

     List all revisions for a deployment.

    Args:
        deployment_id (UUID):
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        status (None | str | Unset): Comma separated list of revision `status` (CREATING, QUEUED,
            AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED, BUILD_FAILED,
            DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | RevisionsList]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        limit=limit,
        offset=offset,
        status=status,
        remote_reconciled=remote_reconciled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: None | str | Unset = UNSET,
    remote_reconciled: bool | None | Unset = UNSET,
) -> Any | HTTPValidationError | RevisionsList | None:
    """List Revisions

     List all revisions for a deployment.

    Args:
        deployment_id (UUID):
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        status (None | str | Unset): Comma separated list of revision `status` (CREATING, QUEUED,
            AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED, BUILD_FAILED,
            DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | RevisionsList
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            limit=limit,
            offset=offset,
            status=status,
            remote_reconciled=remote_reconciled,
        )
    ).parsed
