"""The emulator's ASGI application: the handwritten Auth Service (v2) and Agent Connections
(v2) routes, a route from the vendored document for every other operation, the admin API and
fault injection."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import re
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import AnyHttpUrl, BaseModel, Field, TypeAdapter, ValidationError
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import QueryParams
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from langsmith_control_plane.testing._consent import consent_page, decide
from langsmith_control_plane.testing._deployments import Deployments
from langsmith_control_plane.testing._document import BadBody, Document, Invalid, Operation
from langsmith_control_plane.testing._document import document as spec_document
from langsmith_control_plane.testing._services import ServiceError
from langsmith_control_plane.testing._state import (
    ADMIN_PREFIX,
    AUTHENTICATE_PATH,
    WAIT_PREFIX,
    AgentConnection,
    AuthStatus,
    AuthWaitStatus,
    EmulatorState,
    Fault,
    FaultKind,
    Provider,
    RecordedRequest,
    StoredToken,
    authorize_path,
)

Connections = dict[tuple[str, int], asyncio.Transport]

# Where the API's operations live: requests under them are logged and may meet faults.
API_PREFIXES = ("/v1/", "/v2/")

# A JSON document cut short: what a client sees when a proxy truncates a response.
MALFORMED_BODY = b'{"status": "compl'


class _AnyTextConvertor(Convertor[str]):
    """A path parameter of any text, newlines and (decoded) slashes included."""

    regex = r"[\s\S]*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


_ANY_TEXT = "lscp_any_text"
register_url_convertor(_ANY_TEXT, _AnyTextConvertor())


class AuthWaitResponse(BaseModel):
    """Auth wait response."""

    # The docstring above is the schema description in the vendored spec, word for word.
    status: AuthWaitStatus
    token: str | None = None


# The models below mirror the vendored spec's schemas: the docstrings are their descriptions
# and the field names, types and defaults theirs, word for word.


class AuthAuthenticateRequest(BaseModel):
    """Auth authenticate request."""

    user_id: str | None = None
    ls_user_id: str | None = None
    agent_id: str | None = None
    provider: str
    scopes: list[str]
    # Upstream's two hidden fields carry a stray `include_in_schema: false` in their schema
    # (a FastAPI parameter given to a pydantic field lands there); reproduced for the drift test.
    use_agent_builder_public_oauth: bool = Field(
        default=False, json_schema_extra={"include_in_schema": False}
    )
    force_new: bool = False
    token_id: uuid.UUID | None = None
    redirect_uri: str | None = None
    is_default: bool = True
    check_only: bool = Field(default=False, json_schema_extra={"include_in_schema": False})


class AuthAuthenticateResponse(BaseModel):
    """Auth authenticate response."""

    status: AuthStatus
    url: str | None = None
    auth_id: str | None = None
    token: str | None = None
    user_id: str | None = None
    metadata: dict[str, Any] | None = None


class OAuthProviderCreateRequest(BaseModel):
    """Request model for creating OAuth provider manually."""

    provider_id: str
    name: str
    client_id: str
    client_secret: str | None = None
    auth_url: str
    token_url: str
    uses_pkce: bool = False
    code_challenge_method: str = "S256"
    provider_type: Literal["microsoft", "salesforce", "slack", "x"] | None = None
    token_endpoint_auth_method: Literal["none", "client_secret_basic", "client_secret_post"] = (
        "client_secret_post"  # noqa: S105 -- a method name, not a secret.
    )
    authorization_params: dict[str, str] = Field(default_factory=dict)
    allowed_redirect_uris: list[str] = Field(default_factory=list)


class MCPOAuthProviderCreateRequest(BaseModel):
    """Request model for creating OAuth provider via MCP auto-discovery."""

    provider_id: str
    name: str
    mcp_server_url: str


class OAuthProviderUpdateRequest(BaseModel):
    """Request model for updating OAuth provider."""

    name: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    auth_url: str | None = None
    token_url: str | None = None
    uses_pkce: bool | None = None
    code_challenge_method: str | None = None
    authorization_params: dict[str, str] | None = None
    allowed_redirect_uris: list[str] | None = None


class OAuthProviderResponse(BaseModel):
    """Response model for OAuth provider."""

    id: str
    organization_id: str
    provider_id: str
    name: str
    client_id: str
    auth_url: str
    token_url: str
    uses_pkce: bool
    code_challenge_method: str | None
    provider_type: str | None = None
    mcp_server_url: str | None = None
    token_endpoint_auth_method: str = "client_secret_post"  # noqa: S105 -- a method name.
    is_dynamic_client: bool = False
    authorization_params: dict[str, str] = Field(default_factory=dict)
    allowed_redirect_uris: list[str] = Field(default_factory=list)
    default_redirect_uri: str | None = None
    created_at: datetime
    updated_at: datetime


class OAuthTokenSummary(BaseModel):
    """Public-facing token summary — no sensitive data."""

    id: str
    provider_id: str
    provider_account_label: str | None = None
    scopes: list[str] = []
    expires_at: datetime | None = None
    is_default: bool = False
    created_at: datetime
    updated_at: datetime


class OAuthTokenUpdateRequest(BaseModel):
    """Request model for updating a token's metadata."""

    provider_account_label: str | None = None
    is_default: bool | None = None


class OAuthTokenStatusResponse(BaseModel):
    """Simple status indicating if a user has a token for a provider/agent."""

    has_token: bool


