"""The emulator against the spec: its own schema matches the vendored one, and schemathesis
finds nothing wrong when it fuzzes the vendored spec against it."""

from __future__ import annotations

import copy
import itertools
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from langsmith_control_plane.testing import Emulator, RecordedRequest, StoredToken
from langsmith_control_plane.testing._document import document as spec_document

from tests.conftest import ROOT, suite_emulator
from tests.support.spec import openapi

PATH = "/v2/auth/wait/{auth_id}"
AUTHENTICATE = "/v2/auth/authenticate"
# The operations the emulator serves without state behaviour: each answers 501 naming itself
# (every other one answers from its service, or, for a read of no state, from the document).
NOT_EMULATED = {
    ("post", "/v2/auth/agents/{agent_id}/providers/{provider_id}/tokens"),
    ("post", "/v2/integrations/github/installation-link"),
    ("post", "/v2/integrations/forge-github/installation-link"),
    ("post", "/v2/integrations/forge-github/picker-sessions/{session_id}/selection"),
    ("get", "/v2/integrations/forge-github/picker-sessions/{session_id}"),
    ("get", "/v2/integrations/github/installations/{integration_id}/repositories"),
    ("get", "/v1/integrations/github/{integration_id}/repos"),
    ("get", "/v1/integrations/forge/github/{integration_id}/repos"),
}


def vendored() -> dict[str, Any]:
    return openapi("control-plane.yaml")


def emulated_in_the_spec() -> list[tuple[str, str]]:
    """(path, method) of every vendored operation: the emulator serves them all."""
    return [(path, method) for path, item in vendored()["paths"].items() for method in item]


def referenced_schemas() -> list[str]:
    """Every schema the emulated operations reach, through references, in the vendored spec."""
    document = vendored()
    found: set[str] = set()
    todo: list[Any] = [document["paths"][path][method] for path, method in emulated_in_the_spec()]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.rpartition("/")[2] not in found:
                found.add(ref.rpartition("/")[2])
                todo.append(document["components"]["schemas"][ref.rpartition("/")[2]])
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    return sorted(found)


OPERATIONS = emulated_in_the_spec()
SCHEMAS = referenced_schemas()


@pytest.fixture(scope="module")
def emulated(module_emulator: Emulator) -> dict[str, Any]:
    schema: dict[str, Any] = httpx.get(module_emulator.url + "/openapi.json").json()
    return schema


def test_the_emulator_documents_exactly_the_vendored_operations_of_its_tags(
    emulated: dict[str, Any],
) -> None:
    ours = [(path, method) for path, item in emulated["paths"].items() for method in item]
    assert sorted(ours) == sorted(OPERATIONS)
    assert len(OPERATIONS) == 56  # Every operation of the vendored document.
    assert sorted(emulated["components"]["schemas"]) == SCHEMAS


@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_each_operation_matches_the_vendored_spec(
    emulated: dict[str, Any], path: str, method: str
) -> None:
    ours = emulated["paths"][path][method]
    theirs = vendored()["paths"][path][method]
    # Normalised, on purpose: security. The vendored operations name schemes the document never
    # defines ("API Key", ...); the emulator checks credentials in code and declares none. It
    # checks them on every operation, as the overlay's document-wide requirement has it, the
    # setup route (which names none upstream) included.
    theirs.pop("security", None)
    # Path, parameters with schemas and defaults, ids, tags, texts, bodies and response codes.
    assert ours == theirs


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_schemas_match_the_vendored_spec(emulated: dict[str, Any], name: str) -> None:
    ours = copy.deepcopy(emulated["components"]["schemas"][name])
    theirs = vendored()["components"]["schemas"][name]
    if name == "ValidationError":
        # Normalised: newer FastAPI documents the optional `input` and `ctx` members of each
        # error (as the vendored document's newest pages do; FastAPI sends them either way);
        # the required members and types are the same whichever FastAPI the emulator runs on.
        for schema in (ours, theirs):
            assert schema["properties"].pop("input", None) in (None, {"title": "Input"})
            context = schema["properties"].pop("ctx", None)
            assert context in (None, {"type": "object", "title": "Context"})
    assert ours == theirs


# --- schemathesis: the vendored (merged) spec fuzzed against the running emulator -----------

