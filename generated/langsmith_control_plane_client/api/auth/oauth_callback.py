from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_finalize_request import OAuthFinalizeRequest
from ...types import Response


def _get_kwargs(
    provider_id: str,
    *,
    body: OAuthFinalizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/auth/callback/{provider_id}".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthFinalizeRequest,
) -> Response[Any | HTTPValidationError]:
    """Oauth Callback

     Finalize an OAuth flow.

    Claims the auth request, verifies the caller, exchanges the code, and saves the token.
    Used by both the frontend bridge and the headless flow (where a customer-owned service
    forwards the code/state, optionally proxied through smith-go). In all cases the auth
    request is user-initiated and the caller presents the end user's own credentials, so
    the authenticated user must match the user who initiated the flow.

    Args:
        provider_id (str):
        body (OAuthFinalizeRequest): Request model for OAuth callback finalization (frontend
            bridge and headless).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthFinalizeRequest,
) -> Any | HTTPValidationError | None:
    """Oauth Callback

     Finalize an OAuth flow.

    Claims the auth request, verifies the caller, exchanges the code, and saves the token.
    Used by both the frontend bridge and the headless flow (where a customer-owned service
    forwards the code/state, optionally proxied through smith-go). In all cases the auth
    request is user-initiated and the caller presents the end user's own credentials, so
    the authenticated user must match the user who initiated the flow.

    Args:
        provider_id (str):
        body (OAuthFinalizeRequest): Request model for OAuth callback finalization (frontend
            bridge and headless).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthFinalizeRequest,
) -> Response[Any | HTTPValidationError]:
    """Oauth Callback

     Finalize an OAuth flow.

    Claims the auth request, verifies the caller, exchanges the code, and saves the token.
    Used by both the frontend bridge and the headless flow (where a customer-owned service
    forwards the code/state, optionally proxied through smith-go). In all cases the auth
    request is user-initiated and the caller presents the end user's own credentials, so
    the authenticated user must match the user who initiated the flow.

    Args:
        provider_id (str):
        body (OAuthFinalizeRequest): Request model for OAuth callback finalization (frontend
            bridge and headless).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthFinalizeRequest,
) -> Any | HTTPValidationError | None:
    """Oauth Callback

     Finalize an OAuth flow.

    Claims the auth request, verifies the caller, exchanges the code, and saves the token.
    Used by both the frontend bridge and the headless flow (where a customer-owned service
    forwards the code/state, optionally proxied through smith-go). In all cases the auth
    request is user-initiated and the caller presents the end user's own credentials, so
    the authenticated user must match the user who initiated the flow.

    Args:
        provider_id (str):
        body (OAuthFinalizeRequest): Request model for OAuth callback finalization (frontend
            bridge and headless).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
        )
    ).parsed
