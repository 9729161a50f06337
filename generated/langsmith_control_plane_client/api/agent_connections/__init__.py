"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.agent_connection_list_response import AgentConnectionListResponse
from ...models.agent_connection_response import AgentConnectionResponse
from ...models.create_agent_connection_request import CreateAgentConnectionRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.upsert_agent_provider_token_request import (
    UpsertAgentProviderTokenRequest,
)
from ...models.upsert_agent_provider_token_request_metadata_type_0 import (
    UpsertAgentProviderTokenRequestMetadataType0,
)
from ...types import UNSET, File, Unset
from .. import (
    AsyncPager,
    AsyncRequester,
    Operation,
    Paging,
    Param,
    RawResponse,
    Requester,
    RequestOptions,
    SyncPage,
)
from . import create_connection as _create_connection
from . import list_connections as _list_connections
from . import remove_connection as _remove_connection
from . import upsert_agent_provider_token as _upsert_agent_provider_token


def _request_list_connections(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_connections._get_kwargs(
        agent_id=a["agent_id"],
    )


def _parse_list_connections(response: httpx.Response) -> AgentConnectionListResponse:
    response_200 = AgentConnectionListResponse.from_dict(response.json())

    return response_200


LIST_CONNECTIONS: Operation[AgentConnectionListResponse] = Operation(
    name="list_connections",
    method="GET",
    path="/v2/auth/agents/{agent_id}/connections",
    params=(
        Param(
            keyword="agent_id",
            name="agent_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_list_connections,
    parse=_parse_list_connections,
    summary="List Connections",
)


def _request_create_connection(a: Mapping[str, Any]) -> dict[str, Any]:
    return _create_connection._get_kwargs(
        agent_id=a["agent_id"],
        body=CreateAgentConnectionRequest(
            oauth_token_id=a["oauth_token_id"],
        ),
    )


def _parse_create_connection(response: httpx.Response) -> AgentConnectionResponse:
    response_201 = AgentConnectionResponse.from_dict(response.json())

    return response_201


CREATE_CONNECTION: Operation[AgentConnectionResponse] = Operation(
    name="create_connection",
    method="POST",
    path="/v2/auth/agents/{agent_id}/connections",
    params=(
        Param(
            keyword="agent_id",
            name="agent_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="oauth_token_id",
            name="oauth_token_id",
            location="body",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(201,),
    request=_request_create_connection,
    parse=_parse_create_connection,
    summary="Create Connection",
)


def _request_remove_connection(a: Mapping[str, Any]) -> dict[str, Any]:
    return _remove_connection._get_kwargs(
        agent_id=a["agent_id"],
        connection_id=a["connection_id"],
    )


def _parse_remove_connection(response: httpx.Response) -> None:
    return None


REMOVE_CONNECTION: Operation[None] = Operation(
    name="remove_connection",
    method="DELETE",
    path="/v2/auth/agents/{agent_id}/connections/{connection_id}",
    params=(
        Param(
            keyword="agent_id",
            name="agent_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="connection_id",
            name="connection_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(204,),
    request=_request_remove_connection,
    parse=_parse_remove_connection,
    summary="Remove Connection",
)


def _request_upsert_agent_provider_token(a: Mapping[str, Any]) -> dict[str, Any]:
    return _upsert_agent_provider_token._get_kwargs(
        agent_id=a["agent_id"],
        provider_id=a["provider_id"],
        body=UpsertAgentProviderTokenRequest(
            access_token=a["access_token"],
            refresh_token=a["refresh_token"],
            expires_in_seconds=a["expires_in_seconds"],
            scopes=a["scopes"],
            provider_account_label=a["provider_account_label"],
            metadata=a["metadata"],
        ),
    )


def _parse_upsert_agent_provider_token(
    response: httpx.Response,
) -> AgentConnectionResponse:
    response_201 = AgentConnectionResponse.from_dict(response.json())

    return response_201


UPSERT_AGENT_PROVIDER_TOKEN: Operation[AgentConnectionResponse] = Operation(
    name="upsert_agent_provider_token",
    method="POST",
    path="/v2/auth/agents/{agent_id}/providers/{provider_id}/tokens",
    params=(
        Param(
            keyword="agent_id",
            name="agent_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="access_token",
            name="access_token",
            location="body",
            accepts=(str,),
            required=True,
            secret=True,
        ),
        Param(
            keyword="refresh_token",
            name="refresh_token",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
            secret=True,
        ),
        Param(
            keyword="expires_in_seconds",
            name="expires_in_seconds",
            location="body",
            accepts=(
                int,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="scopes",
            name="scopes",
            location="body",
            accepts=(list,),
            required=False,
        ),
        Param(
            keyword="provider_account_label",
            name="provider_account_label",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="metadata",
            name="metadata",
            location="body",
            accepts=(
                UpsertAgentProviderTokenRequestMetadataType0,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(201,),
    request=_request_upsert_agent_provider_token,
    parse=_parse_upsert_agent_provider_token,
    summary="Upsert Agent Provider Token",
)


class AgentConnectionsResource:
    """The operations of `cp.agent_connections`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AgentConnectionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AgentConnectionsWithRawResponse(self._requester)

    @functools.cached_property
    def providers(self) -> AgentConnectionsProvidersResource:
        """`cp.agent_connections.providers`."""
        return AgentConnectionsProvidersResource(self._requester)

    def list(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentConnectionListResponse:
        """List Connections: `GET /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AgentConnectionListResponse
        """
        return self._requester.call(
            LIST_CONNECTIONS,
            {
                "agent_id": agent_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        agent_id: str,
        *,
        oauth_token_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentConnectionResponse:
        """Create Connection: `POST /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            oauth_token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AgentConnectionResponse
        """
        return self._requester.call(
            CREATE_CONNECTION,
            {
                "agent_id": agent_id,
                "oauth_token_id": oauth_token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        agent_id: str,
        connection_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Remove Connection: `DELETE /v2/auth/agents/{agent_id}/connections/{connection_id}`.


        Args:
            agent_id (str): Agent ID
            connection_id (str): Connection ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return self._requester.call(
            REMOVE_CONNECTION,
            {
                "agent_id": agent_id,
                "connection_id": connection_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AgentConnectionsWithRawResponse:
    """The operations of `cp.agent_connections`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def providers(self) -> AgentConnectionsProvidersWithRawResponse:
        """`cp.agent_connections.providers`."""
        return AgentConnectionsProvidersWithRawResponse(self._requester)

    def list(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentConnectionListResponse]:
        """List Connections: `GET /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AgentConnectionListResponse]
        """
        return self._requester.call_raw(
            LIST_CONNECTIONS,
            {
                "agent_id": agent_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        agent_id: str,
        *,
        oauth_token_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentConnectionResponse]:
        """Create Connection: `POST /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            oauth_token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AgentConnectionResponse]
        """
        return self._requester.call_raw(
            CREATE_CONNECTION,
            {
                "agent_id": agent_id,
                "oauth_token_id": oauth_token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        agent_id: str,
        connection_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Remove Connection: `DELETE /v2/auth/agents/{agent_id}/connections/{connection_id}`.


        Args:
            agent_id (str): Agent ID
            connection_id (str): Connection ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return self._requester.call_raw(
            REMOVE_CONNECTION,
            {
                "agent_id": agent_id,
                "connection_id": connection_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAgentConnectionsResource:
    """The operations of `cp.agent_connections`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAgentConnectionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAgentConnectionsWithRawResponse(self._requester)

    @functools.cached_property
    def providers(self) -> AsyncAgentConnectionsProvidersResource:
        """`cp.agent_connections.providers`."""
        return AsyncAgentConnectionsProvidersResource(self._requester)

    async def list(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentConnectionListResponse:
        """List Connections: `GET /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AgentConnectionListResponse
        """
        return await self._requester.call(
            LIST_CONNECTIONS,
            {
                "agent_id": agent_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        agent_id: str,
        *,
        oauth_token_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentConnectionResponse:
        """Create Connection: `POST /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            oauth_token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AgentConnectionResponse
        """
        return await self._requester.call(
            CREATE_CONNECTION,
            {
                "agent_id": agent_id,
                "oauth_token_id": oauth_token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        agent_id: str,
        connection_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Remove Connection: `DELETE /v2/auth/agents/{agent_id}/connections/{connection_id}`.


        Args:
            agent_id (str): Agent ID
            connection_id (str): Connection ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return await self._requester.call(
            REMOVE_CONNECTION,
            {
                "agent_id": agent_id,
                "connection_id": connection_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAgentConnectionsWithRawResponse:
    """The operations of `cp.agent_connections`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def providers(self) -> AsyncAgentConnectionsProvidersWithRawResponse:
        """`cp.agent_connections.providers`."""
        return AsyncAgentConnectionsProvidersWithRawResponse(self._requester)

    async def list(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentConnectionListResponse]:
        """List Connections: `GET /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AgentConnectionListResponse]
        """
        return await self._requester.call_raw(
            LIST_CONNECTIONS,
            {
                "agent_id": agent_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        agent_id: str,
        *,
        oauth_token_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentConnectionResponse]:
        """Create Connection: `POST /v2/auth/agents/{agent_id}/connections`.


        Args:
            agent_id (str): Agent ID
            oauth_token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AgentConnectionResponse]
        """
        return await self._requester.call_raw(
            CREATE_CONNECTION,
            {
                "agent_id": agent_id,
                "oauth_token_id": oauth_token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        agent_id: str,
        connection_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Remove Connection: `DELETE /v2/auth/agents/{agent_id}/connections/{connection_id}`.


        Args:
            agent_id (str): Agent ID
            connection_id (str): Connection ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return await self._requester.call_raw(
            REMOVE_CONNECTION,
            {
                "agent_id": agent_id,
                "connection_id": connection_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AgentConnectionsProvidersResource:
    """The operations of `cp.agent_connections.providers`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AgentConnectionsProvidersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AgentConnectionsProvidersWithRawResponse(self._requester)

    def tokens(
        self,
        agent_id: str,
        provider_id: str,
        *,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        provider_account_label: None | str | Unset = UNSET,
        metadata: None | Unset | UpsertAgentProviderTokenRequestMetadataType0 = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentConnectionResponse:
        """Upsert Agent Provider Token: `POST /v2/auth/agents/{agent_id}/providers/{provider_id}/tokens`.

        Import an OAuth token and bind it to the agent for the given provider.
        Replaces any prior connection for the same agent+provider. The previously
        linked token is deleted only when it is agent-owned (no user owner) and no
        other agent connections still reference it — user vault credentials and
        shared tokens are left intact. Tokens are stored without a LangSmith user
        owner so synthetic MDA actor agent_ids resolve via the agent-connection path.


        Args:
            agent_id (str): Agent ID
            provider_id (str): OAuth provider ID
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            provider_account_label (None | str | Unset):
            metadata (None | Unset | UpsertAgentProviderTokenRequestMetadataType0):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AgentConnectionResponse
        """
        return self._requester.call(
            UPSERT_AGENT_PROVIDER_TOKEN,
            {
                "agent_id": agent_id,
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "provider_account_label": provider_account_label,
                "metadata": metadata,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AgentConnectionsProvidersWithRawResponse:
    """The operations of `cp.agent_connections.providers`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def tokens(
        self,
        agent_id: str,
        provider_id: str,
        *,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        provider_account_label: None | str | Unset = UNSET,
        metadata: None | Unset | UpsertAgentProviderTokenRequestMetadataType0 = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentConnectionResponse]:
        """Upsert Agent Provider Token: `POST /v2/auth/agents/{agent_id}/providers/{provider_id}/tokens`.

        Import an OAuth token and bind it to the agent for the given provider.
        Replaces any prior connection for the same agent+provider. The previously
        linked token is deleted only when it is agent-owned (no user owner) and no
        other agent connections still reference it — user vault credentials and
        shared tokens are left intact. Tokens are stored without a LangSmith user
        owner so synthetic MDA actor agent_ids resolve via the agent-connection path.


        Args:
            agent_id (str): Agent ID
            provider_id (str): OAuth provider ID
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            provider_account_label (None | str | Unset):
            metadata (None | Unset | UpsertAgentProviderTokenRequestMetadataType0):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AgentConnectionResponse]
        """
        return self._requester.call_raw(
            UPSERT_AGENT_PROVIDER_TOKEN,
            {
                "agent_id": agent_id,
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "provider_account_label": provider_account_label,
                "metadata": metadata,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAgentConnectionsProvidersResource:
    """The operations of `cp.agent_connections.providers`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAgentConnectionsProvidersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAgentConnectionsProvidersWithRawResponse(self._requester)

    async def tokens(
        self,
        agent_id: str,
        provider_id: str,
        *,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        provider_account_label: None | str | Unset = UNSET,
        metadata: None | Unset | UpsertAgentProviderTokenRequestMetadataType0 = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentConnectionResponse:
        """Upsert Agent Provider Token: `POST /v2/auth/agents/{agent_id}/providers/{provider_id}/tokens`.

        Import an OAuth token and bind it to the agent for the given provider.
        Replaces any prior connection for the same agent+provider. The previously
        linked token is deleted only when it is agent-owned (no user owner) and no
        other agent connections still reference it — user vault credentials and
        shared tokens are left intact. Tokens are stored without a LangSmith user
        owner so synthetic MDA actor agent_ids resolve via the agent-connection path.


        Args:
            agent_id (str): Agent ID
            provider_id (str): OAuth provider ID
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            provider_account_label (None | str | Unset):
            metadata (None | Unset | UpsertAgentProviderTokenRequestMetadataType0):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AgentConnectionResponse
        """
        return await self._requester.call(
            UPSERT_AGENT_PROVIDER_TOKEN,
            {
                "agent_id": agent_id,
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "provider_account_label": provider_account_label,
                "metadata": metadata,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAgentConnectionsProvidersWithRawResponse:
    """The operations of `cp.agent_connections.providers`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def tokens(
        self,
        agent_id: str,
        provider_id: str,
        *,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        provider_account_label: None | str | Unset = UNSET,
        metadata: None | Unset | UpsertAgentProviderTokenRequestMetadataType0 = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentConnectionResponse]:
        """Upsert Agent Provider Token: `POST /v2/auth/agents/{agent_id}/providers/{provider_id}/tokens`.

        Import an OAuth token and bind it to the agent for the given provider.
        Replaces any prior connection for the same agent+provider. The previously
        linked token is deleted only when it is agent-owned (no user owner) and no
        other agent connections still reference it — user vault credentials and
        shared tokens are left intact. Tokens are stored without a LangSmith user
        owner so synthetic MDA actor agent_ids resolve via the agent-connection path.


        Args:
            agent_id (str): Agent ID
            provider_id (str): OAuth provider ID
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            provider_account_label (None | str | Unset):
            metadata (None | Unset | UpsertAgentProviderTokenRequestMetadataType0):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AgentConnectionResponse]
        """
        return await self._requester.call_raw(
            UPSERT_AGENT_PROVIDER_TOKEN,
            {
                "agent_id": agent_id,
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "provider_account_label": provider_account_label,
                "metadata": metadata,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
