"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast
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
from .. import AsyncRequester, Operation, Param, Requester
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
)


class IntegrationsResource:
    """The operations of the `integrations` resource.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get_forge_github_install_link_endpoint(
        self,
        *,
        body: GithubInstallLinkRequest | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EngineInstallLink:
        """Get Forge Github Install Link Endpoint: `POST /v2/integrations/forge-github/installation-link`.

        Create a Forge GitHub App installation link.


        Args:
            body (GithubInstallLinkRequest | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            EngineInstallLink
        """
        return self._requester.call(
            GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_forge_github_installations(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ForgeGithubInstallationsList:
        """List Forge Github Installations: `GET /v2/integrations/forge-github/installations`.

        List Forge GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            ForgeGithubInstallationsList
        """
        return self._requester.call(
            LIST_FORGE_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_engine_picker_session_endpoint(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EnginePickerSessionResponse:
        """Get Engine Picker Session Endpoint: `GET /v2/integrations/forge-github/picker-sessions/{session_id}`.

        Get a Forge GitHub App installation picker session.


        Args:
            session_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            EnginePickerSessionResponse
        """
        return self._requester.call(
            GET_ENGINE_PICKER_SESSION_ENDPOINT,
            {
                "session_id": session_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_engine_picker_session_selection(
        self,
        session_id: str,
        *,
        action: ForgeGithubPickerSelectionRequestAction,
        installation_id: int | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_github_install_link_endpoint(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GithubInstallLink:
        """Get Github Install Link Endpoint: `POST /v2/integrations/github/installation-link`.

        Create a GitHub App installation link.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            GithubInstallLink
        """
        return self._requester.call(
            GET_GITHUB_INSTALL_LINK_ENDPOINT,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_github_installations(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GithubInstallationsList:
        """List Github Installations: `GET /v2/integrations/github/installations`.

        List GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            GithubInstallationsList
        """
        return self._requester.call(
            LIST_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_github_installation_repositories(
        self,
        integration_id: UUID | str,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GithubRepositoriesList:
        """List Github Installation Repositories: `GET /v2/integrations/github/installations/{integration_id}/repositories`.

        List repositories available through a GitHub App installation.


        Args:
            integration_id (UUID): GitHub integration ID.
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            GithubRepositoriesList
        """
        return self._requester.call(
            LIST_GITHUB_INSTALLATION_REPOSITORIES,
            {
                "integration_id": integration_id,
                "page_size": page_size,
                "cursor": cursor,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncIntegrationsResource:
    """The operations of the `integrations` resource, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get_forge_github_install_link_endpoint(
        self,
        *,
        body: GithubInstallLinkRequest | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EngineInstallLink:
        """Get Forge Github Install Link Endpoint: `POST /v2/integrations/forge-github/installation-link`.

        Create a Forge GitHub App installation link.


        Args:
            body (GithubInstallLinkRequest | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            EngineInstallLink
        """
        return await self._requester.call(
            GET_FORGE_GITHUB_INSTALL_LINK_ENDPOINT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_forge_github_installations(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ForgeGithubInstallationsList:
        """List Forge Github Installations: `GET /v2/integrations/forge-github/installations`.

        List Forge GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            ForgeGithubInstallationsList
        """
        return await self._requester.call(
            LIST_FORGE_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_engine_picker_session_endpoint(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EnginePickerSessionResponse:
        """Get Engine Picker Session Endpoint: `GET /v2/integrations/forge-github/picker-sessions/{session_id}`.

        Get a Forge GitHub App installation picker session.


        Args:
            session_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            EnginePickerSessionResponse
        """
        return await self._requester.call(
            GET_ENGINE_PICKER_SESSION_ENDPOINT,
            {
                "session_id": session_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_engine_picker_session_selection(
        self,
        session_id: str,
        *,
        action: ForgeGithubPickerSelectionRequestAction,
        installation_id: int | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_github_install_link_endpoint(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GithubInstallLink:
        """Get Github Install Link Endpoint: `POST /v2/integrations/github/installation-link`.

        Create a GitHub App installation link.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            GithubInstallLink
        """
        return await self._requester.call(
            GET_GITHUB_INSTALL_LINK_ENDPOINT,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_github_installations(
        self,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GithubInstallationsList:
        """List Github Installations: `GET /v2/integrations/github/installations`.

        List GitHub App installations available to the workspace.


        Args:
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            GithubInstallationsList
        """
        return await self._requester.call(
            LIST_GITHUB_INSTALLATIONS,
            {
                "page_size": page_size,
                "cursor": cursor,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_github_installation_repositories(
        self,
        integration_id: UUID | str,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GithubRepositoriesList:
        """List Github Installation Repositories: `GET /v2/integrations/github/installations/{integration_id}/repositories`.

        List repositories available through a GitHub App installation.


        Args:
            integration_id (UUID): GitHub integration ID.
            page_size (int | Unset): Maximum number of resources to return. Default: 20.
            cursor (None | str | Unset): Opaque cursor returned by the previous page.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            GithubRepositoriesList
        """
        return await self._requester.call(
            LIST_GITHUB_INSTALLATION_REPOSITORIES,
            {
                "integration_id": integration_id,
                "page_size": page_size,
                "cursor": cursor,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )
