from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.o_auth_token_import_request import OAuthTokenImportRequest
from ...models.o_auth_token_import_response import OAuthTokenImportResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/auth/tokens/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OAuthTokenImportResponse | None:
    if response.status_code == 200:
        response_200 = OAuthTokenImportResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | OAuthTokenImportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenImportRequest,
) -> Response[HTTPValidationError | OAuthTokenImportResponse]:
    """Import Oauth Token

     Persist a directly-obtained OAuth token (no authorization-code exchange).
    The Slack managed-install flow receives a bot token inline from
    ``apps.managedInstall`` instead of through the browser OAuth redirect. This
    stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
    caller's org/user against an existing provider. Requiring the provider to
    already exist in the caller's org scopes the write and blocks cross-org
    token creation. The token value is never logged or returned.

    Args:
        body (OAuthTokenImportRequest): Import a directly-obtained OAuth token (no authorization-
            code exchange).
            Used by the Slack managed-install flow, which receives a bot token inline
            from ``apps.managedInstall`` rather than via the browser OAuth redirect. The
            token is persisted for the caller's org/user against ``provider_id`` (which
            must already exist in the caller's org).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenImportResponse]
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
    body: OAuthTokenImportRequest,
) -> HTTPValidationError | OAuthTokenImportResponse | None:
    """Import Oauth Token

     Persist a directly-obtained OAuth token (no authorization-code exchange).
    The Slack managed-install flow receives a bot token inline from
    ``apps.managedInstall`` instead of through the browser OAuth redirect. This
    stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
    caller's org/user against an existing provider. Requiring the provider to
    already exist in the caller's org scopes the write and blocks cross-org
    token creation. The token value is never logged or returned.

    Args:
        body (OAuthTokenImportRequest): Import a directly-obtained OAuth token (no authorization-
            code exchange).
            Used by the Slack managed-install flow, which receives a bot token inline
            from ``apps.managedInstall`` rather than via the browser OAuth redirect. The
            token is persisted for the caller's org/user against ``provider_id`` (which
            must already exist in the caller's org).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenImportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenImportRequest,
) -> Response[HTTPValidationError | OAuthTokenImportResponse]:
    """Import Oauth Token

     Persist a directly-obtained OAuth token (no authorization-code exchange).
    The Slack managed-install flow receives a bot token inline from
    ``apps.managedInstall`` instead of through the browser OAuth redirect. This
    stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
    caller's org/user against an existing provider. Requiring the provider to
    already exist in the caller's org scopes the write and blocks cross-org
    token creation. The token value is never logged or returned.

    Args:
        body (OAuthTokenImportRequest): Import a directly-obtained OAuth token (no authorization-
            code exchange).
            Used by the Slack managed-install flow, which receives a bot token inline
            from ``apps.managedInstall`` rather than via the browser OAuth redirect. The
            token is persisted for the caller's org/user against ``provider_id`` (which
            must already exist in the caller's org).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OAuthTokenImportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenImportRequest,
) -> HTTPValidationError | OAuthTokenImportResponse | None:
    """Import Oauth Token

     Persist a directly-obtained OAuth token (no authorization-code exchange).
    The Slack managed-install flow receives a bot token inline from
    ``apps.managedInstall`` instead of through the browser OAuth redirect. This
    stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
    caller's org/user against an existing provider. Requiring the provider to
    already exist in the caller's org scopes the write and blocks cross-org
    token creation. The token value is never logged or returned.

    Args:
        body (OAuthTokenImportRequest): Import a directly-obtained OAuth token (no authorization-
            code exchange).
            Used by the Slack managed-install flow, which receives a bot token inline
            from ``apps.managedInstall`` rather than via the browser OAuth redirect. The
            token is persisted for the caller's org/user against ``provider_id`` (which
            must already exist in the caller's org).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OAuthTokenImportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