class OAuthFinalizeRequest(BaseModel):
    """Request model for OAuth callback finalization (frontend bridge and headless)."""

    code: str
    state: str


class CreateAgentConnectionRequest(BaseModel):
    oauth_token_id: str


class AgentConnectionResponse(BaseModel):
    id: str
    agent_id: str
    oauth_token_id: str
    provider_id: str
    provider_account_label: str | None
    scopes: list[str]
    expires_at: datetime | None
    created_by: str
    created_at: datetime


class AgentConnectionListResponse(BaseModel):
    data: list[AgentConnectionResponse]


class _CreateAuth(BaseModel):
    auth_id: str | None = None


class _Complete(BaseModel):
    token: str | None = None


class _GrantToken(BaseModel):
    provider: str
    scopes: list[str]
    user_id: str | None = None
    token: str | None = None


class _ExpireToken(BaseModel):
    provider: str
    user_id: str | None = None


class _ArmFault(BaseModel):
    kind: FaultKind
    status: int | None = None
    retry_after: str | None = None
    seconds: float | None = None
    value: str = "cancelled"
    times: int = Field(default=1, ge=1)
    auth_id: str | None = None


class _FailRevision(BaseModel):
    deployment_id: str | None = None
    phase: Literal["build", "deploy"]
    logs: list[str] = []


@dataclass(frozen=True)
class _Emulated:
    """One emulator's state and credentials: what the shared app serves a request from."""

    state: EmulatorState
    api_key: str = field(repr=False)
    workspace_id: str
    bearer_token: str = field(repr=False)


_EMULATED = "langsmith_control_plane.emulator"
"""The ASGI scope key under which `_FaultsAndLog` hands the app its emulator."""


async def _emulated(request: Request) -> _Emulated:
    # Async: FastAPI would run a plain function on a worker thread.
    emulated: _Emulated = request.scope[_EMULATED]
    return emulated


# A dependency taking only the Request: it adds no parameter to the schema.
Emulated = Annotated[_Emulated, Depends(_emulated)]


_CONVERTER = re.compile(r"\{(\w+):[^}]+\}")


def create_app(
    state: EmulatorState,
    connections: Connections,
    *,
    api_key: str,
    workspace_id: str,
    bearer_token: str,
) -> ASGIApp:
    """The emulator's app over `state`: the process's one FastAPI app behind this emulator's
    faults and log.

    `connections` maps each client address to its transport (kept by the server's protocol),
    which is how a drop fault closes the very connection a request arrived on.
    """
    app, methods_at = _shared_app()
    emulated = _Emulated(state, api_key, workspace_id, bearer_token)
    return _FaultsAndLog(app, emulated, connections, methods_at)


@functools.cache
def _shared_app() -> tuple[FastAPI, Callable[[Scope], set[str]]]:
    """The FastAPI app, and the methods at a path, for every emulator in the process.

    Building the app takes some 30 ms of CPU (FastAPI analyses every route), which a test suite
    starting hundreds of emulators would pay each time; the app holds no emulator's data (each
    request carries its own, see `Emulated`), so one serves them all, on any thread and loop.
    """

    async def check_credentials(request: Request, emu: Emulated) -> None:
        # A plain Request dependency, not Security(...): the schema must not grow parameters.
        api_key_sent = request.headers.get("x-api-key")
        authorization = request.headers.get("authorization")
        if api_key_sent is None and authorization is None:
            raise HTTPException(401, "Missing credentials: send X-Api-Key or a bearer token.")
        scheme, _, credentials = (authorization or "").partition(" ")
        bearer_ok = scheme.lower() == "bearer" and credentials.strip() == emu.bearer_token
        if api_key_sent != emu.api_key and not bearer_ok:
            raise HTTPException(401, "Invalid API key or bearer token.")
        tenant = request.headers.get("x-tenant-id")
        if tenant is not None and tenant != emu.workspace_id:
            raise HTTPException(403, "X-Tenant-Id does not match the API key's workspace.")

    app = FastAPI(
        title="LangSmith Deployment Control Plane API (local emulator)",
        version="0.1.0",
        description="A local test double of the authenticate and wait-for-auth endpoints; "
        f"admin API under `{ADMIN_PREFIX}/` (not in this schema).",
    )

    @app.post(
        AUTHENTICATE_PATH,
        tags=["Auth Service (v2)"],
        summary="Authenticate",
        description="Get OAuth token or start authentication flow if needed.",
        operation_id="authenticate_v2_auth_authenticate_post",
        dependencies=[Depends(check_credentials)],
    )
    async def authenticate(
        request: Request, emu: Emulated, body: AuthAuthenticateRequest
    ) -> AuthAuthenticateResponse:
        answer = emu.state.authenticate(
            body.user_id, body.provider, body.scopes, body.force_new, body.is_default, body.agent_id
        )
        url = None
        if answer.auth_id is not None:
            url = str(request.base_url).rstrip("/") + authorize_path(answer.auth_id)
        return AuthAuthenticateResponse(
            status=answer.status,
            url=url,
            auth_id=answer.auth_id,
            token=answer.token,
            user_id=body.user_id,
        )

    # Starlette routes on the percent-decoded path, so an id holding an encoded "/" (or a
    # newline, which `:path` would not match) needs a convertor that takes any text; a raw,
    # unencoded "/" is still refused below, as the real `{auth_id}` route would.
    @app.get(
        WAIT_PREFIX + "{auth_id:" + _ANY_TEXT + "}",
        tags=["Auth Service (v2)"],
        summary="Wait For Auth Completion",
        description="Wait for OAuth authentication completion.",
        operation_id="wait_for_auth_completion_v2_auth_wait__auth_id__get",
        dependencies=[Depends(check_credentials)],
    )
    async def wait_for_auth_completion(
        request: Request,
        emu: Emulated,
        auth_id: Annotated[str, Path(description="Authentication ID to wait for")],
        timeout: Annotated[int, Query(description="Timeout in seconds (default: 30)")] = 30,
    ) -> AuthWaitResponse:
        raw_id: bytes = request.scope["raw_path"][len(WAIT_PREFIX) :]
        if not auth_id or b"/" in raw_id:
            raise HTTPException(404, "Not Found")  # What the real route answers.
        status, token = await emu.state.wait(auth_id, timeout, lambda: _disconnect(request))
        return AuthWaitResponse(status=status, token=token)

    auth_router = _auth_router()
    app.include_router(auth_router, dependencies=[Depends(check_credentials)])
    app.include_router(_admin_router())
    # The router's own routes: the app holds an included router as one opaque wrapper.
    handwritten = [r for r in [*app.routes, *auth_router.routes] if isinstance(r, APIRoute)]
    # A handwritten path may carry a converter (`{auth_id:lscp_any_text}`); the document's
    # path names the parameter alone.
    served = {
        (method, _CONVERTER.sub(r"{\1}", route.path))
        for route in handwritten
        for method in route.methods or ()
    }
    operations = handwritten + _document_routes(app, served, check_credentials)
    app.openapi = functools.partial(_openapi, app)  # type: ignore[method-assign]

    def methods_at(scope: Scope) -> set[str]:
        # The methods of the operations at this path; empty for a path no operation serves.
        # Where a literal path and a template both match (`/tokens/exists`, `/tokens/{id}`),
        # the resource is the literal one, as in the spec.
        matching = [r for r in operations if r.matches(scope)[0] is not Match.NONE]
        fewest = min((len(r.param_convertors) for r in matching), default=0)
        return {
            method
            for route in matching
            if len(route.param_convertors) == fewest
            for method in route.methods or ()
        }

    return app, methods_at


