from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: UUID,
    *,
    delete_tracing_project: bool | Unset = False,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_tracing_project"] = delete_tracing_project

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | HTTPValidationError]:
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
    delete_tracing_project: bool | Unset = False,
    force: bool | Unset = False,
) -> Response[Any | HTTPValidationError]:
    """Delete Deployment

     Delete a deployment by ID.

    Args:
        deployment_id (UUID):
        delete_tracing_project (bool | Unset): Optionally delete tracing project for the
            deployment. Ignored in agent mode, which preserves the tracing project. Default: False.
        force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
            Kubernetes resource cleanup. Only works on a deployment that has already been soft-deleted
            by a prior delete call; force-deleting a still-active deployment returns 400. Use to clear
            stale deployments whose runtime is already gone. This is unrecoverable and may orphan
            remaining cluster-side resources. Reusing the deployment name after a force delete is
            unsupported and may attach a new deployment to those orphaned resources; use a different
            name. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        delete_tracing_project=delete_tracing_project,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    delete_tracing_project: bool | Unset = False,
    force: bool | Unset = False,
) -> Any | HTTPValidationError | None:
    """Delete Deployment

     Delete a deployment by ID.

    Args:
        deployment_id (UUID):
        delete_tracing_project (bool | Unset): Optionally delete tracing project for the
            deployment. Ignored in agent mode, which preserves the tracing project. Default: False.
        force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
            Kubernetes resource cleanup. Only works on a deployment that has already been soft-deleted
            by a prior delete call; force-deleting a still-active deployment returns 400. Use to clear
            stale deployments whose runtime is already gone. This is unrecoverable and may orphan
            remaining cluster-side resources. Reusing the deployment name after a force delete is
            unsupported and may attach a new deployment to those orphaned resources; use a different
            name. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        delete_tracing_project=delete_tracing_project,
        force=force,
    ).parsed


async def asyncio_detailed(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    delete_tracing_project: bool | Unset = False,
    force: bool | Unset = False,
) -> Response[Any | HTTPValidationError]:
    """Delete Deployment

     Delete a deployment by ID.

    Args:
        deployment_id (UUID):
        delete_tracing_project (bool | Unset): Optionally delete tracing project for the
            deployment. Ignored in agent mode, which preserves the tracing project. Default: False.
        force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
            Kubernetes resource cleanup. Only works on a deployment that has already been soft-deleted
            by a prior delete call; force-deleting a still-active deployment returns 400. Use to clear
            stale deployments whose runtime is already gone. This is unrecoverable and may orphan
            remaining cluster-side resources. Reusing the deployment name after a force delete is
            unsupported and may attach a new deployment to those orphaned resources; use a different
            name. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        delete_tracing_project=delete_tracing_project,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    delete_tracing_project: bool | Unset = False,
    force: bool | Unset = False,
) -> Any | HTTPValidationError | None:
    """Delete Deployment

     Delete a deployment by ID.

    Args:
        deployment_id (UUID):
        delete_tracing_project (bool | Unset): Optionally delete tracing project for the
            deployment. Ignored in agent mode, which preserves the tracing project. Default: False.
        force (bool | Unset): Force delete the deployment's control-plane metadata, skipping
            Kubernetes resource cleanup. Only works on a deployment that has already been soft-deleted
            by a prior delete call; force-deleting a still-active deployment returns 400. Use to clear
            stale deployments whose runtime is already gone. This is unrecoverable and may orphan
            remaining cluster-side resources. Reusing the deployment name after a force delete is
            unsupported and may attach a new deployment to those orphaned resources; use a different
            name. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            delete_tracing_project=delete_tracing_project,
            force=force,
        )
    ).parsed
