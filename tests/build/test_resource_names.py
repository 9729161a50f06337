"""The names users call: one per operation, the same on both clients, made by the rule in
`scripts/normalize_spec.py`; the handwritten helpers beside them take every argument of the
operation they wrap."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from langsmith_control_plane import AsyncControlPlane, ControlPlane
from langsmith_control_plane_client.api.auth import AUTHENTICATE, WAIT_FOR_AUTH_COMPLETION
from langsmith_control_plane_client.api.deployments import CREATE_DEPLOYMENT, GET_REVISION

from tests.support.spec import openapi

PINNED = [
    "deployments.list",
    "deployments.retrieve",
    "deployments.create",
    "deployments.update",
    "deployments.delete",
    "deployments.revisions.list",
    "deployments.revisions.retrieve",
    "listeners.list",
    "listeners.retrieve",
    "listeners.create",
    "listeners.update",
    "listeners.delete",
    "auth.providers.list",
    "auth.providers.retrieve",
    "auth.providers.create",
    "auth.providers.update",
    "auth.providers.delete",
    "auth.tokens.list",
    # The handwritten helpers, unchanged.
    "auth.authenticate",
    "auth.wait",
    "auth.check",
    "auth.get_token",
    "deployments.create_and_wait",
    "deployments.revisions.wait",
]
OPTIONS = ("timeout", "extra_headers", "extra_query", "extra_body")


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[ControlPlane, AsyncControlPlane]]:
    # Nothing is sent: the port is never connected to.
    options: dict[str, Any] = {"api_key": "k", "base_url": "http://127.0.0.1:9"}
    sync, asynchronous = ControlPlane(**options), AsyncControlPlane(**options)
    yield sync, asynchronous
    sync.close()  # the async client's pool never opened a connection: nothing to close


def reach(root: object, dotted: str) -> Any:
    for name in dotted.split("."):
        root = getattr(root, name)
    return root


def names() -> list[str]:
    merged = openapi("control-plane.merged.yaml")
    return [
        operation["x-lscp-name"]
        for item in merged["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "responses" in operation
    ]


@pytest.mark.parametrize("name", PINNED)
def test_the_pinned_names_are_methods_of_both_clients(
    clients: tuple[ControlPlane, AsyncControlPlane], name: str
) -> None:
    sync, asynchronous = clients
    assert callable(reach(sync, name))
    assert callable(reach(asynchronous, name))
    assert callable(reach(asynchronous.auth, "wait_many"))


def test_every_operation_has_one_name_on_both_clients_with_one_signature(
    clients: tuple[ControlPlane, AsyncControlPlane],
) -> None:
    every = names()
    assert len(every) == len(set(every)) == 56  # every operation of the vendored document
    sync, asynchronous = clients
    for name in every:
        method = reach(sync, name)
        twin = reach(asynchronous, name)
        # The same arguments; a list returns SyncPage on one and AsyncPager on the other.
        assert inspect.signature(method).parameters == inspect.signature(twin).parameters, name
        assert list(inspect.signature(method).parameters)[-4:] == list(OPTIONS), name
        *resource, last = name.split(".")
        raw = reach(reach(sync, ".".join(resource)).with_raw_response, last)
        assert list(inspect.signature(raw).parameters) == list(
            inspect.signature(method).parameters
        ), name


def test_old_generator_names_are_gone(clients: tuple[ControlPlane, AsyncControlPlane]) -> None:
    sync, _ = clients
    for old in ("get_deployment", "list_deployments", "patch_deployment", "delete_deployments"):
        assert not hasattr(sync.deployments, old)
    assert not hasattr(sync.auth, "list_oauth_providers")
    assert not hasattr(sync, "generated_client")


# Each helper that wraps an operation: the operation, and the helper's own name for any of its
# arguments that it names differently. `check` is a look with no server hold, by definition.
HELPERS = {
    "authenticate": (AUTHENTICATE, {}),
    "get_token": (AUTHENTICATE, {}),
    "wait": (WAIT_FOR_AUTH_COMPLETION, {"timeout_": "poll_timeout"}),
    "check": (WAIT_FOR_AUTH_COMPLETION, {"timeout_": None}),
}


@pytest.mark.parametrize("helper", sorted(HELPERS))
def test_a_helper_accepts_every_argument_of_the_operation_it_wraps(
    clients: tuple[ControlPlane, AsyncControlPlane], helper: str
) -> None:
    operation, renamed = HELPERS[helper]
    for client in clients:
        accepted = set(inspect.signature(getattr(client.auth, helper)).parameters)
        wanted = {renamed.get(param.keyword, param.keyword) for param in operation.params}
        assert wanted - {None} <= accepted, (helper, sorted(wanted - accepted))


def test_every_helper_of_cp_auth_is_listed_above(
    clients: tuple[ControlPlane, AsyncControlPlane],
) -> None:
    sync, asynchronous = clients
    generated = set(vars(type(sync.auth).__mro__[1]))
    helpers = {
        name
        for name, value in vars(type(sync.auth)).items()
        if callable(value) and not name.startswith("_") and name not in generated
    }
    assert helpers | {"authenticate"} == set(HELPERS)
    assert "wait_many" in vars(type(asynchronous.auth))  # runs `wait` for each id


# The helpers of `cp.deployments` (by their dotted name), likewise.
DEPLOYMENT_HELPERS = {
    "deployments.create_and_wait": (CREATE_DEPLOYMENT, {}),
    "deployments.revisions.wait": (GET_REVISION, {}),
}


@pytest.mark.parametrize("helper", sorted(DEPLOYMENT_HELPERS))
def test_a_deployments_helper_accepts_every_argument_of_the_operation_it_wraps(
    clients: tuple[ControlPlane, AsyncControlPlane], helper: str
) -> None:
    operation, renamed = DEPLOYMENT_HELPERS[helper]
    sync, asynchronous = clients
    signature = inspect.signature(reach(sync, helper)).parameters
    assert signature == inspect.signature(reach(asynchronous, helper)).parameters
    wanted = {renamed.get(param.keyword, param.keyword) for param in operation.params}
    assert wanted <= set(signature), (helper, sorted(wanted - set(signature)))
    for param in operation.params:  # and with the same defaults
        if not param.required:
            wrapped = reach(sync, helper.replace("create_and_wait", "create"))
            default = inspect.signature(wrapped).parameters[param.keyword].default
            assert signature[param.keyword].default == default, (helper, param.keyword)


def test_every_helper_of_cp_deployments_is_listed_above_and_clashes_with_no_generated_name(
    clients: tuple[ControlPlane, AsyncControlPlane],
) -> None:
    sync, _ = clients
    helpers = set()
    for resource in ("deployments", "deployments.revisions"):
        handwritten = type(reach(sync, resource))
        generated = set(vars(handwritten.__mro__[1]))
        added = {
            name
            for name, value in vars(handwritten).items()
            if callable(value) and not name.startswith("_")
        }
        assert not added & generated, (resource, added & generated)
        helpers |= {f"{resource}.{name}" for name in added}
    assert helpers == set(DEPLOYMENT_HELPERS)
    assert not set(DEPLOYMENT_HELPERS) & set(names())