Credentials = Callable[[Request, _Emulated], Awaitable[None]]


def _document_routes(
    app: FastAPI, served: set[tuple[str, str]], check_credentials: Credentials
) -> list[APIRoute]:
    """A route for every operation of the vendored document that no handwritten route serves:
    path, method, parameters, body and answers all the document's (`_document.py`); what it
    does, its service's handler (`_services.py`), else 501 naming it.

    Routes with fewer path parameters first, so a literal segment (`/deployments/free-count`)
    wins over a template (`/deployments/{deployment_id}`), as in the document.
    """
    document = spec_document()
    pending = [op for op in document.operations if (op.method, op.path) not in served]
    pending.sort(key=lambda op: (op.path.count("{"), op.path))
    for operation in pending:
        app.add_api_route(
            operation.path,
            _document_endpoint(operation, check_credentials),
            methods=[operation.method],
            include_in_schema=False,  # documented by the document itself (see `_openapi`)
            name=operation.operation_id,
        )
    return [
        r
        for r in app.routes
        if isinstance(r, APIRoute) and r.name in {o.operation_id for o in pending}
    ]


def _document_endpoint(
    operation: Operation, check_credentials: Credentials
) -> Callable[[Request], Awaitable[Response]]:
    document = spec_document()

    async def endpoint(request: Request) -> Response:
        emu: _Emulated = request.scope[_EMULATED]
        await check_credentials(request, emu)
        try:
            params, body = document.request(
                operation, request.path_params, request.query_params, await request.body()
            )
        except BadBody:
            return JSONResponse({"detail": "There was an error parsing the body"}, 400)
        except Invalid as refused:
            return JSONResponse({"detail": refused.errors}, 422)
        handler = emu.state.services.handler(operation.name)
        if handler is None:
            if operation.method == "GET" and "{" not in operation.path:
                # A read with no state behaviour answers what the document makes up.
                status = document.success(operation)
                return JSONResponse(document.fixture(document.answer_schema(operation, status)))
            return JSONResponse(
                {"detail": f"{operation.describe()} is not emulated: no state behaviour for it"},
                501,
            )
        try:
            status, value = handler(params, body)
        except ServiceError as refused:
            return JSONResponse({"detail": refused.detail}, refused.status)
        schema = document.answer_schema(operation, status)
        if value is None and schema is None:
            return Response(status_code=status)
        return JSONResponse(document.shape(schema, value) if schema is not None else value, status)

    endpoint.__name__ = operation.name
    return endpoint


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The app's schema: the handwritten routes' as FastAPI makes it, plus the document's own
    entry for every operation served from the document."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        document = spec_document()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        for route in app.routes:
            if isinstance(route, APIRoute) and not route.include_in_schema:
                for operation in document.operations:
                    if operation.operation_id == route.name:
                        item = schema.setdefault("paths", {}).setdefault(operation.path, {})
                        # No `security`, as for the handwritten ones: checked in code.
                        entry = {k: v for k, v in operation.spec.items() if k != "security"}
                        item[operation.method.lower()] = entry
                        _add_reached(document, operation.spec, schemas)
        app.openapi_schema = schema
    return app.openapi_schema


def _add_reached(document: Document, node: Any, schemas: dict[str, Any]) -> None:  # noqa: ANN401
    """Add every component schema `node` reaches to `schemas`."""
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                name = ref.rpartition("/")[2]
                if name not in schemas:
                    schemas[name] = document.resolve(item)
                    todo.append(schemas[name])
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)


_AUTH = "Auth Service (v2)"
_CONNECTIONS = "Agent Connections (v2)"
_PROVIDER_ID = Annotated[str, Path(title="Provider Id")]
_AGENT_ID = Annotated[str, Path(description="Agent ID")]


# The redirect routes' optional query parameters are upstream's `str = Query(None)`: plain
# strings in the schema, not nullable ones. Only this old form reproduces that (an Annotated
# parameter cannot default to None without being nullable); the value is None when absent.
def _optional_query(description: str, alias: str | None = None) -> Any:  # noqa: ANN401 -- Query() is Any.
    return Query(None, alias=alias, description=description)


_HTTP_URL: TypeAdapter[AnyHttpUrl] = TypeAdapter(AnyHttpUrl)


# A provider id holding an encoded "/" (`git%2Fhub`) is one id, as for the wait route above.
PROVIDER_PREFIX = "/v2/auth/providers/"
PROVIDER_PATH = PROVIDER_PREFIX + "{provider_id:" + _ANY_TEXT + "}"


def _one_segment(request: Request) -> None:
    """A raw, unencoded "/" after the prefix is another path, which the real route refuses."""
    if b"/" in request.scope["raw_path"][len(PROVIDER_PREFIX) :]:
        raise HTTPException(404, "Not Found")


