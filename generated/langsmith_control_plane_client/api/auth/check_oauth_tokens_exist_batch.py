from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_token_status_batch_request import OAuthTokenStatusBatchRequest
from ...models.o_auth_token_status_batch_response import OAuthTokenStatusBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenStatusBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/auth/tokens/exists/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OAuthTokenStatusBatchResponse | None:
    if response.status_code == 200:
        response_200 = OAuthTokenStatusBatchResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | OAuthTokenStatusBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenStatusBatchRequest,
) -> Response[HTTPValidationError | OAuthTokenStatusBatchResponse]:
    """Check Oauth Tokens Exist Batch

     Batch token-presence check: per requested provider, whether the current user has any token.

    Args:
        body (OAuthTokenStatusBatchRequest): Provider IDs to check token presence for, for the
            current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenStatusBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenStatusBatchRequest,
) -> HTTPValidationError | OAuthTokenStatusBatchResponse | None:
    """Check Oauth Tokens Exist Batch

     Batch token-presence check: per requested provider, whether the current user has any token.

    Args:
        body (OAuthTokenStatusBatchRequest): Provider IDs to check token presence for, for the
            current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenStatusBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenStatusBatchRequest,
) -> Response[HTTPValidationError | OAuthTokenStatusBatchResponse]:
    """Check Oauth Tokens Exist Batch

     Batch token-presence check: per requested provider, whether the current user has any token.

    Args:
        body (OAuthTokenStatusBatchRequest): Provider IDs to check token presence for, for the
            current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenStatusBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenStatusBatchRequest,
) -> HTTPValidationError | OAuthTokenStatusBatchResponse | None:
    """Check Oauth Tokens Exist Batch

     Batch token-presence check: per requested provider, whether the current user has any token.

    Args:
        body (OAuthTokenStatusBatchRequest): Provider IDs to check token presence for, for the
            current user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenStatusBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
