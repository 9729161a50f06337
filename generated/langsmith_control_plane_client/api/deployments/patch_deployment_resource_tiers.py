from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment import Deployment
from ...models.deployment_resource_tiers_update_request import (
    DeploymentResourceTiersUpdateRequest,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    deployment_id: UUID,
    *,
    body: DeploymentResourceTiersUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/deployments/{deployment_id}/resource-tiers".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Deployment | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = Deployment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | Deployment | HTTPValidationError]:
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
    body: DeploymentResourceTiersUpdateRequest,
) -> Response[Any | Deployment | HTTPValidationError]:
    """Patch Deployment Resource Tiers

     Patch a deployment's compute and database resource tiers independently.

    Args:
        deployment_id (UUID):
        body (DeploymentResourceTiersUpdateRequest): Request body for updating a deployment's
            compute and database tiers independently.
            At least one of `compute_tier` or `database_tier` must be provided. A field
            left `null` keeps the deployment's current tier for that resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Deployment | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentResourceTiersUpdateRequest,
) -> Any | Deployment | HTTPValidationError | None:
    """Patch Deployment Resource Tiers

     Patch a deployment's compute and database resource tiers independently.

    Args:
        deployment_id (UUID):
        body (DeploymentResourceTiersUpdateRequest): Request body for updating a deployment's
            compute and database tiers independently.
            At least one of `compute_tier` or `database_tier` must be provided. A field
            left `null` keeps the deployment's current tier for that resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Deployment | HTTPValidationError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentResourceTiersUpdateRequest,
) -> Response[Any | Deployment | HTTPValidationError]:
    """Patch Deployment Resource Tiers

     Patch a deployment's compute and database resource tiers independently.

    Args:
        deployment_id (UUID):
        body (DeploymentResourceTiersUpdateRequest): Request body for updating a deployment's
            compute and database tiers independently.
            At least one of `compute_tier` or `database_tier` must be provided. A field
            left `null` keeps the deployment's current tier for that resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Deployment | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentResourceTiersUpdateRequest,
) -> Any | Deployment | HTTPValidationError | None:
    """Patch Deployment Resource Tiers

     Patch a deployment's compute and database resource tiers independently.

    Args:
        deployment_id (UUID):
        body (DeploymentResourceTiersUpdateRequest): Request body for updating a deployment's
            compute and database tiers independently.
            At least one of `compute_tier` or `database_tier` must be provided. A field
            left `null` keeps the deployment's current tier for that resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Deployment | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
        )
    ).parsed
