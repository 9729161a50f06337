"""The emulator against the spec: its own schema matches the vendored one, and schemathesis
finds nothing wrong when it fuzzes the vendored spec against it."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from langsmith_control_plane.testing import Emulator

from tests.conftest import ROOT

PATH = "/v2/auth/wait/{auth_id}"
SCHEMAS = ("AuthWaitResponse", "AuthWaitStatus", "HTTPValidationError", "ValidationError")


def vendored() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / "control-plane.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture(scope="module")
def emulated(emulator: Emulator) -> dict[str, Any]:
    schema: dict[str, Any] = httpx.get(emulator.url + "/openapi.json").json()
    return schema


def test_the_emulator_documents_only_the_wait_operation(emulated: dict[str, Any]) -> None:
    assert list(emulated["paths"]) == [PATH]
    assert list(emulated["paths"][PATH]) == ["get"]
    assert sorted(emulated["components"]["schemas"]) == sorted(SCHEMAS)


def test_the_wait_operation_matches_the_vendored_spec(emulated: dict[str, Any]) -> None:
    ours = copy.deepcopy(emulated["paths"][PATH]["get"])
    theirs = copy.deepcopy(vendored()["paths"][PATH]["get"])

    # Normalised, each on purpose:
    # - security: the vendored operation names schemes it never defines ("API Key", ...); the
    #   emulator checks credentials in code and declares none, so its schema has no security.
    theirs.pop("security")
    # - timeout's `minimum: 0`: the emulator rejects negative timeouts with FastAPI's 422 and
    #   says so; the vendored spec leaves the integer unbounded.
    (timeout,) = [p for p in ours["parameters"] if p["name"] == "timeout"]
    assert timeout["schema"].pop("minimum") == 0

    assert ours == theirs  # Path, parameters with schemas and defaults, ids, response codes.
    assert [p["name"] for p in ours["parameters"]] == ["auth_id", "timeout"]
    assert set(ours["responses"]) == {"200", "422"}


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_schemas_match_the_vendored_spec(emulated: dict[str, Any], name: str) -> None:
    ours = copy.deepcopy(emulated["components"]["schemas"][name])
    theirs = vendored()["components"]["schemas"][name]
    if name == "ValidationError":
        # Normalised: newer FastAPI also documents the optional `input` and `ctx` members of
        # each error (it sends them either way); the required members and types are the same.
        assert ours["properties"].pop("input", None) in (None, {"title": "Input"})
        assert ours["properties"].pop("ctx", None) in (None, {"type": "object", "title": "Context"})
    assert ours == theirs


# --- schemathesis: the vendored (merged) spec fuzzed against the running emulator -----------

# One check is off, on purpose: `negative_data_rejection` wants every request outside the
# schema refused, but FastAPI (the real server's framework, reproduced here) coerces lax
# integers such as "0.0", "+3" or " 5 " into `timeout`, and a valid X-Api-Key is enough even
# beside a malformed Authorization header. What is refused, and how, is pinned by the 422
# and 401 tests in test_emulator.py; every other check, 422 bodies included, stays on.
CONFIG = schemathesis.Config.from_dict({"checks": {"negative_data_rejection": {"enabled": False}}})
schema = schemathesis.openapi.from_path(
    ROOT / "openapi" / "control-plane.merged.yaml", config=CONFIG
)

# Flows the generated ids are steered onto, so answers besides `not_found` are checked too.
PENDING, COMPLETED = "contract-pending", "contract-completed"


# Steering rotates through the choices rather than hashing the case, so every flow is met
# however the cases come out (they differ between Hypothesis versions and machines).
_turn = itertools.count()


@schema.hook
def map_case(context: Any, case: schemathesis.Case) -> schemathesis.Case:
    # Waiting for real would stall the run, so any integer timeout (some phases send them as
    # strings) becomes 0: answer at once. Other values are left alone: they are what the 422
    # is for. An absent timeout means 30 s, so only a request that sends one may land on the
    # pending flow.
    query = case.query or {}
    timeout = query.get("timeout")
    answers_at_once = isinstance(timeout, int) or (
        isinstance(timeout, str) and timeout.lstrip("-").isdigit()
    )
    if answers_at_once:
        query["timeout"] = 0
    auth_id = (case.path_parameters or {}).get("auth_id")
    if isinstance(auth_id, str):
        choices = [PENDING, COMPLETED, auth_id] if answers_at_once else [COMPLETED, auth_id]
        case.path_parameters = {"auth_id": choices[next(_turn) % len(choices)]}
    return case


@pytest.fixture(scope="module")
def contract_emulator() -> Iterator[Emulator]:
    with Emulator() as emulator:
        emulator.create_auth(PENDING)
        emulator.complete(emulator.create_auth(COMPLETED), "contract-token")
        yield emulator
        # The run must not be vacuous: every kind of answer was met and validated.
        seen = {
            (r.auth_id if r.auth_id in (PENDING, COMPLETED) else "other", r.status_code)
            for r in emulator.requests()
        }
        for expected in [(PENDING, 200), (COMPLETED, 200), ("other", 200), ("other", 401)]:
            assert expected in seen
        assert any(status == 422 for _, status in seen)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,  # The same cases every run: a failure here is never a fluke...
    database=None,  # ...on every machine: no examples replayed from a local database.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_vendored_spec_holds_against_the_emulator(
    case: schemathesis.Case, contract_emulator: Emulator
) -> None:
    case.call_and_validate(
        base_url=contract_emulator.url,
        headers={
            "X-Api-Key": contract_emulator.api_key,
            "X-Tenant-Id": contract_emulator.workspace_id,
        },
        timeout=10,
    )