def _auth_router() -> APIRouter:
    """Every Auth Service and Agent Connections operation but authenticate and wait.

    Summaries, descriptions and parameters are the vendored spec's, word for word (the drift
    test compares them).
    """
    router = APIRouter()

    @router.get(
        "/v2/auth/providers",
        tags=[_AUTH],
        summary="List Oauth Providers",
        description="List OAuth providers.",
        operation_id="list_oauth_providers_v2_auth_providers_get",
    )
    async def list_oauth_providers(emu: Emulated) -> list[OAuthProviderResponse]:
        return [_provider_answer(emu, p) for p in emu.state.providers()]

    @router.post(
        "/v2/auth/providers",
        tags=[_AUTH],
        summary="Create Oauth Provider",
        description="Create a new OAuth provider manually.",
        operation_id="create_oauth_provider_v2_auth_providers_post",
    )
    async def create_oauth_provider(
        emu: Emulated, body: OAuthProviderCreateRequest
    ) -> OAuthProviderResponse:
        _check_urls(body, ("auth_url", "token_url"))
        fields = body.model_dump(exclude={"client_secret"})
        extra = {"mcp_server_url": None, "is_dynamic_client": False}
        return _provider_answer(emu, _create_provider(emu.state, fields | extra))

    @router.post(
        "/v2/auth/providers/mcp-discover",
        tags=[_AUTH],
        summary="Create Mcp Oauth Provider",
        description="Create an OAuth provider via MCP auto-discovery.",
        operation_id="create_mcp_oauth_provider_v2_auth_providers_mcp_discover_post",
    )
    async def create_mcp_oauth_provider(
        emu: Emulated,
        body: MCPOAuthProviderCreateRequest,
    ) -> OAuthProviderResponse:
        _check_urls(body, ("mcp_server_url",))
        return _provider_answer(emu, _create_provider(emu.state, _discovered(body)))

    @router.get(
        PROVIDER_PATH,
        tags=[_AUTH],
        dependencies=[Depends(_one_segment)],
        summary="Get Oauth Provider",
        description="Get a specific OAuth provider.",
        operation_id="get_oauth_provider_v2_auth_providers__provider_id__get",
    )
    async def get_oauth_provider(
        emu: Emulated,
        provider_id: Annotated[str, Path(description="OAuth provider ID")],
    ) -> OAuthProviderResponse:
        with _not_found():
            return _provider_answer(emu, emu.state.provider(provider_id))

    @router.patch(
        PROVIDER_PATH,
        tags=[_AUTH],
        dependencies=[Depends(_one_segment)],
        summary="Update Oauth Provider",
        description="Update an OAuth provider.",
        operation_id="update_oauth_provider_v2_auth_providers__provider_id__patch",
    )
    async def update_oauth_provider(
        emu: Emulated, provider_id: _PROVIDER_ID, body: OAuthProviderUpdateRequest
    ) -> OAuthProviderResponse:
        _check_urls(body, ("auth_url", "token_url"))
        # A member left out, or sent as null, keeps its value; the secret is discarded.
        changes = body.model_dump(exclude={"client_secret"}, exclude_none=True)
        with _not_found():
            return _provider_answer(emu, emu.state.update_provider(provider_id, changes))

    @router.delete(
        PROVIDER_PATH,
        tags=[_AUTH],
        dependencies=[Depends(_one_segment)],
        summary="Delete Oauth Provider",
        description="Delete an OAuth provider.",
        operation_id="delete_oauth_provider_v2_auth_providers__provider_id__delete",
        response_model=None,
    )
    async def delete_oauth_provider(emu: Emulated, provider_id: _PROVIDER_ID) -> dict[str, Any]:
        with _not_found():
            deleted = emu.state.delete_provider(provider_id)
        # The real service's answer carries a message (langchain-auth reads it).
        return {
            "message": f"OAuth provider {provider_id!r} deleted",
            "provider_id": provider_id,
            "deleted_tokens": deleted,
        }

    @router.get(
        "/v2/auth/tokens",
        tags=[_AUTH],
        summary="List Oauth Tokens For User",
        description="List the calling user's tokens for a provider.",
        operation_id="list_oauth_tokens_for_user_v2_auth_tokens_get",
    )
    async def list_oauth_tokens_for_user(
        emu: Emulated,
        provider_id: Annotated[str | None, Query(description="OAuth provider ID")] = None,
    ) -> list[OAuthTokenSummary]:
        return [_summary(t) for t in emu.state.tokens(provider_id)]

    @router.delete(
        "/v2/auth/tokens",
        tags=[_AUTH],
        summary="Delete Oauth Tokens For User",
        description="Delete all tokens for the current user for the given provider "
        "(across agents).",
        operation_id="delete_oauth_tokens_for_user_v2_auth_tokens_delete",
        response_model=None,
    )
    async def delete_oauth_tokens_for_user(
        emu: Emulated,
        provider_id: Annotated[
            str, Query(description="OAuth provider ID to revoke for current user")
        ],
    ) -> dict[str, Any]:
        deleted = emu.state.delete_tokens(provider_id)
        # The real service's answer carries a message (langchain-auth reads it).
        return {
            "message": f"Revoked {deleted} token(s) for {provider_id!r}",
            "provider_id": provider_id,
            "deleted": deleted,
        }

    @router.get(
        "/v2/auth/tokens/exists",
        tags=[_AUTH],
        summary="Check Oauth Token Exists",
        description="Return whether the current user has any tokens for a given provider "
        "(across agents).",
        operation_id="check_oauth_token_exists_v2_auth_tokens_exists_get",
    )
    async def check_oauth_token_exists(
        emu: Emulated,
        provider_id: Annotated[str, Query(description="OAuth provider ID")],
    ) -> OAuthTokenStatusResponse:
        return OAuthTokenStatusResponse(has_token=bool(emu.state.tokens(provider_id)))

    @router.delete(
        "/v2/auth/tokens/workspace/slack",
        tags=[_AUTH],
        summary="Revoke All Slack Tokens For Workspace",
        description="Revoke ALL Slack tokens for the workspace. Admin-only action that "
        "disconnects Slack entirely.\n\nThis is a destructive operation that:\n"
        "- Revokes all Slack tokens on Slack's side for all users in the workspace\n"
        "- Deletes all Slack tokens from the database",
        operation_id="revoke_all_slack_tokens_for_workspace_v2_auth_tokens_workspace_slack_delete",
        response_model=None,
    )
    async def revoke_all_slack_tokens_for_workspace(emu: Emulated) -> dict[str, Any]:
        return {"deleted": emu.state.delete_slack_tokens()}

    @router.get(
        "/v2/auth/tokens/workspace/slack/exists",
        tags=[_AUTH],
        summary="Check Workspace Slack Tokens Exist",
        description="Check if the workspace has any Slack tokens.",
        operation_id="check_workspace_slack_tokens_exist_v2_auth_tokens_workspace_slack_exists_get",
    )
    async def check_workspace_slack_tokens_exist(emu: Emulated) -> OAuthTokenStatusResponse:
        return OAuthTokenStatusResponse(has_token=emu.state.has_slack_tokens())

    @router.delete(
        "/v2/auth/tokens/{token_id}",
        tags=[_AUTH],
        summary="Delete Single Oauth Token",
        description="Delete a specific OAuth token, revoking it at the provider first.\n\n"
        "Only the token owner can delete it.",
        operation_id="delete_single_oauth_token_v2_auth_tokens__token_id__delete",
        status_code=204,
        response_class=Response,
    )
    async def delete_single_oauth_token(emu: Emulated, token_id: str) -> Response:
        with _not_found():
            emu.state.delete_token(token_id)
        return Response(status_code=204)

    @router.patch(
        "/v2/auth/tokens/{token_id}/metadata",
        tags=[_AUTH],
        summary="Update Token Label",
        description="Update a token's provider_account_label. Only the token owner can update.",
        operation_id="update_token_label_v2_auth_tokens__token_id__metadata_patch",
    )
    async def update_token_label(
        emu: Emulated, token_id: str, body: OAuthTokenUpdateRequest
    ) -> OAuthTokenSummary:
        # A label sent as null clears it; `is_default` sent as null, like one left out, stays.
        changes = body.model_dump(include=body.model_fields_set)
        if changes.get("is_default", False) is None:
            del changes["is_default"]
        with _not_found():
            return _summary(emu.state.update_token(token_id, changes))

    @router.get(
        "/v2/auth/callback/{provider_id}",
        tags=[_AUTH],
        summary="Oauth Callback Get",
        description="Handle OAuth callback redirect from OAuth providers.\n\n"
        "Processes the OAuth token exchange, then redirects to the frontend callback\n"
        "page for a consistent UI experience.",
        operation_id="oauth_callback_get_v2_auth_callback__provider_id__get",
        response_model=None,
    )
    async def oauth_callback_get(
        emu: Emulated,
        provider_id: _PROVIDER_ID,
        code: str = _optional_query("Authorization code from OAuth provider"),
        state_: str = _optional_query("State parameter containing auth_id", "state"),
        error: str = _optional_query("Error code from OAuth provider"),
        error_description: str = _optional_query("Error description from OAuth provider"),
    ) -> dict[str, Any]:
        return _finish(emu.state, provider_id, code, state_, error)

    @router.post(
        "/v2/auth/callback/{provider_id}",
        tags=[_AUTH],
        summary="Oauth Callback",
        description="Finalize an OAuth flow.\n\nClaims the auth request, verifies the caller, "
        "exchanges the code, and saves the token.\nUsed by both the frontend bridge and the "
        "headless flow (where a customer-owned service\nforwards the code/state, optionally "
        "proxied through smith-go). In all cases the auth\nrequest is user-initiated and the "
        "caller presents the end user's own credentials, so\nthe authenticated user must match "
        "the user who initiated the flow.",
        operation_id="oauth_callback_v2_auth_callback__provider_id__post",
        response_model=None,
    )
    async def oauth_callback(
        emu: Emulated, provider_id: _PROVIDER_ID, body: OAuthFinalizeRequest
    ) -> dict[str, Any]:
        return _finish(emu.state, provider_id, body.code, body.state, None)

    @router.get(
        "/v2/auth/setup/{provider_id}",
        tags=[_AUTH],
        summary="Oauth Setup Callback",
        description=_SETUP_DESCRIPTION,
        operation_id="oauth_setup_callback_v2_auth_setup__provider_id__get",
        response_model=None,
    )
    async def oauth_setup_callback(
        emu: Emulated,
        provider_id: _PROVIDER_ID,
        code: str = _optional_query("Authorization code from OAuth provider"),
        state_: str = _optional_query("State parameter containing auth_id", "state"),
        setup_action: str = _optional_query("Setup action from GitHub App"),
        installation_id: int = _optional_query("GitHub App installation ID"),
        error: str = _optional_query("Error code from OAuth provider"),
        error_description: str = _optional_query("Error description from OAuth provider"),
    ) -> dict[str, Any]:
        if setup_action == "update":  # Repository access changed: no token to exchange.
            return {"status": "updated", "provider_id": provider_id}
        return _finish(emu.state, provider_id, code, state_, error)

    @router.get(
        "/v2/auth/agents/{agent_id}/connections",
        tags=[_CONNECTIONS],
        summary="List Connections",
        operation_id="list_connections_v2_auth_agents__agent_id__connections_get",
    )
    async def list_connections(emu: Emulated, agent_id: _AGENT_ID) -> AgentConnectionListResponse:
        return AgentConnectionListResponse(
            data=[_connection(c, t) for c, t in emu.state.connections(agent_id)]
        )

    @router.post(
        "/v2/auth/agents/{agent_id}/connections",
        tags=[_CONNECTIONS],
        summary="Create Connection",
        operation_id="create_connection_v2_auth_agents__agent_id__connections_post",
        status_code=201,
    )
    async def create_connection(
        emu: Emulated, agent_id: _AGENT_ID, body: CreateAgentConnectionRequest
    ) -> AgentConnectionResponse:
        with _not_found():
            return _connection(*emu.state.connect(agent_id, body.oauth_token_id))

    @router.delete(
        "/v2/auth/agents/{agent_id}/connections/{connection_id}",
        tags=[_CONNECTIONS],
        summary="Remove Connection",
        operation_id="remove_connection_v2_auth_agents__agent_id__connections__connection_id__delete",
        status_code=204,
        response_class=Response,
    )
    async def remove_connection(
        emu: Emulated,
        agent_id: _AGENT_ID,
        connection_id: Annotated[str, Path(description="Connection ID")],
    ) -> Response:
        with _not_found():
            emu.state.disconnect(agent_id, connection_id)
        return Response(status_code=204)

    return router


