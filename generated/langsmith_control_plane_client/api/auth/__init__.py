"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.auth_authenticate_request import AuthAuthenticateRequest
from ...models.auth_authenticate_response import AuthAuthenticateResponse
from ...models.auth_wait_response import AuthWaitResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.mcpo_auth_provider_create_request import MCPOAuthProviderCreateRequest
from ...models.o_auth_finalize_request import OAuthFinalizeRequest
from ...models.o_auth_provider_create_request import OAuthProviderCreateRequest
from ...models.o_auth_provider_create_request_authorization_params import (
    OAuthProviderCreateRequestAuthorizationParams,
)
from ...models.o_auth_provider_create_request_provider_type_type_0 import (
    OAuthProviderCreateRequestProviderTypeType0,
)
from ...models.o_auth_provider_create_request_token_endpoint_auth_method import (
    OAuthProviderCreateRequestTokenEndpointAuthMethod,
)
from ...models.o_auth_provider_response import OAuthProviderResponse
from ...models.o_auth_provider_update_request import OAuthProviderUpdateRequest
from ...models.o_auth_provider_update_request_authorization_params_type_0 import (
    OAuthProviderUpdateRequestAuthorizationParamsType0,
)
from ...models.o_auth_token_import_request import OAuthTokenImportRequest
from ...models.o_auth_token_import_request_metadata_type_0 import (
    OAuthTokenImportRequestMetadataType0,
)
from ...models.o_auth_token_import_response import OAuthTokenImportResponse
from ...models.o_auth_token_status_batch_request import OAuthTokenStatusBatchRequest
from ...models.o_auth_token_status_batch_response import OAuthTokenStatusBatchResponse
from ...models.o_auth_token_status_response import OAuthTokenStatusResponse
from ...models.o_auth_token_summary import OAuthTokenSummary
from ...models.o_auth_token_update_request import OAuthTokenUpdateRequest
from ...models.token_event_summary import TokenEventSummary
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
from . import authenticate as _authenticate
from . import check_oauth_token_exists as _check_oauth_token_exists
from . import check_oauth_tokens_exist_batch as _check_oauth_tokens_exist_batch
from . import check_workspace_slack_tokens_exist as _check_workspace_slack_tokens_exist
from . import create_mcp_oauth_provider as _create_mcp_oauth_provider
from . import create_oauth_provider as _create_oauth_provider
from . import delete_oauth_provider as _delete_oauth_provider
from . import delete_oauth_tokens_for_user as _delete_oauth_tokens_for_user
from . import delete_single_oauth_token as _delete_single_oauth_token
from . import get_oauth_provider as _get_oauth_provider
from . import import_oauth_token as _import_oauth_token
from . import list_oauth_providers as _list_oauth_providers
from . import list_oauth_tokens_for_user as _list_oauth_tokens_for_user
from . import list_platform_oauth_providers as _list_platform_oauth_providers
from . import list_token_events_for_user as _list_token_events_for_user
from . import oauth_callback as _oauth_callback
from . import oauth_callback_get as _oauth_callback_get
from . import oauth_setup_callback as _oauth_setup_callback
from . import (
    revoke_all_slack_tokens_for_workspace as _revoke_all_slack_tokens_for_workspace,
)
from . import update_oauth_provider as _update_oauth_provider
from . import update_token_label as _update_token_label
from . import wait_for_auth_completion as _wait_for_auth_completion


def _request_authenticate(a: Mapping[str, Any]) -> dict[str, Any]:
    return _authenticate._get_kwargs(
        body=AuthAuthenticateRequest(
            provider=a["provider"],
            scopes=a["scopes"],
            user_id=a["user_id"],
            ls_user_id=a["ls_user_id"],
            agent_id=a["agent_id"],
            use_agent_builder_public_oauth=a["use_agent_builder_public_oauth"],
            force_new=a["force_new"],
            token_id=a["token_id"],
            redirect_uri=a["redirect_uri"],
            is_default=a["is_default"],
            check_only=a["check_only"],
        ),
    )


def _parse_authenticate(response: httpx.Response) -> AuthAuthenticateResponse:
    response_200 = AuthAuthenticateResponse.from_dict(response.json())

    return response_200


