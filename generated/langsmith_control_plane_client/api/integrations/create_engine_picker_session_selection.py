from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.engine_picker_select_response import EnginePickerSelectResponse
from ...models.forge_github_picker_selection_request import (
    ForgeGithubPickerSelectionRequest,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: ForgeGithubPickerSelectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/integrations/forge-github/picker-sessions/{session_id}/selection".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnginePickerSelectResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnginePickerSelectResponse.from_dict(response.json())

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
) -> Response[EnginePickerSelectResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForgeGithubPickerSelectionRequest,
) -> Response[EnginePickerSelectResponse | HTTPValidationError]:
    """Create Engine Picker Session Selection

     Select an installation or begin a new GitHub App installation.

    Args:
        session_id (str):
        body (ForgeGithubPickerSelectionRequest): Selection from a Forge GitHub App installation
            picker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnginePickerSelectResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForgeGithubPickerSelectionRequest,
) -> EnginePickerSelectResponse | HTTPValidationError | None:
    """Create Engine Picker Session Selection

     Select an installation or begin a new GitHub App installation.

    Args:
        session_id (str):
        body (ForgeGithubPickerSelectionRequest): Selection from a Forge GitHub App installation
            picker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnginePickerSelectResponse | HTTPValidationError
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForgeGithubPickerSelectionRequest,
) -> Response[EnginePickerSelectResponse | HTTPValidationError]:
    """Create Engine Picker Session Selection

     Select an installation or begin a new GitHub App installation.

    Args:
        session_id (str):
        body (ForgeGithubPickerSelectionRequest): Selection from a Forge GitHub App installation
            picker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnginePickerSelectResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForgeGithubPickerSelectionRequest,
) -> EnginePickerSelectResponse | HTTPValidationError | None:
    """Create Engine Picker Session Selection

     Select an installation or begin a new GitHub App installation.

    Args:
        session_id (str):
        body (ForgeGithubPickerSelectionRequest): Selection from a Forge GitHub App installation
            picker.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnginePickerSelectResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