_SETUP_DESCRIPTION = """Handle OAuth setup callback redirect from GitHub Apps.

This endpoint handles the "Setup URL" callback from GitHub Apps, which is
triggered when a user installs or updates their GitHub App installation.

For "update" actions (user modified repo access via GitHub), we just show
a success page since no token exchange is needed.

For new installations with code/state, we process similar to the regular
OAuth callback."""


@contextlib.contextmanager
def _not_found() -> Iterator[None]:
    """Turn the state's KeyError (an unknown id) into a 404 with its message.

    The spec lists no 404 (FastAPI documents no HTTPException), but the service answers one for
    an unknown id, and so does the emulator.
    """
    try:
        yield
    except KeyError as exc:
        raise HTTPException(404, exc.args[0]) from exc


def _refuse(errors: list[dict[str, Any]]) -> RequestValidationError:
    """A 422 in FastAPI's own shape, for a field the schema accepts but the emulator does not."""
    return RequestValidationError(errors)


def _check_urls(body: BaseModel, names: tuple[str, ...]) -> None:
    # The spec types these as plain strings; the service (and the emulator) wants http(s)
    # URLs, and says which field is wrong the way FastAPI would, all of them at once.
    errors = []
    for name in names:
        value = getattr(body, name)
        if value is None:
            continue
        try:
            _HTTP_URL.validate_python(value)
        except ValidationError as exc:
            errors += [
                {"type": e["type"], "loc": ("body", name), "msg": e["msg"], "input": value}
                for e in exc.errors()
            ]
    if errors:
        raise _refuse(errors)


def _provider_answer(emu: _Emulated, provider: Provider) -> OAuthProviderResponse:
    return OAuthProviderResponse(organization_id=emu.workspace_id, **asdict(provider))


def _create_provider(state: EmulatorState, fields: dict[str, Any]) -> Provider:
    try:
        return state.create_provider(fields)
    except ValueError as exc:
        # The spec lists no 409, so a duplicate is a 422 naming the field, like a bad value.
        raise _refuse(
            [
                {
                    "type": "value_error",
                    "loc": ("body", "provider_id"),
                    "msg": f"Value error, {exc}",
                    "input": fields["provider_id"],
                }
            ]
        ) from exc