# Two checks are off, on purpose:
# - `negative_data_rejection` wants every request outside the schema refused, but FastAPI (the
#   real server's framework, reproduced here) coerces lax integers such as "0.0", "+3" or " 5 "
#   into `timeout`, and a valid X-Api-Key is enough even beside a malformed Authorization
#   header. What is refused, and how, is pinned by the 422 and 401 tests in test_emulator.py.
# - `use_after_free` takes a provider read after its DELETE for a bug, but this API lets the
#   client choose the id: a POST to the collection in between makes it again under the same
#   path, which the check does not see. A deleted provider's 404 is pinned in
#   test_auth_operations.py.
# Every other check, 422 bodies included, stays on (the stateful test below leaves one more to
# the example-based one). Redirects are not followed: the SDK never follows one, so the answer
# under test is the server's own (schemathesis would otherwise validate a redirect's target
# against the schema of the request that was redirected).
OFF = ("negative_data_rejection", "use_after_free")


def emulated_schema(*off: str, coverage: bool = True) -> Any:
    """The merged spec's emulated operations, with the checks above and `off` turned off (and
    schemathesis's coverage phase, unless `coverage`)."""
    config = schemathesis.Config.from_dict(
        {
            "checks": {check: {"enabled": False} for check in OFF + off},
            "max-redirects": 0,
            "phases": {"coverage": {"enabled": coverage}},
        }
    )
    return schemathesis.openapi.from_path(
        ROOT / "openapi" / "control-plane.merged.yaml", config=config
    )


# The example-based phases steer ids with the hook below; the stateful phase loads the spec
# again, without it, as its links carry real ids from one answer to the next request.
# The two operations whose body is a whole deployment (ResourceSpec's dozens of members,
# Kubernetes volumes and containers) get no coverage phase: it makes a case for every bound and
# type of every member, some 15 s of CPU for the two, where the rest of the run takes a few.
# Their examples and fuzzed cases still run, as for every other operation.
LARGE_BODIES = {
    "path_regex": r"^/v2/deployments(/\{deployment_id\})?$",
    "method": ["POST", "PATCH"],
}
schema = emulated_schema().exclude(**LARGE_BODIES)
large_bodies = emulated_schema(coverage=False).include(**LARGE_BODIES)

# Flows the generated ids are steered onto, so answers besides `not_found` are checked too.
PENDING, COMPLETED = "contract-pending", "contract-completed"
# Stored tokens authenticate bodies are steered onto, so `completed` and `token_expired`
# answers are checked besides `pending`.
USER, GRANTED, EXPIRED, SCOPE = "contract-user", "contract-granted", "contract-expired", "s"
# What ids in paths and bodies are steered onto, so the operations on one thing answer 2xx too:
# a provider, an agent with a connection (to the granted token).
PROVIDER, AGENT = "contract-provider", "contract-agent"

# The members the spec types as plain strings where the emulator wants an http(s) URL.
URL_MEMBERS = ("auth_url", "token_url", "mcp_server_url")
PROVIDER_CREATES = ("/v2/auth/providers", "/v2/auth/providers/mcp-discover")


class Turns:
    """Steering rotates through the choices rather than hashing the case, so every flow is met
    however the cases come out (they differ between Hypothesis versions and machines).

    Restarted for each operation's run: what its cases meet then depends on nothing that ran
    before it in the process (pytest-xdist hands the operations to workers in any order).
    """

    def __init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        self.ids = itertools.count()
        self.authenticate = itertools.count()
        self.queries = itertools.count()


TURNS = Turns()


def positive_timeout(value: object) -> bool:
    return (isinstance(value, int) and value > 0) or (isinstance(value, str) and value.isdigit())


def make_runnable(case: schemathesis.Case) -> None:
    """Normalise what would stall the run or trips a documented departure from the spec.

    - A positive `timeout` (some phases send it as a string) becomes 0: waiting for real would
      stall the run. Zero and negative ones are sent as generated: the spec allows any
      integer, and the emulator answers them at once. Other values are what the 422 is for.
    - A URL member sent as a string becomes an http(s) URL: the emulator refuses any other
      string with a 422 naming the member (test_auth_operations.py pins it), where the spec
      types a plain string; without this, hardly a provider would ever be created.
    """
    if case.operation.path == PATH:
        query = case.query if case.query is not None else {}
        timeout = query.get("timeout")
        if positive_timeout(timeout):
            query["timeout"] = 0
        case.query = query
    if isinstance(case.body, dict):
        for member in URL_MEMBERS:
            if isinstance(case.body.get(member), str):
                case.body[member] = f"https://{member.replace('_', '-')}.example/x"


