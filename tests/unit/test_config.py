"""Configuration: arguments, environment, validation, and secrets kept out of every repr."""

from __future__ import annotations

import warnings

import httpx
import pytest
from langsmith_control_plane import (
    AsyncControlPlane,
    AuthResult,
    AuthWaitResponse,
    AuthWaitStatus,
    ConfigurationError,
    ControlPlane,
)
from langsmith_control_plane.config import TRACING_URL_WARNING, Config

KEY = "lsv2_sk_secret_key_value"
BEARER = "bearer-secret-value"


def resolve(environ: dict[str, str] | None = None, **kwargs: object) -> Config:
    return Config.resolve(environ=environ or {}, **kwargs)  # type: ignore[arg-type]


def test_environment_supplies_key_workspace_and_url() -> None:
    config = resolve(
        {
            "LANGSMITH_API_KEY": f" {KEY}\n",
            "LANGSMITH_WORKSPACE_ID": "ws-1",
            "LANGSMITH_CONTROL_PLANE_URL": "https://cp.example.com/api-host/",
        }
    )
    assert config.base_url == "https://cp.example.com/api-host"
    assert config.auth_headers() == {"X-Api-Key": KEY, "X-Tenant-Id": "ws-1"}


def test_arguments_beat_the_environment() -> None:
    env = {"LANGSMITH_API_KEY": "env-key", "LANGSMITH_CONTROL_PLANE_URL": "https://a.example"}
    config = resolve(env, api_key=KEY, workspace_id="ws-2", region="eu")
    assert config.base_url == "https://eu.api.host.langchain.com"
    assert config.auth_headers() == {"X-Api-Key": KEY, "X-Tenant-Id": "ws-2"}


def test_defaults() -> None:
    config = resolve(api_key=KEY)
    assert config.base_url == "https://api.host.langchain.com"
    assert (config.timeout, config.poll_timeout, config.max_retries) == (300.0, 30, 10)
    assert config.auth_headers() == {"X-Api-Key": KEY}


