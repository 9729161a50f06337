"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from uuid import UUID

import httpx

from ...models.http_validation_error import HTTPValidationError
from ...models.listener import Listener
from ...models.listener_compute_config import ListenerComputeConfig
from ...models.listener_create_request import ListenerCreateRequest
from ...models.listener_patch_request import ListenerPatchRequest
from ...models.listeners_list import ListenersList
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
from . import create_listener as _create_listener
from . import delete_listener as _delete_listener
from . import get_listener as _get_listener
from . import list_listeners as _list_listeners
from . import patch_listener as _patch_listener

if TYPE_CHECKING:
    from ...models import Listener


def _request_list_listeners(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_listeners._get_kwargs(
        limit=a["limit"],
        offset=a["offset"],
    )


def _parse_list_listeners(response: httpx.Response) -> ListenersList:
    response_200 = ListenersList.from_dict(response.json())

    return response_200


LIST_LISTENERS: Operation[ListenersList] = Operation(
    name="list_listeners",
    method="GET",
    path="/v2/listeners",
    params=(
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="offset",
            name="offset",
            location="query",
            accepts=(int,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_listeners,
    parse=_parse_list_listeners,
    summary="List Listeners",
    paging=Paging(
        style="offset",
        items="resources",
        next="offset",
        param="offset",
        limit=20,
    ),
)


def _request_create_listener(a: Mapping[str, Any]) -> dict[str, Any]:
    return _create_listener._get_kwargs(
        body=ListenerCreateRequest(
            compute_type=a["compute_type"],
            compute_id=a["compute_id"],
            compute_config=a["compute_config"],
            version=a["version"],
        ),
    )


def _parse_create_listener(response: httpx.Response) -> Listener:
    response_201 = Listener.from_dict(response.json())

    return response_201


CREATE_LISTENER: Operation[Listener] = Operation(
    name="create_listener",
    method="POST",
    path="/v2/listeners",
    params=(
        Param(
            keyword="compute_type",
            name="compute_type",
            location="body",
            accepts=(object,),
            required=True,
        ),
        Param(
            keyword="compute_id",
            name="compute_id",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="compute_config",
            name="compute_config",
            location="body",
            accepts=(ListenerComputeConfig,),
            required=True,
        ),
        Param(
            keyword="version",
            name="version",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(201,),
    request=_request_create_listener,
    parse=_parse_create_listener,
    summary="Create Listener",
)


def _request_get_listener(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_listener._get_kwargs(
        listener_id=a["listener_id"],
    )


def _parse_get_listener(response: httpx.Response) -> Listener:
    response_200 = Listener.from_dict(response.json())

    return response_200


GET_LISTENER: Operation[Listener] = Operation(
    name="get_listener",
    method="GET",
    path="/v2/listeners/{listener_id}",
    params=(
        Param(
            keyword="listener_id",
            name="listener_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_listener,
    parse=_parse_get_listener,
    summary="Get Listener",
)


def _request_delete_listener(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_listener._get_kwargs(
        listener_id=a["listener_id"],
    )


def _parse_delete_listener(response: httpx.Response) -> None:
    return None


DELETE_LISTENER: Operation[None] = Operation(
    name="delete_listener",
    method="DELETE",
    path="/v2/listeners/{listener_id}",
    params=(
        Param(
            keyword="listener_id",
            name="listener_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(204,),
    request=_request_delete_listener,
    parse=_parse_delete_listener,
    summary="Delete Listener",
)


def _request_patch_listener(a: Mapping[str, Any]) -> dict[str, Any]:
    return _patch_listener._get_kwargs(
        listener_id=a["listener_id"],
        body=ListenerPatchRequest(
            version=a["version"],
            compute_config=a["compute_config"],
        ),
    )


def _parse_patch_listener(response: httpx.Response) -> Listener:
    response_200 = Listener.from_dict(response.json())

    return response_200


PATCH_LISTENER: Operation[Listener] = Operation(
    name="patch_listener",
    method="PATCH",
    path="/v2/listeners/{listener_id}",
    params=(
        Param(
            keyword="listener_id",
            name="listener_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="version",
            name="version",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="compute_config",
            name="compute_config",
            location="body",
            accepts=(
                ListenerComputeConfig,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_patch_listener,
    parse=_parse_patch_listener,
    summary="Patch Listener",
)


class ListenersResource:
    """The operations of `cp.listeners`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ListenersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return ListenersWithRawResponse(self._requester)

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Listener]:
        """List Listeners: `GET /v2/listeners`.

        List all listeners.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Listener]
        """
        return self._requester.paginate(
            LIST_LISTENERS,
            {
                "limit": limit,
                "offset": offset,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        compute_type: Literal["k8s"],
        compute_id: str,
        compute_config: ListenerComputeConfig,
        version: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Listener:
        """Create Listener: `POST /v2/listeners`.

        Create a listener.<br>
        <br>
        Creating a listener is only allowed for LangSmith organizations with self-hosted
        enterprise plans.


        Args:
            compute_type (Literal['k8s']): The compute type of the listener.<br><br>This cannot be
                changed (`PUT`) once the listener is created.
            compute_id (str): User assigned unique ID of the compute infrastructure for the
                listener.<br><br>For example, if `compute_type` is `k8s`, then the user may set
                this field to the Kubernetes cluster name. This cannot be changed (`PUT`) once
                the listener is created.
            compute_config (ListenerComputeConfig): Fields for a listener that are specific to
                `compute_type`.<br>
                <br>
                All fields are nullable, but are validated based on `compute_type`.
            version (None | str | Unset): The version of the listener.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Listener
        """
        return self._requester.call(
            CREATE_LISTENER,
            {
                "compute_type": compute_type,
                "compute_id": compute_id,
                "compute_config": compute_config,
                "version": version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Listener: `DELETE /v2/listeners/{listener_id}`.

        Delete a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return self._requester.call(
            DELETE_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Listener:
        """Get Listener: `GET /v2/listeners/{listener_id}`.

        Get a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Listener
        """
        return self._requester.call(
            GET_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        listener_id: UUID | str,
        *,
        version: None | str | Unset = UNSET,
        compute_config: ListenerComputeConfig | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Listener:
        """Patch Listener: `PATCH /v2/listeners/{listener_id}`.

        Patch a listener by ID.


        Args:
            listener_id (UUID):
            version (None | str | Unset): The version of the listener.
            compute_config (ListenerComputeConfig | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Listener
        """
        return self._requester.call(
            PATCH_LISTENER,
            {
                "listener_id": listener_id,
                "version": version,
                "compute_config": compute_config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class ListenersWithRawResponse:
    """The operations of `cp.listeners`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[ListenersList]:
        """List Listeners: `GET /v2/listeners`.

        List all listeners.


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[ListenersList]
        """
        return self._requester.call_raw(
            LIST_LISTENERS,
            {
                "limit": limit,
                "offset": offset,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        compute_type: Literal["k8s"],
        compute_id: str,
        compute_config: ListenerComputeConfig,
        version: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Listener]:
        """Create Listener: `POST /v2/listeners`.

        Create a listener.<br>
        <br>
        Creating a listener is only allowed for LangSmith organizations with self-hosted
        enterprise plans.


        Args:
            compute_type (Literal['k8s']): The compute type of the listener.<br><br>This cannot be
                changed (`PUT`) once the listener is created.
            compute_id (str): User assigned unique ID of the compute infrastructure for the
                listener.<br><br>For example, if `compute_type` is `k8s`, then the user may set
                this field to the Kubernetes cluster name. This cannot be changed (`PUT`) once
                the listener is created.
            compute_config (ListenerComputeConfig): Fields for a listener that are specific to
                `compute_type`.<br>
                <br>
                All fields are nullable, but are validated based on `compute_type`.
            version (None | str | Unset): The version of the listener.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Listener]
        """
        return self._requester.call_raw(
            CREATE_LISTENER,
            {
                "compute_type": compute_type,
                "compute_id": compute_id,
                "compute_config": compute_config,
                "version": version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Listener: `DELETE /v2/listeners/{listener_id}`.

        Delete a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return self._requester.call_raw(
            DELETE_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Listener]:
        """Get Listener: `GET /v2/listeners/{listener_id}`.

        Get a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Listener]
        """
        return self._requester.call_raw(
            GET_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        listener_id: UUID | str,
        *,
        version: None | str | Unset = UNSET,
        compute_config: ListenerComputeConfig | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Listener]:
        """Patch Listener: `PATCH /v2/listeners/{listener_id}`.

        Patch a listener by ID.


        Args:
            listener_id (UUID):
            version (None | str | Unset): The version of the listener.
            compute_config (ListenerComputeConfig | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Listener]
        """
        return self._requester.call_raw(
            PATCH_LISTENER,
            {
                "listener_id": listener_id,
                "version": version,
                "compute_config": compute_config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncListenersResource:
    """The operations of `cp.listeners`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncListenersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncListenersWithRawResponse(self._requester)

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Listener]:
        """List Listeners: `GET /v2/listeners`.

        List all listeners.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Listener]
        """
        return self._requester.paginate(
            LIST_LISTENERS,
            {
                "limit": limit,
                "offset": offset,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        compute_type: Literal["k8s"],
        compute_id: str,
        compute_config: ListenerComputeConfig,
        version: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Listener:
        """Create Listener: `POST /v2/listeners`.

        Create a listener.<br>
        <br>
        Creating a listener is only allowed for LangSmith organizations with self-hosted
        enterprise plans.


        Args:
            compute_type (Literal['k8s']): The compute type of the listener.<br><br>This cannot be
                changed (`PUT`) once the listener is created.
            compute_id (str): User assigned unique ID of the compute infrastructure for the
                listener.<br><br>For example, if `compute_type` is `k8s`, then the user may set
                this field to the Kubernetes cluster name. This cannot be changed (`PUT`) once
                the listener is created.
            compute_config (ListenerComputeConfig): Fields for a listener that are specific to
                `compute_type`.<br>
                <br>
                All fields are nullable, but are validated based on `compute_type`.
            version (None | str | Unset): The version of the listener.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Listener
        """
        return await self._requester.call(
            CREATE_LISTENER,
            {
                "compute_type": compute_type,
                "compute_id": compute_id,
                "compute_config": compute_config,
                "version": version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Listener: `DELETE /v2/listeners/{listener_id}`.

        Delete a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return await self._requester.call(
            DELETE_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Listener:
        """Get Listener: `GET /v2/listeners/{listener_id}`.

        Get a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Listener
        """
        return await self._requester.call(
            GET_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        listener_id: UUID | str,
        *,
        version: None | str | Unset = UNSET,
        compute_config: ListenerComputeConfig | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Listener:
        """Patch Listener: `PATCH /v2/listeners/{listener_id}`.

        Patch a listener by ID.


        Args:
            listener_id (UUID):
            version (None | str | Unset): The version of the listener.
            compute_config (ListenerComputeConfig | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Listener
        """
        return await self._requester.call(
            PATCH_LISTENER,
            {
                "listener_id": listener_id,
                "version": version,
                "compute_config": compute_config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncListenersWithRawResponse:
    """The operations of `cp.listeners`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[ListenersList]:
        """List Listeners: `GET /v2/listeners`.

        List all listeners.


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[ListenersList]
        """
        return await self._requester.call_raw(
            LIST_LISTENERS,
            {
                "limit": limit,
                "offset": offset,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        compute_type: Literal["k8s"],
        compute_id: str,
        compute_config: ListenerComputeConfig,
        version: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Listener]:
        """Create Listener: `POST /v2/listeners`.

        Create a listener.<br>
        <br>
        Creating a listener is only allowed for LangSmith organizations with self-hosted
        enterprise plans.


        Args:
            compute_type (Literal['k8s']): The compute type of the listener.<br><br>This cannot be
                changed (`PUT`) once the listener is created.
            compute_id (str): User assigned unique ID of the compute infrastructure for the
                listener.<br><br>For example, if `compute_type` is `k8s`, then the user may set
                this field to the Kubernetes cluster name. This cannot be changed (`PUT`) once
                the listener is created.
            compute_config (ListenerComputeConfig): Fields for a listener that are specific to
                `compute_type`.<br>
                <br>
                All fields are nullable, but are validated based on `compute_type`.
            version (None | str | Unset): The version of the listener.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Listener]
        """
        return await self._requester.call_raw(
            CREATE_LISTENER,
            {
                "compute_type": compute_type,
                "compute_id": compute_id,
                "compute_config": compute_config,
                "version": version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Listener: `DELETE /v2/listeners/{listener_id}`.

        Delete a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return await self._requester.call_raw(
            DELETE_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        listener_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Listener]:
        """Get Listener: `GET /v2/listeners/{listener_id}`.

        Get a listener by ID.


        Args:
            listener_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Listener]
        """
        return await self._requester.call_raw(
            GET_LISTENER,
            {
                "listener_id": listener_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        listener_id: UUID | str,
        *,
        version: None | str | Unset = UNSET,
        compute_config: ListenerComputeConfig | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Listener]:
        """Patch Listener: `PATCH /v2/listeners/{listener_id}`.

        Patch a listener by ID.


        Args:
            listener_id (UUID):
            version (None | str | Unset): The version of the listener.
            compute_config (ListenerComputeConfig | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Listener]
        """
        return await self._requester.call_raw(
            PATCH_LISTENER,
            {
                "listener_id": listener_id,
                "version": version,
                "compute_config": compute_config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
