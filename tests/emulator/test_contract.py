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
from langsmith_control_plane.testing import Emulator, RecordedRequest

from tests.conftest import ROOT, suite_emulator

PATH = "/v2/auth/wait/{auth_id}"
AUTHENTICATE = "/v2/auth/authenticate"
SCHEMAS = (
    "AuthAuthenticateRequest",
    "AuthAuthenticateResponse",
    "AuthStatus",
    "AuthWaitResponse",
    "AuthWaitStatus",
    "HTTPValidationError",
    "ValidationError",
)


def vendored() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / "control-plane.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def emulated(module_emulator: Emulator) -> dict[str, Any]:
    schema: dict[str, Any] = httpx.get(module_emulator.url + "/openapi.json").json()
    return schema


def test_the_emulator_documents_exactly_the_vendored_operations(emulated: dict[str, Any]) -> None:
    operations = {path: list(item) for path, item in emulated["paths"].items()}
    assert operations == {AUTHENTICATE: ["post"], PATH: ["get"]}
    assert operations == {path: list(item) for path, item in vendored()["paths"].items()}
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


def test_the_authenticate_operation_matches_the_vendored_spec(emulated: dict[str, Any]) -> None:
    ours = copy.deepcopy(emulated["paths"][AUTHENTICATE]["post"])
    theirs = copy.deepcopy(vendored()["paths"][AUTHENTICATE]["post"])
    # Normalised, on purpose: security, as for the wait operation (undefined upstream schemes;
    # the emulator checks credentials in code and declares none).
    theirs.pop("security")
    assert ours == theirs  # Request body (required, by reference), ids, response codes.
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
# Stored tokens authenticate bodies are steered onto, so `completed` and `token_expired`
# answers are checked besides `pending`.
USER, GRANTED, EXPIRED, SCOPE = "contract-user", "contract-granted", "contract-expired", "s"

# Steering rotates through the choices rather than hashing the case, so every flow is met
# however the cases come out (they differ between Hypothesis versions and machines).
_turn = itertools.count()
_authenticate_turn = itertools.count()

# The `status` of every 200 authenticate answer validated, to show none was left unmet.
authenticate_answers: set[str] = set()


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
    # An authenticate body that names a provider and scopes is steered, in turn, onto the
    # stored token, the expired one, or left as it came (a new flow).
    body = case.body
    if isinstance(body, dict) and isinstance(body.get("provider"), str) and "scopes" in body:
        provider = [GRANTED, EXPIRED, None][next(_authenticate_turn) % 3]
        if provider is not None:
            body.update(user_id=USER, provider=provider, scopes=[SCOPE], force_new=False)
    return case


@pytest.fixture(scope="module")
def contract_emulator() -> Iterator[Emulator]:
    with suite_emulator() as emulator:
        emulator.create_auth(PENDING)
        emulator.complete(emulator.create_auth(COMPLETED), "contract-token")
        for provider in (GRANTED, EXPIRED):
            emulator.grant_token(provider, [SCOPE], user_id=USER)
        emulator.expire_token(EXPIRED, user_id=USER)
        yield emulator
        # The run must not be vacuous: every kind of answer was met and validated.
        seen = {(kind(r), r.status_code) for r in emulator.requests()}
        for expected in [
            (PENDING, 200),
            (COMPLETED, 200),
            ("other", 200),
            ("other", 401),
            ("other", 422),
            ("authenticate", 200),
            ("authenticate", 401),  # the overlay's document-wide security covers it too
            ("authenticate", 422),
        ]:
            assert expected in seen
        assert authenticate_answers == {"completed", "pending", "token_expired"}


def kind(request: RecordedRequest) -> str:
    if request.path == AUTHENTICATE:
        return "authenticate"
    return request.auth_id if request.auth_id in (PENDING, COMPLETED) else "other"


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
    headers = {
        "X-Api-Key": contract_emulator.api_key,
        "X-Tenant-Id": contract_emulator.workspace_id,
    }
    response = case.call(base_url=contract_emulator.url, headers=headers, timeout=10)
    if response.status_code == 400 and case.operation.path == AUTHENTICATE:
        # Normalised: a JSON body that is not UTF-8 gets FastAPI's own 400 (the real server's
        # framework too), a status no FastAPI schema lists. Only that case, and only that
        # exact answer, is let through; test_emulator.py pins it as well.
        assert response.json() == {"detail": "There was an error parsing the body"}
        sent = response.request.body
        assert isinstance(sent, bytes)
        with pytest.raises(UnicodeDecodeError):
            sent.decode("utf-8")
        return
    case.validate_response(
        response,
        headers=headers,
        transport_kwargs={"base_url": contract_emulator.url, "headers": headers, "timeout": 10},
    )
    if case.operation.path == AUTHENTICATE and response.status_code == 200:
        authenticate_answers.add(response.json()["status"])
