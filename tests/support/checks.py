"""The one set of credentials every layer of the suite uses, small limits, and checks that
errors, results and logs hold no secret.

The credentials, the returned token and the OAuth client secret are distinctive strings, so a
leak of any of them into an error, a repr, a traceback, a CLI's output or a log record (the
autouse `no_secrets_in_logs` in `tests/conftest.py`) can be searched for. Tests that need more
than one token derive it from `TOKEN` (`f"{TOKEN}-alice"`), so the same search finds it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import pytest
from langsmith_control_plane import AuthResult, ControlPlaneError
from langsmith_control_plane._policy import Limits

KEY = "lsv2_sk_e2e-secret-key"
WORKSPACE = "e2e-workspace"
BEARER = "e2e-secret-bearer"
TOKEN = "tok-e2e-secret"
CLIENT_SECRET = "cs-e2e-secret"  # an OAuth provider's, sent by generated methods
SECRETS = (KEY, BEARER, TOKEN, CLIENT_SECRET)

# Seconds instead of the production budgets (10 s connect, 5 s read margin), so a request cut
# off at its read timeout ends within a test's patience; the policy applying them is the same.
FAST = Limits(
    connect_timeout=2.0,
    read_margin=1.0,
    deadline_grace=0.5,
    backoff_initial=0.05,
    backoff_max=0.5,
)


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


def expect(error: type[ControlPlaneError], call: Callable[[], object]) -> Any:
    """Call, expecting exactly `error`; check that neither its text nor its traceback holds a
    secret or frames from inside httpx. Returns the error."""
    with pytest.raises(error) as raised:
        call()
    assert type(raised.value) is error
    rendered = "".join(traceback.format_exception(raised.value))
    assert_no_secret(str(raised.value), repr(raised.value), rendered)
    assert "/httpx/" not in rendered
    return raised.value


def got_token(result: AuthResult) -> None:
    """The wait returned the secret token, and its repr does not show it."""
    assert result.token == TOKEN
    assert_no_secret(repr(result))
