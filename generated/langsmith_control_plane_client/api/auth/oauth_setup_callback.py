from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    provider_id: str,
    *,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    setup_action: str | Unset = UNSET,
    installation_id: int | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["state"] = state

    params["setup_action"] = setup_action

    params["installation_id"] = installation_id

    params["error"] = error

    params["error_description"] = error_description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/auth/setup/{provider_id}".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
        "params": params,
    }

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
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    setup_action: str | Unset = UNSET,
    installation_id: int | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Oauth Setup Callback

     Handle OAuth setup callback redirect from GitHub Apps.

    This endpoint handles the "Setup URL" callback from GitHub Apps, which is
    triggered when a user installs or updates their GitHub App installation.

    For "update" actions (user modified repo access via GitHub), we just show
    a success page since no token exchange is needed.

    For new installations with code/state, we process similar to the regular
    OAuth callback.

    Args:
        provider_id (str):
        code (str | Unset): Authorization code from OAuth provider
        state (str | Unset): State parameter containing auth_id
        setup_action (str | Unset): Setup action from GitHub App
        installation_id (int | Unset): GitHub App installation ID
        error (str | Unset): Error code from OAuth provider
        error_description (str | Unset): Error description from OAuth provider

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        code=code,
        state=state,
        setup_action=setup_action,
        installation_id=installation_id,
        error=error,
        error_description=error_description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    setup_action: str | Unset = UNSET,
    installation_id: int | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Oauth Setup Callback

     Handle OAuth setup callback redirect from GitHub Apps.

    This endpoint handles the "Setup URL" callback from GitHub Apps, which is
    triggered when a user installs or updates their GitHub App installation.

    For "update" actions (user modified repo access via GitHub), we just show
    a success page since no token exchange is needed.

    For new installations with code/state, we process similar to the regular
    OAuth callback.

    Args:
        provider_id (str):
        code (str | Unset): Authorization code from OAuth provider
        state (str | Unset): State parameter containing auth_id
        setup_action (str | Unset): Setup action from GitHub App
        installation_id (int | Unset): GitHub App installation ID
        error (str | Unset): Error code from OAuth provider
        error_description (str | Unset): Error description from OAuth provider

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        code=code,
        state=state,
        setup_action=setup_action,
        installation_id=installation_id,
        error=error,
        error_description=error_description,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    setup_action: str | Unset = UNSET,
    installation_id: int | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Oauth Setup Callback

     Handle OAuth setup callback redirect from GitHub Apps.

    This endpoint handles the "Setup URL" callback from GitHub Apps, which is
    triggered when a user installs or updates their GitHub App installation.

    For "update" actions (user modified repo access via GitHub), we just show
    a success page since no token exchange is needed.

    For new installations with code/state, we process similar to the regular
    OAuth callback.

    Args:
        provider_id (str):
        code (str | Unset): Authorization code from OAuth provider
        state (str | Unset): State parameter containing auth_id
        setup_action (str | Unset): Setup action from GitHub App
        installation_id (int | Unset): GitHub App installation ID
        error (str | Unset): Error code from OAuth provider
        error_description (str | Unset): Error description from OAuth provider

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        code=code,
        state=state,
        setup_action=setup_action,
        installation_id=installation_id,
        error=error,
        error_description=error_description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    setup_action: str | Unset = UNSET,
    installation_id: int | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Oauth Setup Callback

     Handle OAuth setup callback redirect from GitHub Apps.

    This endpoint handles the "Setup URL" callback from GitHub Apps, which is
    triggered when a user installs or updates their GitHub App installation.

    For "update" actions (user modified repo access via GitHub), we just show
    a success page since no token exchange is needed.

    For new installations with code/state, we process similar to the regular
    OAuth callback.

    Args:
        provider_id (str):
        code (str | Unset): Authorization code from OAuth provider
        state (str | Unset): State parameter containing auth_id
        setup_action (str | Unset): Setup action from GitHub App
        installation_id (int | Unset): GitHub App installation ID
        error (str | Unset): Error code from OAuth provider
        error_description (str | Unset): Error description from OAuth provider

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
            code=code,
            state=state,
            setup_action=setup_action,
            installation_id=installation_id,
            error=error,
            error_description=error_description,
        )
    ).parsed
