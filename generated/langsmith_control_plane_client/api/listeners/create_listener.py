from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.listener import Listener
from ...models.listener_create_request import ListenerCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ListenerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/listeners",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | Listener | None:
    if response.status_code == 201:
        response_201 = Listener.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | Listener]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListenerCreateRequest,
) -> Response[Any | HTTPValidationError | Listener]:
    """Create Listener

     Create a listener.<br>
    <br>
    Creating a listener is only allowed for LangSmith organizations with self-hosted enterprise plans.

    Args:
        body (ListenerCreateRequest): Request body for creating a listener.<br>
            <br>
            A listener must have a unique combination of `workspace_id` and `compute_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | Listener]
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
    body: ListenerCreateRequest,
) -> Any | HTTPValidationError | Listener | None:
    """Create Listener

     Create a listener.<br>
    <br>
    Creating a listener is only allowed for LangSmith organizations with self-hosted enterprise plans.

    Args:
        body (ListenerCreateRequest): Request body for creating a listener.<br>
            <br>
            A listener must have a unique combination of `workspace_id` and `compute_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | Listener
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListenerCreateRequest,
) -> Response[Any | HTTPValidationError | Listener]:
    """Create Listener

     Create a listener.<br>
    <br>
    Creating a listener is only allowed for LangSmith organizations with self-hosted enterprise plans.

    Args:
        body (ListenerCreateRequest): Request body for creating a listener.<br>
            <br>
            A listener must have a unique combination of `workspace_id` and `compute_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | Listener]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListenerCreateRequest,
) -> Any | HTTPValidationError | Listener | None:
    """Create Listener

     Create a listener.<br>
    <br>
    Creating a listener is only allowed for LangSmith organizations with self-hosted enterprise plans.

    Args:
        body (ListenerCreateRequest): Request body for creating a listener.<br>
            <br>
            A listener must have a unique combination of `workspace_id` and `compute_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | Listener
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
