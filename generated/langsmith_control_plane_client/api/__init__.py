"""Contains methods for accessing the API, and the resources that call them.

langsmith-control-plane's template: besides a module per operation, each tag is a resource
class, sync and async (`api/<resource>/__init__.py`), with one typed method per operation. A
resource performs nothing itself. It describes the call (an `Operation`) and hands it, with the
method's arguments, to a `Requester`, which the langsmith-control-plane wrapper implements:
arguments checked, credentials, timeouts, retries, typed errors. What a list operation returns
(`SyncPage`, `AsyncPager`) and a raw answer (`RawResponse`) are protocols here, implemented there.
"""

from __future__ import annotations

import functools
from collections.abc import (
    AsyncIterator,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    import httpx

    from .agent_connections import (
        AgentConnectionsResource,
        AsyncAgentConnectionsResource,
    )
    from .auth import AsyncAuthResource, AuthResource
    from .deployments import AsyncDeploymentsResource, DeploymentsResource
    from .integrations import AsyncIntegrationsResource, IntegrationsResource
    from .integrations_v1 import AsyncIntegrationsV1Resource, IntegrationsV1Resource
    from .listeners import AsyncListenersResource, ListenersResource

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

SECRET_FIELDS = frozenset(
    {
        "token",
        "client_secret",
        "code",
        "access_token",
        "refresh_token",
        "Secret.value",
    }
)
"""Fields whose values are secrets: a bare name in every model, `Model.field` in one."""


@frozen
class Param:
    """One argument of a resource method, and how a value of it is checked and sent."""

    keyword: str
    """The method's keyword (the generated function's name, with `_` added if it clashes with
    a per-call option: `timeout`, `extra_headers`)."""
    name: str
    """The argument's name in the generated function (`_get_kwargs`) or body model."""
    location: str
    """`path`, `query`, `header`, `cookie`, `body` (a field of the JSON body) or `payload`
    (the whole body)."""
    accepts: tuple[type, ...]
    """The types a value may have (besides `Unset` for an optional argument)."""
    required: bool
    secret: bool = False
    """Whether the value is a secret, never to be shown."""


@frozen
class Paging:
    """How a list operation's answers page, as the document shows it."""

    style: str
    """`offset` (an integer `offset`: the next page's; pages of `limit` items, a short page is
    the last), `cursor` (`next_cursor`) or `next_offset` (a string `next_offset`)."""
    items: str
    """The answer's field holding the page's items."""
    next: str
    """The answer's field saying where the next page starts."""
    param: str
    """The argument that sends it back."""
    limit: int = 0
    """`offset` style: the page size when the call gives no `limit` (the document's default)."""


@frozen
class RequestOptions:
    """A call's own options, beside its arguments."""

    timeout: float | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None


@frozen
class Operation(Generic[T]):
    """One operation of the document: what a resource method hands its `Requester`."""

    name: str
    method: str
    """Upper-case HTTP method."""
    path: str
    """The path template, as the document gives it."""
    params: tuple[Param, ...]
    success: tuple[int, ...]
    """The 2xx statuses the document lists."""
    request: Callable[[Mapping[str, Any]], dict[str, Any]]
    """Checked arguments, by `Param.name`, to the generated `_get_kwargs` description."""
    parse: Callable[[httpx.Response], T]
    """A success answer (its status one of `success`) to the return value."""
    summary: str = ""
    """The document's summary of the operation."""
    paging: Paging | None = None
    """How its answers page, for a list operation."""


class RawResponse(Protocol[T_co]):
    """An answer as it came (`with_raw_response`), and its parsed value on demand."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def content(self) -> bytes: ...
    def parse(self) -> T_co: ...


class SyncPage(Protocol[T_co]):
    """One page of a list; iterating it yields every item of this page and the next ones."""

    @property
    def items(self) -> Sequence[T_co]: ...
    def __iter__(self) -> Iterator[T_co]: ...
    def has_next_page(self) -> bool: ...
    def next_page(self) -> SyncPage[T_co]: ...
    @property
    def pages(self) -> Iterator[SyncPage[T_co]]: ...


class AsyncPage(Protocol[T_co]):
    """One page of a list; `async for` yields every item of this page and the next ones."""

    @property
    def items(self) -> Sequence[T_co]: ...
    def __aiter__(self) -> AsyncIterator[T_co]: ...
    def has_next_page(self) -> bool: ...
    async def next_page(self) -> AsyncPage[T_co]: ...
    @property
    def pages(self) -> AsyncIterator[AsyncPage[T_co]]: ...


class AsyncPager(Protocol[T_co]):
    """An async list call: await it for the first page, or `async for` over every item."""

    def __await__(self) -> Generator[Any, None, AsyncPage[T_co]]: ...
    def __aiter__(self) -> AsyncIterator[T_co]: ...


class Requester(Protocol):
    """What performs a synchronous resource's calls: the one road every call takes."""

    def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        options: RequestOptions,
    ) -> T: ...
    def call_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        options: RequestOptions,
    ) -> RawResponse[T]: ...
    def paginate(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: RequestOptions,
    ) -> SyncPage[Any]: ...


