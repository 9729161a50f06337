"""ControlPlane and AsyncControlPlane end to end, over loopback HTTP to the emulator.

Every scenario runs twice, through the sync and the async client, via the `client` fixture.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from langsmith_control_plane import (
    APIConnectionError,
    AsyncControlPlane,
    AuthenticationError,
    AuthNotFoundError,
    AuthResult,
    AuthWaitStatus,
    AuthWaitTimeout,
    ControlPlane,
    ControlPlaneError,
    InternalServerError,
    PermissionDeniedError,
    RequestValidationError,
    UnexpectedResponseError,
    __version__,
)
from langsmith_control_plane.testing import Emulator

from tests.clients import Client, complete_on_second_poll
from tests.scripted_server import Reply, scripted_server


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture(params=["sync", "async"])
def make_client(
    request: pytest.FixtureRequest, emulator: Emulator
) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(**kwargs: Any) -> Client:
        options: dict[str, Any] = {
            "base_url": emulator.url,
            "api_key": emulator.api_key,
            "workspace_id": emulator.workspace_id,
            **kwargs,
        }
        made.append(Client(request.param, **options))
        return made[-1]

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Client]) -> Client:
    return make_client()


def complete_when_waiting(emu: Emulator, auth_id: str, token: str = "tok-1", waiters: int = 1):
    """Complete the flow from another thread once `waiters` requests are held on it."""

    def run() -> None:
        emu.wait_for_waiters(auth_id, waiters, timeout=10)
        emu.complete(auth_id, token=token)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_wait_returns_the_token_when_the_user_finishes(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    finisher = complete_when_waiting(emulator, auth_id, "tok-1")
    result = client.wait(auth_id, timeout=20)
    finisher.join()
    assert result == AuthResult(auth_id=auth_id, status=AuthWaitStatus.COMPLETED, token="tok-1")
    (request,) = emulator.requests()
    assert request.headers["user-agent"] == f"langsmith-control-plane/{__version__}"
    assert request.headers["x-api-key"] == emulator.api_key
    assert request.headers["x-tenant-id"] == emulator.workspace_id
    assert request.timeout == 20


def test_deadline_is_split_into_polls_of_at_most_poll_timeout(
    client: Client, emulator: Emulator
) -> None:
    auth_id = emulator.create_auth()
    started = time.monotonic()
    with pytest.raises(AuthWaitTimeout) as raised:
        client.wait(auth_id, timeout=2.5, poll_timeout=1)
    elapsed = time.monotonic() - started
    assert 2.0 <= elapsed < 4.5
    assert raised.value.auth_id == auth_id
    timeouts = [r.timeout for r in emulator.requests()]
    assert timeouts == [1, 1]


def test_a_wait_longer_than_one_poll_keeps_polling_until_completion(
    client: Client, emulator: Emulator
) -> None:
    auth_id = emulator.create_auth()

    thread = threading.Thread(target=complete_on_second_poll, args=(emulator, auth_id, "late"))
    thread.start()
    result = client.wait(auth_id, timeout=10, poll_timeout=1)
    thread.join()
    assert result.token == "late"
    assert len(emulator.requests()) >= 2


def test_check_looks_once_without_waiting(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    assert client.check(auth_id).status is AuthWaitStatus.PENDING
    emulator.complete(auth_id, token="t")
    result = client.check(auth_id)
    assert result.completed
    assert result.token == "t"
    assert [r.timeout for r in emulator.requests()] == [0, 0]


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_transient_statuses_are_retried(client: Client, emulator: Emulator, status: int) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    emulator.fail_next(status, times=2, retry_after="0")
    assert client.wait(auth_id, timeout=20).token == "t"
    assert [r.status_code for r in emulator.requests()] == [status, status, 200]


def test_retry_after_is_honoured(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    emulator.fail_next(503, retry_after="1")
    started = time.monotonic()
    assert client.wait(auth_id, timeout=20).token == "t"
    assert time.monotonic() - started >= 1.0


def test_dropped_connections_are_retried(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    emulator.drop_next(times=2)
    assert client.wait(auth_id, timeout=20).token == "t"
    assert len(emulator.requests()) >= 1


def test_retries_give_up_after_max_retries(
    make_client: Callable[..., Client], emulator: Emulator
) -> None:
    client = make_client(max_retries=1)
    auth_id = emulator.create_auth()
    emulator.fail_next(503, times=5, retry_after="0")
    with pytest.raises(InternalServerError) as raised:
        client.wait(auth_id, timeout=20)
    assert raised.value.status_code == 503
    assert len(emulator.requests()) == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (422, RequestValidationError)],
)
def test_permanent_statuses_are_never_retried(
    client: Client, emulator: Emulator, status: int, error: type[Exception]
) -> None:
    auth_id = emulator.create_auth()
    emulator.fail_next(status, times=3)
    with pytest.raises(error):
        client.wait(auth_id, timeout=20)
    assert len(emulator.requests()) == 1


def test_real_authentication_failures(
    make_client: Callable[..., Client], emulator: Emulator
) -> None:
    auth_id = emulator.create_auth()
    with pytest.raises(AuthenticationError) as raised:
        make_client(api_key="wrong-key").wait(auth_id, timeout=5)
    assert "wrong-key" not in str(raised.value)
    with pytest.raises(PermissionDeniedError):
        make_client(workspace_id="someone-elses-workspace").wait(auth_id, timeout=5)


def test_bearer_token_authenticates(make_client: Callable[..., Client], emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    client = make_client(api_key=None, workspace_id=None, bearer_token=emulator.bearer_token)
    assert client.wait(auth_id, timeout=5).token == "t"
    (request,) = emulator.requests()
    assert "x-api-key" not in request.headers


def test_unknown_and_expired_flows_raise_not_found(client: Client, emulator: Emulator) -> None:
    with pytest.raises(AuthNotFoundError) as raised:
        client.wait("no-such-flow", timeout=5)
    assert isinstance(raised.value, LookupError)
    auth_id = emulator.create_auth()
    emulator.expire(auth_id)
    with pytest.raises(AuthNotFoundError):
        client.wait(auth_id, timeout=5)


def test_malformed_body_and_unknown_status(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.malformed_next()
    with pytest.raises(UnexpectedResponseError, match="not JSON"):
        client.wait(auth_id, timeout=5)
    emulator.unknown_status_next(value="cancelled")
    with pytest.raises(UnexpectedResponseError, match="unknown status 'cancelled'"):
        client.wait(auth_id, timeout=5)


def test_server_that_hangs_is_cut_off_near_the_deadline(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.delay_next(30)
    started = time.monotonic()
    with pytest.raises((AuthWaitTimeout, APIConnectionError)):
        client.wait(auth_id, timeout=1)
    # Read timeout = server-side wait (0 here) + a 5 s margin: a few seconds past the deadline.
    assert time.monotonic() - started < 8


@pytest.mark.parametrize("auth_id", ["a/b", "../x", "..", ".", "?q=1#f", "ünï cødé", "%2F"])
def test_auth_id_is_percent_encoded_and_arrives_intact(
    client: Client, emulator: Emulator, auth_id: str
) -> None:
    emulator.create_auth(auth_id)
    emulator.complete(auth_id, token="t")
    assert client.wait(auth_id, timeout=5).token == "t"
    assert [r.auth_id for r in emulator.requests()] == [auth_id]


def test_one_pooled_connection_is_reused(client: Client, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    for _ in range(5):
        client.wait(auth_id, timeout=5)
    ports = {r.client_port for r in emulator.requests()}
    assert len(ports) == 1


def test_debug_log_has_one_line_per_request_and_no_secrets(
    client: Client, emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="oauth-token-secret")
    emulator.fail_next(503, retry_after="0")
    with caplog.at_level(logging.DEBUG):
        client.wait(auth_id, timeout=5)
    ours = [r for r in caplog.records if r.name == "langsmith_control_plane"]
    assert [r.getMessage().split(" -> ")[1].split(" ")[0] for r in ours] == ["503", "200"]
    assert "(attempt 2," in ours[1].getMessage()
    for record in caplog.records:
        text = record.getMessage()
        assert emulator.api_key not in text
        assert "oauth-token-secret" not in text


def test_redirects_are_not_followed_to_another_origin(make_client: Callable[..., Client]) -> None:
    with scripted_server() as elsewhere:
        moved = Reply(307, b"", {"Location": f"{elsewhere.url}/v2/auth/wait/x"})
        with scripted_server([moved]) as origin:
            client = make_client(base_url=origin.url)
            with pytest.raises(UnexpectedResponseError, match="redirects are not followed"):
                client.wait("x", timeout=5)
    assert elsewhere.requests == []


def test_errors_from_a_dead_server_are_typed(make_client: Callable[..., Client]) -> None:
    with scripted_server() as gone:
        url = gone.url
    client = make_client(base_url=url, max_retries=1)
    with pytest.raises(APIConnectionError) as raised:
        client.wait("x", timeout=5)
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None  # no httpx traceback chained behind ours


# --- async only -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_hundreds_of_concurrent_long_polls(emulator: Emulator) -> None:
    ids = [emulator.create_auth() for _ in range(150)]
    async with AsyncControlPlane(
        base_url=emulator.url, api_key=emulator.api_key, workspace_id=emulator.workspace_id
    ) as client:

        def finish() -> None:
            emulator.wait_for_total_waiters(len(ids), timeout=30)
            for auth_id in ids:
                emulator.complete(auth_id, token=f"t-{auth_id}")

        finisher = threading.Thread(target=finish)
        finisher.start()
        results = await asyncio.gather(*(client.auth.wait(i, timeout=60) for i in ids))
        finisher.join()
    assert [r.token for r in results] == [f"t-{i}" for i in ids]


@pytest.mark.anyio
async def test_a_users_own_client_with_httpx_default_limits_queues_the_101st(
    emulator: Emulator,
) -> None:
    # httpx's defaults: at most 100 connections, and a 5 s pool timeout. Ours sets each
    # request's pool timeout to its own budget, so the 101st long-poll waits for a free
    # connection instead of failing after 5 s.
    ids = [emulator.create_auth() for _ in range(101)]
    async with (
        httpx.AsyncClient() as http,
        AsyncControlPlane(
            base_url=emulator.url, api_key=emulator.api_key, http_client=http
        ) as client,
    ):
        waits = asyncio.gather(*(client.auth.wait(i, timeout=30, poll_timeout=8) for i in ids))
        await asyncio.to_thread(emulator.wait_for_total_waiters, 100, 10)
        await asyncio.sleep(6)  # past httpx's 5 s pool timeout, with the 101st still queued
        for auth_id in ids:
            emulator.complete(auth_id, token=f"t-{auth_id}")
        results = await waits
    assert [r.token for r in results] == [f"t-{i}" for i in ids]


@pytest.mark.anyio
async def test_wait_many_yields_each_flow_as_it_finishes(emulator: Emulator) -> None:
    done, gone, late = (emulator.create_auth() for _ in range(3))
    emulator.complete(done, token="first")
    emulator.expire(gone)
    async with AsyncControlPlane(
        base_url=emulator.url, api_key=emulator.api_key, workspace_id=emulator.workspace_id
    ) as client:
        finisher = complete_when_waiting(emulator, late, "last")
        seen: dict[str, AuthResult | ControlPlaneError] = {}
        async for auth_id, outcome in client.auth.wait_many([done, gone, late, done], timeout=20):
            seen[auth_id] = outcome
        finisher.join()
    assert set(seen) == {done, gone, late}
    assert isinstance(seen[done], AuthResult)
    assert seen[done].token == "first"  # type: ignore[union-attr]
    assert isinstance(seen[gone], AuthNotFoundError)
    assert seen[late].token == "last"  # type: ignore[union-attr]


@pytest.mark.anyio
async def test_cancellation_is_prompt_and_leaves_the_client_usable(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    async with AsyncControlPlane(
        base_url=emulator.url, api_key=emulator.api_key, workspace_id=emulator.workspace_id
    ) as client:
        task = asyncio.create_task(client.auth.wait(auth_id, timeout=60))
        await asyncio.to_thread(emulator.wait_for_waiters, auth_id, 1, 10)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 0.5
        emulator.complete(auth_id, token="after")
        assert (await client.auth.wait(auth_id, timeout=5)).token == "after"


def test_ctrl_c_is_prompt_and_leaves_the_client_usable(emulator: Emulator) -> None:
    import signal

    auth_id = emulator.create_auth()
    main = threading.main_thread().ident
    assert main == threading.get_ident()
    with ControlPlane(
        base_url=emulator.url, api_key=emulator.api_key, workspace_id=emulator.workspace_id
    ) as client:

        def interrupt() -> None:
            emulator.wait_for_waiters(auth_id, 1, timeout=10)
            signal.pthread_kill(main, signal.SIGINT)  # type: ignore[arg-type]

        threading.Thread(target=interrupt).start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.auth.wait(auth_id, timeout=60)
        assert time.monotonic() - started < 5
        emulator.complete(auth_id, token="after")
        assert client.auth.wait(auth_id, timeout=5).token == "after"
