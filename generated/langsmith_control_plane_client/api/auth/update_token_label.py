from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_token_summary import OAuthTokenSummary
from ...models.o_auth_token_update_request import OAuthTokenUpdateRequest
from ...types import Response


def _get_kwargs(
    token_id: str,
    *,
    body: OAuthTokenUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/auth/tokens/{token_id}/metadata".format(
            token_id=quote(str(token_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OAuthTokenSummary | None:
    if response.status_code == 200:
        response_200 = OAuthTokenSummary.from_dict(response.json())

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
) -> Response[HTTPValidationError | OAuthTokenSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenUpdateRequest,
) -> Response[HTTPValidationError | OAuthTokenSummary]:
    """Update Token Label

     Update a token's provider_account_label. Only the token owner can update.

    Args:
        token_id (str):
        body (OAuthTokenUpdateRequest): Request model for updating a token's metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenSummary]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenUpdateRequest,
) -> HTTPValidationError | OAuthTokenSummary | None:
    """Update Token Label

     Update a token's provider_account_label. Only the token owner can update.

    Args:
        token_id (str):
        body (OAuthTokenUpdateRequest): Request model for updating a token's metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenSummary
    """

    return sync_detailed(
        token_id=token_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenUpdateRequest,
) -> Response[HTTPValidationError | OAuthTokenSummary]:
    """Update Token Label

     Update a token's provider_account_label. Only the token owner can update.

    Args:
        token_id (str):
        body (OAuthTokenUpdateRequest): Request model for updating a token's metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenSummary]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenUpdateRequest,
) -> HTTPValidationError | OAuthTokenSummary | None:
    """Update Token Label

     Update a token's provider_account_label. Only the token owner can update.

    Args:
        token_id (str):
        body (OAuthTokenUpdateRequest): Request model for updating a token's metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenSummary
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
            body=body,
        )
    ).parsed
