"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.engine_install_link import EngineInstallLink
from ...models.engine_picker_select_response import EnginePickerSelectResponse
from ...models.engine_picker_session_response import EnginePickerSessionResponse
from ...models.forge_github_installations_list import ForgeGithubInstallationsList
from ...models.forge_github_picker_selection_request import (
    ForgeGithubPickerSelectionRequest,
)
from ...models.forge_github_picker_selection_request_action import (
    ForgeGithubPickerSelectionRequestAction,
)
from ...models.github_install_link import GithubInstallLink
from ...models.github_install_link_request import GithubInstallLinkRequest
from ...models.github_installations_list import GithubInstallationsList
from ...models.github_repositories_list import GithubRepositoriesList
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
from . import (
    create_engine_picker_session_selection as _create_engine_picker_session_selection,
)
from . import get_engine_picker_session_endpoint as _get_engine_picker_session_endpoint
from . import (
    get_forge_github_install_link_endpoint as _get_forge_github_install_link_endpoint,
)
from . import get_github_install_link_endpoint as _get_github_install_link_endpoint
from . import list_forge_github_installations as _list_forge_github_installations
from . import (
    list_github_installation_repositories as _list_github_installation_repositories,
)
from . import list_github_installations as _list_github_installations

if TYPE_CHECKING:
    from ...models import ForgeGithubIntegration, GithubIntegration, GithubRepository


def _request_get_forge_github_install_link_endpoint(
    a: Mapping[str, Any],
) -> dict[str, Any]:
    return _get_forge_github_install_link_endpoint._get_kwargs(
        body=a["body"],
    )


def _parse_get_forge_github_install_link_endpoint(
    response: httpx.Response,
) -> EngineInstallLink:
    response_200 = EngineInstallLink.from_dict(response.json())

    return response_200


GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT: Operation[EngineInstallLink] = Operation(
    name="get_forge_github_install_link_endpoint",
    method="POST",
    path="/v2/integrations/forge-github/installation-link",
    params=(
        Param(
            keyword="body",
            name="body",
            location="payload",
            accepts=(
                GithubInstallLinkRequest,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_get_forge_github_install_link_endpoint,
    parse=_parse_get_forge_github_install_link_endpoint,
    summary="Get Forge Github Install Link Endpoint",
)


def _request_list_forge_github_installations(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_forge_github_installations._get_kwargs(
        page_size=a["page_size"],
        cursor=a["cursor"],
    )


def _parse_list_forge_github_installations(
    response: httpx.Response,
) -> ForgeGithubInstallationsList:
    response_200 = ForgeGithubInstallationsList.from_dict(response.json())

    return response_200


LIST_FORGE_GITHUB_INSTALLATIONS: Operation[ForgeGithubInstallationsList] = Operation(
    name="list_forge_github_installations",
    method="GET",
    path="/v2/integrations/forge-github/installations",
    params=(
        Param(
            keyword="page_size",
            name="page_size",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="cursor",
            name="cursor",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_forge_github_installations,
    parse=_parse_list_forge_github_installations,
    summary="List Forge Github Installations",
    paging=Paging(
        style="cursor",
        items="items",
        next="next_cursor",
        param="cursor",
    ),
)


def _request_get_engine_picker_session_endpoint(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_engine_picker_session_endpoint._get_kwargs(
        session_id=a["session_id"],
    )


def _parse_get_engine_picker_session_endpoint(
    response: httpx.Response,
) -> EnginePickerSessionResponse:
    response_200 = EnginePickerSessionResponse.from_dict(response.json())

    return response_200


GET_ENGINE_PICKER_SESSION_ENDPOINT: Operation[EnginePickerSessionResponse] = Operation(
    name="get_engine_picker_session_endpoint",
    method="GET",
    path="/v2/integrations/forge-github/picker-sessions/{session_id}",
    params=(
        Param(
            keyword="session_id",
            name="session_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_engine_picker_session_endpoint,
    parse=_parse_get_engine_picker_session_endpoint,
    summary="Get Engine Picker Session Endpoint",
)


def _request_create_engine_picker_session_selection(
    a: Mapping[str, Any],
) -> dict[str, Any]:
    return _create_engine_picker_session_selection._get_kwargs(
        session_id=a["session_id"],
        body=ForgeGithubPickerSelectionRequest(
            action=a["action"],
            installation_id=a["installation_id"],
        ),
    )


def _parse_create_engine_picker_session_selection(
    response: httpx.Response,
) -> EnginePickerSelectResponse:
    response_200 = EnginePickerSelectResponse.from_dict(response.json())

    return response_200


CREATE_ENGINE_PICKER_SESSION_SELECTION: Operation[EnginePickerSelectResponse] = (
    Operation(
        name="create_engine_picker_session_selection",
        method="POST",
        path="/v2/integrations/forge-github/picker-sessions/{session_id}/selection",
        params=(
            Param(
                keyword="session_id",
                name="session_id",
                location="path",
                accepts=(str,),
                required=True,
            ),
            Param(
                keyword="action",
                name="action",
                location="body",
                accepts=(ForgeGithubPickerSelectionRequestAction,),
                required=True,
            ),
            Param(
                keyword="installation_id",
                name="installation_id",
                location="body",
                accepts=(
                    int,
                    type(None),
                ),
                required=False,
            ),
        ),
        success=(200,),
        request=_request_create_engine_picker_session_selection,
        parse=_parse_create_engine_picker_session_selection,
        summary="Create Engine Picker Session Selection",
    )
)


def _request_get_github_install_link_endpoint(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_github_install_link_endpoint._get_kwargs()


def _parse_get_github_install_link_endpoint(
    response: httpx.Response,
) -> GithubInstallLink:
    response_200 = GithubInstallLink.from_dict(response.json())

    return response_200


GET_GITHUB_INSTALL_LINK_ENDPOINT: Operation[GithubInstallLink] = Operation(
    name="get_github_install_link_endpoint",
    method="POST",
    path="/v2/integrations/github/installation-link",
    params=(),
    success=(200,),
    request=_request_get_github_install_link_endpoint,
    parse=_parse_get_github_install_link_endpoint,
    summary="Get Github Install Link Endpoint",
)


def _request_list_github_installations(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_github_installations._get_kwargs(
        page_size=a["page_size"],
        cursor=a["cursor"],
    )


def _parse_list_github_installations(
    response: httpx.Response,
) -> GithubInstallationsList:
    response_200 = GithubInstallationsList.from_dict(response.json())

    return response_200


LIST_GITHUB_INSTALLATIONS: Operation[GithubInstallationsList] = Operation(
    name="list_github_installations",
    method="GET",
    path="/v2/integrations/github/installations",
    params=(
        Param(
            keyword="page_size",
            name="page_size",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="cursor",
            name="cursor",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_github_installations,
    parse=_parse_list_github_installations,
    summary="List Github Installations",
    paging=Paging(
        style="cursor",
        items="items",
        next="next_cursor",
        param="cursor",
    ),
)


def _request_list_github_installation_repositories(
    a: Mapping[str, Any],
) -> dict[str, Any]:
    return _list_github_installation_repositories._get_kwargs(
        integration_id=a["integration_id"],
        page_size=a["page_size"],
        cursor=a["cursor"],
    )


def _parse_list_github_installation_repositories(
    response: httpx.Response,
) -> GithubRepositoriesList:
    response_200 = GithubRepositoriesList.from_dict(response.json())

    return response_200


LIST_GITHUB_INSTALLATION_REPOSITORIES: Operation[GithubRepositoriesList] = Operation(
    name="list_github_installation_repositories",
    method="GET",
    path="/v2/integrations/github/installations/{integration_id}/repositories",
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
        Param(
            keyword="page_size",
            name="page_size",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="cursor",
            name="cursor",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_github_installation_repositories,
    parse=_parse_list_github_installation_repositories,
    summary="List Github Installation Repositories",
    paging=Paging(
        style="cursor",
        items="items",
        next="next_cursor",
        param="cursor",
    ),
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
    def forge_github(self) -> IntegrationsForgeGithubResource:
        """`cp.integrations.forge_github`."""
        return IntegrationsForgeGithubResource(self._requester)

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
    def forge_github(self) -> IntegrationsForgeGithubWithRawResponse:
        """`cp.integrations.forge_github`."""
        return IntegrationsForgeGithubWithRawResponse(self._requester)

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
    def forge_github(self) -> AsyncIntegrationsForgeGithubResource:
        """`cp.integrations.forge_github`."""
        return AsyncIntegrationsForgeGithubResource(self._requester)

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
    def forge_github(self) -> AsyncIntegrationsForgeGithubWithRawResponse:
        """`cp.integrations.forge_github`."""
        return AsyncIntegrationsForgeGithubWithRawResponse(self._requester)

    @functools.cached_property
    def github(self) -> AsyncIntegrationsGithubWithRawResponse:
        """`cp.integrations.github`."""
        return AsyncIntegrationsGithubWithRawResponse(self._requester)


class IntegrationsForgeGithubResource:
    """The operations of `cp.integrations.forge_github`.

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
    def installations(self) -> IntegrationsForgeGithubInstallationsResource:
        """`cp.integrations.forge_github.installations`."""
        return IntegrationsForgeGithubInstallationsResource(self._requester)

    @functools.cached_property
    def picker_sessions(self) -> IntegrationsForgeGithubPickerSessionsResource:
        """`cp.integrations.forge_github.picker_sessions`."""
        return IntegrationsForgeGithubPickerSessionsResource(self._requester)

    def installation_link(
        self,
        *,
        body: GithubInstallLinkRequest | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EngineInstallLink:
        """Get Forge Github Install Link Endpoint: `POST /v2/integrations/forge-github/installation-link`.

        Create a Forge GitHub App installation link.


        Args:
            body (GithubInstallLinkRequest | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            EngineInstallLink
        """
        return self._requester.call(
            GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT,
            {
                "body": body,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubWithRawResponse:
    """The operations of `cp.integrations.forge_github`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def installations(self) -> IntegrationsForgeGithubInstallationsWithRawResponse:
        """`cp.integrations.forge_github.installations`."""
        return IntegrationsForgeGithubInstallationsWithRawResponse(self._requester)

    @functools.cached_property
    def picker_sessions(self) -> IntegrationsForgeGithubPickerSessionsWithRawResponse:
        """`cp.integrations.forge_github.picker_sessions`."""
        return IntegrationsForgeGithubPickerSessionsWithRawResponse(self._requester)

    def installation_link(
        self,
        *,
        body: GithubInstallLinkRequest | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[EngineInstallLink]:
        """Get Forge Github Install Link Endpoint: `POST /v2/integrations/forge-github/installation-link`.

        Create a Forge GitHub App installation link.


        Args:
            body (GithubInstallLinkRequest | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[EngineInstallLink]
        """
        return self._requester.call_raw(
            GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT,
            {
                "body": body,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubResource:
    """The operations of `cp.integrations.forge_github`, asynchronously.

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
    def installations(self) -> AsyncIntegrationsForgeGithubInstallationsResource:
        """`cp.integrations.forge_github.installations`."""
        return AsyncIntegrationsForgeGithubInstallationsResource(self._requester)

    @functools.cached_property
    def picker_sessions(self) -> AsyncIntegrationsForgeGithubPickerSessionsResource:
        """`cp.integrations.forge_github.picker_sessions`."""
        return AsyncIntegrationsForgeGithubPickerSessionsResource(self._requester)

    async def installation_link(
        self,
        *,
        body: GithubInstallLinkRequest | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EngineInstallLink:
        """Get Forge Github Install Link Endpoint: `POST /v2/integrations/forge-github/installation-link`.

        Create a Forge GitHub App installation link.


        Args:
            body (GithubInstallLinkRequest | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            EngineInstallLink
        """
        return await self._requester.call(
            GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT,
            {
                "body": body,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubWithRawResponse:
    """The operations of `cp.integrations.forge_github`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def installations(self) -> AsyncIntegrationsForgeGithubInstallationsWithRawResponse:
        """`cp.integrations.forge_github.installations`."""
        return AsyncIntegrationsForgeGithubInstallationsWithRawResponse(self._requester)

    @functools.cached_property
    def picker_sessions(
        self,
    ) -> AsyncIntegrationsForgeGithubPickerSessionsWithRawResponse:
        """`cp.integrations.forge_github.picker_sessions`."""
        return AsyncIntegrationsForgeGithubPickerSessionsWithRawResponse(
            self._requester
        )

    async def installation_link(
        self,
        *,
        body: GithubInstallLinkRequest | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[EngineInstallLink]:
        """Get Forge Github Install Link Endpoint: `POST /v2/integrations/forge-github/installation-link`.

        Create a Forge GitHub App installation link.


        Args:
            body (GithubInstallLinkRequest | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[EngineInstallLink]
        """
        return await self._requester.call_raw(
            GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT,
            {
                "body": body,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubInstallationsResource:
    """The operations of `cp.integrations.forge_github.installations`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsForgeGithubInstallationsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsForgeGithubInstallationsWithRawResponse(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[ForgeGithubIntegration]:
        """List Forge Github Installations: `GET /v2/integrations/forge-github/installations`.

        List Forge GitHub App installations available to the workspace.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[ForgeGithubIntegration]
        """
        return self._requester.paginate(
            LIST_FORGE_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubInstallationsWithRawResponse:
    """The operations of `cp.integrations.forge_github.installations`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[ForgeGithubInstallationsList]:
        """List Forge Github Installations: `GET /v2/integrations/forge-github/installations`.

        List Forge GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[ForgeGithubInstallationsList]
        """
        return self._requester.call_raw(
            LIST_FORGE_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubInstallationsResource:
    """The operations of `cp.integrations.forge_github.installations`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(
        self,
    ) -> AsyncIntegrationsForgeGithubInstallationsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsForgeGithubInstallationsWithRawResponse(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[ForgeGithubIntegration]:
        """List Forge Github Installations: `GET /v2/integrations/forge-github/installations`.

        List Forge GitHub App installations available to the workspace.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[ForgeGithubIntegration]
        """
        return self._requester.paginate(
            LIST_FORGE_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubInstallationsWithRawResponse:
    """The operations of `cp.integrations.forge_github.installations`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[ForgeGithubInstallationsList]:
        """List Forge Github Installations: `GET /v2/integrations/forge-github/installations`.

        List Forge GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[ForgeGithubInstallationsList]
        """
        return await self._requester.call_raw(
            LIST_FORGE_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubPickerSessionsResource:
    """The operations of `cp.integrations.forge_github.picker_sessions`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsForgeGithubPickerSessionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsForgeGithubPickerSessionsWithRawResponse(self._requester)

    def retrieve(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EnginePickerSessionResponse:
        """Get Engine Picker Session Endpoint: `GET /v2/integrations/forge-github/picker-sessions/{session_id}`.

        Get a Forge GitHub App installation picker session.


        Args:
            session_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            EnginePickerSessionResponse
        """
        return self._requester.call(
            GET_ENGINE_PICKER_SESSION_ENDPOINT,
            {
                "session_id": session_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def selection(
        self,
        session_id: str,
        *,
        action: ForgeGithubPickerSelectionRequestAction,
        installation_id: int | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EnginePickerSelectResponse:
        """Create Engine Picker Session Selection: `POST /v2/integrations/forge-github/picker-sessions/{session_id}/selection`.

        Select an installation or begin a new GitHub App installation.


        Args:
            session_id (str):
            action (ForgeGithubPickerSelectionRequestAction): Whether to attach an installation or
                install the GitHub App.
            installation_id (int | None | Unset): GitHub installation ID required when action is ATTACH.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            EnginePickerSelectResponse
        """
        return self._requester.call(
            CREATE_ENGINE_PICKER_SESSION_SELECTION,
            {
                "session_id": session_id,
                "action": action,
                "installation_id": installation_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsForgeGithubPickerSessionsWithRawResponse:
    """The operations of `cp.integrations.forge_github.picker_sessions`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def retrieve(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[EnginePickerSessionResponse]:
        """Get Engine Picker Session Endpoint: `GET /v2/integrations/forge-github/picker-sessions/{session_id}`.

        Get a Forge GitHub App installation picker session.


        Args:
            session_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[EnginePickerSessionResponse]
        """
        return self._requester.call_raw(
            GET_ENGINE_PICKER_SESSION_ENDPOINT,
            {
                "session_id": session_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def selection(
        self,
        session_id: str,
        *,
        action: ForgeGithubPickerSelectionRequestAction,
        installation_id: int | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[EnginePickerSelectResponse]:
        """Create Engine Picker Session Selection: `POST /v2/integrations/forge-github/picker-sessions/{session_id}/selection`.

        Select an installation or begin a new GitHub App installation.


        Args:
            session_id (str):
            action (ForgeGithubPickerSelectionRequestAction): Whether to attach an installation or
                install the GitHub App.
            installation_id (int | None | Unset): GitHub installation ID required when action is ATTACH.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[EnginePickerSelectResponse]
        """
        return self._requester.call_raw(
            CREATE_ENGINE_PICKER_SESSION_SELECTION,
            {
                "session_id": session_id,
                "action": action,
                "installation_id": installation_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubPickerSessionsResource:
    """The operations of `cp.integrations.forge_github.picker_sessions`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(
        self,
    ) -> AsyncIntegrationsForgeGithubPickerSessionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsForgeGithubPickerSessionsWithRawResponse(
            self._requester
        )

    async def retrieve(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EnginePickerSessionResponse:
        """Get Engine Picker Session Endpoint: `GET /v2/integrations/forge-github/picker-sessions/{session_id}`.

        Get a Forge GitHub App installation picker session.


        Args:
            session_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            EnginePickerSessionResponse
        """
        return await self._requester.call(
            GET_ENGINE_PICKER_SESSION_ENDPOINT,
            {
                "session_id": session_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def selection(
        self,
        session_id: str,
        *,
        action: ForgeGithubPickerSelectionRequestAction,
        installation_id: int | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EnginePickerSelectResponse:
        """Create Engine Picker Session Selection: `POST /v2/integrations/forge-github/picker-sessions/{session_id}/selection`.

        Select an installation or begin a new GitHub App installation.


        Args:
            session_id (str):
            action (ForgeGithubPickerSelectionRequestAction): Whether to attach an installation or
                install the GitHub App.
            installation_id (int | None | Unset): GitHub installation ID required when action is ATTACH.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            EnginePickerSelectResponse
        """
        return await self._requester.call(
            CREATE_ENGINE_PICKER_SESSION_SELECTION,
            {
                "session_id": session_id,
                "action": action,
                "installation_id": installation_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsForgeGithubPickerSessionsWithRawResponse:
    """The operations of `cp.integrations.forge_github.picker_sessions`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[EnginePickerSessionResponse]:
        """Get Engine Picker Session Endpoint: `GET /v2/integrations/forge-github/picker-sessions/{session_id}`.

        Get a Forge GitHub App installation picker session.


        Args:
            session_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[EnginePickerSessionResponse]
        """
        return await self._requester.call_raw(
            GET_ENGINE_PICKER_SESSION_ENDPOINT,
            {
                "session_id": session_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def selection(
        self,
        session_id: str,
        *,
        action: ForgeGithubPickerSelectionRequestAction,
        installation_id: int | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[EnginePickerSelectResponse]:
        """Create Engine Picker Session Selection: `POST /v2/integrations/forge-github/picker-sessions/{session_id}/selection`.

        Select an installation or begin a new GitHub App installation.


        Args:
            session_id (str):
            action (ForgeGithubPickerSelectionRequestAction): Whether to attach an installation or
                install the GitHub App.
            installation_id (int | None | Unset): GitHub installation ID required when action is ATTACH.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[EnginePickerSelectResponse]
        """
        return await self._requester.call_raw(
            CREATE_ENGINE_PICKER_SESSION_SELECTION,
            {
                "session_id": session_id,
                "action": action,
                "installation_id": installation_id,
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
    def installations(self) -> IntegrationsGithubInstallationsResource:
        """`cp.integrations.github.installations`."""
        return IntegrationsGithubInstallationsResource(self._requester)

    def installation_link(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GithubInstallLink:
        """Get Github Install Link Endpoint: `POST /v2/integrations/github/installation-link`.

        Create a GitHub App installation link.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            GithubInstallLink
        """
        return self._requester.call(
            GET_GITHUB_INSTALL_LINK_ENDPOINT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubWithRawResponse:
    """The operations of `cp.integrations.github`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def installations(self) -> IntegrationsGithubInstallationsWithRawResponse:
        """`cp.integrations.github.installations`."""
        return IntegrationsGithubInstallationsWithRawResponse(self._requester)

    def installation_link(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GithubInstallLink]:
        """Get Github Install Link Endpoint: `POST /v2/integrations/github/installation-link`.

        Create a GitHub App installation link.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[GithubInstallLink]
        """
        return self._requester.call_raw(
            GET_GITHUB_INSTALL_LINK_ENDPOINT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


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
    def installations(self) -> AsyncIntegrationsGithubInstallationsResource:
        """`cp.integrations.github.installations`."""
        return AsyncIntegrationsGithubInstallationsResource(self._requester)

    async def installation_link(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GithubInstallLink:
        """Get Github Install Link Endpoint: `POST /v2/integrations/github/installation-link`.

        Create a GitHub App installation link.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            GithubInstallLink
        """
        return await self._requester.call(
            GET_GITHUB_INSTALL_LINK_ENDPOINT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubWithRawResponse:
    """The operations of `cp.integrations.github`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def installations(self) -> AsyncIntegrationsGithubInstallationsWithRawResponse:
        """`cp.integrations.github.installations`."""
        return AsyncIntegrationsGithubInstallationsWithRawResponse(self._requester)

    async def installation_link(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GithubInstallLink]:
        """Get Github Install Link Endpoint: `POST /v2/integrations/github/installation-link`.

        Create a GitHub App installation link.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[GithubInstallLink]
        """
        return await self._requester.call_raw(
            GET_GITHUB_INSTALL_LINK_ENDPOINT,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubInstallationsResource:
    """The operations of `cp.integrations.github.installations`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> IntegrationsGithubInstallationsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsGithubInstallationsWithRawResponse(self._requester)

    @functools.cached_property
    def repositories(self) -> IntegrationsGithubInstallationsRepositoriesResource:
        """`cp.integrations.github.installations.repositories`."""
        return IntegrationsGithubInstallationsRepositoriesResource(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[GithubIntegration]:
        """List Github Installations: `GET /v2/integrations/github/installations`.

        List GitHub App installations available to the workspace.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[GithubIntegration]
        """
        return self._requester.paginate(
            LIST_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubInstallationsWithRawResponse:
    """The operations of `cp.integrations.github.installations`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def repositories(
        self,
    ) -> IntegrationsGithubInstallationsRepositoriesWithRawResponse:
        """`cp.integrations.github.installations.repositories`."""
        return IntegrationsGithubInstallationsRepositoriesWithRawResponse(
            self._requester
        )

    def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GithubInstallationsList]:
        """List Github Installations: `GET /v2/integrations/github/installations`.

        List GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[GithubInstallationsList]
        """
        return self._requester.call_raw(
            LIST_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubInstallationsResource:
    """The operations of `cp.integrations.github.installations`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncIntegrationsGithubInstallationsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsGithubInstallationsWithRawResponse(self._requester)

    @functools.cached_property
    def repositories(self) -> AsyncIntegrationsGithubInstallationsRepositoriesResource:
        """`cp.integrations.github.installations.repositories`."""
        return AsyncIntegrationsGithubInstallationsRepositoriesResource(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[GithubIntegration]:
        """List Github Installations: `GET /v2/integrations/github/installations`.

        List GitHub App installations available to the workspace.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[GithubIntegration]
        """
        return self._requester.paginate(
            LIST_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubInstallationsWithRawResponse:
    """The operations of `cp.integrations.github.installations`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def repositories(
        self,
    ) -> AsyncIntegrationsGithubInstallationsRepositoriesWithRawResponse:
        """`cp.integrations.github.installations.repositories`."""
        return AsyncIntegrationsGithubInstallationsRepositoriesWithRawResponse(
            self._requester
        )

    async def list(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GithubInstallationsList]:
        """List Github Installations: `GET /v2/integrations/github/installations`.

        List GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[GithubInstallationsList]
        """
        return await self._requester.call_raw(
            LIST_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubInstallationsRepositoriesResource:
    """The operations of `cp.integrations.github.installations.repositories`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(
        self,
    ) -> IntegrationsGithubInstallationsRepositoriesWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return IntegrationsGithubInstallationsRepositoriesWithRawResponse(
            self._requester
        )

    def list(
        self,
        integration_id: UUID | str,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[GithubRepository]:
        """List Github Installation Repositories: `GET /v2/integrations/github/installations/{integration_id}/repositories`.

        List repositories available through a GitHub App installation.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            integration_id (UUID): GitHub integration ID.
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[GithubRepository]
        """
        return self._requester.paginate(
            LIST_GITHUB_INSTALLATION_REPOSITORIES,
            {
                "integration_id": integration_id,
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class IntegrationsGithubInstallationsRepositoriesWithRawResponse:
    """The operations of `cp.integrations.github.installations.repositories`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        integration_id: UUID | str,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GithubRepositoriesList]:
        """List Github Installation Repositories: `GET /v2/integrations/github/installations/{integration_id}/repositories`.

        List repositories available through a GitHub App installation.


        Args:
            integration_id (UUID): GitHub integration ID.
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[GithubRepositoriesList]
        """
        return self._requester.call_raw(
            LIST_GITHUB_INSTALLATION_REPOSITORIES,
            {
                "integration_id": integration_id,
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubInstallationsRepositoriesResource:
    """The operations of `cp.integrations.github.installations.repositories`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(
        self,
    ) -> AsyncIntegrationsGithubInstallationsRepositoriesWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncIntegrationsGithubInstallationsRepositoriesWithRawResponse(
            self._requester
        )

    def list(
        self,
        integration_id: UUID | str,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[GithubRepository]:
        """List Github Installation Repositories: `GET /v2/integrations/github/installations/{integration_id}/repositories`.

        List repositories available through a GitHub App installation.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (cursor paging).


        Args:
            integration_id (UUID): GitHub integration ID.
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[GithubRepository]
        """
        return self._requester.paginate(
            LIST_GITHUB_INSTALLATION_REPOSITORIES,
            {
                "integration_id": integration_id,
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncIntegrationsGithubInstallationsRepositoriesWithRawResponse:
    """The operations of `cp.integrations.github.installations.repositories`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        integration_id: UUID | str,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GithubRepositoriesList]:
        """List Github Installation Repositories: `GET /v2/integrations/github/installations/{integration_id}/repositories`.

        List repositories available through a GitHub App installation.


        Args:
            integration_id (UUID): GitHub integration ID.
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[GithubRepositoriesList]
        """
        return await self._requester.call_raw(
            LIST_GITHUB_INSTALLATION_REPOSITORIES,
            {
                "integration_id": integration_id,
                "page_size": page_size,
                "cursor": cursor,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