class AsyncRequester(Protocol):
    """What performs an asynchronous resource's calls: the one road every call takes."""

    async def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        options: RequestOptions,
    ) -> T: ...
    async def call_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        options: RequestOptions,
    ) -> RawResponse[T]: ...
    def paginate(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: RequestOptions,
    ) -> AsyncPager[Any]: ...


class Resources:
    """A synchronous client's resources, one attribute per tag, each loaded on first use."""

    _requester: Requester

    @functools.cached_property
    def agent_connections(self) -> AgentConnectionsResource:
        """The `agent_connections` resource: list, create, delete; nested: providers."""
        from .agent_connections import AgentConnectionsResource

        return AgentConnectionsResource(self._requester)

    @functools.cached_property
    def auth(self) -> AuthResource:
        """The `auth` resource: authenticate, wait_for_completion; nested: callback, platform_providers, providers, setup, token_events, tokens."""
        from .auth import AuthResource

        return AuthResource(self._requester)

    @functools.cached_property
    def deployments(self) -> DeploymentsResource:
        """The `deployments` resource: delete_many, list, create, free_count, delete, retrieve, update; nested: deployment_logs, deployment_tier, resource_tiers, revisions."""
        from .deployments import DeploymentsResource

        return DeploymentsResource(self._requester)

    @functools.cached_property
    def integrations(self) -> IntegrationsResource:
        """The `integrations` resource: ; nested: forge_github, github."""
        from .integrations import IntegrationsResource

        return IntegrationsResource(self._requester)

    @functools.cached_property
    def integrations_v1(self) -> IntegrationsV1Resource:
        """The `integrations_v1` resource: ; nested: forge, github."""
        from .integrations_v1 import IntegrationsV1Resource

        return IntegrationsV1Resource(self._requester)

    @functools.cached_property
    def listeners(self) -> ListenersResource:
        """The `listeners` resource: list, create, delete, retrieve, update."""
        from .listeners import ListenersResource

        return ListenersResource(self._requester)


class AsyncResources:
    """An asynchronous client's resources, one attribute per tag, each loaded on first use."""

    _requester: AsyncRequester

    @functools.cached_property
    def agent_connections(self) -> AsyncAgentConnectionsResource:
        """The `agent_connections` resource: list, create, delete; nested: providers."""
        from .agent_connections import AsyncAgentConnectionsResource

        return AsyncAgentConnectionsResource(self._requester)

    @functools.cached_property
    def auth(self) -> AsyncAuthResource:
        """The `auth` resource: authenticate, wait_for_completion; nested: callback, platform_providers, providers, setup, token_events, tokens."""
        from .auth import AsyncAuthResource

        return AsyncAuthResource(self._requester)

    @functools.cached_property
    def deployments(self) -> AsyncDeploymentsResource:
        """The `deployments` resource: delete_many, list, create, free_count, delete, retrieve, update; nested: deployment_logs, deployment_tier, resource_tiers, revisions."""
        from .deployments import AsyncDeploymentsResource

        return AsyncDeploymentsResource(self._requester)

    @functools.cached_property
    def integrations(self) -> AsyncIntegrationsResource:
        """The `integrations` resource: ; nested: forge_github, github."""
        from .integrations import AsyncIntegrationsResource

        return AsyncIntegrationsResource(self._requester)

    @functools.cached_property
    def integrations_v1(self) -> AsyncIntegrationsV1Resource:
        """The `integrations_v1` resource: ; nested: forge, github."""
        from .integrations_v1 import AsyncIntegrationsV1Resource

        return AsyncIntegrationsV1Resource(self._requester)

    @functools.cached_property
    def listeners(self) -> AsyncListenersResource:
        """The `listeners` resource: list, create, delete, retrieve, update."""
        from .listeners import AsyncListenersResource

        return AsyncListenersResource(self._requester)