@large_bodies.hook
@schema.hook
def map_case(context: Any, case: schemathesis.Case) -> schemathesis.Case:
    query = case.query or {}
    body = case.body
    # An absent timeout means 30 s, so only a request that sends one may land on the pending
    # flow (a zero or negative one answers at once, and make_runnable makes a positive one 0).
    sends_timeout = "timeout" in query and (
        isinstance(query["timeout"], int)
        or (isinstance(query["timeout"], str) and query["timeout"].lstrip("-").isdigit())
    )
    make_runnable(case)
    auth_id = (case.path_parameters or {}).get("auth_id")
    if isinstance(auth_id, str) and case.operation.path == PATH:
        choices = [PENDING, COMPLETED, auth_id] if sends_timeout else [COMPLETED, auth_id]
        case.path_parameters = {"auth_id": choices[next(TURNS.ids) % len(choices)]}
    # An authenticate body that names a provider and scopes is steered, in turn, onto the
    # stored token, the expired one, or left as it came (a new flow).
    if (
        case.operation.path == AUTHENTICATE
        and isinstance(body, dict)
        and isinstance(body.get("provider"), str)
        and "scopes" in body
    ):
        provider = [GRANTED, EXPIRED, None][next(TURNS.authenticate) % 3]
        if provider is not None:
            body.update(user_id=USER, provider=provider, scopes=[SCOPE], force_new=False)
    return case


def granted_token(emulator: Emulator) -> StoredToken:
    (token,) = emulator.tokens(user_id=USER, provider_id=GRANTED)
    return token


def steer_ids(case: schemathesis.Case, emulator: Emulator) -> None:
    """Every other case with ids gets ones that exist, so those operations answer 2xx too.

    Done at call time, not in the hook (which also runs at collection), since what a deleting
    case names is made afresh for it. A body's token id becomes the granted token's.
    """
    if case.path_parameters and case.operation.path != PATH and next(TURNS.ids) % 2:
        case.path_parameters = case.path_parameters | existing_ids(case, emulator)
    elif case.path_parameters and case.path_parameters.keys() & UUID_IDS:
        # A UUID id is steered every time: half the cases of such an operation are negative at
        # the path, and schemathesis probes auth only on a positive one that succeeded.
        case.path_parameters = case.path_parameters | existing_ids(case, emulator)
    body = case.body
    token_id = isinstance(body, dict) and isinstance(body.get("oauth_token_id"), str)
    if token_id and next(TURNS.ids) % 2:
        body["oauth_token_id"] = granted_token(emulator).id


def existing_ids(case: schemathesis.Case, emulator: Emulator) -> dict[str, str]:
    """Path parameters naming things that exist; made afresh where the operation deletes."""
    deletes = case.operation.method.lower() == "delete"
    ids: dict[str, str] = {}
    if "deployment_id" in case.path_parameters:
        deployment = create(emulator, "/v2/deployments") if deletes else DEPLOYMENT
        ids["deployment_id"] = deployment["id"]
        ids["revision_id"] = deployment["latest_revision_id"]
    if "listener_id" in case.path_parameters:
        ids["listener_id"] = (create(emulator, "/v2/listeners") if deletes else LISTENER)["id"]
    if "provider_id" in case.path_parameters:
        ids["provider_id"] = PROVIDER
        if deletes:
            ids["provider_id"] = emulator.add_provider(f"contract-{uuid.uuid4()}").provider_id
    if "token_id" in case.path_parameters:
        ids["token_id"] = granted_token(emulator).id
        if deletes:
            user_id = f"contract-{uuid.uuid4()}"
            emulator.grant_token(GRANTED, [SCOPE], user_id=user_id)
            ids["token_id"] = emulator.tokens(user_id=user_id)[0].id
    if "agent_id" in case.path_parameters:
        ids["agent_id"] = AGENT
    if "connection_id" in case.path_parameters:
        ids["connection_id"] = emulator.connect(AGENT, granted_token(emulator).id).id
        if deletes:
            ids["agent_id"] = f"contract-{uuid.uuid4()}"
            ids["connection_id"] = emulator.connect(ids["agent_id"], granted_token(emulator).id).id
    return ids


def create(emulator: Emulator, path: str) -> dict[str, Any]:
    """A thing created through the API, from the body the document itself makes up (a fresh
    name each time, so creates never conflict)."""
    operation = spec_document().operation(
        {"/v2/deployments": "create_deployment", "/v2/listeners": "create_listener"}[path]
    )
    schema = operation.spec["requestBody"]["content"]["application/json"]["schema"]
    body = spec_document().fixture(schema)
    body[{"/v2/deployments": "name", "/v2/listeners": "compute_id"}[path]] = str(uuid.uuid4())
    response = httpx.post(emulator.url + path, json=body, headers=credentials(emulator))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


