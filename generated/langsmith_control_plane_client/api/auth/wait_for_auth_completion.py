from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_wait_response import AuthWaitResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auth_id: str,
    *,
    timeout: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/auth/wait/{auth_id}".format(
            auth_id=quote(str(auth_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthWaitResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AuthWaitResponse.from_dict(response.json())

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
) -> Response[AuthWaitResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: int | Unset = 30,
) -> Response[AuthWaitResponse | HTTPValidationError]:
    """Wait For Auth Completion

     Wait for OAuth authentication completion.

    Args:
        auth_id (str): Authentication ID to wait for
        timeout (int | Unset): Timeout in seconds (default: 30) Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthWaitResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: int | Unset = 30,
) -> AuthWaitResponse | HTTPValidationError | None:
    """Wait For Auth Completion

     Wait for OAuth authentication completion.

    Args:
        auth_id (str): Authentication ID to wait for
        timeout (int | Unset): Timeout in seconds (default: 30) Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthWaitResponse | HTTPValidationError
    """

    return sync_detailed(
        auth_id=auth_id,
        client=client,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: int | Unset = 30,
) -> Response[AuthWaitResponse | HTTPValidationError]:
    """Wait For Auth Completion

     Wait for OAuth authentication completion.

    Args:
        auth_id (str): Authentication ID to wait for
        timeout (int | Unset): Timeout in seconds (default: 30) Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthWaitResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: int | Unset = 30,
) -> AuthWaitResponse | HTTPValidationError | None:
    """Wait For Auth Completion

     Wait for OAuth authentication completion.

    Args:
        auth_id (str): Authentication ID to wait for
        timeout (int | Unset): Timeout in seconds (default: 30) Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthWaitResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            client=client,
            timeout=timeout,
        )
    ).parsed
