from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    deployment_ids: list[UUID],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_deployment_ids = []
    for deployment_ids_item_data in deployment_ids:
        deployment_ids_item = str(deployment_ids_item_data)
        json_deployment_ids.append(deployment_ids_item)

    params["deployment_ids"] = json_deployment_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    deployment_ids: list[UUID],
) -> Response[Any | HTTPValidationError]:
    """Delete Deployments

     Delete multiple deployments with partial success support.

    Returns:
        - 200: All deployments deleted successfully
        - 207: Some deployments deleted successfully, some failed

    Args:
        deployment_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_ids=deployment_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    deployment_ids: list[UUID],
) -> Any | HTTPValidationError | None:
    """Delete Deployments

     Delete multiple deployments with partial success support.

    Returns:
        - 200: All deployments deleted successfully
        - 207: Some deployments deleted successfully, some failed

    Args:
        deployment_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        deployment_ids=deployment_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    deployment_ids: list[UUID],
) -> Response[Any | HTTPValidationError]:
    """Delete Deployments

     Delete multiple deployments with partial success support.

    Returns:
        - 200: All deployments deleted successfully
        - 207: Some deployments deleted successfully, some failed

    Args:
        deployment_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_ids=deployment_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    deployment_ids: list[UUID],
) -> Any | HTTPValidationError | None:
    """Delete Deployments

     Delete multiple deployments with partial success support.

    Returns:
        - 200: All deployments deleted successfully
        - 207: Some deployments deleted successfully, some failed

    Args:
        deployment_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            deployment_ids=deployment_ids,
        )
    ).parsed
