"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast
from uuid import UUID

import httpx

from ...models.forge_github_integration import ForgeGithubIntegration
from ...models.github_integration import GithubIntegration
from ...models.github_repository import GithubRepository
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, File, Unset
from .. import AsyncRequester, Operation, Param, Requester
from . import list_forge_github_integrations as _list_forge_github_integrations
from . import list_forge_github_repositories as _list_forge_github_repositories
from . import list_github_integrations as _list_github_integrations
from . import list_github_repositories as _list_github_repositories


def _request_list_forge_github_integrations(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_forge_github_integrations._get_kwargs()


def _parse_list_forge_github_integrations(
    response: httpx.Response,
) -> list[ForgeGithubIntegration]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = ForgeGithubIntegration.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_FORGE_GITHUB_INTEGRATIONS: Operation[list[ForgeGithubIntegration]] = Operation(
    name="list_forge_github_integrations",
    method="GET",
    path="/v1/integrations/forge/github/install",
    params=(),
    success=(200,),
    request=_request_list_forge_github_integrations,
    parse=_parse_list_forge_github_integrations,
)


def _request_list_forge_github_repositories(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_forge_github_repositories._get_kwargs(
        integration_id=a["integration_id"],
    )


def _parse_list_forge_github_repositories(
    response: httpx.Response,
) -> list[GithubRepository]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = GithubRepository.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_FORGE_GITHUB_REPOSITORIES: Operation[list[GithubRepository]] = Operation(
    name="list_forge_github_repositories",
    method="GET",
    path="/v1/integrations/forge/github/{integration_id}/repos",
    params=(
        Param(
            keyword="integration_id",
            name="integration_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_list_forge_github_repositories,
    parse=_parse_list_forge_github_repositories,
)


def _request_list_github_integrations(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_github_integrations._get_kwargs()


def _parse_list_github_integrations(
    response: httpx.Response,
) -> list[GithubIntegration]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = GithubIntegration.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_GITHUB_INTEGRATIONS: Operation[list[GithubIntegration]] = Operation(
    name="list_github_integrations",
    method="GET",
    path="/v1/integrations/github/install",
    params=(),
    success=(200,),
    request=_request_list_github_integrations,
    parse=_parse_list_github_integrations,
)


def _request_list_github_repositories(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_github_repositories._get_kwargs(
        integration_id=a["integration_id"],
    )


def _parse_list_github_repositories(response: httpx.Response) -> list[GithubRepository]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = GithubRepository.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_GITHUB_REPOSITORIES: Operation[list[GithubRepository]] = Operation(
    name="list_github_repositories",
    method="GET",
    path="/v1/integrations/github/{integration_id}/repos",
    params=(
        Param(
            keyword="integration_id",
            name="integration_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_list_github_repositories,
    parse=_parse_list_github_repositories,
)


class IntegrationsV1Resource:
    """The operations of the `integrations_v1` resource.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list_forge_github_integrations(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ForgeGithubIntegration]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[ForgeGithubIntegration]
        """
        return self._requester.call(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_forge_github_repositories(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GithubRepository]:
        """List Forge GitHub Repositories: `GET /v1/integrations/forge/github/{integration_id}/repos`.

        List available GitHub repositories for a Forge integration.


        Args:
            integration_id (UUID): Forge GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[GithubRepository]
        """
        return self._requester.call(
            LIST_FORGE_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_github_integrations(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GithubIntegration]:
        """List GitHub Integrations: `GET /v1/integrations/github/install`.

        List available GitHub integrations for LangGraph Platfom Cloud SaaS.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[GithubIntegration]
        """
        return self._requester.call(
            LIST_GITHUB_INTEGRATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_github_repositories(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GithubRepository]:
        """List GitHub Repositories: `GET /v1/integrations/github/{integration_id}/repos`.

        List available GitHub repositories for an integration that are available to deploy to
        LangSmith Deployment.


        Args:
            integration_id (UUID): GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[GithubRepository]
        """
        return self._requester.call(
            LIST_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncIntegrationsV1Resource:
    """The operations of the `integrations_v1` resource, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_forge_github_integrations(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ForgeGithubIntegration]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[ForgeGithubIntegration]
        """
        return await self._requester.call(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_forge_github_repositories(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GithubRepository]:
        """List Forge GitHub Repositories: `GET /v1/integrations/forge/github/{integration_id}/repos`.

        List available GitHub repositories for a Forge integration.


        Args:
            integration_id (UUID): Forge GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[GithubRepository]
        """
        return await self._requester.call(
            LIST_FORGE_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_github_integrations(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GithubIntegration]:
        """List GitHub Integrations: `GET /v1/integrations/github/install`.

        List available GitHub integrations for LangGraph Platfom Cloud SaaS.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[GithubIntegration]
        """
        return await self._requester.call(
            LIST_GITHUB_INTEGRATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_github_repositories(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[GithubRepository]:
        """List GitHub Repositories: `GET /v1/integrations/github/{integration_id}/repos`.

        List available GitHub repositories for an integration that are available to deploy to
        LangSmith Deployment.


        Args:
            integration_id (UUID): GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            list[GithubRepository]
        """
        return await self._requester.call(
            LIST_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )
