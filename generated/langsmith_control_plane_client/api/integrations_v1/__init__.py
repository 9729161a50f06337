"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.forge_github_integration import ForgeGithubIntegration
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


class IntegrationsV1Resource:
    """The operations of `cp.integrations_v1`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1WithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1WithRawResponse(self._requester)

    @functools.cached_property
    def forge(self) -> IntegrationsV1ForgeResource:
        """`cp.integrations_v1.forge`."""
        return IntegrationsV1ForgeResource(self._requester)

    @functools.cached_property
    def github(self) -> IntegrationsV1GithubResource:
        """`cp.integrations_v1.github`."""
        return IntegrationsV1GithubResource(self._requester)


class IntegrationsV1WithRawResponse:
    """The operations of `cp.integrations_v1`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def forge(self) -> IntegrationsV1ForgeWithRawResponse:
        """`cp.integrations_v1.forge`."""
        return IntegrationsV1ForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> IntegrationsV1GithubWithRawResponse:
        """`cp.integrations_v1.github`."""
        return IntegrationsV1GithubWithRawResponse(self._requester)


class AsyncIntegrationsV1Resource:
    """The operations of `cp.integrations_v1`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1WithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1WithRawResponse(self._requester)

    @functools.cached_property
    def forge(self) -> AsyncIntegrationsV1ForgeResource:
        """`cp.integrations_v1.forge`."""
        return AsyncIntegrationsV1ForgeResource(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsV1GithubResource:
        """`cp.integrations_v1.github`."""
        return AsyncIntegrationsV1GithubResource(self._requester)


class AsyncIntegrationsV1WithRawResponse:
    """The operations of `cp.integrations_v1`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def forge(self) -> AsyncIntegrationsV1ForgeWithRawResponse:
        """`cp.integrations_v1.forge`."""
        return AsyncIntegrationsV1ForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsV1GithubWithRawResponse:
        """`cp.integrations_v1.github`."""
        return AsyncIntegrationsV1GithubWithRawResponse(self._requester)


class IntegrationsV1ForgeResource:
    """The operations of `cp.integrations_v1.forge`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1ForgeWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1ForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> IntegrationsV1ForgeGithubResource:
        """`cp.integrations_v1.forge.github`."""
        return IntegrationsV1ForgeGithubResource(self._requester)


class IntegrationsV1ForgeWithRawResponse:
    """The operations of `cp.integrations_v1.forge`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def github(self) -> IntegrationsV1ForgeGithubWithRawResponse:
        """`cp.integrations_v1.forge.github`."""
        return IntegrationsV1ForgeGithubWithRawResponse(self._requester)


class AsyncIntegrationsV1ForgeResource:
    """The operations of `cp.integrations_v1.forge`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1ForgeWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1ForgeWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsV1ForgeGithubResource:
        """`cp.integrations_v1.forge.github`."""
        return AsyncIntegrationsV1ForgeGithubResource(self._requester)


class AsyncIntegrationsV1ForgeWithRawResponse:
    """The operations of `cp.integrations_v1.forge`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def github(self) -> AsyncIntegrationsV1ForgeGithubWithRawResponse:
        """`cp.integrations_v1.forge.github`."""
        return AsyncIntegrationsV1ForgeGithubWithRawResponse(self._requester)


class IntegrationsV1ForgeGithubResource:
    """The operations of `cp.integrations_v1.forge.github`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1ForgeGithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1ForgeGithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> IntegrationsV1ForgeGithubInstallResource:
        """`cp.integrations_v1.forge.github.install`."""
        return IntegrationsV1ForgeGithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsV1ForgeGithubReposResource:
        """`cp.integrations_v1.forge.github.repos`."""
        return IntegrationsV1ForgeGithubReposResource(self._requester)


class IntegrationsV1ForgeGithubWithRawResponse:
    """The operations of `cp.integrations_v1.forge.github`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> IntegrationsV1ForgeGithubInstallWithRawResponse:
        """`cp.integrations_v1.forge.github.install`."""
        return IntegrationsV1ForgeGithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsV1ForgeGithubReposWithRawResponse:
        """`cp.integrations_v1.forge.github.repos`."""
        return IntegrationsV1ForgeGithubReposWithRawResponse(self._requester)


class AsyncIntegrationsV1ForgeGithubResource:
    """The operations of `cp.integrations_v1.forge.github`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1ForgeGithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1ForgeGithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> AsyncIntegrationsV1ForgeGithubInstallResource:
        """`cp.integrations_v1.forge.github.install`."""
        return AsyncIntegrationsV1ForgeGithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsV1ForgeGithubReposResource:
        """`cp.integrations_v1.forge.github.repos`."""
        return AsyncIntegrationsV1ForgeGithubReposResource(self._requester)


class AsyncIntegrationsV1ForgeGithubWithRawResponse:
    """The operations of `cp.integrations_v1.forge.github`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> AsyncIntegrationsV1ForgeGithubInstallWithRawResponse:
        """`cp.integrations_v1.forge.github.install`."""
        return AsyncIntegrationsV1ForgeGithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsV1ForgeGithubReposWithRawResponse:
        """`cp.integrations_v1.forge.github.repos`."""
        return AsyncIntegrationsV1ForgeGithubReposWithRawResponse(self._requester)


class IntegrationsV1ForgeGithubInstallResource:
    """The operations of `cp.integrations_v1.forge.github.install`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1ForgeGithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1ForgeGithubInstallWithRawResponse(self._requester)

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[ForgeGithubIntegration]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[ForgeGithubIntegration]
        """
        return self._requester.call(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsV1ForgeGithubInstallWithRawResponse:
    """The operations of `cp.integrations_v1.forge.github.install`, each answer raw.

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
    ) -> RawResponse[builtins.list[ForgeGithubIntegration]]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[ForgeGithubIntegration]]
        """
        return self._requester.call_raw(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsV1ForgeGithubInstallResource:
    """The operations of `cp.integrations_v1.forge.github.install`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1ForgeGithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1ForgeGithubInstallWithRawResponse(self._requester)

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[ForgeGithubIntegration]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[ForgeGithubIntegration]
        """
        return await self._requester.call(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsV1ForgeGithubInstallWithRawResponse:
    """The operations of `cp.integrations_v1.forge.github.install`, asynchronously, each answer raw.

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
    ) -> RawResponse[builtins.list[ForgeGithubIntegration]]:
        """List Forge GitHub Integrations: `GET /v1/integrations/forge/github/install`.

        List available Forge GitHub integrations.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[ForgeGithubIntegration]]
        """
        return await self._requester.call_raw(
            LIST_FORGE_GITHUB_INTEGRATIONS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsV1ForgeGithubReposResource:
    """The operations of `cp.integrations_v1.forge.github.repos`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1ForgeGithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1ForgeGithubReposWithRawResponse(self._requester)

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


class IntegrationsV1ForgeGithubReposWithRawResponse:
    """The operations of `cp.integrations_v1.forge.github.repos`, each answer raw.

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


class AsyncIntegrationsV1ForgeGithubReposResource:
    """The operations of `cp.integrations_v1.forge.github.repos`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1ForgeGithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1ForgeGithubReposWithRawResponse(self._requester)

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


class AsyncIntegrationsV1ForgeGithubReposWithRawResponse:
    """The operations of `cp.integrations_v1.forge.github.repos`, asynchronously, each answer raw.

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


class IntegrationsV1GithubResource:
    """The operations of `cp.integrations_v1.github`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1GithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1GithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> IntegrationsV1GithubInstallResource:
        """`cp.integrations_v1.github.install`."""
        return IntegrationsV1GithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsV1GithubReposResource:
        """`cp.integrations_v1.github.repos`."""
        return IntegrationsV1GithubReposResource(self._requester)


class IntegrationsV1GithubWithRawResponse:
    """The operations of `cp.integrations_v1.github`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> IntegrationsV1GithubInstallWithRawResponse:
        """`cp.integrations_v1.github.install`."""
        return IntegrationsV1GithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> IntegrationsV1GithubReposWithRawResponse:
        """`cp.integrations_v1.github.repos`."""
        return IntegrationsV1GithubReposWithRawResponse(self._requester)


class AsyncIntegrationsV1GithubResource:
    """The operations of `cp.integrations_v1.github`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1GithubWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1GithubWithRawResponse(self._requester)

    @functools.cached_property
    def install(self) -> AsyncIntegrationsV1GithubInstallResource:
        """`cp.integrations_v1.github.install`."""
        return AsyncIntegrationsV1GithubInstallResource(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsV1GithubReposResource:
        """`cp.integrations_v1.github.repos`."""
        return AsyncIntegrationsV1GithubReposResource(self._requester)


class AsyncIntegrationsV1GithubWithRawResponse:
    """The operations of `cp.integrations_v1.github`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def install(self) -> AsyncIntegrationsV1GithubInstallWithRawResponse:
        """`cp.integrations_v1.github.install`."""
        return AsyncIntegrationsV1GithubInstallWithRawResponse(self._requester)

    @functools.cached_property
    def repos(self) -> AsyncIntegrationsV1GithubReposWithRawResponse:
        """`cp.integrations_v1.github.repos`."""
        return AsyncIntegrationsV1GithubReposWithRawResponse(self._requester)


class IntegrationsV1GithubInstallResource:
    """The operations of `cp.integrations_v1.github.install`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1GithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1GithubInstallWithRawResponse(self._requester)

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


class IntegrationsV1GithubInstallWithRawResponse:
    """The operations of `cp.integrations_v1.github.install`, each answer raw.

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


class AsyncIntegrationsV1GithubInstallResource:
    """The operations of `cp.integrations_v1.github.install`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1GithubInstallWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1GithubInstallWithRawResponse(self._requester)

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


class AsyncIntegrationsV1GithubInstallWithRawResponse:
    """The operations of `cp.integrations_v1.github.install`, asynchronously, each answer raw.

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


class IntegrationsV1GithubReposResource:
    """The operations of `cp.integrations_v1.github.repos`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsV1GithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsV1GithubReposWithRawResponse(self._requester)

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


class IntegrationsV1GithubReposWithRawResponse:
    """The operations of `cp.integrations_v1.github.repos`, each answer raw.

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


class AsyncIntegrationsV1GithubReposResource:
    """The operations of `cp.integrations_v1.github.repos`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsV1GithubReposWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsV1GithubReposWithRawResponse(self._requester)

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


class AsyncIntegrationsV1GithubReposWithRawResponse:
    """The operations of `cp.integrations_v1.github.repos`, asynchronously, each answer raw.

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