# The path ids the document types as UUIDs, which the steering always fills in.
UUID_IDS = {"deployment_id", "revision_id", "listener_id"}

# What the seeded deployment and listener are, once the contract fixture made them.
DEPLOYMENT: dict[str, Any] = {}
LISTENER: dict[str, Any] = {}


def steer_query(case: schemathesis.Case, emulator: Emulator) -> None:
    """A query naming a deployment names the seeded one every other case, so the log reads
    answer entries too; one naming deployments to delete names a fresh one."""
    query = case.query
    if not isinstance(query, dict) or not DEPLOYMENT or not next(TURNS.queries) % 2:
        return
    if isinstance(query.get("deployment_id"), str):
        query["deployment_id"] = DEPLOYMENT["id"]
        query.pop("revision_id", None)
    if isinstance(query.get("deployment_ids"), list):
        query["deployment_ids"] = [create(emulator, "/v2/deployments")["id"]]


def not_emulated(case: schemathesis.Case, response: Any) -> bool:
    """Whether `response` is the 501 of an operation without state behaviour, naming it."""
    where = (case.operation.method.lower(), case.operation.path)
    if where not in NOT_EMULATED or response.status_code != 501:
        return False
    name = spec_document().operation_at(case.operation.method, case.operation.path).describe()
    assert response.json() == {"detail": f"{name} is not emulated: no state behaviour for it"}
    return True


def departs_from_the_letter(case: schemathesis.Case, response: Any) -> bool:
    """Whether `response` is one of the emulator's deliberate departures from the spec's text.

    Each is what the service's framework answers beyond what FastAPI documents, and each is
    pinned exactly in test_emulator.py or test_auth_operations.py; only these exact answers
    are let through.
    """
    path = case.operation.path
    ids = (case.path_parameters or {}).values()
    if not_emulated(case, response):
        return True
    if response.status_code in (307, 404, 405) and any(i == "" or "/" in str(i) for i in ids):
        # An empty id, or one with a "/", changes the path's segments, which then name another
        # resource (or none): FastAPI's 404, the 405 of the collection the path now names, or
        # the 307 FastAPI sends from a trailing slash to the collection.
        return True
    if response.status_code == 400 and case.body is not None:
        # A JSON body that is not UTF-8 gets FastAPI's own 400, a status no schema lists.
        assert response.json() == {"detail": "There was an error parsing the body"}
        sent = response.request.body
        assert isinstance(sent, bytes)
        with pytest.raises(UnicodeDecodeError):
            sent.decode("utf-8")
        return True
    if response.status_code == 404 and "{" in path:
        # An unknown id (or one no route takes, such as an encoded "/"): FastAPI's 404, which
        # FastAPI never documents.
        assert isinstance(response.json()["detail"], str)
        return True
    if response.status_code == 422 and path in PROVIDER_CREATES:
        # A provider_id already taken: a 422 naming it (the spec lists no 409).
        errors = response.json()["detail"]
        if [e["loc"] for e in errors] == [["body", "provider_id"]]:
            return "already exists" in errors[0]["msg"]
    return False


def seen(emulator: Emulator) -> set[tuple[str, str, int | None]]:
    """(method, route, status) of every request the emulator logged."""
    routes = [(method, path, re.compile(route_regex(path))) for path, method in OPERATIONS]
    found = set()
    for request in emulator.requests():
        for method, path, regex in routes:
            if request.method.lower() == method and regex.fullmatch(request.path):
                found.add((method, path, request.status_code))
    return found


def route_regex(path: str) -> str:
    return re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))


@dataclass
class Contract:
    """One operation's run: its own seeded emulator, and what its cases met."""

    emulator: Emulator
    operations: set[tuple[str, str]] = field(default_factory=set)
    probed: set[tuple[str, str]] = field(default_factory=set)
    authenticate_answers: set[str] = field(default_factory=set)


