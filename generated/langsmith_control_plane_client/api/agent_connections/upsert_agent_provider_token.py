from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_connection_response import AgentConnectionResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.upsert_agent_provider_token_request import (
    UpsertAgentProviderTokenRequest,
)
from ...types import Response


def _get_kwargs(
    agent_id: str,
    provider_id: str,
    *,
    body: UpsertAgentProviderTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/auth/agents/{agent_id}/providers/{provider_id}/tokens".format(
            agent_id=quote(str(agent_id), safe=""),
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentConnectionResponse | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = AgentConnectionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentConnectionResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertAgentProviderTokenRequest,
) -> Response[AgentConnectionResponse | HTTPValidationError]:
    """Upsert Agent Provider Token

     Import an OAuth token and bind it to the agent for the given provider.
    Replaces any prior connection for the same agent+provider. The previously
    linked token is deleted only when it is agent-owned (no user owner) and no
    other agent connections still reference it — user vault credentials and
    shared tokens are left intact. Tokens are stored without a LangSmith user
    owner so synthetic MDA actor agent_ids resolve via the agent-connection path.

    Args:
        agent_id (str): Agent ID
        provider_id (str): OAuth provider ID
        body (UpsertAgentProviderTokenRequest): Import an OAuth token and bind it to an agent for
            a provider.

            Used by Managed Deep Agents Connect flows that obtain tokens out-of-band
            (e.g. Google OAuth for Gmail) and need them stored under a synthetic
            agent_id for toolserver resolution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConnectionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        provider_id=provider_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertAgentProviderTokenRequest,
) -> AgentConnectionResponse | HTTPValidationError | None:
    """Upsert Agent Provider Token

     Import an OAuth token and bind it to the agent for the given provider.
    Replaces any prior connection for the same agent+provider. The previously
    linked token is deleted only when it is agent-owned (no user owner) and no
    other agent connections still reference it — user vault credentials and
    shared tokens are left intact. Tokens are stored without a LangSmith user
    owner so synthetic MDA actor agent_ids resolve via the agent-connection path.

    Args:
        agent_id (str): Agent ID
        provider_id (str): OAuth provider ID
        body (UpsertAgentProviderTokenRequest): Import an OAuth token and bind it to an agent for
            a provider.

            Used by Managed Deep Agents Connect flows that obtain tokens out-of-band
            (e.g. Google OAuth for Gmail) and need them stored under a synthetic
            agent_id for toolserver resolution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConnectionResponse | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        provider_id=provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertAgentProviderTokenRequest,
) -> Response[AgentConnectionResponse | HTTPValidationError]:
    """Upsert Agent Provider Token

     Import an OAuth token and bind it to the agent for the given provider.
    Replaces any prior connection for the same agent+provider. The previously
    linked token is deleted only when it is agent-owned (no user owner) and no
    other agent connections still reference it — user vault credentials and
    shared tokens are left intact. Tokens are stored without a LangSmith user
    owner so synthetic MDA actor agent_ids resolve via the agent-connection path.

    Args:
        agent_id (str): Agent ID
        provider_id (str): OAuth provider ID
        body (UpsertAgentProviderTokenRequest): Import an OAuth token and bind it to an agent for
            a provider.

            Used by Managed Deep Agents Connect flows that obtain tokens out-of-band
            (e.g. Google OAuth for Gmail) and need them stored under a synthetic
            agent_id for toolserver resolution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConnectionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        provider_id=provider_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertAgentProviderTokenRequest,
) -> AgentConnectionResponse | HTTPValidationError | None:
    """Upsert Agent Provider Token

     Import an OAuth token and bind it to the agent for the given provider.
    Replaces any prior connection for the same agent+provider. The previously
    linked token is deleted only when it is agent-owned (no user owner) and no
    other agent connections still reference it — user vault credentials and
    shared tokens are left intact. Tokens are stored without a LangSmith user
    owner so synthetic MDA actor agent_ids resolve via the agent-connection path.

    Args:
        agent_id (str): Agent ID
        provider_id (str): OAuth provider ID
        body (UpsertAgentProviderTokenRequest): Import an OAuth token and bind it to an agent for
            a provider.

            Used by Managed Deep Agents Connect flows that obtain tokens out-of-band
            (e.g. Google OAuth for Gmail) and need them stored under a synthetic
            agent_id for toolserver resolution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConnectionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            provider_id=provider_id,
            client=client,
            body=body,
        )
    ).parsed
