"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.github_integration import GithubIntegration
from ...models.github_repository import GithubRepository
from ...models.http_validation_error import HTTPValidationError
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
from . import list_forge_github_integrations as _list_forge_github_integrations
from . import list_forge_github_repositories as _list_forge_github_repositories
from . import list_github_integrations as _list_github_integrations
from . import list_github_repositories as _list_github_repositories


def _request_list_forge_github_integrations(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_forge_github_integrations._get_kwargs()


def _parse_list_forge_github_integrations(
    response: httpx.Response,
) -> list[GithubIntegration]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = GithubIntegration.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_FORGE_GITHUB_INTEGRATIONS: Operation[list[GithubIntegration]] = Operation(
    name="list_forge_github_integrations",
    method="GET",
    path="/v1/integrations/forge/github/install",
    params=(),
    success=(200,),
    request=_request_list_forge_github_integrations,
    parse=_parse_list_forge_github_integrations,
    summary="List Forge GitHub Integrations",
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
    summary="List Forge GitHub Repositories",
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
    summary="List GitHub Integrations",
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
    summary="List GitHub Repositories",
)


class IntegrationsResource:
    """The operations of `cp.integrations`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsWithRawResponse(self._requester)

    @functools.cached_property
    def forge(self) -> IntegrationsForgeResource:
        """`cp.integrations.forge`."""
        return IntegrationsForgeResource(self._requester)

    @functools.cached_property
    def github(self) -> IntegrationsGithubResource:
        """`cp.integrations.github`."""
        return IntegrationsGithubResource(self._requester)


class IntegrationsWithRawResponse:
    """The operations of `cp.integrations`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def forge(self) -> IntegrationsForgeWithRawResponse:
        """`cp.integrations.forge`."""
        return IntegrationsForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> IntegrationsGithubWithRawResponse:
        """`cp.integrations.github`."""
        return IntegrationsGithubWithRawResponse(self._requester)


class AsyncIntegrationsResource:
    """The operations of `cp.integrations`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsWithRawResponse(self._requester)

    @functools.cached_property
    def forge(self) -> AsyncIntegrationsForgeResource:
        """`cp.integrations.forge`."""
        return AsyncIntegrationsForgeResource(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsGithubResource:
        """`cp.integrations.github`."""
        return AsyncIntegrationsGithubResource(self._requester)


class AsyncIntegrationsWithRawResponse:
    """The operations of `cp.integrations`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def forge(self) -> AsyncIntegrationsForgeWithRawResponse:
        """`cp.integrations.forge`."""
        return AsyncIntegrationsForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsGithubWithRawResponse:
        """`cp.integrations.github`."""
        return AsyncIntegrationsGithubWithRawResponse(self._requester)


class IntegrationsForgeResource:
    """The operations of `cp.integrations.forge`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsForgeWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> IntegrationsForgeGithubResource:
        """`cp.integrations.forge.github`."""
        return IntegrationsForgeGithubResource(self._requester)


class IntegrationsForgeWithRawResponse:
    """The operations of `cp.integrations.forge`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def github(self) -> IntegrationsForgeGithubWithRawResponse:
        """`cp.integrations.forge.github`."""
        return IntegrationsForgeGithubWithRawResponse(self._requester)


class AsyncIntegrationsForgeResource:
    """The operations of `cp.integrations.forge`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsForgeWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsForgeGithubResource:
        """`cp.integrations.forge.github`."""
        return AsyncIntegrationsForgeGithubResource(self._requester)


class AsyncIntegrationsForgeWithRawResponse:
    """The operations of `cp.integrations.forge`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def github(self) -> AsyncIntegrationsForgeGithubWithRawResponse:
        """`cp.integrations.forge.github`."""
        return AsyncIntegrationsForgeGithubWithRawResponse(self._requester)


class IntegrationsForgeGithubResource:
    """The operations of `cp.integrations.forge.github`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsForgeGithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsForgeGithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> IntegrationsForgeGithubInstallResource:
        """`cp.integrations.forge.github.install`."""
        return IntegrationsForgeGithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsForgeGithubReposResource:
        """`cp.integrations.forge.github.repos`."""
        return IntegrationsForgeGithubReposResource(self._requester)


class IntegrationsForgeGithubWithRawResponse:
    """The operations of `cp.integrations.forge.github`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> IntegrationsForgeGithubInstallWithRawResponse:
        """`cp.integrations.forge.github.install`."""
        return IntegrationsForgeGithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsForgeGithubReposWithRawResponse:
        """`cp.integrations.forge.github.repos`."""
        return IntegrationsForgeGithubReposWithRawResponse(self._requester)


class AsyncIntegrationsForgeGithubResource:
    """The operations of `cp.integrations.forge.github`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsForgeGithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsForgeGithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> AsyncIntegrationsForgeGithubInstallResource:
        """`cp.integrations.forge.github.install`."""
        return AsyncIntegrationsForgeGithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsForgeGithubReposResource:
        """`cp.integrations.forge.github.repos`."""
        return AsyncIntegrationsForgeGithubReposResource(self._requester)


class AsyncIntegrationsForgeGithubWithRawResponse:
    """The operations of `cp.integrations.forge.github`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> AsyncIntegrationsForgeGithubInstallWithRawResponse:
        """`cp.integrations.forge.github.install`."""
        return AsyncIntegrationsForgeGithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsForgeGithubReposWithRawResponse:
        """`cp.integrations.forge.github.repos`."""
        return AsyncIntegrationsForgeGithubReposWithRawResponse(self._requester)


class IntegrationsForgeGithubInstallResource:
    """The operations of `cp.integrations.forge.github.install`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsForgeGithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsForgeGithubInstallWithRawResponse(self._requester)

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubIntegration]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubIntegration]
        """
        return self._requester.call(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubInstallWithRawResponse:
    """The operations of `cp.integrations.forge.github.install`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubIntegration]]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubIntegration]]
        """
        return self._requester.call_raw(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubInstallResource:
    """The operations of `cp.integrations.forge.github.install`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsForgeGithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsForgeGithubInstallWithRawResponse(self._requester)

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubIntegration]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubIntegration]
        """
        return await self._requester.call(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubInstallWithRawResponse:
    """The operations of `cp.integrations.forge.github.install`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubIntegration]]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubIntegration]]
        """
        return await self._requester.call_raw(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubReposResource:
    """The operations of `cp.integrations.forge.github.repos`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsForgeGithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsForgeGithubReposWithRawResponse(self._requester)

    def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubRepository]:
        """List Forge GitHub Repositories: `GET /v1/integrations/forge/github/{integration_id}/repos`.

        List available GitHub repositories for a Forge integration.


        Args:
            integration_id (UUID): Forge GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubRepository]
        """
        return self._requester.call(
            LIST_FORGE_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubReposWithRawResponse:
    """The operations of `cp.integrations.forge.github.repos`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubRepository]]:
        """List Forge GitHub Repositories: `GET /v1/integrations/forge/github/{integration_id}/repos`.

        List available GitHub repositories for a Forge integration.


        Args:
            integration_id (UUID): Forge GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubRepository]]
        """
        return self._requester.call_raw(
            LIST_FORGE_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubReposResource:
    """The operations of `cp.integrations.forge.github.repos`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsForgeGithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsForgeGithubReposWithRawResponse(self._requester)

    async def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubRepository]:
        """List Forge GitHub Repositories: `GET /v1/integrations/forge/github/{integration_id}/repos`.

        List available GitHub repositories for a Forge integration.


        Args:
            integration_id (UUID): Forge GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubRepository]
        """
        return await self._requester.call(
            LIST_FORGE_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubReposWithRawResponse:
    """The operations of `cp.integrations.forge.github.repos`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubRepository]]:
        """List Forge GitHub Repositories: `GET /v1/integrations/forge/github/{integration_id}/repos`.

        List available GitHub repositories for a Forge integration.


        Args:
            integration_id (UUID): Forge GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubRepository]]
        """
        return await self._requester.call_raw(
            LIST_FORGE_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubResource:
    """The operations of `cp.integrations.github`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsGithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsGithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> IntegrationsGithubInstallResource:
        """`cp.integrations.github.install`."""
        return IntegrationsGithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsGithubReposResource:
        """`cp.integrations.github.repos`."""
        return IntegrationsGithubReposResource(self._requester)


class IntegrationsGithubWithRawResponse:
    """The operations of `cp.integrations.github`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> IntegrationsGithubInstallWithRawResponse:
        """`cp.integrations.github.install`."""
        return IntegrationsGithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsGithubReposWithRawResponse:
        """`cp.integrations.github.repos`."""
        return IntegrationsGithubReposWithRawResponse(self._requester)


class AsyncIntegrationsGithubResource:
    """The operations of `cp.integrations.github`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsGithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsGithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> AsyncIntegrationsGithubInstallResource:
        """`cp.integrations.github.install`."""
        return AsyncIntegrationsGithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsGithubReposResource:
        """`cp.integrations.github.repos`."""
        return AsyncIntegrationsGithubReposResource(self._requester)


class AsyncIntegrationsGithubWithRawResponse:
    """The operations of `cp.integrations.github`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> AsyncIntegrationsGithubInstallWithRawResponse:
        """`cp.integrations.github.install`."""
        return AsyncIntegrationsGithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsGithubReposWithRawResponse:
        """`cp.integrations.github.repos`."""
        return AsyncIntegrationsGithubReposWithRawResponse(self._requester)


class IntegrationsGithubInstallResource:
    """The operations of `cp.integrations.github.install`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsGithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsGithubInstallWithRawResponse(self._requester)

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubIntegration]:
        """List GitHub Integrations: `GET /v1/integrations/github/install`.

        List available GitHub integrations for LangGraph Platfom Cloud SaaS.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubIntegration]
        """
        return self._requester.call(
            LIST_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubInstallWithRawResponse:
    """The operations of `cp.integrations.github.install`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubIntegration]]:
        """List GitHub Integrations: `GET /v1/integrations/github/install`.

        List available GitHub integrations for LangGraph Platfom Cloud SaaS.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubIntegration]]
        """
        return self._requester.call_raw(
            LIST_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubInstallResource:
    """The operations of `cp.integrations.github.install`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsGithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsGithubInstallWithRawResponse(self._requester)

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubIntegration]:
        """List GitHub Integrations: `GET /v1/integrations/github/install`.

        List available GitHub integrations for LangGraph Platfom Cloud SaaS.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubIntegration]
        """
        return await self._requester.call(
            LIST_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubInstallWithRawResponse:
    """The operations of `cp.integrations.github.install`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubIntegration]]:
        """List GitHub Integrations: `GET /v1/integrations/github/install`.

        List available GitHub integrations for LangGraph Platfom Cloud SaaS.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubIntegration]]
        """
        return await self._requester.call_raw(
            LIST_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubReposResource:
    """The operations of `cp.integrations.github.repos`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsGithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsGithubReposWithRawResponse(self._requester)

    def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubRepository]:
        """List GitHub Repositories: `GET /v1/integrations/github/{integration_id}/repos`.

        List available GitHub repositories for an integration that are available to deploy to
        LangSmith Deployment.


        Args:
            integration_id (UUID): GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubRepository]
        """
        return self._requester.call(
            LIST_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubReposWithRawResponse:
    """The operations of `cp.integrations.github.repos`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubRepository]]:
        """List GitHub Repositories: `GET /v1/integrations/github/{integration_id}/repos`.

        List available GitHub repositories for an integration that are available to deploy to
        LangSmith Deployment.


        Args:
            integration_id (UUID): GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubRepository]]
        """
        return self._requester.call_raw(
            LIST_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubReposResource:
    """The operations of `cp.integrations.github.repos`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsGithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsGithubReposWithRawResponse(self._requester)

    async def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[GithubRepository]:
        """List GitHub Repositories: `GET /v1/integrations/github/{integration_id}/repos`.

        List available GitHub repositories for an integration that are available to deploy to
        LangSmith Deployment.


        Args:
            integration_id (UUID): GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[GithubRepository]
        """
        return await self._requester.call(
            LIST_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubReposWithRawResponse:
    """The operations of `cp.integrations.github.repos`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        integration_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[GithubRepository]]:
        """List GitHub Repositories: `GET /v1/integrations/github/{integration_id}/repos`.

        List available GitHub repositories for an integration that are available to deploy to
        LangSmith Deployment.


        Args:
            integration_id (UUID): GitHub integration ID.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[GithubRepository]]
        """
        return await self._requester.call_raw(
            LIST_GITHUB_REPOSITORIES,
            {
                "integration_id": integration_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
