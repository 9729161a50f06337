from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.token_event_summary import TokenEventSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider_id: None | str | Unset
    if isinstance(provider_id, Unset):
        json_provider_id = UNSET
    else:
        json_provider_id = provider_id
    params["provider_id"] = json_provider_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/auth/token-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[TokenEventSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TokenEventSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[TokenEventSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[HTTPValidationError | list[TokenEventSummary]]:
    """List Token Events For User

     List the calling user's OAuth connection audit events, newest first.
    Backs the frontend "your connection dropped, reconnect" surface. Scoped to
    the authenticated user + org; both come from the auth context, never from
    request input.

    Args:
        provider_id (None | str | Unset): Filter to one OAuth provider
        limit (int | Unset): Max events to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[TokenEventSummary]]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    provider_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> HTTPValidationError | list[TokenEventSummary] | None:
    """List Token Events For User

     List the calling user's OAuth connection audit events, newest first.
    Backs the frontend "your connection dropped, reconnect" surface. Scoped to
    the authenticated user + org; both come from the auth context, never from
    request input.

    Args:
        provider_id (None | str | Unset): Filter to one OAuth provider
        limit (int | Unset): Max events to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[TokenEventSummary]
    """

    return sync_detailed(
        client=client,
        provider_id=provider_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[HTTPValidationError | list[TokenEventSummary]]:
    """List Token Events For User

     List the calling user's OAuth connection audit events, newest first.
    Backs the frontend "your connection dropped, reconnect" surface. Scoped to
    the authenticated user + org; both come from the auth context, never from
    request input.

    Args:
        provider_id (None | str | Unset): Filter to one OAuth provider
        limit (int | Unset): Max events to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[TokenEventSummary]]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> HTTPValidationError | list[TokenEventSummary] | None:
    """List Token Events For User

     List the calling user's OAuth connection audit events, newest first.
    Backs the frontend "your connection dropped, reconnect" surface. Scoped to
    the authenticated user + org; both come from the auth context, never from
    request input.

    Args:
        provider_id (None | str | Unset): Filter to one OAuth provider
        limit (int | Unset): Max events to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[TokenEventSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            provider_id=provider_id,
            limit=limit,
        )
    ).parsed