@pytest.fixture
def contract() -> Iterator[Contract]:
    """A seeded emulator for one schemathesis item (one operation: Hypothesis runs all of its
    cases on this one fixture), so the item depends on no other: pytest-xdist may run the
    operations in any worker and order."""
    TURNS.restart()
    with suite_emulator() as emulator:
        emulator.create_auth(PENDING)
        emulator.complete(emulator.create_auth(COMPLETED), "contract-token")
        for provider in (GRANTED, EXPIRED):
            emulator.grant_token(provider, [SCOPE], user_id=USER)
        emulator.expire_token(EXPIRED, user_id=USER)
        emulator.add_provider(PROVIDER)
        emulator.connect(AGENT, granted_token(emulator).id)
        DEPLOYMENT.clear()
        DEPLOYMENT.update(create(emulator, "/v2/deployments"))
        LISTENER.clear()
        LISTENER.update(create(emulator, "/v2/listeners"))
        run = Contract(emulator)
        yield run
        # The run must not be vacuous: every kind of answer was met and validated.
        met = seen(emulator)
        assert run.operations
        for method, path in run.operations:
            if (method, path) in NOT_EMULATED:
                assert (method, path, 501) in met
            else:
                answered = [s for m, p, s in met if (m, p) == (method, path)]
                assert any(200 <= (s or 0) < 300 for s in answered), (method, path)
            assert (method, path) in run.probed
            assert (method, path, 401) in met  # the overlay's document-wide security
        if ("get", PATH) in run.operations:
            expected = {(PENDING, 200), (COMPLETED, 200), ("other", 200), ("other", 422)}
            assert expected <= {(kind(r), r.status_code) for r in emulator.requests()}
        if ("post", AUTHENTICATE) in run.operations:
            assert run.authenticate_answers == {"completed", "pending", "token_expired"}


def kind(request: RecordedRequest) -> str:
    return request.auth_id if request.auth_id in (PENDING, COMPLETED) else "other"