def _discovered(body: MCPOAuthProviderCreateRequest) -> dict[str, Any]:
    """What MCP discovery finds for `body`, made up from the URL alone: no network.

    The endpoints are the server's origin plus `/authorize` and `/token`, and the client is a
    dynamically registered public one using PKCE, as MCP's authorization spec has it.
    """
    url = _HTTP_URL.validate_python(body.mcp_server_url)
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    return {
        "provider_id": body.provider_id,
        "name": body.name,
        "client_id": f"mcp-{uuid.uuid5(uuid.NAMESPACE_URL, body.mcp_server_url)}",
        "auth_url": origin + "/authorize",
        "token_url": origin + "/token",
        "uses_pkce": True,
        "code_challenge_method": "S256",
        "provider_type": None,
        "mcp_server_url": body.mcp_server_url,
        "token_endpoint_auth_method": "none",
        "is_dynamic_client": True,
    }


def _finish(
    state: EmulatorState,
    provider_id: str,
    code: str | None,
    auth_id: str | None,
    error: str | None,
) -> dict[str, Any]:
    """The provider's redirect back: `state` names the flow, `code` (any) stands for consent.

    There is no provider to exchange the code with, so any code completes the flow and a
    fresh token is minted; `error` is the user's refusal.
    """
    if auth_id is None or (code is None and error is None):
        outcome = "invalid"  # Neither a code nor an error: nothing to finish.
    else:
        outcome = state.finish_consent(auth_id, provider_id, error)
    return {"status": outcome, "provider_id": provider_id, "auth_id": auth_id}


def _summary(stored: StoredToken) -> OAuthTokenSummary:
    return OAuthTokenSummary(
        id=stored.id,
        provider_id=stored.provider_id,
        provider_account_label=stored.provider_account_label,
        scopes=list(stored.scopes),
        expires_at=stored.expires_at,
        is_default=stored.is_default,
        created_at=stored.created_at,
        updated_at=stored.updated_at,
    )


def _connection(connection: AgentConnection, stored: StoredToken) -> AgentConnectionResponse:
    return AgentConnectionResponse(
        id=connection.id,
        agent_id=connection.agent_id,
        oauth_token_id=connection.oauth_token_id,
        provider_id=stored.provider_id,
        provider_account_label=stored.provider_account_label,
        scopes=list(stored.scopes),
        expires_at=stored.expires_at,
        created_by=connection.created_by,
        created_at=connection.created_at,
    )


async def _disconnect(request: Request) -> None:
    # The body was read already (a GET has none), so the next message that matters is the
    # disconnect.
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _admin_router() -> APIRouter:
    router = APIRouter(prefix=ADMIN_PREFIX, include_in_schema=False)

    @router.post("/auth", status_code=201)
    async def create_auth(
        emu: Emulated, request: Request, body: Annotated[_CreateAuth | None, Body()] = None
    ) -> dict[str, str]:
        try:
            auth_id = emu.state.create_auth(body.auth_id if body else None)
        except ValueError as exc:
            raise HTTPException(409, str(exc)) from exc
        url = str(request.base_url).rstrip("/") + authorize_path(auth_id)
        return {"auth_id": auth_id, "authorize_url": url}

    @router.post("/auth/{auth_id:path}/complete")
    async def complete(
        emu: Emulated, auth_id: str, body: Annotated[_Complete | None, Body()] = None
    ) -> dict[str, str]:
        try:
            token = emu.state.complete(auth_id, body.token if body else None)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        except ValueError as exc:
            raise HTTPException(409, str(exc)) from exc
        return {"auth_id": auth_id, "token": token}

    @router.post("/auth/{auth_id:path}/expire")
    async def expire(emu: Emulated, auth_id: str) -> dict[str, str]:
        try:
            emu.state.expire(auth_id)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        return {"auth_id": auth_id}

    @router.post("/tokens", status_code=201)
    async def grant_token(emu: Emulated, body: _GrantToken) -> dict[str, Any]:
        token = emu.state.grant_token(body.user_id, body.provider, body.scopes, body.token)
        return {"user_id": body.user_id, "provider": body.provider, "token": token}

    @router.post("/tokens/expire")
    async def expire_token(emu: Emulated, body: _ExpireToken) -> dict[str, Any]:
        try:
            emu.state.expire_token(body.user_id, body.provider)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        return {"user_id": body.user_id, "provider": body.provider}

    @router.post("/faults", status_code=201)
    async def arm_fault(emu: Emulated, body: _ArmFault) -> dict[str, Any]:
        try:
            fault = Fault(
                kind=body.kind,
                times=body.times,
                auth_id=body.auth_id,
                status=body.status,
                retry_after=body.retry_after,
                seconds=body.seconds,
                value=body.value if body.kind == "unknown_status" else None,
            )
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        emu.state.add_fault(fault)
        return asdict(fault)

    @router.post("/revision-failures", status_code=201)
    async def fail_next_revision(emu: Emulated, body: _FailRevision) -> dict[str, Any]:
        deployments = emu.state.services.find(Deployments)
        try:
            failure = deployments.fail_next_revision(body.deployment_id, body.phase, body.logs)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        return asdict(failure)

    @router.get("/requests")
    async def requests(emu: Emulated) -> list[dict[str, Any]]:
        return [asdict(record) for record in emu.state.requests()]

    @router.delete("/requests", status_code=204)
    async def reset_requests(emu: Emulated) -> None:
        emu.state.reset_requests()

    # The page and the person's answer: `_consent`.
    @router.get("/authorize/{auth_id:path}", response_class=HTMLResponse)
    async def authorize_page(emu: Emulated, auth_id: str) -> HTMLResponse:
        return consent_page(emu.state, auth_id, authorize_path(auth_id))

    @router.post("/authorize/{auth_id:path}", response_class=HTMLResponse)
    async def approve_or_deny(
        emu: Emulated, auth_id: str, error: str | None = None
    ) -> HTMLResponse:
        return decide(emu.state, auth_id, error)

    return router


