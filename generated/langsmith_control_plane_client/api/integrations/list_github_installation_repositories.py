from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.github_repositories_list import GithubRepositoriesList
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: UUID,
    *,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/integrations/github/installations/{integration_id}/repositories".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GithubRepositoriesList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GithubRepositoriesList.from_dict(response.json())

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
) -> Response[GithubRepositoriesList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GithubRepositoriesList | HTTPValidationError]:
    """List Github Installation Repositories

     List repositories available through a GitHub App installation.

    Args:
        integration_id (UUID): GitHub integration ID.
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GithubRepositoriesList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GithubRepositoriesList | HTTPValidationError | None:
    """List Github Installation Repositories

     List repositories available through a GitHub App installation.

    Args:
        integration_id (UUID): GitHub integration ID.
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GithubRepositoriesList | HTTPValidationError
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GithubRepositoriesList | HTTPValidationError]:
    """List Github Installation Repositories

     List repositories available through a GitHub App installation.

    Args:
        integration_id (UUID): GitHub integration ID.
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GithubRepositoriesList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GithubRepositoriesList | HTTPValidationError | None:
    """List Github Installation Repositories

     List repositories available through a GitHub App installation.

    Args:
        integration_id (UUID): GitHub integration ID.
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GithubRepositoriesList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
