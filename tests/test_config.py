"""Configuration: arguments, environment, validation, and secrets kept out of every repr."""

from __future__ import annotations

import httpx
import pytest
from langsmith_control_plane import (
    AsyncControlPlane,
    AuthResult,
    AuthWaitStatus,
    ConfigurationError,
    ControlPlane,
)
from langsmith_control_plane.config import Config

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
        ({"api_key": KEY, "region": "ap"}, "region must be one of ['eu', 'us']"),
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
    result = AuthResult(auth_id="a", status=AuthWaitStatus.COMPLETED, token="oauth-token-xyz")
    assert "oauth-token-xyz" not in repr(result)
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


def test_base_url_is_public_and_self_hosted_prefix_kept() -> None:
    with ControlPlane(api_key=KEY, base_url="https://ls.corp.example/api-host") as client:
        assert client.base_url == "https://ls.corp.example/api-host"
