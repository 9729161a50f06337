"""The Stainless-style surface on real HTTP, through both clients: pages that iterate every
item (offset, cursor and string-offset styles), per-call options (`extra_query`, `extra_body`),
`with_options`, `with_raw_response`, and an undeclared 2xx (a 207)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from langsmith_control_plane import APIStatusError, ConfigurationError
from langsmith_control_plane_client.api import Operation, Paging, Param, RequestOptions
from langsmith_control_plane_client.types import UNSET

from tests.support.clients import Client
from tests.support.scripted_server import Reply, scripted_server

from .conftest import Connect


def listener(number: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=number)),
        "compute_type": "k8s",
        "compute_id": f"c{number}",
        "compute_config": {},
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }


def query(raw_path: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(raw_path).query)


def every_item(client: Client, listing: Callable[[], Any]) -> list[Any]:
    """Every item of a list call: `for` over the sync page, `async for` over the async pager."""
    if client.mode == "sync":
        return list(listing())

    async def gather() -> list[Any]:
        return [item async for item in listing()]

    return client.runner.run(gather())


def test_offset_pages_are_read_to_the_short_one_through_a_503(connect: Connect) -> None:
    pages = [
        Reply.json(200, {"resources": [listener(1), listener(2)], "offset": 2}),
        Reply.json(503, {"detail": "busy"}),
        Reply.json(200, {"resources": [listener(3), listener(4)], "offset": 4}),
        Reply.json(200, {"resources": [listener(5)], "offset": 5}),
    ]
    with scripted_server(pages) as server:
        client = connect(server.url)
        found = every_item(client, lambda: client.cp.listeners.list(limit=2))
    assert [item.compute_id for item in found] == ["c1", "c2", "c3", "c4", "c5"]
    # The second page was asked again after the 503; the short third page ended the list.
    assert [query(request.raw_path) for request in server.requests] == [
        {"limit": ["2"], "offset": ["0"]},
        {"limit": ["2"], "offset": ["2"]},
        {"limit": ["2"], "offset": ["2"]},
        {"limit": ["2"], "offset": ["4"]},
    ]


def test_a_page_shows_its_items_and_fetches_the_next_on_demand(connect: Connect) -> None:
    pages = [
        Reply.json(200, {"resources": [listener(1)], "offset": 1}),
        Reply.json(200, {"resources": [], "offset": 1}),
    ]
    with scripted_server(pages) as server:
        client = connect(server.url)
        first = client.run(lambda: client.cp.listeners.list(limit=1))
        assert [item.compute_id for item in first.items] == ["c1"]
        assert first.has_next_page()
        last = client.run(first.next_page)
        assert (last.items, last.has_next_page()) == ([], False)
        with pytest.raises(ConfigurationError, match="check has_next_page"):
            client.run(last.next_page)
    assert len(server.requests) == 2


def test_a_server_ignoring_offset_is_refused_not_paged_forever(connect: Connect) -> None:
    same = Reply.json(200, {"resources": [listener(1)], "offset": 0})
    with scripted_server([same, same]) as server:
        client = connect(server.url)
        with pytest.raises(APIStatusError, match="does not page"):
            every_item(client, lambda: client.cp.listeners.list(limit=1))
    assert len(server.requests) == 1


# The two newer styles, as the newer upstream pages show them (`{items, next_cursor}`,
# `{logs, next_offset}`); the regeneration test proves they are detected from a document.
def _operation(style: str, param: str, next_field: str, items: str) -> Operation[Any]:
    def request(arguments: Any) -> dict[str, Any]:
        params = {name: value for name, value in arguments.items() if value is not UNSET}
        return {"method": "get", "url": "/v2/things", "params": params}

    return Operation(
        name="list_things",
        method="GET",
        path="/v2/things",
        params=(Param(param, param, "query", (str,), required=False),),
        success=(200,),
        request=request,
        parse=lambda response: _Answer(response.json()),
        paging=Paging(style=style, items=items, next=next_field, param=param),
    )


class _Answer:
    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)


STYLES = pytest.mark.parametrize(
    ("style", "param", "next_field", "items"),
    [
        ("cursor", "cursor", "next_cursor", "items"),
        ("next_offset", "offset", "next_offset", "logs"),
    ],
)


@STYLES
def test_a_server_answering_the_same_position_again_is_refused_not_paged_forever(
    connect: Connect, style: str, param: str, next_field: str, items: str
) -> None:
    same = Reply.json(200, {items: [1], next_field: "b"})
    operation = _operation(style, param, next_field, items)
    with scripted_server([same, same, same]) as server:
        client = connect(server.url)
        requester = client.cp._requester
        with pytest.raises(APIStatusError, match="does not page"):
            every_item(
                client, lambda: requester.paginate(operation, {param: UNSET}, RequestOptions())
            )
    assert len(server.requests) == 2


@STYLES
def test_cursor_and_string_offset_pages_end_without_an_empty_request(
    connect: Connect, style: str, param: str, next_field: str, items: str
) -> None:
    pages = [
        Reply.json(200, {items: [1, 2], next_field: "b"}),
        Reply.json(503, {"detail": "busy"}),
        Reply.json(200, {items: [3], next_field: "c"}),
        Reply.json(200, {items: [4], next_field: None}),
    ]
    operation = _operation(style, param, next_field, items)
    with scripted_server(pages) as server:
        client = connect(server.url)
        requester = client.cp._requester
        found = every_item(
            client, lambda: requester.paginate(operation, {param: UNSET}, RequestOptions())
        )
    assert found == [1, 2, 3, 4]
    assert [query(request.raw_path) for request in server.requests] == [
        {},
        {param: ["b"]},
        {param: ["b"]},
        {param: ["c"]},
    ]


def test_extra_query_and_extra_body_reach_the_server(connect: Connect) -> None:
    with scripted_server([Reply.json(200, {})]) as server:
        client = connect(server.url)
        # Raw: the answer is not read, the request is what is checked.
        client.run(
            lambda: client.cp.auth.providers.with_raw_response.create(
                provider_id="gh",
                name="GitHub",
                client_id="cid",
                auth_url="https://a",
                token_url="https://t",
                extra_query={"dry_run": True},
                extra_body={"new_field": [1]},
            )
        )
    (request,) = server.requests
    assert query(request.raw_path) == {"dry_run": ["true"]}
    body = json.loads(request.body)
    assert (body["new_field"], body["provider_id"]) == ([1], "gh")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"extra_query": {"X-Api-Key": "k"}}, "extra_query may not set X-Api-Key: the credentials"),
        ({"extra_body": {"api_key": "k"}}, "extra_body may not set api_key: the credentials"),
        ({"extra_body": {"name": "n"}}, "extra_body may not set name, which is an argument"),
        ({"extra_query": {"provider_id": "p"}}, "may not set provider_id, which is an argument"),
        ({"extra_query": ["a"]}, "extra_query must be a mapping"),
    ],
)
def test_extra_fields_that_would_replace_credentials_or_arguments_are_refused_before_sending(
    connect: Connect, options: dict[str, Any], message: str
) -> None:
    with scripted_server() as server:
        client = connect(server.url)
        with pytest.raises(ConfigurationError, match=message):
            client.run(lambda: client.cp.auth.providers.update("p", name="x", **options))
    assert server.requests == []


def test_extra_body_on_an_operation_without_a_body_is_refused(connect: Connect) -> None:
    with scripted_server() as server:
        client = connect(server.url)
        with pytest.raises(ConfigurationError, match="extra_body needs a JSON object body"):
            client.run(lambda: client.cp.auth.providers.retrieve("p", extra_body={"a": 1}))
    assert server.requests == []


def test_with_options_changes_one_clients_settings_and_shares_the_pool(connect: Connect) -> None:
    busy = Reply.json(503, {"detail": "busy"})
    ok = Reply.json(200, [])
    with scripted_server([busy, busy, ok]) as server:
        client = connect(server.url)
        strict = client.cp.with_options(max_retries=0)
        assert strict._http is client.cp._http  # one pool
        with pytest.raises(APIStatusError) as raised:
            client.run(strict.auth.providers.list)
        assert (raised.value.status_code, raised.value.attempts) == (503, 1)
        assert client.run(client.cp.auth.providers.list) == []  # the original still retries
    assert len(server.requests) == 3
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.cp.with_options(max_retries=-1)


def test_with_raw_response_gives_status_headers_request_id_and_parse(connect: Connect) -> None:
    answer = Reply.json(200, {"has_token": True})
    answer.headers["X-Request-Id"] = "req-7"
    with scripted_server([Reply.json(503, {}), answer]) as server:
        client = connect(server.url)
        raw = client.run(
            lambda: client.cp.auth.tokens.with_raw_response.exists(provider_id="github")
        )
    assert (raw.status_code, raw.request_id, raw.headers["content-type"]) == (
        200,
        "req-7",
        "application/json",
    )
    assert raw.parse().has_token is True
    assert len(server.requests) == 2  # retried like the parsed call


def test_an_undeclared_207_is_a_success_read_as_json(connect: Connect) -> None:
    partial = {"deleted": ["a"], "failed": [{"id": "b", "error": "busy"}]}
    ids = [uuid.UUID(int=1), uuid.UUID(int=2)]
    with scripted_server([Reply.json(207, partial), Reply.json(207, partial)]) as server:
        client = connect(server.url)
        assert client.run(lambda: client.cp.deployments.delete_many(deployment_ids=ids)) == partial
        raw = client.run(
            lambda: client.cp.deployments.with_raw_response.delete_many(deployment_ids=ids)
        )
        assert (raw.status_code, raw.parse()) == (207, partial)


def test_an_undeclared_2xx_the_schema_does_not_fit_is_returned_as_its_json(
    connect: Connect,
) -> None:
    listener_id = str(uuid.UUID(int=3))
    replies = [Reply.json(202, {"queued": True}), Reply(204), Reply(202, b"<html>")]
    with scripted_server(replies) as server:
        client = connect(server.url)
        assert client.run(lambda: client.cp.listeners.retrieve(listener_id)) == {"queued": True}
        assert client.run(lambda: client.cp.listeners.retrieve(listener_id)) is None
        with pytest.raises(APIStatusError, match="a body that is not JSON"):
            client.run(lambda: client.cp.listeners.retrieve(listener_id))
