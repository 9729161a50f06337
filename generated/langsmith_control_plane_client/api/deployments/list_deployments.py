from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployments_list import DeploymentsList
from ...models.http_validation_error import HTTPValidationError
from ...models.list_deployments_deployment_type_type_0 import (
    ListDeploymentsDeploymentTypeType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_name_contains: None | str | Unset
    if isinstance(name_contains, Unset):
        json_name_contains = UNSET
    else:
        json_name_contains = name_contains
    params["name_contains"] = json_name_contains

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

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

    json_tag_value_ids: None | str | Unset
    if isinstance(tag_value_ids, Unset):
        json_tag_value_ids = UNSET
    else:
        json_tag_value_ids = tag_value_ids
    params["tag_value_ids"] = json_tag_value_ids

    json_image_version: None | str | Unset
    if isinstance(image_version, Unset):
        json_image_version = UNSET
    else:
        json_image_version = image_version
    params["image_version"] = json_image_version

    json_deployment_type: None | str | Unset
    if isinstance(deployment_type, Unset):
        json_deployment_type = UNSET
    elif isinstance(deployment_type, ListDeploymentsDeploymentTypeType0):
        json_deployment_type = deployment_type.value
    else:
        json_deployment_type = deployment_type
    params["deployment_type"] = json_deployment_type

    json_deployment_ids: None | str | Unset
    if isinstance(deployment_ids, Unset):
        json_deployment_ids = UNSET
    else:
        json_deployment_ids = deployment_ids
    params["deployment_ids"] = json_deployment_ids

    json_url_query: None | str | Unset
    if isinstance(url_query, Unset):
        json_url_query = UNSET
    else:
        json_url_query = url_query
    params["url"] = json_url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentsList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentsList.from_dict(response.json())

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
) -> Response[DeploymentsList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[DeploymentsList | HTTPValidationError]:
    """List Deployments

     List all deployments.

    Args:
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        name_contains (None | str | Unset): Name of the deployment to filter by.
        name (None | str | Unset): Exact deployment name to filter by.
        status (None | str | Unset): `status` of the deployment to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
        tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the
            deployment to filter by.
        image_version (None | str | Unset): Image version to filter by.
        deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to
            filter by.
        deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
        url_query (None | str | Unset): Serving URL of the deployment to filter by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        name_contains=name_contains,
        name=name,
        status=status,
        remote_reconciled=remote_reconciled,
        tag_value_ids=tag_value_ids,
        image_version=image_version,
        deployment_type=deployment_type,
        deployment_ids=deployment_ids,
        url_query=url_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> DeploymentsList | HTTPValidationError | None:
    """List Deployments

     List all deployments.

    Args:
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        name_contains (None | str | Unset): Name of the deployment to filter by.
        name (None | str | Unset): Exact deployment name to filter by.
        status (None | str | Unset): `status` of the deployment to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
        tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the
            deployment to filter by.
        image_version (None | str | Unset): Image version to filter by.
        deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to
            filter by.
        deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
        url_query (None | str | Unset): Serving URL of the deployment to filter by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsList | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        name_contains=name_contains,
        name=name,
        status=status,
        remote_reconciled=remote_reconciled,
        tag_value_ids=tag_value_ids,
        image_version=image_version,
        deployment_type=deployment_type,
        deployment_ids=deployment_ids,
        url_query=url_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[DeploymentsList | HTTPValidationError]:
    """List Deployments

     List all deployments.

    Args:
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        name_contains (None | str | Unset): Name of the deployment to filter by.
        name (None | str | Unset): Exact deployment name to filter by.
        status (None | str | Unset): `status` of the deployment to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
        tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the
            deployment to filter by.
        image_version (None | str | Unset): Image version to filter by.
        deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to
            filter by.
        deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
        url_query (None | str | Unset): Serving URL of the deployment to filter by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        name_contains=name_contains,
        name=name,
        status=status,
        remote_reconciled=remote_reconciled,
        tag_value_ids=tag_value_ids,
        image_version=image_version,
        deployment_type=deployment_type,
        deployment_ids=deployment_ids,
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> DeploymentsList | HTTPValidationError | None:
    """List Deployments

     List all deployments.

    Args:
        limit (int | Unset): Maximum number of resources to return. Default: 20.
        offset (int | Unset): Pagination offset. Pass this value to subsequent requests to fetch
            the next page of resources. Default: 0.
        name_contains (None | str | Unset): Name of the deployment to filter by.
        name (None | str | Unset): Exact deployment name to filter by.
        status (None | str | Unset): `status` of the deployment to filter by.
        remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
        tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the
            deployment to filter by.
        image_version (None | str | Unset): Image version to filter by.
        deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to
            filter by.
        deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
        url_query (None | str | Unset): Serving URL of the deployment to filter by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            name_contains=name_contains,
            name=name,
            status=status,
            remote_reconciled=remote_reconciled,
            tag_value_ids=tag_value_ids,
            image_version=image_version,
            deployment_type=deployment_type,
            deployment_ids=deployment_ids,
            url_query=url_query,
        )
    ).parsed
