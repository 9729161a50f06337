from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.github_installations_list import GithubInstallationsList
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/v2/integrations/github/installations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GithubInstallationsList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GithubInstallationsList.from_dict(response.json())

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
) -> Response[GithubInstallationsList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GithubInstallationsList | HTTPValidationError]:
    """List Github Installations

     List GitHub App installations available to the workspace.

    Args:
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GithubInstallationsList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GithubInstallationsList | HTTPValidationError | None:
    """List Github Installations

     List GitHub App installations available to the workspace.

    Args:
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GithubInstallationsList | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GithubInstallationsList | HTTPValidationError]:
    """List Github Installations

     List GitHub App installations available to the workspace.

    Args:
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GithubInstallationsList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GithubInstallationsList | HTTPValidationError | None:
    """List Github Installations

     List GitHub App installations available to the workspace.

    Args:
        page_size (int | Unset): Maximum number of resources to return. Default: 20.
        cursor (None | str | Unset): Opaque cursor returned by the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GithubInstallationsList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