class _FaultsAndLog:
    """ASGI middleware: hands the app its emulator, logs every API request and fires armed
    faults before the app runs.

    Faults act before authentication and validation: they stand for the network and the
    infrastructure in front of the real server, not for the endpoint's own logic. They fire
    on the API operations only (an unknown path is the app's 404 either way).
    """

    def __init__(
        self,
        app: ASGIApp,
        emulated: _Emulated,
        connections: Connections,
        methods_at: Callable[[Scope], set[str]],
    ) -> None:
        self.app = app
        self.emulated = emulated
        self.connections = connections
        self.methods_at = methods_at

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[_EMULATED] = self.emulated
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(API_PREFIXES):
            await self.app(scope, receive, send)
            return
        auth_id = path.removeprefix(WAIT_PREFIX) if path.startswith(WAIT_PREFIX) else None
        # Read up front, so the log holds the body as sent even when a fault answers instead.
        body, receive = await _read_body(receive)
        logged = False

        def log(status: int | None) -> None:
            nonlocal logged
            if not logged:
                logged = True
                self.emulated.state.record(_recorded(scope, auth_id, body, status))

        methods = self.methods_at(scope)

        async def log_then_send(message: Message) -> None:
            # Logged before the first byte goes out, so a client that has its response can
            # already find the request in the log.
            if message["type"] == "http.response.start":
                log(message["status"])
                if message["status"] == 405:
                    # Starlette's 405 lists the methods of the first route at the path only;
                    # HTTP wants every method the resource supports.
                    headers = [(k, v) for k, v in message["headers"] if k.lower() != b"allow"]
                    allow = ", ".join(sorted(methods)).encode("latin-1")
                    message["headers"] = [*headers, (b"allow", allow)]
            await send(message)

        try:
            fault = None
            if methods:
                fault = self.emulated.state.take_fault(auth_id)
            if fault is None and methods and scope["method"] not in methods:
                # A literal path (`/v2/deployments/free-count`) is its own resource, even where a
                # template (`/v2/deployments/{deployment_id}`) of another method also matches.
                await JSONResponse({"detail": "Method Not Allowed"}, 405)(
                    scope, receive, log_then_send
                )
            elif fault is None:
                await self.app(scope, receive, log_then_send)
            elif fault.kind == "drop":
                log(None)
                await self._drop(scope, receive)
            else:
                await self._fire(fault, scope, receive, log_then_send)
        finally:
            log(None)  # No response was started.

    async def _fire(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        response: Response
        if fault.kind == "delay":
            assert fault.seconds is not None  # Fault checks this on creation.
            await self.emulated.state.pause(fault.seconds)
            await self.app(scope, receive, send)
            return
        if fault.kind == "status":
            assert fault.status is not None  # Fault checks this on creation.
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            response = JSONResponse(
                {"detail": f"Injected fault: HTTP {fault.status}"}, fault.status, headers
            )
        elif fault.kind == "malformed":
            response = Response(MALFORMED_BODY, media_type="application/json")
        elif scope["path"] == AUTHENTICATE_PATH:
            # Every member the route's answers carry, as null, beside the unlisted status.
            fields = dict.fromkeys(AuthAuthenticateResponse.model_fields)
            response = JSONResponse(fields | {"status": fault.value})
        elif scope["path"].startswith(WAIT_PREFIX):
            response = JSONResponse({"status": fault.value, "token": None})
        else:
            response = JSONResponse({"status": fault.value})
        await response(scope, receive, send)

    async def _drop(self, scope: Scope, receive: Receive) -> None:
        transport = self.connections.get(tuple(scope["client"]))
        if transport is None:
            raise RuntimeError("drop faults need the emulator's own server")
        # Abort: close the socket at once, with no response bytes and no graceful flush.
        transport.abort()
        # Return only once the server has seen the disconnect, so it does not answer a 500.
        while (await receive())["type"] != "http.disconnect":
            pass


async def _read_body(receive: Receive) -> tuple[bytes, Receive]:
    """The request body, and a `receive` that hands the app the same messages again."""
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            break  # The whole body, or a client gone before sending it all.
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return body, replay


def _recorded(
    scope: Scope, auth_id: str | None, body: bytes, status: int | None
) -> RecordedRequest:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    query: bytes = scope["query_string"]
    target: bytes = scope["raw_path"] + (b"?" + query if query else b"")
    timeout = QueryParams(query).get("timeout")
    try:
        timeout_value = int(timeout) if timeout is not None else None
    except ValueError:
        timeout_value = None
    return RecordedRequest(
        method=scope["method"],
        path=scope["path"],
        raw_path=target.decode("latin-1"),
        auth_id=auth_id,
        timeout=timeout_value,
        headers=headers,
        body=body.decode("utf-8", "replace"),
        status_code=status,
        client_port=scope["client"][1],
    )
