"""`auth.wait`, `auth.check` and `auth.wait_many` end to end, over loopback HTTP.

Tests taking `connect` run through both clients; the async-only features (`wait_many`,
concurrency, task cancellation) and the sync-only one (Ctrl-C) run through the one they are for.
Faults are in `test_faults.py`; here the calls work, or are misused.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
import time

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from langsmith_control_plane import (
    APIConnectionError,
    APITimeoutError,
    AsyncControlPlane,
    AuthNotFoundError,
    AuthResult,
    AuthWaitTimeoutError,
    ClientClosedError,
    ConfigurationError,
    ControlPlane,
    ControlPlaneError,
    __version__,
)
from langsmith_control_plane._policy import Limits
from langsmith_control_plane.testing import Emulator

from tests.e2e.conftest import Connect
from tests.support import raw_server as raw
from tests.support.checks import BEARER, KEY, TOKEN, WORKSPACE, expect, got_token
from tests.support.clients import Client, complete_on_second_poll
from tests.support.scripted_server import Reply, scripted_server

DEFAULT = Limits()


def timeouts(emulator: Emulator) -> list[int | None]:
    return [r.timeout for r in emulator.requests()]


# --- auth.wait ------------------------------------------------------------------------------


@pytest.mark.parametrize("credentials", ["api_key", "bearer"])
def test_credentials_and_headers_on_the_wire(
    connect: Connect, emulator: Emulator, flow: str, credentials: str
) -> None:
    options = {"bearer_token": BEARER} if credentials == "bearer" else {}
    got_token(connect(emulator.url, **options).wait(flow, timeout=20))
    (request,) = emulator.requests()
    sent = {
        name: value
        for name, value in request.headers.items()
        if name in ("x-api-key", "x-tenant-id", "authorization")
    }
    if credentials == "bearer":
        assert sent == {"authorization": f"Bearer {BEARER}"}
    else:
        assert sent == {"x-api-key": KEY, "x-tenant-id": WORKSPACE}
    assert request.headers["user-agent"] == f"langsmith-control-plane/{__version__}"
    assert request.headers["accept-encoding"] == "identity"
    assert request.raw_path == f"/v2/auth/wait/{flow}?timeout=20"


def test_a_wait_spanning_several_polls_returns_when_the_user_finishes(
    connect: Connect, emulator: Emulator
) -> None:
    auth_id = emulator.create_auth()
    finisher = threading.Thread(target=complete_on_second_poll, args=(emulator, auth_id, TOKEN))
    finisher.start()
    result = connect(emulator.url).wait(auth_id, timeout=20, poll_timeout=1)
    finisher.join()
    got_token(result)
    assert timeouts(emulator) == [1, 1]


def test_a_flow_never_finished_raises_auth_wait_timeout_after_a_last_look(
    connect: Connect, emulator: Emulator
) -> None:
    auth_id = emulator.create_auth()
    error = expect(
        AuthWaitTimeoutError,
        lambda: connect(emulator.url).wait(auth_id, timeout=1.8, poll_timeout=1),
    )
    assert (error.auth_id, error.timeout) == (auth_id, 1.8)
    # One held poll, then the last look (timeout=0) half a second before the deadline.
    assert timeouts(emulator) == [1, 0]


def test_the_last_look_sees_a_flow_completed_in_the_final_second(connect: Connect) -> None:
    # A server (or a proxy) that answers every poll at once instead of holding it; the flow
    # completes after the third answer, with less than a second of the wait left.
    early = Reply.json(200, {"status": "timeout", "token": None})
    done = Reply.json(200, {"status": "completed", "token": TOKEN})
    with scripted_server([early, early, early], default=lambda: done) as server:
        got_token(connect(server.url, limits=DEFAULT).wait("x", timeout=3.5))
    assert [r.raw_path for r in server.requests] == [
        f"/v2/auth/wait/x?timeout={hold}" for hold in (3, 2, 1, 0)
    ]


def test_one_pooled_connection_serves_every_call(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    client = connect(emulator.url)
    for _ in range(5):
        got_token(client.wait(flow, timeout=20))
    requests = emulator.requests()
    assert len(requests) == 5
    assert len({r.client_port for r in requests}) == 1


def test_debug_logging_has_one_record_per_request(
    connect: Connect, emulator: Emulator, flow: str, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.fail_next(503)
    got_token(connect(emulator.url).wait(flow, timeout=20))
    ours = [r for r in caplog.get_records("call") if r.name == "langsmith_control_plane"]
    assert len(ours) == len(emulator.requests()) == 2


# --- auth.check -----------------------------------------------------------------------------


def test_check_looks_once_without_waiting(connect: Connect, emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    client = connect(emulator.url)
    pending = client.check(auth_id)
    assert (pending.auth_id, pending.status, pending.token, pending.completed) == (
        auth_id,
        "pending",
        None,
        False,
    )
    emulator.complete(auth_id, token=TOKEN)
    completed = client.check(auth_id)
    assert (completed.status, completed.token, completed.completed) == ("completed", TOKEN, True)
    assert TOKEN not in repr(completed)
    assert timeouts(emulator) == [0, 0]


def test_check_against_a_refused_port_ends_within_its_budget(
    connect: Connect, dead_url: str
) -> None:
    client = connect(dead_url, limits=DEFAULT)
    started = time.monotonic()
    error = expect(APIConnectionError, lambda: client.check("x", timeout=1))
    assert error.reached_server is False
    # Retried within the budget only (the policy's decisions are unit-tested); generous bound.
    assert time.monotonic() - started < 1 + DEFAULT.deadline_grace + 1


def test_check_against_a_never_answering_server_ends_within_its_budget(connect: Connect) -> None:
    with raw.raw_server([], default=raw.silent_for(30)) as server:
        client = connect(server.url, limits=DEFAULT)
        started = time.monotonic()
        error = expect(APITimeoutError, lambda: client.check("x", timeout=1))
        elapsed = time.monotonic() - started
    assert error.reached_server is True
    # One request, cut off at the budget plus its grace; no retry fits after it.
    assert server.connections == 1
    assert elapsed < 1 + DEFAULT.deadline_grace + 1


# --- misuse ---------------------------------------------------------------------------------


def test_misuse_is_refused_before_anything_is_sent(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    client = connect(emulator.url)
    error = expect(ConfigurationError, lambda: client.wait(flow, timeout=0))
    assert "use auth.check(auth_id)" in error.message
    assert expect(ConfigurationError, lambda: client.wait("")).message == (
        "auth_id must not be empty"
    )
    assert expect(ConfigurationError, lambda: client.wait(42)).message == (
        "auth_id must be a string, not int"
    )
    expect(ConfigurationError, lambda: client.wait(flow, poll_timeout=0))
    expect(ConfigurationError, lambda: client.check(flow, timeout=-1))
    assert emulator.requests() == []


def test_a_closed_client_raises_client_closed_error(
    connect: Connect, emulator: Emulator, flow: str
) -> None:
    client = connect(emulator.url)
    client.close()
    expect(ClientClosedError, lambda: client.wait(flow, timeout=20))
    expect(ClientClosedError, lambda: client.check(flow))
    assert emulator.requests() == []


def test_a_closed_user_http_client_raises_client_closed_error(
    connect: Connect, emulator: Emulator, flow: str, mode: str
) -> None:
    http = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    client = connect(emulator.url, http_client=http)
    client.run(http.close if isinstance(http, httpx.Client) else http.aclose)
    expect(ClientClosedError, lambda: client.wait(flow, timeout=20))
    assert emulator.requests() == []


def test_a_users_http_client_lends_its_pool_but_none_of_its_credentials(
    connect: Connect, emulator: Emulator, flow: str, mode: str
) -> None:
    meant_for_another_service = {
        "headers": {"Authorization": "Bearer OTHER-SERVICE", "X-Other": "1"},
        "cookies": {"session": "OTHER-COOKIE"},
        "auth": ("alice", "other-password"),
    }
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(**meant_for_another_service)  # type: ignore[arg-type]
        if mode == "sync"
        else httpx.AsyncClient(**meant_for_another_service)  # type: ignore[arg-type]
    )
    got_token(connect(emulator.url, http_client=http).wait(flow, timeout=20))
    (sent,) = emulator.requests()
    assert sent.headers["x-api-key"] == KEY
    assert "authorization" not in sent.headers
    assert "cookie" not in sent.headers
    assert "x-other" not in sent.headers
    assert sent.headers["user-agent"].startswith("langsmith-control-plane/")
    assert (sent.headers["accept-encoding"], sent.headers["accept"]) == (
        "identity",
        "application/json",
    )


def test_a_mock_transports_already_read_answer_is_taken(connect: Connect, mode: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "completed", "token": TOKEN})

    transport = httpx.MockTransport(answer)
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=transport)
        if mode == "sync"
        else httpx.AsyncClient(transport=transport)
    )
    got_token(connect("http://127.0.0.1:9", http_client=http).wait("x", timeout=20))


@pytest.fixture
def emulator_client(connect: Connect, emulator: Emulator) -> Client:
    return connect(emulator.url)


@settings(
    max_examples=150,
    deadline=None,
    # One emulator and one client serve every example; the request log is reset per example.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    auth_id=st.one_of(
        st.text(min_size=1, max_size=40),
        st.text(alphabet="/?#%. \\\n", min_size=1, max_size=12),
        st.sampled_from([".", "..", "../x", "a/../../b", "%2F", "%", "?", "#", " "]),
        st.text(alphabet="ab/é", min_size=200, max_size=600),
    )
)
@example(".")
@example("..")
@example("../x")
@example("a/b")
@example("?q=1#f")
@example("%2F")
@example("ünï cødé")
@example("\ud800")  # a lone surrogate
def test_any_auth_id_reaches_exactly_its_own_route(
    emulator_client: Client, emulator: Emulator, auth_id: str
) -> None:
    client = emulator_client
    emulator.reset_requests()
    try:
        auth_id.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not text that can be sent
        expect(ConfigurationError, lambda: client.check(auth_id))
        assert emulator.requests() == []
        return
    # An unknown flow: the emulator answers not_found on the wait route, for exactly this id.
    expect(AuthNotFoundError, lambda: client.check(auth_id))
    (request,) = emulator.requests()
    assert request.auth_id == auth_id


# --- async only -----------------------------------------------------------------------------


def async_client(emulator: Emulator, **options: object) -> AsyncControlPlane:
    return AsyncControlPlane(base_url=emulator.url, api_key=KEY, **options)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_hundreds_of_concurrent_long_polls_share_one_client(emulator: Emulator) -> None:
    ids = [emulator.create_auth() for _ in range(150)]
    async with async_client(emulator) as client:
        waits = asyncio.gather(*(client.auth.wait(i, timeout=60) for i in ids))
        # All parked at once: no connection cap queues them.
        await asyncio.to_thread(emulator.wait_for_total_waiters, len(ids), 30)
        for auth_id in ids:
            emulator.complete(auth_id, token=f"t-{auth_id}")
        results = await waits
    assert [r.token for r in results] == [f"t-{i}" for i in ids]
    assert len(emulator.requests()) == len(ids)


@pytest.mark.anyio
async def test_the_101st_wait_on_a_users_client_with_httpx_default_limits_queues(
    emulator: Emulator,
) -> None:
    ids = [emulator.create_auth() for _ in range(101)]
    # httpx's default limits: at most 100 connections. Its pool timeout is cut from 5 s to
    # 0.5 s so the test need not outwait it; each request's own time budget replaces it.
    async with (
        httpx.AsyncClient(timeout=httpx.Timeout(5.0, pool=0.5)) as http,
        async_client(emulator, http_client=http, max_retries=0) as client,
    ):
        waits = asyncio.gather(*(client.auth.wait(i, timeout=30, poll_timeout=8) for i in ids))
        await asyncio.to_thread(emulator.wait_for_total_waiters, 100, 10)
        await asyncio.sleep(1.0)  # past the pool timeout, with the 101st still queued
        # Still queued in the user's pool (ours has no cap): 100 parked, not 101.
        with pytest.raises(TimeoutError):
            emulator.wait_for_total_waiters(101, timeout=0)
        for auth_id in ids:
            emulator.complete(auth_id, token=f"t-{auth_id}")
        results = await waits
    assert [r.token for r in results] == [f"t-{i}" for i in ids]
    assert len(emulator.requests()) == 101


@pytest.mark.anyio
async def test_wait_many_yields_each_flow_as_it_finishes(emulator: Emulator) -> None:
    done, gone, late = (emulator.create_auth() for _ in range(3))
    emulator.complete(done, token="first")
    emulator.expire(gone)
    async with async_client(emulator) as client:
        finisher = threading.Thread(
            target=lambda: (emulator.wait_for_waiters(late, 1, 10), emulator.complete(late, "last"))
        )
        finisher.start()
        seen: list[tuple[str, AuthResult | ControlPlaneError]] = [
            outcome async for outcome in client.auth.wait_many([done, gone, late, done], timeout=20)
        ]
        finisher.join()
    assert {auth_id for auth_id, _ in seen[:2]} == {done, gone}  # the duplicate waited once
    outcomes = dict(seen)
    assert isinstance(outcomes[done], AuthResult)
    assert outcomes[done].token == "first"
    assert isinstance(outcomes[gone], AuthNotFoundError)
    assert seen[2][0] == late
    assert isinstance(outcomes[late], AuthResult)
    assert outcomes[late].token == "last"
    assert len(emulator.requests()) == 3


@pytest.mark.anyio
async def test_leaving_wait_many_early_cancels_the_other_waits(emulator: Emulator) -> None:
    done, pending = emulator.create_auth(), emulator.create_auth()
    emulator.complete(done, token="first")
    async with async_client(emulator) as client:
        waits = client.auth.wait_many([done, pending], timeout=60)
        async with contextlib.aclosing(waits) as results:
            async for auth_id, _ in results:
                assert auth_id == done
                await asyncio.to_thread(emulator.wait_for_waiters, pending, 1, 10)
                break
        # Closing cancelled the pending wait: its held request was dropped, which the
        # emulator logs when it notices, long before the 60 s hold would end.
        limit = time.monotonic() + 10
        while len(emulator.requests()) < 2 and time.monotonic() < limit:
            await asyncio.sleep(0.01)
        assert [r.auth_id for r in emulator.requests()] == [done, pending]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("auth_ids", "options", "message"),
    [
        ("abc", {}, "auth_ids must be a collection of auth ids, not one string"),
        (5, {}, "auth_ids must be an iterable of strings, not int"),
        (["a", 1], {}, "auth_ids[1]: auth_id must be a string, not int"),
        ([""], {}, "auth_ids[0]: auth_id must not be empty"),
        (["a"], {"timeout": 0}, "timeout must be a positive number of seconds"),
    ],
)
async def test_wait_many_misuse_is_refused_before_anything_is_sent(
    emulator: Emulator, auth_ids: object, options: dict[str, float], message: str
) -> None:
    async with async_client(emulator) as client:
        # Raised by the call itself, before the generator is iterated.
        error = expect(ConfigurationError, lambda: client.auth.wait_many(auth_ids, **options))  # type: ignore[arg-type]
    assert error.message.startswith(message)
    assert emulator.requests() == []


@pytest.mark.anyio
async def test_cancelling_a_wait_is_prompt_and_leaves_the_client_usable(
    emulator: Emulator,
) -> None:
    auth_id = emulator.create_auth()
    async with async_client(emulator) as client:
        task = asyncio.create_task(client.auth.wait(auth_id, timeout=60))
        await asyncio.to_thread(emulator.wait_for_waiters, auth_id, 1, 10)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 5  # not the 30 s hold
        emulator.complete(auth_id, token=TOKEN)
        got_token(await client.auth.wait(auth_id, timeout=20))


def test_ctrl_c_during_a_wait_is_prompt_and_leaves_the_client_usable(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    main = threading.main_thread().ident
    assert main == threading.get_ident()  # signals are delivered to the main thread only

    def interrupt() -> None:
        emulator.wait_for_waiters(auth_id, 1, timeout=10)
        signal.pthread_kill(main, signal.SIGINT)  # type: ignore[arg-type]

    # Python's own Ctrl-C handler, also when the runner was started with SIGINT ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with ControlPlane(base_url=emulator.url, api_key=KEY) as client:
            interrupter = threading.Thread(target=interrupt)
            interrupter.start()
            started = time.monotonic()
            with pytest.raises(KeyboardInterrupt):
                client.auth.wait(auth_id, timeout=60)
            assert time.monotonic() - started < 5  # not the 30 s hold
            interrupter.join()
            emulator.complete(auth_id, token=TOKEN)
            got_token(client.auth.wait(auth_id, timeout=20))
    finally:
        signal.signal(signal.SIGINT, previous)