def test_bearer_token_replaces_the_environment_key() -> None:
    config = resolve({"LANGSMITH_API_KEY": KEY}, bearer_token=BEARER)
    assert config.auth_headers() == {"Authorization": f"Bearer {BEARER}"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "no credentials: set LANGSMITH_API_KEY"),
        ({"api_key": "  "}, "no credentials"),
        ({"api_key": KEY, "bearer_token": BEARER}, "not both"),
        ({"api_key": f"{KEY}\n2"}, "not allowed in an HTTP header"),
        ({"api_key": "ключ"}, "not allowed in an HTTP header"),
        ({"api_key": 12}, "api_key must be a string"),
        ({"api_key": KEY, "region": "ap"}, "region must be 'us' or 'eu' (any case), not 'ap'"),
        ({"api_key": KEY, "region": "us", "base_url": "https://x.example"}, "not both"),
        ({"api_key": KEY, "base_url": "http://cp.example.com"}, "plain http to a non-loopback"),
        ({"api_key": KEY, "base_url": "ftp://cp.example.com"}, "absolute http(s) URL"),
        ({"api_key": KEY, "base_url": "cp.example.com"}, "absolute http(s) URL"),
        ({"api_key": KEY, "base_url": "https://cp.example.com:99999"}, "not a valid URL"),
        ({"api_key": KEY, "base_url": "https://cp.example.com/?x=1"}, "query or fragment"),
        ({"api_key": KEY, "base_url": "https://u:p@cp.example.com"}, "must not contain cred"),
        ({"api_key": KEY, "timeout": 0}, "positive, finite"),
        ({"api_key": KEY, "timeout": float("inf")}, "positive, finite"),
        ({"api_key": KEY, "timeout": "5"}, "number of seconds"),
        ({"api_key": KEY, "timeout": True}, "number of seconds"),
        ({"api_key": KEY, "poll_timeout": 0}, "poll_timeout must be a whole number"),
        ({"api_key": KEY, "poll_timeout": 2.5}, "poll_timeout must be a whole number"),
        ({"api_key": KEY, "max_retries": -1}, "max_retries must be a whole number"),
    ],
)
def test_bad_configuration_says_what_to_fix(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        resolve(**kwargs)
    assert message in str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert KEY not in str(raised.value)
    assert "p@" not in str(raised.value)


US = "https://api.host.langchain.com"
EU = "https://eu.api.host.langchain.com"
A = "https://a.example"
B = "https://b.example"


@pytest.mark.parametrize(
    ("environ", "kwargs", "url"),
    [
        ({}, {}, US),
        ({"LANGSMITH_API_URL": A}, {}, A),
        ({"LANGSMITH_CONTROL_PLANE_URL": B, "LANGSMITH_API_URL": A}, {}, B),
        ({"LANGSMITH_CONTROL_PLANE_URL": " ", "LANGSMITH_API_URL": f" {A}/\n"}, {}, A),
        ({"LANGSMITH_CONTROL_PLANE_URL": B, "LANGSMITH_API_URL": A}, {"base_url": US}, US),
        ({"LANGSMITH_CONTROL_PLANE_URL": B, "LANGSMITH_API_URL": A}, {"region": "eu"}, EU),
        ({}, {"region": "EU"}, EU),
        ({}, {"region": " eu "}, EU),
        ({}, {"region": "Us"}, US),
        ({"LANGSMITH_ENDPOINT": "https://api.smith.langchain.com"}, {}, US),  # Never the URL.
    ],
)
def test_url_precedence(environ: dict[str, str], kwargs: dict[str, str], url: str) -> None:
    assert resolve(environ, api_key=KEY, **kwargs).base_url == url


@pytest.mark.parametrize(
    ("environ", "kwargs", "headers"),
    [
        ({"LANGCHAIN_API_KEY": "legacy"}, {}, {"X-Api-Key": "legacy"}),
        ({"LANGSMITH_API_KEY": KEY, "LANGCHAIN_API_KEY": "legacy"}, {}, {"X-Api-Key": KEY}),
        ({"LANGSMITH_API_KEY": " \n", "LANGCHAIN_API_KEY": "legacy"}, {}, {"X-Api-Key": "legacy"}),
        (
            {"LANGSMITH_API_KEY": "env", "LANGCHAIN_API_KEY": "legacy"},
            {"api_key": KEY},
            {"X-Api-Key": KEY},
        ),
        (
            {"LANGSMITH_API_KEY": "env", "LANGCHAIN_API_KEY": "x"},
            {"bearer_token": BEARER},
            {"Authorization": f"Bearer {BEARER}"},
        ),
    ],
)
def test_api_key_precedence(
    environ: dict[str, str], kwargs: dict[str, str], headers: dict[str, str]
) -> None:
    assert resolve(environ, **kwargs).auth_headers() == headers


QUOTES = "is in quotes, as copied from an env file or a shell line; remove the quotes"


@pytest.mark.parametrize(
    ("environ", "kwargs", "message"),
    [
        ({}, {"api_key": f'"{KEY}"'}, f"api_key {QUOTES}"),
        ({}, {"api_key": f"'{KEY}'"}, f"api_key {QUOTES}"),
        ({}, {"api_key": f'{KEY}"'}, f"api_key {QUOTES}"),
        ({}, {"bearer_token": f'"{KEY}"'}, f"bearer_token {QUOTES}"),
        ({"LANGSMITH_API_KEY": f'"{KEY}"\n'}, {}, f"LANGSMITH_API_KEY {QUOTES}"),
        ({"LANGCHAIN_API_KEY": f"'{KEY}'"}, {}, f"LANGCHAIN_API_KEY {QUOTES}"),
        (
            {"LANGSMITH_API_KEY": KEY, "LANGSMITH_WORKSPACE_ID": '"ws"'},
            {},
            f"LANGSMITH_WORKSPACE_ID {QUOTES}",
        ),
        (
            {"LANGSMITH_API_KEY": KEY, "LANGSMITH_CONTROL_PLANE_URL": f'"{KEY}@{US}"'},
            {},
            "LANGSMITH_CONTROL_PLANE_URL is in quotes; remove the quotes",
        ),
        (
            {"LANGSMITH_API_KEY": KEY},
            {"base_url": f"{US}/v2"},
            f"base_url must be the API root, without /v2 (the client adds /v2/auth/...); "
            f"use '{US}'",
        ),
        (
            {"LANGSMITH_API_KEY": KEY},
            {"base_url": f"{US}/v2/auth/wait/abc/"},
            f"base_url must be the API root, without /v2 (the client adds /v2/auth/...); "
            f"use '{US}'",
        ),
        (
            {"LANGSMITH_API_KEY": KEY, "LANGSMITH_API_URL": "https://ls.corp.example/api-host/v2/"},
            {},
            "LANGSMITH_API_URL must be the API root, without /v2 (the client adds "
            "/v2/auth/...); use 'https://ls.corp.example/api-host'",
        ),
        (
            {"LANGSMITH_API_KEY": KEY, "LANGSMITH_API_URL": "http://cp.example.com"},
            {},
            "LANGSMITH_API_URL uses plain http to a non-loopback host (cp.example.com); use "
            "https so credentials are not sent in the clear",
        ),
        ({}, {"api_key": KEY, "region": 3}, "region must be 'us' or 'eu' (any case), not 3"),
    ],
)
def test_misuse_is_refused_naming_what_to_fix(
    environ: dict[str, str], kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        resolve(environ, **kwargs)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "url", [f"{US}/v2-gateway", "https://ls.corp.example/v2/api-host", f"{US}/api/v2x"]
)
def test_paths_that_only_look_like_the_api_are_kept(url: str) -> None:
    assert resolve(api_key=KEY, base_url=url).base_url == url


def warnings_of(environ: dict[str, str], **kwargs: str) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        resolve(environ, api_key=KEY, **kwargs)
    return [str(warning.message) for warning in caught]


def test_the_tracing_url_alone_gets_a_warning_and_is_not_used() -> None:
    environ = {"LANGSMITH_ENDPOINT": "https://eu.api.smith.langchain.com"}
    assert warnings_of(environ) == [TRACING_URL_WARNING]
    assert TRACING_URL_WARNING == (
        "LANGSMITH_ENDPOINT is set, but it is the URL of the LangSmith tracing API, not of the "
        "Control Plane, so it is not used: this client talks to the US Control Plane "
        "(https://api.host.langchain.com). For the EU pass region='eu' (lscp: --region eu); "
        "for self-hosted LangSmith set LANGSMITH_CONTROL_PLANE_URL=https://<host>/api-host."
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert resolve(environ, api_key=KEY).base_url == US


@pytest.mark.parametrize(
    ("environ", "kwargs"),
    [
        ({"LANGSMITH_ENDPOINT": "https://api.smith.langchain.com/"}, {}),  # The US default.
        ({"LANGSMITH_ENDPOINT": "https://eu.api.smith.langchain.com"}, {"region": "eu"}),
        ({"LANGSMITH_ENDPOINT": "https://eu.api.smith.langchain.com"}, {"base_url": EU}),
        ({"LANGSMITH_ENDPOINT": "https://x.example/api/v1", "LANGSMITH_CONTROL_PLANE_URL": A}, {}),
        ({"LANGSMITH_ENDPOINT": "https://x.example/api/v1", "LANGSMITH_API_URL": A}, {}),
    ],
)
def test_no_warning_when_the_url_is_configured_or_the_default_fits(
    environ: dict[str, str], kwargs: dict[str, str]
) -> None:
    assert warnings_of(environ, **kwargs) == []


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8124", "http://localhost:1", "http://[::1]:80", "http://127.9.9.9"]
)
def test_plain_http_is_allowed_to_loopback_only(url: str) -> None:
    assert resolve(api_key=KEY, base_url=url).base_url == url


def test_secrets_never_appear_in_reprs() -> None:
    config = resolve(api_key=KEY, workspace_id="ws")
    assert KEY not in repr(config)
    assert "api_key='***'" in repr(config)
    bearer = resolve(bearer_token=BEARER)
    assert BEARER not in repr(bearer)
    response = AuthWaitResponse(status=AuthWaitStatus.COMPLETED, token="oauth-token-xyz")
    result = AuthResult(AuthWaitStatus.COMPLETED, "a", "oauth-token-xyz", response)
    assert "oauth-token-xyz" not in repr(result)
    assert "oauth-token-xyz" not in repr(response)  # the generated model's own repr too
    assert "oauth-token-xyz" not in str(result)
    assert result.token == "oauth-token-xyz"
    with ControlPlane(api_key=KEY) as client:
        assert KEY not in repr(client)
        assert KEY not in repr(vars(client))


def test_clients_refuse_the_wrong_kind_of_http_client() -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        AsyncControlPlane(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"httpx\.Client"):
        ControlPlane(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("connect_timeout", 0, "connect_timeout must be a positive, finite number of seconds"),
        ("retry_wait_initial", "1", "retry_wait_initial must be a number of seconds, not '1'"),
        ("retry_wait_max", -1, "retry_wait_max must be a positive, finite number of seconds"),
        ("retry_jitter", None, "retry_jitter must be True or False, not None"),
        ("retry_statuses", [200], "retry_statuses must be HTTP error statuses (400-599), not"),
        ("retry_statuses", 503, "retry_statuses must be HTTP error statuses (400-599), not 503"),
        ("max_idle_connections", -1, "max_idle_connections must be a whole number >= 0, not -1"),
        ("keepalive_expiry", "5", "keepalive_expiry must be a number of seconds, not '5'"),
        ("on_retry", "print", "on_retry must be callable, not 'print'"),
        ("request_timeout", 0, "request_timeout must be a positive, finite number of seconds"),
    ],
)
def test_every_knob_is_checked_at_construction(option: str, value: object, message: str) -> None:
    for client in (ControlPlane, AsyncControlPlane):
        with pytest.raises(ConfigurationError) as raised:
            client(api_key=KEY, **{option: value})  # type: ignore[arg-type]
        assert str(raised.value).startswith(message)


def test_base_url_is_public_and_self_hosted_prefix_kept() -> None:
    with ControlPlane(api_key=KEY, base_url="https://ls.corp.example/api-host") as client:
        assert client.base_url == "https://ls.corp.example/api-host"


@pytest.mark.parametrize(
    "url",
    [
        "https://me:SECRET-PW@api.example.com:99999",  # bad port and credentials
        "https://api.example.com/?api_key=SECRET-PW",  # a key in the query
        "https://api.example.com/#SECRET-PW",
    ],
)
def test_a_refused_base_url_is_never_echoed_when_it_may_hold_a_secret(url: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        resolve(api_key=KEY, base_url=url)
    assert "SECRET-PW" not in str(raised.value)
    assert "SECRET-PW" not in repr(raised.value)
