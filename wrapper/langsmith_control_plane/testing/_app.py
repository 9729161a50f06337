"""The emulator's ASGI application: the authenticate and wait endpoints, the admin API and
fault injection."""

from __future__ import annotations

import asyncio
import html
import uuid
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import QueryParams
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from langsmith_control_plane.testing._state import (
    ADMIN_PREFIX,
    AUTHENTICATE_PATH,
    WAIT_PREFIX,
    AuthStatus,
    AuthWaitStatus,
    EmulatorState,
    Fault,
    FaultKind,
    RecordedRequest,
    authorize_path,
)

Connections = dict[tuple[str, int], asyncio.Transport]

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


def create_app(
    state: EmulatorState,
    connections: Connections,
    *,
    api_key: str,
    workspace_id: str,
    bearer_token: str,
) -> ASGIApp:
    """Build the emulator's app over `state`.

    `connections` maps each client address to its transport (kept by the server's protocol),
    which is how a drop fault closes the very connection a request arrived on.
    """

    async def check_credentials(request: Request) -> None:
        # A plain Request dependency, not Security(...): the schema must not grow parameters.
        api_key_sent = request.headers.get("x-api-key")
        authorization = request.headers.get("authorization")
        if api_key_sent is None and authorization is None:
            raise HTTPException(401, "Missing credentials: send X-Api-Key or a bearer token.")
        scheme, _, credentials = (authorization or "").partition(" ")
        bearer_ok = scheme.lower() == "bearer" and credentials.strip() == bearer_token
        if api_key_sent != api_key and not bearer_ok:
            raise HTTPException(401, "Invalid API key or bearer token.")
        tenant = request.headers.get("x-tenant-id")
        if tenant is not None and tenant != workspace_id:
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
        request: Request, body: AuthAuthenticateRequest
    ) -> AuthAuthenticateResponse:
        answer = state.authenticate(body.user_id, body.provider, body.scopes, body.force_new)
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
        auth_id: Annotated[str, Path(description="Authentication ID to wait for")],
        timeout: Annotated[int, Query(ge=0, description="Timeout in seconds (default: 30)")] = 30,
    ) -> AuthWaitResponse:
        raw_id: bytes = request.scope["raw_path"][len(WAIT_PREFIX) :]
        if not auth_id or b"/" in raw_id:
            raise HTTPException(404, "Not Found")  # What the real route answers.
        status, token = await state.wait(auth_id, timeout, lambda: _disconnect(request))
        return AuthWaitResponse(status=status, token=token)

    app.include_router(_admin_router(state))
    return _FaultsAndLog(app, state, connections)


async def _disconnect(request: Request) -> None:
    # The body was read already (a GET has none), so the next message that matters is the
    # disconnect.
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _admin_router(state: EmulatorState) -> APIRouter:
    router = APIRouter(prefix=ADMIN_PREFIX, include_in_schema=False)

    @router.post("/auth", status_code=201)
    async def create_auth(
        request: Request, body: Annotated[_CreateAuth | None, Body()] = None
    ) -> dict[str, str]:
        try:
            auth_id = state.create_auth(body.auth_id if body else None)
        except ValueError as exc:
            raise HTTPException(409, str(exc)) from exc
        url = str(request.base_url).rstrip("/") + authorize_path(auth_id)
        return {"auth_id": auth_id, "authorize_url": url}

    @router.post("/auth/{auth_id:path}/complete")
    async def complete(
        auth_id: str, body: Annotated[_Complete | None, Body()] = None
    ) -> dict[str, str]:
        try:
            token = state.complete(auth_id, body.token if body else None)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        except ValueError as exc:
            raise HTTPException(409, str(exc)) from exc
        return {"auth_id": auth_id, "token": token}

    @router.post("/auth/{auth_id:path}/expire")
    async def expire(auth_id: str) -> dict[str, str]:
        try:
            state.expire(auth_id)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        return {"auth_id": auth_id}

    @router.post("/tokens", status_code=201)
    async def grant_token(body: _GrantToken) -> dict[str, Any]:
        token = state.grant_token(body.user_id, body.provider, body.scopes, body.token)
        return {"user_id": body.user_id, "provider": body.provider, "token": token}

    @router.post("/tokens/expire")
    async def expire_token(body: _ExpireToken) -> dict[str, Any]:
        try:
            state.expire_token(body.user_id, body.provider)
        except KeyError as exc:
            raise HTTPException(404, exc.args[0]) from exc
        return {"user_id": body.user_id, "provider": body.provider}

    @router.post("/faults", status_code=201)
    async def arm_fault(body: _ArmFault) -> dict[str, Any]:
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
        state.add_fault(fault)
        return asdict(fault)

    @router.get("/requests")
    async def requests() -> list[dict[str, Any]]:
        return [asdict(record) for record in state.requests()]

    @router.delete("/requests", status_code=204)
    async def reset_requests() -> None:
        state.reset_requests()

    @router.get("/authorize/{auth_id:path}", response_class=HTMLResponse)
    async def authorize_page(auth_id: str) -> HTMLResponse:
        if state.peek(auth_id) is AuthWaitStatus.NOT_FOUND:
            return _page("No such sign-in", _EXPIRED, status_code=404)
        form = (
            f'<form method="post" action="{html.escape(authorize_path(auth_id))}">'
            '<button type="submit">Approve</button></form>'
        )
        ask = f"<p>An agent asks to finish sign-in <code>{html.escape(auth_id)}</code>.</p>"
        return _page("Authorize access", ask + form)

    @router.post("/authorize/{auth_id:path}", response_class=HTMLResponse)
    async def approve(auth_id: str) -> HTMLResponse:
        try:
            state.complete(auth_id, None)
        except KeyError:
            return _page("No such sign-in", _EXPIRED, status_code=404)
        except ValueError:
            pass  # Approving twice (a double click) approves once.
        return _page("Approved, you can close this tab", "")

    return router


_EXPIRED = "<p>This sign-in link is unknown or has expired.</p>"


def _page(title: str, body_html: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{title}</h1>{body_html}</body></html>",
        status_code=status_code,
    )


class _FaultsAndLog:
    """ASGI middleware: logs every API request and fires armed faults before the app runs.

    Faults act before authentication and validation: they stand for the network and the
    infrastructure in front of the real server, not for the endpoint's own logic. They fire
    on the two API operations only (an unknown path is the app's 404 either way).
    """

    def __init__(self, app: ASGIApp, state: EmulatorState, connections: Connections) -> None:
        self.app = app
        self.state = state
        self.connections = connections

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/v2/"):
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
                self.state.record(_recorded(scope, auth_id, body, status))

        async def log_then_send(message: Message) -> None:
            # Logged before the first byte goes out, so a client that has its response can
            # already find the request in the log.
            if message["type"] == "http.response.start":
                log(message["status"])
            await send(message)

        try:
            fault = None
            if auth_id is not None or path == AUTHENTICATE_PATH:
                fault = self.state.take_fault(auth_id)
            if fault is None:
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
            await self.state.pause(fault.seconds)
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
        else:
            response = JSONResponse({"status": fault.value, "token": None})
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
