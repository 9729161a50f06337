"""Client configuration: arguments and environment resolved, validated, secrets masked."""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from .errors import ConfigurationError
from .models import mask_secret

__all__ = ["DEFAULT_POLL_TIMEOUT", "DEFAULT_TIMEOUT", "REGIONS", "Config"]

REGIONS: Mapping[str, str] = {
    "us": "https://api.host.langchain.com",
    "eu": "https://eu.api.host.langchain.com",
}
DEFAULT_TIMEOUT = 300.0
# Below the 60 s idle limit of common load balancers, so no proxy cuts a healthy long-poll.
DEFAULT_POLL_TIMEOUT = 30
DEFAULT_MAX_RETRIES = 10

ENV_API_KEY = "LANGSMITH_API_KEY"
ENV_WORKSPACE_ID = "LANGSMITH_WORKSPACE_ID"
ENV_URL = "LANGSMITH_CONTROL_PLANE_URL"


@attrs.frozen
class Config:
    """Everything a client needs, validated. Build it with `Config.resolve`."""

    base_url: str
    api_key: str | None = attrs.field(repr=mask_secret)
    workspace_id: str | None
    bearer_token: str | None = attrs.field(repr=mask_secret)
    timeout: float
    poll_timeout: int
    max_retries: int

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None = None,
        workspace_id: str | None = None,
        bearer_token: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | None = None,
        poll_timeout: int | None = None,
        max_retries: int | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Config:
        """Merge arguments with the environment (arguments win) and validate the result."""
        env = os.environ if environ is None else environ
        api_key = _text("api_key", api_key)
        bearer_token = _text("bearer_token", bearer_token)
        if api_key is not None and bearer_token is not None:
            raise ConfigurationError("pass api_key or bearer_token, not both")
        if bearer_token is None:
            api_key = api_key or _text(ENV_API_KEY, env.get(ENV_API_KEY))
        if api_key is None and bearer_token is None:
            raise ConfigurationError(
                f"no credentials: set {ENV_API_KEY} or pass api_key= (or bearer_token=)"
            )
        workspace_id = _text("workspace_id", workspace_id) or _text(
            ENV_WORKSPACE_ID, env.get(ENV_WORKSPACE_ID)
        )
        return cls(
            base_url=_base_url(base_url, region, env.get(ENV_URL)),
            api_key=api_key,
            workspace_id=workspace_id,
            bearer_token=bearer_token,
            timeout=DEFAULT_TIMEOUT if timeout is None else check_timeout("timeout", timeout),
            poll_timeout=DEFAULT_POLL_TIMEOUT
            if poll_timeout is None
            else check_poll_timeout(poll_timeout),
            max_retries=DEFAULT_MAX_RETRIES if max_retries is None else _max_retries(max_retries),
        )

    def auth_headers(self) -> dict[str, str]:
        """The credential headers of every request."""
        if self.bearer_token is not None:
            return {"Authorization": f"Bearer {self.bearer_token}"}
        assert self.api_key is not None  # resolve() guarantees one of the two
        headers = {"X-Api-Key": self.api_key}
        if self.workspace_id is not None:
            headers["X-Tenant-Id"] = self.workspace_id
        return headers


def _text(name: str, value: object) -> str | None:
    """A header value: stripped (env files often end in a newline), printable ASCII only."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    value = value.strip()
    if not value:
        return None
    if not (value.isascii() and value.isprintable()):
        # The value itself may be a secret, so it is never echoed.
        raise ConfigurationError(
            f"{name} contains characters not allowed in an HTTP header "
            "(only printable ASCII): check for stray quotes or line breaks"
        )
    return value


def _base_url(base_url: str | None, region: str | None, env_url: str | None) -> str:
    if base_url is not None and region is not None:
        raise ConfigurationError("pass base_url or region, not both")
    if region is not None:
        if region not in REGIONS:
            raise ConfigurationError(f"region must be one of {sorted(REGIONS)}, not {region!r}")
        return REGIONS[region]
    if base_url is not None:
        return check_url("base_url", base_url)
    if env_url and env_url.strip():
        return check_url(ENV_URL, env_url.strip())
    return REGIONS["us"]


def check_url(name: str, url: object) -> str:
    """Validate a base URL: https, or plain http to loopback only; no credentials or query."""
    if not isinstance(url, str):
        raise ConfigurationError(f"{name} must be a string, not {type(url).__name__}")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a malformed port
    except ValueError:
        raise ConfigurationError(f"{name} is not a valid URL: {url!r}") from None
    if parts.username is not None or parts.password is not None:
        # Never echo it: the user part is likely a secret.
        raise ConfigurationError(f"{name} must not contain credentials; use api_key= instead")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(
            f"{name} must be an absolute http(s) URL such as "
            f"'https://api.host.langchain.com', not {url!r}"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{name} must not have a query or fragment: {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{name} uses plain http to a non-loopback host ({parts.hostname}); use https so "
            "credentials are not sent in the clear"
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_timeout(name: str, value: object) -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive, finite number of seconds")
    return float(value)


def check_poll_timeout(value: object) -> int:
    """The server-side wait of one request: a whole number of seconds, at least 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(
            f"poll_timeout must be a whole number of seconds >= 1, not {value!r}"
        )
    return value


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, not {value!r}")
    return value
