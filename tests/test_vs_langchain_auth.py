"""Side by side with the official `langchain-auth` client, on the same emulator flows.

Each test shows a case where `langchain_auth.Client.wait_for_completion` fails and ours succeeds
(or refuses safely), so a regression in ours, or a fix upstream, is noticed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from langchain_auth import Client as LangchainAuthClient
from langsmith_control_plane import AsyncControlPlane, UnexpectedResponseError
from langsmith_control_plane.testing import Emulator

from tests.support.clients import complete_on_second_poll
from tests.support.scripted_server import Reply, scripted_server

pytestmark = pytest.mark.anyio


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


def theirs(emulator: Emulator) -> LangchainAuthClient:
    return LangchainAuthClient(api_key=emulator.api_key, api_url=emulator.url)


def ours(emulator: Emulator) -> AsyncControlPlane:
    return AsyncControlPlane(base_url=emulator.url, api_key=emulator.api_key)


async def test_a_503_blip(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    emulator.fail_next(503, retry_after="0")
    with pytest.raises(Exception, match="HTTP 503") as raised:
        await theirs(emulator).wait_for_completion(auth_id, timeout=5)
    assert type(raised.value) is Exception  # a bare Exception: nothing to catch it by
    emulator.fail_next(503, retry_after="0")
    async with ours(emulator) as client:
        assert (await client.auth.wait(auth_id, timeout=5)).token == "t"


async def test_a_dropped_connection(emulator: Emulator) -> None:
    auth_id = emulator.create_auth()
    emulator.complete(auth_id, token="t")
    emulator.drop_next()
    with pytest.raises(httpx.TransportError):  # httpx's own exception escapes
        await theirs(emulator).wait_for_completion(auth_id, timeout=5)
    emulator.drop_next()
    async with ours(emulator) as client:
        assert (await client.auth.wait(auth_id, timeout=5)).token == "t"


async def test_a_wait_longer_than_one_server_timeout(emulator: Emulator) -> None:
    # The server holds a request for at most `timeout`; theirs gives up after one request.
    auth_id = emulator.create_auth()
    with pytest.raises(TimeoutError):
        await theirs(emulator).wait_for_completion(auth_id, timeout=1)
    emulator.reset_requests()
    async with ours(emulator) as client:
        task = asyncio.ensure_future(client.auth.wait(auth_id, timeout=10, poll_timeout=1))

        await asyncio.to_thread(complete_on_second_poll, emulator, auth_id, "late")
        assert (await task).token == "late"


async def test_an_auth_id_with_dot_segments(emulator: Emulator) -> None:
    auth_id = emulator.create_auth("../flow")
    emulator.complete(auth_id, token="t")
    with pytest.raises(Exception, match="HTTP 404"):  # unencoded, the id resolved to /v2/auth/flow
        await theirs(emulator).wait_for_completion(auth_id, timeout=5)
    async with ours(emulator) as client:
        assert (await client.auth.wait(auth_id, timeout=5)).token == "t"


async def test_a_redirect_to_another_origin() -> None:
    with scripted_server(
        default=lambda: Reply.json(200, {"status": "completed", "token": "x"})
    ) as (elsewhere):
        moved = Reply(307, b"", {"Location": f"{elsewhere.url}/v2/auth/wait/x?timeout=5"})
        with scripted_server([moved, moved]) as origin:
            await LangchainAuthClient(api_key="secret-key", api_url=origin.url).wait_for_completion(
                "x", timeout=5
            )
            # Theirs followed the redirect and handed the API key to the other origin.
            assert elsewhere.requests[0].headers["x-api-key"] == "secret-key"
            elsewhere.requests.clear()
            async with AsyncControlPlane(base_url=origin.url, api_key="secret-key") as client:
                with pytest.raises(UnexpectedResponseError, match="redirects are not followed"):
                    await client.auth.wait("x", timeout=5)
            assert elsewhere.requests == []
