"""Contains methods for accessing the API, and the resources that call them.

langsmith-control-plane's template: besides a module per operation, each tag is a resource
class, sync and async (`api/<resource>/__init__.py`), with one typed method per operation. A
resource performs nothing itself. It describes the call (an `Operation`) and hands it, with the
method's arguments, to a `Requester`, which the langsmith-control-plane wrapper implements:
arguments checked, credentials, timeouts, retries, typed errors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
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

SECRET_FIELDS = frozenset(
    {
        "token",
        "client_secret",
        "code",
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


class Requester(Protocol):
    """What performs a synchronous resource's calls."""

    def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        timeout: float | None,
        extra_headers: Mapping[str, str] | None,
    ) -> T: ...


class AsyncRequester(Protocol):
    """What performs an asynchronous resource's calls."""

    async def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        timeout: float | None,
        extra_headers: Mapping[str, str] | None,
    ) -> T: ...


class Resources:
    """A synchronous client's resources, one attribute per tag, each loaded on first use."""

    _requester: Requester

    @functools.cached_property
    def agent_connections(self) -> AgentConnectionsResource:
        """Operations: list_connections, create_connection, remove_connection,
        upsert_agent_provider_token."""
        from .agent_connections import AgentConnectionsResource

        return AgentConnectionsResource(self._requester)

    @functools.cached_property
    def auth(self) -> AuthResource:
        """Operations: authenticate, oauth_callback_get, oauth_callback, list_platform_oauth_providers,
        list_oauth_providers, create_oauth_provider, create_mcp_oauth_provider,
        get_oauth_provider, delete_oauth_provider, update_oauth_provider,
        oauth_setup_callback, list_token_events_for_user, list_oauth_tokens_for_user,
        delete_oauth_tokens_for_user, check_oauth_token_exists,
        check_oauth_tokens_exist_batch, import_oauth_token,
        revoke_all_slack_tokens_for_workspace, check_workspace_slack_tokens_exist,
        delete_single_oauth_token, update_token_label, wait_for_auth_completion."""
        from .auth import AuthResource

        return AuthResource(self._requester)

    @functools.cached_property
    def deployments(self) -> DeploymentsResource:
        """Operations: list_deployment_log_entries, list_deployments, create_deployment,
        delete_deployments, get_free_deployment_count, get_deployment,
        delete_deployment, patch_deployment, patch_deployment_tier,
        patch_deployment_resource_tiers, list_revisions, get_revision,
        list_revision_logs, redeploy_revision."""
        from .deployments import DeploymentsResource

        return DeploymentsResource(self._requester)

    @functools.cached_property
    def integrations(self) -> IntegrationsResource:
        """Operations: get_forge_github_install_link_endpoint, list_forge_github_installations,
        get_engine_picker_session_endpoint, create_engine_picker_session_selection,
        get_github_install_link_endpoint, list_github_installations,
        list_github_installation_repositories."""
        from .integrations import IntegrationsResource

        return IntegrationsResource(self._requester)

    @functools.cached_property
    def integrations_v1(self) -> IntegrationsV1Resource:
        """Operations: list_forge_github_integrations, list_forge_github_repositories,
        list_github_integrations, list_github_repositories."""
        from .integrations_v1 import IntegrationsV1Resource

        return IntegrationsV1Resource(self._requester)

    @functools.cached_property
    def listeners(self) -> ListenersResource:
        """Operations: list_listeners, create_listener, get_listener, delete_listener, patch_listener."""
        from .listeners import ListenersResource

        return ListenersResource(self._requester)


class AsyncResources:
    """An asynchronous client's resources, one attribute per tag, each loaded on first use."""

    _requester: AsyncRequester

    @functools.cached_property
    def agent_connections(self) -> AsyncAgentConnectionsResource:
        """Operations: list_connections, create_connection, remove_connection,
        upsert_agent_provider_token."""
        from .agent_connections import AsyncAgentConnectionsResource

        return AsyncAgentConnectionsResource(self._requester)

    @functools.cached_property
    def auth(self) -> AsyncAuthResource:
        """Operations: authenticate, oauth_callback_get, oauth_callback, list_platform_oauth_providers,
        list_oauth_providers, create_oauth_provider, create_mcp_oauth_provider,
        get_oauth_provider, delete_oauth_provider, update_oauth_provider,
        oauth_setup_callback, list_token_events_for_user, list_oauth_tokens_for_user,
        delete_oauth_tokens_for_user, check_oauth_token_exists,
        check_oauth_tokens_exist_batch, import_oauth_token,
        revoke_all_slack_tokens_for_workspace, check_workspace_slack_tokens_exist,
        delete_single_oauth_token, update_token_label, wait_for_auth_completion."""
        from .auth import AsyncAuthResource

        return AsyncAuthResource(self._requester)

    @functools.cached_property
    def deployments(self) -> AsyncDeploymentsResource:
        """Operations: list_deployment_log_entries, list_deployments, create_deployment,
        delete_deployments, get_free_deployment_count, get_deployment,
        delete_deployment, patch_deployment, patch_deployment_tier,
        patch_deployment_resource_tiers, list_revisions, get_revision,
        list_revision_logs, redeploy_revision."""
        from .deployments import AsyncDeploymentsResource

        return AsyncDeploymentsResource(self._requester)

    @functools.cached_property
    def integrations(self) -> AsyncIntegrationsResource:
        """Operations: get_forge_github_install_link_endpoint, list_forge_github_installations,
        get_engine_picker_session_endpoint, create_engine_picker_session_selection,
        get_github_install_link_endpoint, list_github_installations,
        list_github_installation_repositories."""
        from .integrations import AsyncIntegrationsResource

        return AsyncIntegrationsResource(self._requester)

    @functools.cached_property
    def integrations_v1(self) -> AsyncIntegrationsV1Resource:
        """Operations: list_forge_github_integrations, list_forge_github_repositories,
        list_github_integrations, list_github_repositories."""
        from .integrations_v1 import AsyncIntegrationsV1Resource

        return AsyncIntegrationsV1Resource(self._requester)

    @functools.cached_property
    def listeners(self) -> AsyncListenersResource:
        """Operations: list_listeners, create_listener, get_listener, delete_listener, patch_listener."""
        from .listeners import AsyncListenersResource

        return AsyncListenersResource(self._requester)
