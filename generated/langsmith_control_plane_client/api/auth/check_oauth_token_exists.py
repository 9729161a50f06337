from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_token_status_response import OAuthTokenStatusResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    provider_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider_id"] = provider_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/auth/tokens/exists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OAuthTokenStatusResponse | None:
    if response.status_code == 200:
        response_200 = OAuthTokenStatusResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | OAuthTokenStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_id: str,
) -> Response[HTTPValidationError | OAuthTokenStatusResponse]:
    """Check Oauth Token Exists

     Return whether the current user has any tokens for a given provider (across agents).

    Args:
        provider_id (str): OAuth provider ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenStatusResponse]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    provider_id: str,
) -> HTTPValidationError | OAuthTokenStatusResponse | None:
    """Check Oauth Token Exists

     Return whether the current user has any tokens for a given provider (across agents).

    Args:
        provider_id (str): OAuth provider ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenStatusResponse
    """

    return sync_detailed(
        client=client,
        provider_id=provider_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_id: str,
) -> Response[HTTPValidationError | OAuthTokenStatusResponse]:
    """Check Oauth Token Exists

     Return whether the current user has any tokens for a given provider (across agents).

    Args:
        provider_id (str): OAuth provider ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenStatusResponse]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider_id: str,
) -> HTTPValidationError | OAuthTokenStatusResponse | None:
    """Check Oauth Token Exists

     Return whether the current user has any tokens for a given provider (across agents).

    Args:
        provider_id (str): OAuth provider ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            provider_id=provider_id,
        )
    ).parsed