SETTINGS = settings(
    deadline=None,
    derandomize=True,  # The same cases every run: a failure here is never a fluke...
    database=None,  # ...on every machine: no examples replayed from a local database.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def credentials(emulator: Emulator) -> dict[str, str]:
    return {"X-Api-Key": emulator.api_key, "X-Tenant-Id": emulator.workspace_id}


@schema.parametrize()
@settings(SETTINGS, max_examples=10)
def test_the_vendored_spec_holds_against_the_emulator(
    case: schemathesis.Case, contract: Contract
) -> None:
    check_case(case, contract)


@large_bodies.parametrize()
@settings(SETTINGS, max_examples=10)
def test_the_vendored_spec_holds_for_the_deployment_bodies(
    case: schemathesis.Case, contract: Contract
) -> None:
    check_case(case, contract)


def check_case(case: schemathesis.Case, contract: Contract) -> None:
    """One case sent, its answer checked as schemathesis checks it (or as one of the
    departures below), and the operation's refusal without credentials probed."""
    emulator = contract.emulator
    contract.operations.add((case.operation.method.lower(), case.operation.path))
    headers = credentials(emulator)
    steer_ids(case, emulator)
    steer_query(case, emulator)
    response = case.call(base_url=emulator.url, headers=headers, timeout=10)
    if 200 <= response.status_code < 300 or response.status_code == 501:
        refuses_without_credentials(case, contract)
    if departs_from_the_letter(case, response):
        return
    case.validate_response(
        response,
        headers=headers,
        transport_kwargs={"base_url": emulator.url, "headers": headers, "timeout": 10},
    )
    if case.operation.path == AUTHENTICATE and response.status_code == 200:
        contract.authenticate_answers.add(response.json()["status"])


def refuses_without_credentials(case: schemathesis.Case, contract: Contract) -> None:
    """The request that was answered, sent again without credentials: a 401, once an operation.

    schemathesis's `ignored_auth` probes the same, but only after a case it counts as positive
    at the path, which it never does for a UUID path parameter (the steering fills those in);
    so every operation is probed here, the ones answering 501 included (credentials come
    first).
    """
    where = (case.operation.method.lower(), case.operation.path)
    if where in contract.probed:
        return
    contract.probed.add(where)
    kwargs = case.as_transport_kwargs(base_url=contract.emulator.url)
    headers = {
        name: value
        for name, value in (kwargs.pop("headers", None) or {}).items()
        if name.lower() not in ("x-api-key", "authorization", "x-tenant-id")
    }
    kwargs.pop("cookies", None)
    probe = httpx.request(
        kwargs.pop("method"),
        kwargs.pop("url"),
        headers=headers,
        params=kwargs.get("params"),
        content=kwargs.get("data") if isinstance(kwargs.get("data"), bytes) else None,
        json=kwargs.get("json"),
        timeout=10,
    )
    assert probe.status_code == 401, probe.text


# The operations of the sign-in flows' stateful run: the Auth Service and Agent Connections
# ones the emulator had before today's upstream, whose scenarios the provider lifecycle below
# is asserted on. The newer ones of those tags run with the rest: mixed in, they thin these
# scenarios out until, in some processes, none reaches a provider's read or delete.
SIGN_IN_FLOWS = sorted(
    operation["operationId"]
    for item in openapi("control-plane.merged.yaml")["paths"].values()
    for operation in item.values()
    if operation["tags"][0] in ("auth", "agent_connections")
    and operation["operationId"]
    not in {
        "list_platform_oauth_providers",
        "list_token_events_for_user",
        "check_oauth_tokens_exist_batch",
        "import_oauth_token",
        "upsert_agent_provider_token",
    }
)


def run_statefully(sign_in: bool, scenarios: int) -> set[tuple[str, str, int | None]]:
    """Scenarios along the links schemathesis infers between the sign-in flows' operations (or
    all the others), with the checks of the example-based test (so
    `ensure_resource_availability` too) but `ignored_auth`, below; answers (method, route,
    status) every scenario's emulator gave."""
    stateful_met: set[tuple[str, str, int | None]] = set()

    # Each scenario gets an emulator of its own: Hypothesis replays scenarios, and one left
    # over from the last (a provider id taken) would make the replay take another path.
    # `ignored_auth` is the example-based test's, which asserts each operation's 401: here its
    # probes would be two of every three requests, for nothing that test has not checked.
    operations = emulated_schema("ignored_auth")
    if sign_in:
        operations = operations.include(operation_id=SIGN_IN_FLOWS)
    else:
        operations = operations.exclude(operation_id=SIGN_IN_FLOWS)
    machine = operations.as_state_machine()

    class Workflow(machine):  # type: ignore[misc,valid-type]
        def setup(self) -> None:
            self.emulator = Emulator().start()

        def teardown(self) -> None:
            self.emulator.stop()
            stateful_met.update(seen(self.emulator))
            super().teardown()

        def before_call(self, case: schemathesis.Case) -> None:
            make_runnable(case)
            if case.operation.path == PATH:
                # A wait the links reach answers at once, so the link is followed to a 200;
                # what a timeout may be (the 422s, the 200s) is the example-based test's.
                case.query = {**(case.query or {}), "timeout": 0}

        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            headers = credentials(self.emulator)
            return {"base_url": self.emulator.url, "headers": headers, "timeout": 10}

        def validate_response(
            self, response: Any, case: schemathesis.Case, *args: Any, **more: Any
        ) -> None:
            if not departs_from_the_letter(case, response):
                super().validate_response(response, case, *args, **more)

    # Sixteen steps a scenario, not Hypothesis's default: across 30 seeds tried, with eight the
    # provider lifecycle below was met in about half, with sixteen in all but one.
    Workflow.run(settings=settings(SETTINGS, max_examples=scenarios, stateful_step_count=16))
    return stateful_met


def test_the_sign_in_flows_hold_statefully_against_the_emulator() -> None:
    # A created provider read, patched and deleted; an authenticate answer's auth_id waited on;
    # a connection listed and removed, ... Thirty scenarios, not twenty: which ones run depends
    # on the process (the tests run before this one in it change them), and `pytest -n 3
    # tests/emulator` gave twenty that never deleted a provider.
    stateful_met = run_statefully(sign_in=True, scenarios=30)
    # Not vacuous: links carried a created provider through a read, an update and a delete.
    lifecycle = [
        ("post", "/v2/auth/providers", 200),
        ("get", "/v2/auth/providers/{provider_id}", 200),
        ("patch", "/v2/auth/providers/{provider_id}", 200),
        ("delete", "/v2/auth/providers/{provider_id}", 200),
        ("post", "/v2/auth/authenticate", 200),
        ("get", PATH, 200),
    ]
    assert set(lifecycle) <= stateful_met


def test_the_other_operations_hold_statefully_against_the_emulator() -> None:
    # Deployments and their revisions, listeners, integrations and the newer token operations,
    # along the links from what a create answers to the operations on its id.
    stateful_met = run_statefully(sign_in=False, scenarios=15)
    assert {("post", "/v2/deployments", 201), ("post", "/v2/listeners", 201)} <= stateful_met
    # Not vacuous: a link carried a created deployment's or listener's id to a 2xx.
    on_ids = [
        (m, p, s)
        for m, p, s in stateful_met
        if p.startswith(("/v2/deployments/{", "/v2/listeners/{")) and 200 <= (s or 0) < 300
    ]
    assert on_ids