AUTHENTICATE: Operation[AuthAuthenticateResponse] = Operation(
    name="authenticate",
    method="POST",
    path="/v2/auth/authenticate",
    params=(
        Param(
            keyword="provider",
            name="provider",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="scopes",
            name="scopes",
            location="body",
            accepts=(list,),
            required=True,
        ),
        Param(
            keyword="user_id",
            name="user_id",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="ls_user_id",
            name="ls_user_id",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="agent_id",
            name="agent_id",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="use_agent_builder_public_oauth",
            name="use_agent_builder_public_oauth",
            location="body",
            accepts=(bool,),
            required=False,
        ),
        Param(
            keyword="force_new",
            name="force_new",
            location="body",
            accepts=(bool,),
            required=False,
        ),
        Param(
            keyword="token_id",
            name="token_id",
            location="body",
            accepts=(
                UUID,
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="redirect_uri",
            name="redirect_uri",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="is_default",
            name="is_default",
            location="body",
            accepts=(bool,),
            required=False,
        ),
        Param(
            keyword="check_only",
            name="check_only",
            location="body",
            accepts=(bool,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_authenticate,
    parse=_parse_authenticate,
    summary="Authenticate",
)


def _request_oauth_callback_get(a: Mapping[str, Any]) -> dict[str, Any]:
    return _oauth_callback_get._get_kwargs(
        provider_id=a["provider_id"],
        code=a["code"],
        state=a["state"],
        error=a["error"],
        error_description=a["error_description"],
    )


def _parse_oauth_callback_get(response: httpx.Response) -> Any:
    return cast(Any, response.json())


OAUTH_CALLBACK_GET: Operation[Any] = Operation(
    name="oauth_callback_get",
    method="GET",
    path="/v2/auth/callback/{provider_id}",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="code",
            name="code",
            location="query",
            accepts=(str,),
            required=False,
            secret=True,
        ),
        Param(
            keyword="state",
            name="state",
            location="query",
            accepts=(str,),
            required=False,
        ),
        Param(
            keyword="error",
            name="error",
            location="query",
            accepts=(str,),
            required=False,
        ),
        Param(
            keyword="error_description",
            name="error_description",
            location="query",
            accepts=(str,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_oauth_callback_get,
    parse=_parse_oauth_callback_get,
    summary="Oauth Callback Get",
)


def _request_oauth_callback(a: Mapping[str, Any]) -> dict[str, Any]:
    return _oauth_callback._get_kwargs(
        provider_id=a["provider_id"],
        body=OAuthFinalizeRequest(
            code=a["code"],
            state=a["state"],
        ),
    )


def _parse_oauth_callback(response: httpx.Response) -> Any:
    return cast(Any, response.json())


OAUTH_CALLBACK: Operation[Any] = Operation(
    name="oauth_callback",
    method="POST",
    path="/v2/auth/callback/{provider_id}",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="code",
            name="code",
            location="body",
            accepts=(str,),
            required=True,
            secret=True,
        ),
        Param(
            keyword="state",
            name="state",
            location="body",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_oauth_callback,
    parse=_parse_oauth_callback,
    summary="Oauth Callback",
)


def _request_list_platform_oauth_providers(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_platform_oauth_providers._get_kwargs()


def _parse_list_platform_oauth_providers(
    response: httpx.Response,
) -> list[OAuthProviderResponse]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = OAuthProviderResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_PLATFORM_OAUTH_PROVIDERS: Operation[list[OAuthProviderResponse]] = Operation(
    name="list_platform_oauth_providers",
    method="GET",
    path="/v2/auth/platform-providers",
    params=(),
    success=(200,),
    request=_request_list_platform_oauth_providers,
    parse=_parse_list_platform_oauth_providers,
    summary="List Platform Oauth Providers",
)


def _request_list_oauth_providers(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_oauth_providers._get_kwargs()


def _parse_list_oauth_providers(
    response: httpx.Response,
) -> list[OAuthProviderResponse]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = OAuthProviderResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_OAUTH_PROVIDERS: Operation[list[OAuthProviderResponse]] = Operation(
    name="list_oauth_providers",
    method="GET",
    path="/v2/auth/providers",
    params=(),
    success=(200,),
    request=_request_list_oauth_providers,
    parse=_parse_list_oauth_providers,
    summary="List Oauth Providers",
)


def _request_create_oauth_provider(a: Mapping[str, Any]) -> dict[str, Any]:
    return _create_oauth_provider._get_kwargs(
        body=OAuthProviderCreateRequest(
            provider_id=a["provider_id"],
            name=a["name"],
            client_id=a["client_id"],
            auth_url=a["auth_url"],
            token_url=a["token_url"],
            client_secret=a["client_secret"],
            uses_pkce=a["uses_pkce"],
            code_challenge_method=a["code_challenge_method"],
            provider_type=a["provider_type"],
            token_endpoint_auth_method=a["token_endpoint_auth_method"],
            authorization_params=a["authorization_params"],
            allowed_redirect_uris=a["allowed_redirect_uris"],
        ),
    )


def _parse_create_oauth_provider(response: httpx.Response) -> OAuthProviderResponse:
    response_200 = OAuthProviderResponse.from_dict(response.json())

    return response_200


CREATE_OAUTH_PROVIDER: Operation[OAuthProviderResponse] = Operation(
    name="create_oauth_provider",
    method="POST",
    path="/v2/auth/providers",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="name",
            name="name",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="client_id",
            name="client_id",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="auth_url",
            name="auth_url",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="token_url",
            name="token_url",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="client_secret",
            name="client_secret",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
            secret=True,
        ),
        Param(
            keyword="uses_pkce",
            name="uses_pkce",
            location="body",
            accepts=(bool,),
            required=False,
        ),
        Param(
            keyword="code_challenge_method",
            name="code_challenge_method",
            location="body",
            accepts=(str,),
            required=False,
        ),
        Param(
            keyword="provider_type",
            name="provider_type",
            location="body",
            accepts=(
                OAuthProviderCreateRequestProviderTypeType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="token_endpoint_auth_method",
            name="token_endpoint_auth_method",
            location="body",
            accepts=(OAuthProviderCreateRequestTokenEndpointAuthMethod,),
            required=False,
        ),
        Param(
            keyword="authorization_params",
            name="authorization_params",
            location="body",
            accepts=(OAuthProviderCreateRequestAuthorizationParams,),
            required=False,
        ),
        Param(
            keyword="allowed_redirect_uris",
            name="allowed_redirect_uris",
            location="body",
            accepts=(list,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_create_oauth_provider,
    parse=_parse_create_oauth_provider,
    summary="Create Oauth Provider",
)


def _request_create_mcp_oauth_provider(a: Mapping[str, Any]) -> dict[str, Any]:
    return _create_mcp_oauth_provider._get_kwargs(
        body=MCPOAuthProviderCreateRequest(
            provider_id=a["provider_id"],
            name=a["name"],
            mcp_server_url=a["mcp_server_url"],
        ),
    )


def _parse_create_mcp_oauth_provider(response: httpx.Response) -> OAuthProviderResponse:
    response_200 = OAuthProviderResponse.from_dict(response.json())

    return response_200


CREATE_MCP_OAUTH_PROVIDER: Operation[OAuthProviderResponse] = Operation(
    name="create_mcp_oauth_provider",
    method="POST",
    path="/v2/auth/providers/mcp-discover",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="name",
            name="name",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="mcp_server_url",
            name="mcp_server_url",
            location="body",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_create_mcp_oauth_provider,
    parse=_parse_create_mcp_oauth_provider,
    summary="Create Mcp Oauth Provider",
)


def _request_get_oauth_provider(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_oauth_provider._get_kwargs(
        provider_id=a["provider_id"],
    )


def _parse_get_oauth_provider(response: httpx.Response) -> OAuthProviderResponse:
    response_200 = OAuthProviderResponse.from_dict(response.json())

    return response_200


GET_OAUTH_PROVIDER: Operation[OAuthProviderResponse] = Operation(
    name="get_oauth_provider",
    method="GET",
    path="/v2/auth/providers/{provider_id}",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_oauth_provider,
    parse=_parse_get_oauth_provider,
    summary="Get Oauth Provider",
)


def _request_delete_oauth_provider(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_oauth_provider._get_kwargs(
        provider_id=a["provider_id"],
    )


def _parse_delete_oauth_provider(response: httpx.Response) -> Any:
    return cast(Any, response.json())


DELETE_OAUTH_PROVIDER: Operation[Any] = Operation(
    name="delete_oauth_provider",
    method="DELETE",
    path="/v2/auth/providers/{provider_id}",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_delete_oauth_provider,
    parse=_parse_delete_oauth_provider,
    summary="Delete Oauth Provider",
)


def _request_update_oauth_provider(a: Mapping[str, Any]) -> dict[str, Any]:
    return _update_oauth_provider._get_kwargs(
        provider_id=a["provider_id"],
        body=OAuthProviderUpdateRequest(
            name=a["name"],
            client_id=a["client_id"],
            client_secret=a["client_secret"],
            auth_url=a["auth_url"],
            token_url=a["token_url"],
            uses_pkce=a["uses_pkce"],
            code_challenge_method=a["code_challenge_method"],
            authorization_params=a["authorization_params"],
            allowed_redirect_uris=a["allowed_redirect_uris"],
        ),
    )


def _parse_update_oauth_provider(response: httpx.Response) -> OAuthProviderResponse:
    response_200 = OAuthProviderResponse.from_dict(response.json())

    return response_200


UPDATE_OAUTH_PROVIDER: Operation[OAuthProviderResponse] = Operation(
    name="update_oauth_provider",
    method="PATCH",
    path="/v2/auth/providers/{provider_id}",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="name",
            name="name",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="client_id",
            name="client_id",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="client_secret",
            name="client_secret",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
            secret=True,
        ),
        Param(
            keyword="auth_url",
            name="auth_url",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="token_url",
            name="token_url",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="uses_pkce",
            name="uses_pkce",
            location="body",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="code_challenge_method",
            name="code_challenge_method",
            location="body",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="authorization_params",
            name="authorization_params",
            location="body",
            accepts=(
                OAuthProviderUpdateRequestAuthorizationParamsType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="allowed_redirect_uris",
            name="allowed_redirect_uris",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_update_oauth_provider,
    parse=_parse_update_oauth_provider,
    summary="Update Oauth Provider",
)


def _request_oauth_setup_callback(a: Mapping[str, Any]) -> dict[str, Any]:
    return _oauth_setup_callback._get_kwargs(
        provider_id=a["provider_id"],
        code=a["code"],
        state=a["state"],
        setup_action=a["setup_action"],
        installation_id=a["installation_id"],
        error=a["error"],
        error_description=a["error_description"],
    )


def _parse_oauth_setup_callback(response: httpx.Response) -> Any:
    return cast(Any, response.json())


OAUTH_SETUP_CALLBACK: Operation[Any] = Operation(
    name="oauth_setup_callback",
    method="GET",
    path="/v2/auth/setup/{provider_id}",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="code",
            name="code",
            location="query",
            accepts=(str,),
            required=False,
            secret=True,
        ),
        Param(
            keyword="state",
            name="state",
            location="query",
            accepts=(str,),
            required=False,
        ),
        Param(
            keyword="setup_action",
            name="setup_action",
            location="query",
            accepts=(str,),
            required=False,
        ),
        Param(
            keyword="installation_id",
            name="installation_id",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="error",
            name="error",
            location="query",
            accepts=(str,),
            required=False,
        ),
        Param(
            keyword="error_description",
            name="error_description",
            location="query",
            accepts=(str,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_oauth_setup_callback,
    parse=_parse_oauth_setup_callback,
    summary="Oauth Setup Callback",
)


def _request_list_token_events_for_user(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_token_events_for_user._get_kwargs(
        provider_id=a["provider_id"],
        limit=a["limit"],
    )


def _parse_list_token_events_for_user(
    response: httpx.Response,
) -> list[TokenEventSummary]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = TokenEventSummary.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_TOKEN_EVENTS_FOR_USER: Operation[list[TokenEventSummary]] = Operation(
    name="list_token_events_for_user",
    method="GET",
    path="/v2/auth/token-events",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_token_events_for_user,
    parse=_parse_list_token_events_for_user,
    summary="List Token Events For User",
)


def _request_list_oauth_tokens_for_user(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_oauth_tokens_for_user._get_kwargs(
        provider_id=a["provider_id"],
    )


def _parse_list_oauth_tokens_for_user(
    response: httpx.Response,
) -> list[OAuthTokenSummary]:
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = OAuthTokenSummary.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


LIST_OAUTH_TOKENS_FOR_USER: Operation[list[OAuthTokenSummary]] = Operation(
    name="list_oauth_tokens_for_user",
    method="GET",
    path="/v2/auth/tokens",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_oauth_tokens_for_user,
    parse=_parse_list_oauth_tokens_for_user,
    summary="List Oauth Tokens For User",
)


def _request_delete_oauth_tokens_for_user(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_oauth_tokens_for_user._get_kwargs(
        provider_id=a["provider_id"],
    )


def _parse_delete_oauth_tokens_for_user(response: httpx.Response) -> Any:
    return cast(Any, response.json())


DELETE_OAUTH_TOKENS_FOR_USER: Operation[Any] = Operation(
    name="delete_oauth_tokens_for_user",
    method="DELETE",
    path="/v2/auth/tokens",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="query",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_delete_oauth_tokens_for_user,
    parse=_parse_delete_oauth_tokens_for_user,
    summary="Delete Oauth Tokens For User",
)


def _request_check_oauth_token_exists(a: Mapping[str, Any]) -> dict[str, Any]:
    return _check_oauth_token_exists._get_kwargs(
        provider_id=a["provider_id"],
    )


def _parse_check_oauth_token_exists(
    response: httpx.Response,
) -> OAuthTokenStatusResponse:
    response_200 = OAuthTokenStatusResponse.from_dict(response.json())

    return response_200


CHECK_OAUTH_TOKEN_EXISTS: Operation[OAuthTokenStatusResponse] = Operation(
    name="check_oauth_token_exists",
    method="GET",
    path="/v2/auth/tokens/exists",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="query",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_check_oauth_token_exists,
    parse=_parse_check_oauth_token_exists,
    summary="Check Oauth Token Exists",
)


def _request_check_oauth_tokens_exist_batch(a: Mapping[str, Any]) -> dict[str, Any]:
    return _check_oauth_tokens_exist_batch._get_kwargs(
        body=OAuthTokenStatusBatchRequest(
            provider_ids=a["provider_ids"],
        ),
    )


def _parse_check_oauth_tokens_exist_batch(
    response: httpx.Response,
) -> OAuthTokenStatusBatchResponse:
    response_200 = OAuthTokenStatusBatchResponse.from_dict(response.json())

    return response_200


CHECK_OAUTH_TOKENS_EXIST_BATCH: Operation[OAuthTokenStatusBatchResponse] = Operation(
    name="check_oauth_tokens_exist_batch",
    method="POST",
    path="/v2/auth/tokens/exists/batch",
    params=(
        Param(
            keyword="provider_ids",
            name="provider_ids",
            location="body",
            accepts=(list,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_check_oauth_tokens_exist_batch,
    parse=_parse_check_oauth_tokens_exist_batch,
    summary="Check Oauth Tokens Exist Batch",
)


def _request_import_oauth_token(a: Mapping[str, Any]) -> dict[str, Any]:
    return _import_oauth_token._get_kwargs(
        body=OAuthTokenImportRequest(
            provider_id=a["provider_id"],
            access_token=a["access_token"],
            refresh_token=a["refresh_token"],
            expires_in_seconds=a["expires_in_seconds"],
            scopes=a["scopes"],
            metadata=a["metadata"],
            is_default=a["is_default"],
        ),
    )


def _parse_import_oauth_token(response: httpx.Response) -> OAuthTokenImportResponse:
    response_200 = OAuthTokenImportResponse.from_dict(response.json())

    return response_200


IMPORT_OAUTH_TOKEN: Operation[OAuthTokenImportResponse] = Operation(
    name="import_oauth_token",
    method="POST",
    path="/v2/auth/tokens/import",
    params=(
        Param(
            keyword="provider_id",
            name="provider_id",
            location="body",
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
            keyword="metadata",
            name="metadata",
            location="body",
            accepts=(
                OAuthTokenImportRequestMetadataType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="is_default",
            name="is_default",
            location="body",
            accepts=(bool,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_import_oauth_token,
    parse=_parse_import_oauth_token,
    summary="Import Oauth Token",
)


def _request_revoke_all_slack_tokens_for_workspace(
    a: Mapping[str, Any],
) -> dict[str, Any]:
    return _revoke_all_slack_tokens_for_workspace._get_kwargs()


def _parse_revoke_all_slack_tokens_for_workspace(response: httpx.Response) -> Any:
    return cast(Any, response.json())


REVOKE_ALL_SLACK_TOKENS_FOR_WORKSPACE: Operation[Any] = Operation(
    name="revoke_all_slack_tokens_for_workspace",
    method="DELETE",
    path="/v2/auth/tokens/workspace/slack",
    params=(),
    success=(200,),
    request=_request_revoke_all_slack_tokens_for_workspace,
    parse=_parse_revoke_all_slack_tokens_for_workspace,
    summary="Revoke All Slack Tokens For Workspace",
)


def _request_check_workspace_slack_tokens_exist(a: Mapping[str, Any]) -> dict[str, Any]:
    return _check_workspace_slack_tokens_exist._get_kwargs()


def _parse_check_workspace_slack_tokens_exist(
    response: httpx.Response,
) -> OAuthTokenStatusResponse:
    response_200 = OAuthTokenStatusResponse.from_dict(response.json())

    return response_200


CHECK_WORKSPACE_SLACK_TOKENS_EXIST: Operation[OAuthTokenStatusResponse] = Operation(
    name="check_workspace_slack_tokens_exist",
    method="GET",
    path="/v2/auth/tokens/workspace/slack/exists",
    params=(),
    success=(200,),
    request=_request_check_workspace_slack_tokens_exist,
    parse=_parse_check_workspace_slack_tokens_exist,
    summary="Check Workspace Slack Tokens Exist",
)


def _request_delete_single_oauth_token(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_single_oauth_token._get_kwargs(
        token_id=a["token_id"],
    )


def _parse_delete_single_oauth_token(response: httpx.Response) -> None:
    return None


DELETE_SINGLE_OAUTH_TOKEN: Operation[None] = Operation(
    name="delete_single_oauth_token",
    method="DELETE",
    path="/v2/auth/tokens/{token_id}",
    params=(
        Param(
            keyword="token_id",
            name="token_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
    ),
    success=(204,),
    request=_request_delete_single_oauth_token,
    parse=_parse_delete_single_oauth_token,
    summary="Delete Single Oauth Token",
)


def _request_update_token_label(a: Mapping[str, Any]) -> dict[str, Any]:
    return _update_token_label._get_kwargs(
        token_id=a["token_id"],
        body=OAuthTokenUpdateRequest(
            provider_account_label=a["provider_account_label"],
            is_default=a["is_default"],
        ),
    )


def _parse_update_token_label(response: httpx.Response) -> OAuthTokenSummary:
    response_200 = OAuthTokenSummary.from_dict(response.json())

    return response_200


UPDATE_TOKEN_LABEL: Operation[OAuthTokenSummary] = Operation(
    name="update_token_label",
    method="PATCH",
    path="/v2/auth/tokens/{token_id}/metadata",
    params=(
        Param(
            keyword="token_id",
            name="token_id",
            location="path",
            accepts=(str,),
            required=True,
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
            keyword="is_default",
            name="is_default",
            location="body",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_update_token_label,
    parse=_parse_update_token_label,
    summary="Update Token Label",
)


def _request_wait_for_auth_completion(a: Mapping[str, Any]) -> dict[str, Any]:
    return _wait_for_auth_completion._get_kwargs(
        auth_id=a["auth_id"],
        timeout=a["timeout"],
    )


def _parse_wait_for_auth_completion(response: httpx.Response) -> AuthWaitResponse:
    response_200 = AuthWaitResponse.from_dict(response.json())

    return response_200


WAIT_FOR_AUTH_COMPLETION: Operation[AuthWaitResponse] = Operation(
    name="wait_for_auth_completion",
    method="GET",
    path="/v2/auth/wait/{auth_id}",
    params=(
        Param(
            keyword="auth_id",
            name="auth_id",
            location="path",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="timeout_",
            name="timeout",
            location="query",
            accepts=(int,),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_wait_for_auth_completion,
    parse=_parse_wait_for_auth_completion,
    summary="Wait For Auth Completion",
)


class AuthResource:
    """The operations of `cp.auth`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthWithRawResponse(self._requester)

    @functools.cached_property
    def callback(self) -> AuthCallbackResource:
        """`cp.auth.callback`."""
        return AuthCallbackResource(self._requester)

    @functools.cached_property
    def platform_providers(self) -> AuthPlatformProvidersResource:
        """`cp.auth.platform_providers`."""
        return AuthPlatformProvidersResource(self._requester)

    @functools.cached_property
    def providers(self) -> AuthProvidersResource:
        """`cp.auth.providers`."""
        return AuthProvidersResource(self._requester)

    @functools.cached_property
    def setup(self) -> AuthSetupResource:
        """`cp.auth.setup`."""
        return AuthSetupResource(self._requester)

    @functools.cached_property
    def token_events(self) -> AuthTokenEventsResource:
        """`cp.auth.token_events`."""
        return AuthTokenEventsResource(self._requester)

    @functools.cached_property
    def tokens(self) -> AuthTokensResource:
        """`cp.auth.tokens`."""
        return AuthTokensResource(self._requester)

    def authenticate(
        self,
        *,
        provider: str,
        scopes: builtins.list[str],
        user_id: None | str | Unset = UNSET,
        ls_user_id: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        use_agent_builder_public_oauth: bool | Unset = False,
        force_new: bool | Unset = False,
        token_id: None | Unset | UUID | str = UNSET,
        redirect_uri: None | str | Unset = UNSET,
        is_default: bool | Unset = True,
        check_only: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthAuthenticateResponse:
        """Authenticate: `POST /v2/auth/authenticate`.

        Get OAuth token or start authentication flow if needed.


        Args:
            provider (str):
            scopes (list[str]):
            user_id (None | str | Unset):
            ls_user_id (None | str | Unset):
            agent_id (None | str | Unset):
            use_agent_builder_public_oauth (bool | Unset):  Default: False.
            force_new (bool | Unset):  Default: False.
            token_id (None | Unset | UUID):
            redirect_uri (None | str | Unset):
            is_default (bool | Unset):  Default: True.
            check_only (bool | Unset):  Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AuthAuthenticateResponse
        """
        return self._requester.call(
            AUTHENTICATE,
            {
                "provider": provider,
                "scopes": scopes,
                "user_id": user_id,
                "ls_user_id": ls_user_id,
                "agent_id": agent_id,
                "use_agent_builder_public_oauth": use_agent_builder_public_oauth,
                "force_new": force_new,
                "token_id": token_id,
                "redirect_uri": redirect_uri,
                "is_default": is_default,
                "check_only": check_only,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def wait_for_completion(
        self,
        auth_id: str,
        *,
        timeout_: int | Unset = 30,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthWaitResponse:
        """Wait For Auth Completion: `GET /v2/auth/wait/{auth_id}`.

        Wait for OAuth authentication completion.


        Args:
            auth_id (str): Authentication ID to wait for
            timeout_ (int | Unset): Timeout in seconds (default: 30) Default: 30.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AuthWaitResponse
        """
        return self._requester.call(
            WAIT_FOR_AUTH_COMPLETION,
            {
                "auth_id": auth_id,
                "timeout_": timeout_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthWithRawResponse:
    """The operations of `cp.auth`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def callback(self) -> AuthCallbackWithRawResponse:
        """`cp.auth.callback`."""
        return AuthCallbackWithRawResponse(self._requester)

    @functools.cached_property
    def platform_providers(self) -> AuthPlatformProvidersWithRawResponse:
        """`cp.auth.platform_providers`."""
        return AuthPlatformProvidersWithRawResponse(self._requester)

    @functools.cached_property
    def providers(self) -> AuthProvidersWithRawResponse:
        """`cp.auth.providers`."""
        return AuthProvidersWithRawResponse(self._requester)

    @functools.cached_property
    def setup(self) -> AuthSetupWithRawResponse:
        """`cp.auth.setup`."""
        return AuthSetupWithRawResponse(self._requester)

    @functools.cached_property
    def token_events(self) -> AuthTokenEventsWithRawResponse:
        """`cp.auth.token_events`."""
        return AuthTokenEventsWithRawResponse(self._requester)

    @functools.cached_property
    def tokens(self) -> AuthTokensWithRawResponse:
        """`cp.auth.tokens`."""
        return AuthTokensWithRawResponse(self._requester)

    def authenticate(
        self,
        *,
        provider: str,
        scopes: builtins.list[str],
        user_id: None | str | Unset = UNSET,
        ls_user_id: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        use_agent_builder_public_oauth: bool | Unset = False,
        force_new: bool | Unset = False,
        token_id: None | Unset | UUID | str = UNSET,
        redirect_uri: None | str | Unset = UNSET,
        is_default: bool | Unset = True,
        check_only: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AuthAuthenticateResponse]:
        """Authenticate: `POST /v2/auth/authenticate`.

        Get OAuth token or start authentication flow if needed.


        Args:
            provider (str):
            scopes (list[str]):
            user_id (None | str | Unset):
            ls_user_id (None | str | Unset):
            agent_id (None | str | Unset):
            use_agent_builder_public_oauth (bool | Unset):  Default: False.
            force_new (bool | Unset):  Default: False.
            token_id (None | Unset | UUID):
            redirect_uri (None | str | Unset):
            is_default (bool | Unset):  Default: True.
            check_only (bool | Unset):  Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AuthAuthenticateResponse]
        """
        return self._requester.call_raw(
            AUTHENTICATE,
            {
                "provider": provider,
                "scopes": scopes,
                "user_id": user_id,
                "ls_user_id": ls_user_id,
                "agent_id": agent_id,
                "use_agent_builder_public_oauth": use_agent_builder_public_oauth,
                "force_new": force_new,
                "token_id": token_id,
                "redirect_uri": redirect_uri,
                "is_default": is_default,
                "check_only": check_only,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def wait_for_completion(
        self,
        auth_id: str,
        *,
        timeout_: int | Unset = 30,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AuthWaitResponse]:
        """Wait For Auth Completion: `GET /v2/auth/wait/{auth_id}`.

        Wait for OAuth authentication completion.


        Args:
            auth_id (str): Authentication ID to wait for
            timeout_ (int | Unset): Timeout in seconds (default: 30) Default: 30.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AuthWaitResponse]
        """
        return self._requester.call_raw(
            WAIT_FOR_AUTH_COMPLETION,
            {
                "auth_id": auth_id,
                "timeout_": timeout_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthResource:
    """The operations of `cp.auth`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthWithRawResponse(self._requester)

    @functools.cached_property
    def callback(self) -> AsyncAuthCallbackResource:
        """`cp.auth.callback`."""
        return AsyncAuthCallbackResource(self._requester)

    @functools.cached_property
    def platform_providers(self) -> AsyncAuthPlatformProvidersResource:
        """`cp.auth.platform_providers`."""
        return AsyncAuthPlatformProvidersResource(self._requester)

    @functools.cached_property
    def providers(self) -> AsyncAuthProvidersResource:
        """`cp.auth.providers`."""
        return AsyncAuthProvidersResource(self._requester)

    @functools.cached_property
    def setup(self) -> AsyncAuthSetupResource:
        """`cp.auth.setup`."""
        return AsyncAuthSetupResource(self._requester)

    @functools.cached_property
    def token_events(self) -> AsyncAuthTokenEventsResource:
        """`cp.auth.token_events`."""
        return AsyncAuthTokenEventsResource(self._requester)

    @functools.cached_property
    def tokens(self) -> AsyncAuthTokensResource:
        """`cp.auth.tokens`."""
        return AsyncAuthTokensResource(self._requester)

    async def authenticate(
        self,
        *,
        provider: str,
        scopes: builtins.list[str],
        user_id: None | str | Unset = UNSET,
        ls_user_id: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        use_agent_builder_public_oauth: bool | Unset = False,
        force_new: bool | Unset = False,
        token_id: None | Unset | UUID | str = UNSET,
        redirect_uri: None | str | Unset = UNSET,
        is_default: bool | Unset = True,
        check_only: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthAuthenticateResponse:
        """Authenticate: `POST /v2/auth/authenticate`.

        Get OAuth token or start authentication flow if needed.


        Args:
            provider (str):
            scopes (list[str]):
            user_id (None | str | Unset):
            ls_user_id (None | str | Unset):
            agent_id (None | str | Unset):
            use_agent_builder_public_oauth (bool | Unset):  Default: False.
            force_new (bool | Unset):  Default: False.
            token_id (None | Unset | UUID):
            redirect_uri (None | str | Unset):
            is_default (bool | Unset):  Default: True.
            check_only (bool | Unset):  Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AuthAuthenticateResponse
        """
        return await self._requester.call(
            AUTHENTICATE,
            {
                "provider": provider,
                "scopes": scopes,
                "user_id": user_id,
                "ls_user_id": ls_user_id,
                "agent_id": agent_id,
                "use_agent_builder_public_oauth": use_agent_builder_public_oauth,
                "force_new": force_new,
                "token_id": token_id,
                "redirect_uri": redirect_uri,
                "is_default": is_default,
                "check_only": check_only,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def wait_for_completion(
        self,
        auth_id: str,
        *,
        timeout_: int | Unset = 30,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthWaitResponse:
        """Wait For Auth Completion: `GET /v2/auth/wait/{auth_id}`.

        Wait for OAuth authentication completion.


        Args:
            auth_id (str): Authentication ID to wait for
            timeout_ (int | Unset): Timeout in seconds (default: 30) Default: 30.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AuthWaitResponse
        """
        return await self._requester.call(
            WAIT_FOR_AUTH_COMPLETION,
            {
                "auth_id": auth_id,
                "timeout_": timeout_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthWithRawResponse:
    """The operations of `cp.auth`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def callback(self) -> AsyncAuthCallbackWithRawResponse:
        """`cp.auth.callback`."""
        return AsyncAuthCallbackWithRawResponse(self._requester)

    @functools.cached_property
    def platform_providers(self) -> AsyncAuthPlatformProvidersWithRawResponse:
        """`cp.auth.platform_providers`."""
        return AsyncAuthPlatformProvidersWithRawResponse(self._requester)

    @functools.cached_property
    def providers(self) -> AsyncAuthProvidersWithRawResponse:
        """`cp.auth.providers`."""
        return AsyncAuthProvidersWithRawResponse(self._requester)

    @functools.cached_property
    def setup(self) -> AsyncAuthSetupWithRawResponse:
        """`cp.auth.setup`."""
        return AsyncAuthSetupWithRawResponse(self._requester)

    @functools.cached_property
    def token_events(self) -> AsyncAuthTokenEventsWithRawResponse:
        """`cp.auth.token_events`."""
        return AsyncAuthTokenEventsWithRawResponse(self._requester)

    @functools.cached_property
    def tokens(self) -> AsyncAuthTokensWithRawResponse:
        """`cp.auth.tokens`."""
        return AsyncAuthTokensWithRawResponse(self._requester)

    async def authenticate(
        self,
        *,
        provider: str,
        scopes: builtins.list[str],
        user_id: None | str | Unset = UNSET,
        ls_user_id: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        use_agent_builder_public_oauth: bool | Unset = False,
        force_new: bool | Unset = False,
        token_id: None | Unset | UUID | str = UNSET,
        redirect_uri: None | str | Unset = UNSET,
        is_default: bool | Unset = True,
        check_only: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AuthAuthenticateResponse]:
        """Authenticate: `POST /v2/auth/authenticate`.

        Get OAuth token or start authentication flow if needed.


        Args:
            provider (str):
            scopes (list[str]):
            user_id (None | str | Unset):
            ls_user_id (None | str | Unset):
            agent_id (None | str | Unset):
            use_agent_builder_public_oauth (bool | Unset):  Default: False.
            force_new (bool | Unset):  Default: False.
            token_id (None | Unset | UUID):
            redirect_uri (None | str | Unset):
            is_default (bool | Unset):  Default: True.
            check_only (bool | Unset):  Default: False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AuthAuthenticateResponse]
        """
        return await self._requester.call_raw(
            AUTHENTICATE,
            {
                "provider": provider,
                "scopes": scopes,
                "user_id": user_id,
                "ls_user_id": ls_user_id,
                "agent_id": agent_id,
                "use_agent_builder_public_oauth": use_agent_builder_public_oauth,
                "force_new": force_new,
                "token_id": token_id,
                "redirect_uri": redirect_uri,
                "is_default": is_default,
                "check_only": check_only,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def wait_for_completion(
        self,
        auth_id: str,
        *,
        timeout_: int | Unset = 30,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AuthWaitResponse]:
        """Wait For Auth Completion: `GET /v2/auth/wait/{auth_id}`.

        Wait for OAuth authentication completion.


        Args:
            auth_id (str): Authentication ID to wait for
            timeout_ (int | Unset): Timeout in seconds (default: 30) Default: 30.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[AuthWaitResponse]
        """
        return await self._requester.call_raw(
            WAIT_FOR_AUTH_COMPLETION,
            {
                "auth_id": auth_id,
                "timeout_": timeout_,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthCallbackResource:
    """The operations of `cp.auth.callback`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthCallbackWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthCallbackWithRawResponse(self._requester)

    def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Oauth Callback Get: `GET /v2/auth/callback/{provider_id}`.

        Handle OAuth callback redirect from OAuth providers.

        Processes the OAuth token exchange, then redirects to the frontend callback
        page for a consistent UI experience.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            OAUTH_CALLBACK_GET,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def submit(
        self,
        provider_id: str,
        *,
        code: str,
        state: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Oauth Callback: `POST /v2/auth/callback/{provider_id}`.

        Finalize an OAuth flow.

        Claims the auth request, verifies the caller, exchanges the code, and saves the token.
        Used by both the frontend bridge and the headless flow (where a customer-owned service
        forwards the code/state, optionally proxied through smith-go). In all cases the auth
        request is user-initiated and the caller presents the end user's own credentials, so
        the authenticated user must match the user who initiated the flow.


        Args:
            provider_id (str):
            code (str):
            state (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            OAUTH_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthCallbackWithRawResponse:
    """The operations of `cp.auth.callback`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Oauth Callback Get: `GET /v2/auth/callback/{provider_id}`.

        Handle OAuth callback redirect from OAuth providers.

        Processes the OAuth token exchange, then redirects to the frontend callback
        page for a consistent UI experience.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            OAUTH_CALLBACK_GET,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def submit(
        self,
        provider_id: str,
        *,
        code: str,
        state: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Oauth Callback: `POST /v2/auth/callback/{provider_id}`.

        Finalize an OAuth flow.

        Claims the auth request, verifies the caller, exchanges the code, and saves the token.
        Used by both the frontend bridge and the headless flow (where a customer-owned service
        forwards the code/state, optionally proxied through smith-go). In all cases the auth
        request is user-initiated and the caller presents the end user's own credentials, so
        the authenticated user must match the user who initiated the flow.


        Args:
            provider_id (str):
            code (str):
            state (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            OAUTH_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthCallbackResource:
    """The operations of `cp.auth.callback`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthCallbackWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthCallbackWithRawResponse(self._requester)

    async def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Oauth Callback Get: `GET /v2/auth/callback/{provider_id}`.

        Handle OAuth callback redirect from OAuth providers.

        Processes the OAuth token exchange, then redirects to the frontend callback
        page for a consistent UI experience.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            OAUTH_CALLBACK_GET,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def submit(
        self,
        provider_id: str,
        *,
        code: str,
        state: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Oauth Callback: `POST /v2/auth/callback/{provider_id}`.

        Finalize an OAuth flow.

        Claims the auth request, verifies the caller, exchanges the code, and saves the token.
        Used by both the frontend bridge and the headless flow (where a customer-owned service
        forwards the code/state, optionally proxied through smith-go). In all cases the auth
        request is user-initiated and the caller presents the end user's own credentials, so
        the authenticated user must match the user who initiated the flow.


        Args:
            provider_id (str):
            code (str):
            state (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            OAUTH_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthCallbackWithRawResponse:
    """The operations of `cp.auth.callback`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Oauth Callback Get: `GET /v2/auth/callback/{provider_id}`.

        Handle OAuth callback redirect from OAuth providers.

        Processes the OAuth token exchange, then redirects to the frontend callback
        page for a consistent UI experience.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            OAUTH_CALLBACK_GET,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def submit(
        self,
        provider_id: str,
        *,
        code: str,
        state: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Oauth Callback: `POST /v2/auth/callback/{provider_id}`.

        Finalize an OAuth flow.

        Claims the auth request, verifies the caller, exchanges the code, and saves the token.
        Used by both the frontend bridge and the headless flow (where a customer-owned service
        forwards the code/state, optionally proxied through smith-go). In all cases the auth
        request is user-initiated and the caller presents the end user's own credentials, so
        the authenticated user must match the user who initiated the flow.


        Args:
            provider_id (str):
            code (str):
            state (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            OAUTH_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthPlatformProvidersResource:
    """The operations of `cp.auth.platform_providers`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthPlatformProvidersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthPlatformProvidersWithRawResponse(self._requester)

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[OAuthProviderResponse]:
        """List Platform Oauth Providers: `GET /v2/auth/platform-providers`.

        List platform-level OAuth providers available to all workspaces.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[OAuthProviderResponse]
        """
        return self._requester.call(
            LIST_PLATFORM_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthPlatformProvidersWithRawResponse:
    """The operations of `cp.auth.platform_providers`, each answer raw.

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
    ) -> RawResponse[builtins.list[OAuthProviderResponse]]:
        """List Platform Oauth Providers: `GET /v2/auth/platform-providers`.

        List platform-level OAuth providers available to all workspaces.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[OAuthProviderResponse]]
        """
        return self._requester.call_raw(
            LIST_PLATFORM_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthPlatformProvidersResource:
    """The operations of `cp.auth.platform_providers`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthPlatformProvidersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthPlatformProvidersWithRawResponse(self._requester)

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[OAuthProviderResponse]:
        """List Platform Oauth Providers: `GET /v2/auth/platform-providers`.

        List platform-level OAuth providers available to all workspaces.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[OAuthProviderResponse]
        """
        return await self._requester.call(
            LIST_PLATFORM_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthPlatformProvidersWithRawResponse:
    """The operations of `cp.auth.platform_providers`, asynchronously, each answer raw.

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
    ) -> RawResponse[builtins.list[OAuthProviderResponse]]:
        """List Platform Oauth Providers: `GET /v2/auth/platform-providers`.

        List platform-level OAuth providers available to all workspaces.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[OAuthProviderResponse]]
        """
        return await self._requester.call_raw(
            LIST_PLATFORM_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthProvidersResource:
    """The operations of `cp.auth.providers`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthProvidersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthProvidersWithRawResponse(self._requester)

    def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[OAuthProviderResponse]:
        """List Oauth Providers: `GET /v2/auth/providers`.

        List OAuth providers.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[OAuthProviderResponse]
        """
        return self._requester.call(
            LIST_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        provider_id: str,
        name: str,
        client_id: str,
        auth_url: str,
        token_url: str,
        client_secret: None | str | Unset = UNSET,
        uses_pkce: bool | Unset = False,
        code_challenge_method: str | Unset = "S256",
        provider_type: None
        | OAuthProviderCreateRequestProviderTypeType0
        | Unset = UNSET,
        token_endpoint_auth_method: OAuthProviderCreateRequestTokenEndpointAuthMethod
        | Unset = OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST,
        authorization_params: OAuthProviderCreateRequestAuthorizationParams
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Create Oauth Provider: `POST /v2/auth/providers`.

        Create a new OAuth provider manually.


        Args:
            provider_id (str):
            name (str):
            client_id (str):
            auth_url (str):
            token_url (str):
            client_secret (None | str | Unset):
            uses_pkce (bool | Unset):  Default: False.
            code_challenge_method (str | Unset):  Default: 'S256'.
            provider_type (None | OAuthProviderCreateRequestProviderTypeType0 | Unset):
            token_endpoint_auth_method (OAuthProviderCreateRequestTokenEndpointAuthMethod | Unset):  Default:
                OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST.
            authorization_params (OAuthProviderCreateRequestAuthorizationParams | Unset):
            allowed_redirect_uris (list[str] | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return self._requester.call(
            CREATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "auth_url": auth_url,
                "token_url": token_url,
                "client_secret": client_secret,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "provider_type": provider_type,
                "token_endpoint_auth_method": token_endpoint_auth_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def mcp_discover(
        self,
        *,
        provider_id: str,
        name: str,
        mcp_server_url: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Create Mcp Oauth Provider: `POST /v2/auth/providers/mcp-discover`.

        Create an OAuth provider via MCP auto-discovery.


        Args:
            provider_id (str):
            name (str):
            mcp_server_url (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return self._requester.call(
            CREATE_MCP_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "mcp_server_url": mcp_server_url,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Oauth Provider: `DELETE /v2/auth/providers/{provider_id}`.

        Delete an OAuth provider.


        Args:
            provider_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            DELETE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Get Oauth Provider: `GET /v2/auth/providers/{provider_id}`.

        Get a specific OAuth provider.


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return self._requester.call(
            GET_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        provider_id: str,
        *,
        name: None | str | Unset = UNSET,
        client_id: None | str | Unset = UNSET,
        client_secret: None | str | Unset = UNSET,
        auth_url: None | str | Unset = UNSET,
        token_url: None | str | Unset = UNSET,
        uses_pkce: bool | None | Unset = UNSET,
        code_challenge_method: None | str | Unset = UNSET,
        authorization_params: None
        | OAuthProviderUpdateRequestAuthorizationParamsType0
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Update Oauth Provider: `PATCH /v2/auth/providers/{provider_id}`.

        Update an OAuth provider.


        Args:
            provider_id (str):
            name (None | str | Unset):
            client_id (None | str | Unset):
            client_secret (None | str | Unset):
            auth_url (None | str | Unset):
            token_url (None | str | Unset):
            uses_pkce (bool | None | Unset):
            code_challenge_method (None | str | Unset):
            authorization_params (None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset):
            allowed_redirect_uris (list[str] | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return self._requester.call(
            UPDATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "client_secret": client_secret,
                "auth_url": auth_url,
                "token_url": token_url,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthProvidersWithRawResponse:
    """The operations of `cp.auth.providers`, each answer raw.

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
    ) -> RawResponse[builtins.list[OAuthProviderResponse]]:
        """List Oauth Providers: `GET /v2/auth/providers`.

        List OAuth providers.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[OAuthProviderResponse]]
        """
        return self._requester.call_raw(
            LIST_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        provider_id: str,
        name: str,
        client_id: str,
        auth_url: str,
        token_url: str,
        client_secret: None | str | Unset = UNSET,
        uses_pkce: bool | Unset = False,
        code_challenge_method: str | Unset = "S256",
        provider_type: None
        | OAuthProviderCreateRequestProviderTypeType0
        | Unset = UNSET,
        token_endpoint_auth_method: OAuthProviderCreateRequestTokenEndpointAuthMethod
        | Unset = OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST,
        authorization_params: OAuthProviderCreateRequestAuthorizationParams
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Create Oauth Provider: `POST /v2/auth/providers`.

        Create a new OAuth provider manually.


        Args:
            provider_id (str):
            name (str):
            client_id (str):
            auth_url (str):
            token_url (str):
            client_secret (None | str | Unset):
            uses_pkce (bool | Unset):  Default: False.
            code_challenge_method (str | Unset):  Default: 'S256'.
            provider_type (None | OAuthProviderCreateRequestProviderTypeType0 | Unset):
            token_endpoint_auth_method (OAuthProviderCreateRequestTokenEndpointAuthMethod | Unset):  Default:
                OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST.
            authorization_params (OAuthProviderCreateRequestAuthorizationParams | Unset):
            allowed_redirect_uris (list[str] | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return self._requester.call_raw(
            CREATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "auth_url": auth_url,
                "token_url": token_url,
                "client_secret": client_secret,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "provider_type": provider_type,
                "token_endpoint_auth_method": token_endpoint_auth_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def mcp_discover(
        self,
        *,
        provider_id: str,
        name: str,
        mcp_server_url: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Create Mcp Oauth Provider: `POST /v2/auth/providers/mcp-discover`.

        Create an OAuth provider via MCP auto-discovery.


        Args:
            provider_id (str):
            name (str):
            mcp_server_url (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return self._requester.call_raw(
            CREATE_MCP_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "mcp_server_url": mcp_server_url,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Oauth Provider: `DELETE /v2/auth/providers/{provider_id}`.

        Delete an OAuth provider.


        Args:
            provider_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            DELETE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Get Oauth Provider: `GET /v2/auth/providers/{provider_id}`.

        Get a specific OAuth provider.


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return self._requester.call_raw(
            GET_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        provider_id: str,
        *,
        name: None | str | Unset = UNSET,
        client_id: None | str | Unset = UNSET,
        client_secret: None | str | Unset = UNSET,
        auth_url: None | str | Unset = UNSET,
        token_url: None | str | Unset = UNSET,
        uses_pkce: bool | None | Unset = UNSET,
        code_challenge_method: None | str | Unset = UNSET,
        authorization_params: None
        | OAuthProviderUpdateRequestAuthorizationParamsType0
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Update Oauth Provider: `PATCH /v2/auth/providers/{provider_id}`.

        Update an OAuth provider.


        Args:
            provider_id (str):
            name (None | str | Unset):
            client_id (None | str | Unset):
            client_secret (None | str | Unset):
            auth_url (None | str | Unset):
            token_url (None | str | Unset):
            uses_pkce (bool | None | Unset):
            code_challenge_method (None | str | Unset):
            authorization_params (None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset):
            allowed_redirect_uris (list[str] | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return self._requester.call_raw(
            UPDATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "client_secret": client_secret,
                "auth_url": auth_url,
                "token_url": token_url,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthProvidersResource:
    """The operations of `cp.auth.providers`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthProvidersWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthProvidersWithRawResponse(self._requester)

    async def list(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[OAuthProviderResponse]:
        """List Oauth Providers: `GET /v2/auth/providers`.

        List OAuth providers.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[OAuthProviderResponse]
        """
        return await self._requester.call(
            LIST_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        provider_id: str,
        name: str,
        client_id: str,
        auth_url: str,
        token_url: str,
        client_secret: None | str | Unset = UNSET,
        uses_pkce: bool | Unset = False,
        code_challenge_method: str | Unset = "S256",
        provider_type: None
        | OAuthProviderCreateRequestProviderTypeType0
        | Unset = UNSET,
        token_endpoint_auth_method: OAuthProviderCreateRequestTokenEndpointAuthMethod
        | Unset = OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST,
        authorization_params: OAuthProviderCreateRequestAuthorizationParams
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Create Oauth Provider: `POST /v2/auth/providers`.

        Create a new OAuth provider manually.


        Args:
            provider_id (str):
            name (str):
            client_id (str):
            auth_url (str):
            token_url (str):
            client_secret (None | str | Unset):
            uses_pkce (bool | Unset):  Default: False.
            code_challenge_method (str | Unset):  Default: 'S256'.
            provider_type (None | OAuthProviderCreateRequestProviderTypeType0 | Unset):
            token_endpoint_auth_method (OAuthProviderCreateRequestTokenEndpointAuthMethod | Unset):  Default:
                OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST.
            authorization_params (OAuthProviderCreateRequestAuthorizationParams | Unset):
            allowed_redirect_uris (list[str] | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return await self._requester.call(
            CREATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "auth_url": auth_url,
                "token_url": token_url,
                "client_secret": client_secret,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "provider_type": provider_type,
                "token_endpoint_auth_method": token_endpoint_auth_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def mcp_discover(
        self,
        *,
        provider_id: str,
        name: str,
        mcp_server_url: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Create Mcp Oauth Provider: `POST /v2/auth/providers/mcp-discover`.

        Create an OAuth provider via MCP auto-discovery.


        Args:
            provider_id (str):
            name (str):
            mcp_server_url (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return await self._requester.call(
            CREATE_MCP_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "mcp_server_url": mcp_server_url,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Oauth Provider: `DELETE /v2/auth/providers/{provider_id}`.

        Delete an OAuth provider.


        Args:
            provider_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            DELETE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Get Oauth Provider: `GET /v2/auth/providers/{provider_id}`.

        Get a specific OAuth provider.


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return await self._requester.call(
            GET_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        provider_id: str,
        *,
        name: None | str | Unset = UNSET,
        client_id: None | str | Unset = UNSET,
        client_secret: None | str | Unset = UNSET,
        auth_url: None | str | Unset = UNSET,
        token_url: None | str | Unset = UNSET,
        uses_pkce: bool | None | Unset = UNSET,
        code_challenge_method: None | str | Unset = UNSET,
        authorization_params: None
        | OAuthProviderUpdateRequestAuthorizationParamsType0
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthProviderResponse:
        """Update Oauth Provider: `PATCH /v2/auth/providers/{provider_id}`.

        Update an OAuth provider.


        Args:
            provider_id (str):
            name (None | str | Unset):
            client_id (None | str | Unset):
            client_secret (None | str | Unset):
            auth_url (None | str | Unset):
            token_url (None | str | Unset):
            uses_pkce (bool | None | Unset):
            code_challenge_method (None | str | Unset):
            authorization_params (None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset):
            allowed_redirect_uris (list[str] | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthProviderResponse
        """
        return await self._requester.call(
            UPDATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "client_secret": client_secret,
                "auth_url": auth_url,
                "token_url": token_url,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthProvidersWithRawResponse:
    """The operations of `cp.auth.providers`, asynchronously, each answer raw.

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
    ) -> RawResponse[builtins.list[OAuthProviderResponse]]:
        """List Oauth Providers: `GET /v2/auth/providers`.

        List OAuth providers.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[OAuthProviderResponse]]
        """
        return await self._requester.call_raw(
            LIST_OAUTH_PROVIDERS,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        provider_id: str,
        name: str,
        client_id: str,
        auth_url: str,
        token_url: str,
        client_secret: None | str | Unset = UNSET,
        uses_pkce: bool | Unset = False,
        code_challenge_method: str | Unset = "S256",
        provider_type: None
        | OAuthProviderCreateRequestProviderTypeType0
        | Unset = UNSET,
        token_endpoint_auth_method: OAuthProviderCreateRequestTokenEndpointAuthMethod
        | Unset = OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST,
        authorization_params: OAuthProviderCreateRequestAuthorizationParams
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Create Oauth Provider: `POST /v2/auth/providers`.

        Create a new OAuth provider manually.


        Args:
            provider_id (str):
            name (str):
            client_id (str):
            auth_url (str):
            token_url (str):
            client_secret (None | str | Unset):
            uses_pkce (bool | Unset):  Default: False.
            code_challenge_method (str | Unset):  Default: 'S256'.
            provider_type (None | OAuthProviderCreateRequestProviderTypeType0 | Unset):
            token_endpoint_auth_method (OAuthProviderCreateRequestTokenEndpointAuthMethod | Unset):  Default:
                OAuthProviderCreateRequestTokenEndpointAuthMethod.CLIENT_SECRET_POST.
            authorization_params (OAuthProviderCreateRequestAuthorizationParams | Unset):
            allowed_redirect_uris (list[str] | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return await self._requester.call_raw(
            CREATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "auth_url": auth_url,
                "token_url": token_url,
                "client_secret": client_secret,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "provider_type": provider_type,
                "token_endpoint_auth_method": token_endpoint_auth_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def mcp_discover(
        self,
        *,
        provider_id: str,
        name: str,
        mcp_server_url: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Create Mcp Oauth Provider: `POST /v2/auth/providers/mcp-discover`.

        Create an OAuth provider via MCP auto-discovery.


        Args:
            provider_id (str):
            name (str):
            mcp_server_url (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return await self._requester.call_raw(
            CREATE_MCP_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "mcp_server_url": mcp_server_url,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Oauth Provider: `DELETE /v2/auth/providers/{provider_id}`.

        Delete an OAuth provider.


        Args:
            provider_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            DELETE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        provider_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Get Oauth Provider: `GET /v2/auth/providers/{provider_id}`.

        Get a specific OAuth provider.


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return await self._requester.call_raw(
            GET_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        provider_id: str,
        *,
        name: None | str | Unset = UNSET,
        client_id: None | str | Unset = UNSET,
        client_secret: None | str | Unset = UNSET,
        auth_url: None | str | Unset = UNSET,
        token_url: None | str | Unset = UNSET,
        uses_pkce: bool | None | Unset = UNSET,
        code_challenge_method: None | str | Unset = UNSET,
        authorization_params: None
        | OAuthProviderUpdateRequestAuthorizationParamsType0
        | Unset = UNSET,
        allowed_redirect_uris: builtins.list[str] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthProviderResponse]:
        """Update Oauth Provider: `PATCH /v2/auth/providers/{provider_id}`.

        Update an OAuth provider.


        Args:
            provider_id (str):
            name (None | str | Unset):
            client_id (None | str | Unset):
            client_secret (None | str | Unset):
            auth_url (None | str | Unset):
            token_url (None | str | Unset):
            uses_pkce (bool | None | Unset):
            code_challenge_method (None | str | Unset):
            authorization_params (None | OAuthProviderUpdateRequestAuthorizationParamsType0 | Unset):
            allowed_redirect_uris (list[str] | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthProviderResponse]
        """
        return await self._requester.call_raw(
            UPDATE_OAUTH_PROVIDER,
            {
                "provider_id": provider_id,
                "name": name,
                "client_id": client_id,
                "client_secret": client_secret,
                "auth_url": auth_url,
                "token_url": token_url,
                "uses_pkce": uses_pkce,
                "code_challenge_method": code_challenge_method,
                "authorization_params": authorization_params,
                "allowed_redirect_uris": allowed_redirect_uris,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthSetupResource:
    """The operations of `cp.auth.setup`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthSetupWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthSetupWithRawResponse(self._requester)

    def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        setup_action: str | Unset = UNSET,
        installation_id: int | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Oauth Setup Callback: `GET /v2/auth/setup/{provider_id}`.

        Handle OAuth setup callback redirect from GitHub Apps.

        This endpoint handles the "Setup URL" callback from GitHub Apps, which is
        triggered when a user installs or updates their GitHub App installation.

        For "update" actions (user modified repo access via GitHub), we just show
        a success page since no token exchange is needed.

        For new installations with code/state, we process similar to the regular
        OAuth callback.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            setup_action (str | Unset): Setup action from GitHub App
            installation_id (int | Unset): GitHub App installation ID
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            OAUTH_SETUP_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "setup_action": setup_action,
                "installation_id": installation_id,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthSetupWithRawResponse:
    """The operations of `cp.auth.setup`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        setup_action: str | Unset = UNSET,
        installation_id: int | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Oauth Setup Callback: `GET /v2/auth/setup/{provider_id}`.

        Handle OAuth setup callback redirect from GitHub Apps.

        This endpoint handles the "Setup URL" callback from GitHub Apps, which is
        triggered when a user installs or updates their GitHub App installation.

        For "update" actions (user modified repo access via GitHub), we just show
        a success page since no token exchange is needed.

        For new installations with code/state, we process similar to the regular
        OAuth callback.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            setup_action (str | Unset): Setup action from GitHub App
            installation_id (int | Unset): GitHub App installation ID
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            OAUTH_SETUP_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "setup_action": setup_action,
                "installation_id": installation_id,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthSetupResource:
    """The operations of `cp.auth.setup`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthSetupWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthSetupWithRawResponse(self._requester)

    async def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        setup_action: str | Unset = UNSET,
        installation_id: int | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Oauth Setup Callback: `GET /v2/auth/setup/{provider_id}`.

        Handle OAuth setup callback redirect from GitHub Apps.

        This endpoint handles the "Setup URL" callback from GitHub Apps, which is
        triggered when a user installs or updates their GitHub App installation.

        For "update" actions (user modified repo access via GitHub), we just show
        a success page since no token exchange is needed.

        For new installations with code/state, we process similar to the regular
        OAuth callback.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            setup_action (str | Unset): Setup action from GitHub App
            installation_id (int | Unset): GitHub App installation ID
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            OAUTH_SETUP_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "setup_action": setup_action,
                "installation_id": installation_id,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthSetupWithRawResponse:
    """The operations of `cp.auth.setup`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        provider_id: str,
        *,
        code: str | Unset = UNSET,
        state: str | Unset = UNSET,
        setup_action: str | Unset = UNSET,
        installation_id: int | Unset = UNSET,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Oauth Setup Callback: `GET /v2/auth/setup/{provider_id}`.

        Handle OAuth setup callback redirect from GitHub Apps.

        This endpoint handles the "Setup URL" callback from GitHub Apps, which is
        triggered when a user installs or updates their GitHub App installation.

        For "update" actions (user modified repo access via GitHub), we just show
        a success page since no token exchange is needed.

        For new installations with code/state, we process similar to the regular
        OAuth callback.


        Args:
            provider_id (str):
            code (str | Unset): Authorization code from OAuth provider
            state (str | Unset): State parameter containing auth_id
            setup_action (str | Unset): Setup action from GitHub App
            installation_id (int | Unset): GitHub App installation ID
            error (str | Unset): Error code from OAuth provider
            error_description (str | Unset): Error description from OAuth provider
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            OAUTH_SETUP_CALLBACK,
            {
                "provider_id": provider_id,
                "code": code,
                "state": state,
                "setup_action": setup_action,
                "installation_id": installation_id,
                "error": error,
                "error_description": error_description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokenEventsResource:
    """The operations of `cp.auth.token_events`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthTokenEventsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthTokenEventsWithRawResponse(self._requester)

    def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[TokenEventSummary]:
        """List Token Events For User: `GET /v2/auth/token-events`.

        List the calling user's OAuth connection audit events, newest first.
        Backs the frontend "your connection dropped, reconnect" surface. Scoped to
        the authenticated user + org; both come from the auth context, never from
        request input.


        Args:
            provider_id (None | str | Unset): Filter to one OAuth provider
            limit (int | Unset): Max events to return Default: 50.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[TokenEventSummary]
        """
        return self._requester.call(
            LIST_TOKEN_EVENTS_FOR_USER,
            {
                "provider_id": provider_id,
                "limit": limit,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokenEventsWithRawResponse:
    """The operations of `cp.auth.token_events`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[TokenEventSummary]]:
        """List Token Events For User: `GET /v2/auth/token-events`.

        List the calling user's OAuth connection audit events, newest first.
        Backs the frontend "your connection dropped, reconnect" surface. Scoped to
        the authenticated user + org; both come from the auth context, never from
        request input.


        Args:
            provider_id (None | str | Unset): Filter to one OAuth provider
            limit (int | Unset): Max events to return Default: 50.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[TokenEventSummary]]
        """
        return self._requester.call_raw(
            LIST_TOKEN_EVENTS_FOR_USER,
            {
                "provider_id": provider_id,
                "limit": limit,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokenEventsResource:
    """The operations of `cp.auth.token_events`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthTokenEventsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthTokenEventsWithRawResponse(self._requester)

    async def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[TokenEventSummary]:
        """List Token Events For User: `GET /v2/auth/token-events`.

        List the calling user's OAuth connection audit events, newest first.
        Backs the frontend "your connection dropped, reconnect" surface. Scoped to
        the authenticated user + org; both come from the auth context, never from
        request input.


        Args:
            provider_id (None | str | Unset): Filter to one OAuth provider
            limit (int | Unset): Max events to return Default: 50.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[TokenEventSummary]
        """
        return await self._requester.call(
            LIST_TOKEN_EVENTS_FOR_USER,
            {
                "provider_id": provider_id,
                "limit": limit,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokenEventsWithRawResponse:
    """The operations of `cp.auth.token_events`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[TokenEventSummary]]:
        """List Token Events For User: `GET /v2/auth/token-events`.

        List the calling user's OAuth connection audit events, newest first.
        Backs the frontend "your connection dropped, reconnect" surface. Scoped to
        the authenticated user + org; both come from the auth context, never from
        request input.


        Args:
            provider_id (None | str | Unset): Filter to one OAuth provider
            limit (int | Unset): Max events to return Default: 50.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[TokenEventSummary]]
        """
        return await self._requester.call_raw(
            LIST_TOKEN_EVENTS_FOR_USER,
            {
                "provider_id": provider_id,
                "limit": limit,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokensResource:
    """The operations of `cp.auth.tokens`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthTokensWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthTokensWithRawResponse(self._requester)

    @functools.cached_property
    def workspace(self) -> AuthTokensWorkspaceResource:
        """`cp.auth.tokens.workspace`."""
        return AuthTokensWorkspaceResource(self._requester)

    @functools.cached_property
    def metadata(self) -> AuthTokensMetadataResource:
        """`cp.auth.tokens.metadata`."""
        return AuthTokensMetadataResource(self._requester)

    def delete_many(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Oauth Tokens For User: `DELETE /v2/auth/tokens`.

        Delete all tokens for the current user for the given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID to revoke for current user
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            DELETE_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[OAuthTokenSummary]:
        """List Oauth Tokens For User: `GET /v2/auth/tokens`.

        List the calling user's tokens for a provider.


        Args:
            provider_id (None | str | Unset): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[OAuthTokenSummary]
        """
        return self._requester.call(
            LIST_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def exists(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenStatusResponse:
        """Check Oauth Token Exists: `GET /v2/auth/tokens/exists`.

        Return whether the current user has any tokens for a given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenStatusResponse
        """
        return self._requester.call(
            CHECK_OAUTH_TOKEN_EXISTS,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def exists_batch(
        self,
        *,
        provider_ids: builtins.list[str],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenStatusBatchResponse:
        """Check Oauth Tokens Exist Batch: `POST /v2/auth/tokens/exists/batch`.

        Batch token-presence check: per requested provider, whether the current user has any
        token.


        Args:
            provider_ids (list[str]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenStatusBatchResponse
        """
        return self._requester.call(
            CHECK_OAUTH_TOKENS_EXIST_BATCH,
            {
                "provider_ids": provider_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def import_(
        self,
        *,
        provider_id: str,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        metadata: None | OAuthTokenImportRequestMetadataType0 | Unset = UNSET,
        is_default: bool | Unset = True,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenImportResponse:
        """Import Oauth Token: `POST /v2/auth/tokens/import`.

        Persist a directly-obtained OAuth token (no authorization-code exchange).
        The Slack managed-install flow receives a bot token inline from
        ``apps.managedInstall`` instead of through the browser OAuth redirect. This
        stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
        caller's org/user against an existing provider. Requiring the provider to
        already exist in the caller's org scopes the write and blocks cross-org
        token creation. The token value is never logged or returned.


        Args:
            provider_id (str):
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            metadata (None | OAuthTokenImportRequestMetadataType0 | Unset):
            is_default (bool | Unset):  Default: True.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenImportResponse
        """
        return self._requester.call(
            IMPORT_OAUTH_TOKEN,
            {
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "metadata": metadata,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        token_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Single Oauth Token: `DELETE /v2/auth/tokens/{token_id}`.

        Delete a specific OAuth token, revoking it at the provider first.

        Only the token owner can delete it.


        Args:
            token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return self._requester.call(
            DELETE_SINGLE_OAUTH_TOKEN,
            {
                "token_id": token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokensWithRawResponse:
    """The operations of `cp.auth.tokens`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def workspace(self) -> AuthTokensWorkspaceWithRawResponse:
        """`cp.auth.tokens.workspace`."""
        return AuthTokensWorkspaceWithRawResponse(self._requester)

    @functools.cached_property
    def metadata(self) -> AuthTokensMetadataWithRawResponse:
        """`cp.auth.tokens.metadata`."""
        return AuthTokensMetadataWithRawResponse(self._requester)

    def delete_many(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Oauth Tokens For User: `DELETE /v2/auth/tokens`.

        Delete all tokens for the current user for the given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID to revoke for current user
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            DELETE_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[OAuthTokenSummary]]:
        """List Oauth Tokens For User: `GET /v2/auth/tokens`.

        List the calling user's tokens for a provider.


        Args:
            provider_id (None | str | Unset): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[OAuthTokenSummary]]
        """
        return self._requester.call_raw(
            LIST_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def exists(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenStatusResponse]:
        """Check Oauth Token Exists: `GET /v2/auth/tokens/exists`.

        Return whether the current user has any tokens for a given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenStatusResponse]
        """
        return self._requester.call_raw(
            CHECK_OAUTH_TOKEN_EXISTS,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def exists_batch(
        self,
        *,
        provider_ids: builtins.list[str],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenStatusBatchResponse]:
        """Check Oauth Tokens Exist Batch: `POST /v2/auth/tokens/exists/batch`.

        Batch token-presence check: per requested provider, whether the current user has any
        token.


        Args:
            provider_ids (list[str]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenStatusBatchResponse]
        """
        return self._requester.call_raw(
            CHECK_OAUTH_TOKENS_EXIST_BATCH,
            {
                "provider_ids": provider_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def import_(
        self,
        *,
        provider_id: str,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        metadata: None | OAuthTokenImportRequestMetadataType0 | Unset = UNSET,
        is_default: bool | Unset = True,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenImportResponse]:
        """Import Oauth Token: `POST /v2/auth/tokens/import`.

        Persist a directly-obtained OAuth token (no authorization-code exchange).
        The Slack managed-install flow receives a bot token inline from
        ``apps.managedInstall`` instead of through the browser OAuth redirect. This
        stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
        caller's org/user against an existing provider. Requiring the provider to
        already exist in the caller's org scopes the write and blocks cross-org
        token creation. The token value is never logged or returned.


        Args:
            provider_id (str):
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            metadata (None | OAuthTokenImportRequestMetadataType0 | Unset):
            is_default (bool | Unset):  Default: True.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenImportResponse]
        """
        return self._requester.call_raw(
            IMPORT_OAUTH_TOKEN,
            {
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "metadata": metadata,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        token_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Single Oauth Token: `DELETE /v2/auth/tokens/{token_id}`.

        Delete a specific OAuth token, revoking it at the provider first.

        Only the token owner can delete it.


        Args:
            token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return self._requester.call_raw(
            DELETE_SINGLE_OAUTH_TOKEN,
            {
                "token_id": token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokensResource:
    """The operations of `cp.auth.tokens`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthTokensWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthTokensWithRawResponse(self._requester)

    @functools.cached_property
    def workspace(self) -> AsyncAuthTokensWorkspaceResource:
        """`cp.auth.tokens.workspace`."""
        return AsyncAuthTokensWorkspaceResource(self._requester)

    @functools.cached_property
    def metadata(self) -> AsyncAuthTokensMetadataResource:
        """`cp.auth.tokens.metadata`."""
        return AsyncAuthTokensMetadataResource(self._requester)

    async def delete_many(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Oauth Tokens For User: `DELETE /v2/auth/tokens`.

        Delete all tokens for the current user for the given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID to revoke for current user
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            DELETE_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> builtins.list[OAuthTokenSummary]:
        """List Oauth Tokens For User: `GET /v2/auth/tokens`.

        List the calling user's tokens for a provider.


        Args:
            provider_id (None | str | Unset): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            builtins.list[OAuthTokenSummary]
        """
        return await self._requester.call(
            LIST_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def exists(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenStatusResponse:
        """Check Oauth Token Exists: `GET /v2/auth/tokens/exists`.

        Return whether the current user has any tokens for a given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenStatusResponse
        """
        return await self._requester.call(
            CHECK_OAUTH_TOKEN_EXISTS,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def exists_batch(
        self,
        *,
        provider_ids: builtins.list[str],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenStatusBatchResponse:
        """Check Oauth Tokens Exist Batch: `POST /v2/auth/tokens/exists/batch`.

        Batch token-presence check: per requested provider, whether the current user has any
        token.


        Args:
            provider_ids (list[str]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenStatusBatchResponse
        """
        return await self._requester.call(
            CHECK_OAUTH_TOKENS_EXIST_BATCH,
            {
                "provider_ids": provider_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def import_(
        self,
        *,
        provider_id: str,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        metadata: None | OAuthTokenImportRequestMetadataType0 | Unset = UNSET,
        is_default: bool | Unset = True,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenImportResponse:
        """Import Oauth Token: `POST /v2/auth/tokens/import`.

        Persist a directly-obtained OAuth token (no authorization-code exchange).
        The Slack managed-install flow receives a bot token inline from
        ``apps.managedInstall`` instead of through the browser OAuth redirect. This
        stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
        caller's org/user against an existing provider. Requiring the provider to
        already exist in the caller's org scopes the write and blocks cross-org
        token creation. The token value is never logged or returned.


        Args:
            provider_id (str):
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            metadata (None | OAuthTokenImportRequestMetadataType0 | Unset):
            is_default (bool | Unset):  Default: True.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenImportResponse
        """
        return await self._requester.call(
            IMPORT_OAUTH_TOKEN,
            {
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "metadata": metadata,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        token_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Single Oauth Token: `DELETE /v2/auth/tokens/{token_id}`.

        Delete a specific OAuth token, revoking it at the provider first.

        Only the token owner can delete it.


        Args:
            token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return await self._requester.call(
            DELETE_SINGLE_OAUTH_TOKEN,
            {
                "token_id": token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokensWithRawResponse:
    """The operations of `cp.auth.tokens`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def workspace(self) -> AsyncAuthTokensWorkspaceWithRawResponse:
        """`cp.auth.tokens.workspace`."""
        return AsyncAuthTokensWorkspaceWithRawResponse(self._requester)

    @functools.cached_property
    def metadata(self) -> AsyncAuthTokensMetadataWithRawResponse:
        """`cp.auth.tokens.metadata`."""
        return AsyncAuthTokensMetadataWithRawResponse(self._requester)

    async def delete_many(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Oauth Tokens For User: `DELETE /v2/auth/tokens`.

        Delete all tokens for the current user for the given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID to revoke for current user
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            DELETE_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        *,
        provider_id: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[builtins.list[OAuthTokenSummary]]:
        """List Oauth Tokens For User: `GET /v2/auth/tokens`.

        List the calling user's tokens for a provider.


        Args:
            provider_id (None | str | Unset): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[builtins.list[OAuthTokenSummary]]
        """
        return await self._requester.call_raw(
            LIST_OAUTH_TOKENS_FOR_USER,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def exists(
        self,
        *,
        provider_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenStatusResponse]:
        """Check Oauth Token Exists: `GET /v2/auth/tokens/exists`.

        Return whether the current user has any tokens for a given provider (across agents).


        Args:
            provider_id (str): OAuth provider ID
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenStatusResponse]
        """
        return await self._requester.call_raw(
            CHECK_OAUTH_TOKEN_EXISTS,
            {
                "provider_id": provider_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def exists_batch(
        self,
        *,
        provider_ids: builtins.list[str],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenStatusBatchResponse]:
        """Check Oauth Tokens Exist Batch: `POST /v2/auth/tokens/exists/batch`.

        Batch token-presence check: per requested provider, whether the current user has any
        token.


        Args:
            provider_ids (list[str]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenStatusBatchResponse]
        """
        return await self._requester.call_raw(
            CHECK_OAUTH_TOKENS_EXIST_BATCH,
            {
                "provider_ids": provider_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def import_(
        self,
        *,
        provider_id: str,
        access_token: str,
        refresh_token: None | str | Unset = UNSET,
        expires_in_seconds: int | None | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        metadata: None | OAuthTokenImportRequestMetadataType0 | Unset = UNSET,
        is_default: bool | Unset = True,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenImportResponse]:
        """Import Oauth Token: `POST /v2/auth/tokens/import`.

        Persist a directly-obtained OAuth token (no authorization-code exchange).
        The Slack managed-install flow receives a bot token inline from
        ``apps.managedInstall`` instead of through the browser OAuth redirect. This
        stores it (Fernet-encrypted at rest, via ``create_oauth_token``) for the
        caller's org/user against an existing provider. Requiring the provider to
        already exist in the caller's org scopes the write and blocks cross-org
        token creation. The token value is never logged or returned.


        Args:
            provider_id (str):
            access_token (str):
            refresh_token (None | str | Unset):
            expires_in_seconds (int | None | Unset):
            scopes (list[str] | Unset):
            metadata (None | OAuthTokenImportRequestMetadataType0 | Unset):
            is_default (bool | Unset):  Default: True.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenImportResponse]
        """
        return await self._requester.call_raw(
            IMPORT_OAUTH_TOKEN,
            {
                "provider_id": provider_id,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in_seconds": expires_in_seconds,
                "scopes": scopes,
                "metadata": metadata,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        token_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Single Oauth Token: `DELETE /v2/auth/tokens/{token_id}`.

        Delete a specific OAuth token, revoking it at the provider first.

        Only the token owner can delete it.


        Args:
            token_id (str):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return await self._requester.call_raw(
            DELETE_SINGLE_OAUTH_TOKEN,
            {
                "token_id": token_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokensWorkspaceResource:
    """The operations of `cp.auth.tokens.workspace`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthTokensWorkspaceWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthTokensWorkspaceWithRawResponse(self._requester)

    @functools.cached_property
    def slack(self) -> AuthTokensWorkspaceSlackResource:
        """`cp.auth.tokens.workspace.slack`."""
        return AuthTokensWorkspaceSlackResource(self._requester)


class AuthTokensWorkspaceWithRawResponse:
    """The operations of `cp.auth.tokens.workspace`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def slack(self) -> AuthTokensWorkspaceSlackWithRawResponse:
        """`cp.auth.tokens.workspace.slack`."""
        return AuthTokensWorkspaceSlackWithRawResponse(self._requester)


class AsyncAuthTokensWorkspaceResource:
    """The operations of `cp.auth.tokens.workspace`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthTokensWorkspaceWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthTokensWorkspaceWithRawResponse(self._requester)

    @functools.cached_property
    def slack(self) -> AsyncAuthTokensWorkspaceSlackResource:
        """`cp.auth.tokens.workspace.slack`."""
        return AsyncAuthTokensWorkspaceSlackResource(self._requester)


class AsyncAuthTokensWorkspaceWithRawResponse:
    """The operations of `cp.auth.tokens.workspace`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def slack(self) -> AsyncAuthTokensWorkspaceSlackWithRawResponse:
        """`cp.auth.tokens.workspace.slack`."""
        return AsyncAuthTokensWorkspaceSlackWithRawResponse(self._requester)


class AuthTokensWorkspaceSlackResource:
    """The operations of `cp.auth.tokens.workspace.slack`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthTokensWorkspaceSlackWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthTokensWorkspaceSlackWithRawResponse(self._requester)

    def delete(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Revoke All Slack Tokens For Workspace: `DELETE /v2/auth/tokens/workspace/slack`.

        Revoke ALL Slack tokens for the workspace. Admin-only action that disconnects Slack
        entirely.

        This is a destructive operation that:
        - Revokes all Slack tokens on Slack's side for all users in the workspace
        - Deletes all Slack tokens from the database


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            REVOKE_ALL_SLACK_TOKENS_FOR_WORKSPACE,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def exists(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenStatusResponse:
        """Check Workspace Slack Tokens Exist: `GET /v2/auth/tokens/workspace/slack/exists`.

        Check if the workspace has any Slack tokens.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenStatusResponse
        """
        return self._requester.call(
            CHECK_WORKSPACE_SLACK_TOKENS_EXIST,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokensWorkspaceSlackWithRawResponse:
    """The operations of `cp.auth.tokens.workspace.slack`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def delete(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Revoke All Slack Tokens For Workspace: `DELETE /v2/auth/tokens/workspace/slack`.

        Revoke ALL Slack tokens for the workspace. Admin-only action that disconnects Slack
        entirely.

        This is a destructive operation that:
        - Revokes all Slack tokens on Slack's side for all users in the workspace
        - Deletes all Slack tokens from the database


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            REVOKE_ALL_SLACK_TOKENS_FOR_WORKSPACE,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def exists(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenStatusResponse]:
        """Check Workspace Slack Tokens Exist: `GET /v2/auth/tokens/workspace/slack/exists`.

        Check if the workspace has any Slack tokens.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenStatusResponse]
        """
        return self._requester.call_raw(
            CHECK_WORKSPACE_SLACK_TOKENS_EXIST,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokensWorkspaceSlackResource:
    """The operations of `cp.auth.tokens.workspace.slack`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthTokensWorkspaceSlackWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthTokensWorkspaceSlackWithRawResponse(self._requester)

    async def delete(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Revoke All Slack Tokens For Workspace: `DELETE /v2/auth/tokens/workspace/slack`.

        Revoke ALL Slack tokens for the workspace. Admin-only action that disconnects Slack
        entirely.

        This is a destructive operation that:
        - Revokes all Slack tokens on Slack's side for all users in the workspace
        - Deletes all Slack tokens from the database


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            REVOKE_ALL_SLACK_TOKENS_FOR_WORKSPACE,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def exists(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenStatusResponse:
        """Check Workspace Slack Tokens Exist: `GET /v2/auth/tokens/workspace/slack/exists`.

        Check if the workspace has any Slack tokens.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenStatusResponse
        """
        return await self._requester.call(
            CHECK_WORKSPACE_SLACK_TOKENS_EXIST,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokensWorkspaceSlackWithRawResponse:
    """The operations of `cp.auth.tokens.workspace.slack`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def delete(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Revoke All Slack Tokens For Workspace: `DELETE /v2/auth/tokens/workspace/slack`.

        Revoke ALL Slack tokens for the workspace. Admin-only action that disconnects Slack
        entirely.

        This is a destructive operation that:
        - Revokes all Slack tokens on Slack's side for all users in the workspace
        - Deletes all Slack tokens from the database


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            REVOKE_ALL_SLACK_TOKENS_FOR_WORKSPACE,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def exists(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenStatusResponse]:
        """Check Workspace Slack Tokens Exist: `GET /v2/auth/tokens/workspace/slack/exists`.

        Check if the workspace has any Slack tokens.


        Args:
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenStatusResponse]
        """
        return await self._requester.call_raw(
            CHECK_WORKSPACE_SLACK_TOKENS_EXIST,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokensMetadataResource:
    """The operations of `cp.auth.tokens.metadata`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AuthTokensMetadataWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AuthTokensMetadataWithRawResponse(self._requester)

    def update(
        self,
        token_id: str,
        *,
        provider_account_label: None | str | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenSummary:
        """Update Token Label: `PATCH /v2/auth/tokens/{token_id}/metadata`.

        Update a token's provider_account_label. Only the token owner can update.


        Args:
            token_id (str):
            provider_account_label (None | str | Unset):
            is_default (bool | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenSummary
        """
        return self._requester.call(
            UPDATE_TOKEN_LABEL,
            {
                "token_id": token_id,
                "provider_account_label": provider_account_label,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AuthTokensMetadataWithRawResponse:
    """The operations of `cp.auth.tokens.metadata`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def update(
        self,
        token_id: str,
        *,
        provider_account_label: None | str | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenSummary]:
        """Update Token Label: `PATCH /v2/auth/tokens/{token_id}/metadata`.

        Update a token's provider_account_label. Only the token owner can update.


        Args:
            token_id (str):
            provider_account_label (None | str | Unset):
            is_default (bool | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenSummary]
        """
        return self._requester.call_raw(
            UPDATE_TOKEN_LABEL,
            {
                "token_id": token_id,
                "provider_account_label": provider_account_label,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokensMetadataResource:
    """The operations of `cp.auth.tokens.metadata`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAuthTokensMetadataWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncAuthTokensMetadataWithRawResponse(self._requester)

    async def update(
        self,
        token_id: str,
        *,
        provider_account_label: None | str | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OAuthTokenSummary:
        """Update Token Label: `PATCH /v2/auth/tokens/{token_id}/metadata`.

        Update a token's provider_account_label. Only the token owner can update.


        Args:
            token_id (str):
            provider_account_label (None | str | Unset):
            is_default (bool | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            OAuthTokenSummary
        """
        return await self._requester.call(
            UPDATE_TOKEN_LABEL,
            {
                "token_id": token_id,
                "provider_account_label": provider_account_label,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncAuthTokensMetadataWithRawResponse:
    """The operations of `cp.auth.tokens.metadata`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        token_id: str,
        *,
        provider_account_label: None | str | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[OAuthTokenSummary]:
        """Update Token Label: `PATCH /v2/auth/tokens/{token_id}/metadata`.

        Update a token's provider_account_label. Only the token owner can update.


        Args:
            token_id (str):
            provider_account_label (None | str | Unset):
            is_default (bool | None | Unset):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[OAuthTokenSummary]
        """
        return await self._requester.call_raw(
            UPDATE_TOKEN_LABEL,
            {
                "token_id": token_id,
                "provider_account_label": provider_account_label,
                "is_default": is_default,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
