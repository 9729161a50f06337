"""Client configuration: arguments and environment resolved, validated, secrets masked."""

from __future__ import annotations

import ipaddress
import math
import os
import re
import warnings
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit, urlunsplit

import attrs

from ._redact import mask_secret
from .errors import ConfigurationError

__all__ = [
    "DEFAULT_POLL_TIMEOUT",
    "DEFAULT_REQUEST_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "REGIONS",
    "Config",
]

REGIONS: Mapping[str, str] = {
    "us": "https://api.host.langchain.com",
    "eu": "https://eu.api.host.langchain.com",
}
DEFAULT_TIMEOUT = 300.0
DEFAULT_REQUEST_TIMEOUT = 60.0
# Below the 60 s idle limit of common load balancers, so no proxy cuts a healthy long-poll.
DEFAULT_POLL_TIMEOUT = 30
DEFAULT_MAX_RETRIES = 10

ENV_API_KEY = "LANGSMITH_API_KEY"
ENV_LEGACY_API_KEY = "LANGCHAIN_API_KEY"  # the langsmith SDK's older name, still honoured there
ENV_WORKSPACE_ID = "LANGSMITH_WORKSPACE_ID"
ENV_URL = "LANGSMITH_CONTROL_PLANE_URL"
ENV_API_URL = "LANGSMITH_API_URL"  # langchain-auth's name for this API's URL
# The tracing API's URL (another service): never this client's URL, but a hint when it is set.
ENV_TRACING_URL = "LANGSMITH_ENDPOINT"
TRACING_US_URL = "https://api.smith.langchain.com"

# Where a setting is looked for in the environment: the first variable set wins.
API_KEY_VARIABLES = (ENV_API_KEY, ENV_LEGACY_API_KEY)
URL_VARIABLES = (ENV_URL, ENV_API_URL)

_QUOTES = "\"'"
# The end of a URL that already names an endpoint: /v2, /v2/auth, /v2/auth/...
_API_PATH = re.compile(r"/v2(?:/auth(?:/.*)?)?/*$")


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
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT

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
        request_timeout: float | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Config:
        """Merge arguments with the environment (arguments win) and validate the result."""
        env = os.environ if environ is None else environ
        api_key = _text("api_key", api_key)
        bearer_token = _text("bearer_token", bearer_token)
        if api_key is not None and bearer_token is not None:
            raise ConfigurationError("pass api_key or bearer_token, not both")
        if api_key is None and bearer_token is None:
            found = from_environment(API_KEY_VARIABLES, env)
            if found is None:
                raise ConfigurationError(
                    f"no credentials: set {ENV_API_KEY} or pass api_key= (or bearer_token=)"
                )
            api_key = _text(*found)
        workspace_id = _text("workspace_id", workspace_id) or _text(
            ENV_WORKSPACE_ID, env.get(ENV_WORKSPACE_ID)
        )
        config = cls(
            base_url=_base_url(base_url, region, env),
            api_key=api_key,
            workspace_id=workspace_id,
            bearer_token=bearer_token,
            timeout=DEFAULT_TIMEOUT if timeout is None else check_timeout("timeout", timeout),
            poll_timeout=DEFAULT_POLL_TIMEOUT
            if poll_timeout is None
            else check_poll_timeout(poll_timeout),
            max_retries=DEFAULT_MAX_RETRIES
            if max_retries is None
            else check_count("max_retries", max_retries),
            request_timeout=DEFAULT_REQUEST_TIMEOUT
            if request_timeout is None
            else check_timeout("request_timeout", request_timeout),
        )
        if base_url is None and region is None and _only_the_tracing_url(env):
            # stacklevel 2: the caller's line, so the default filter shows it once per process.
            warnings.warn(TRACING_URL_WARNING, stacklevel=2)
        return config

    def with_settings(
        self,
        *,
        timeout: object = None,
        request_timeout: object = None,
        poll_timeout: object = None,
        max_retries: object = None,
    ) -> Config:
        """This configuration with the settings given (not None) changed, each checked."""
        return attrs.evolve(
            self,
            timeout=self.timeout if timeout is None else check_timeout("timeout", timeout),
            request_timeout=self.request_timeout
            if request_timeout is None
            else check_timeout("request_timeout", request_timeout),
            poll_timeout=self.poll_timeout
            if poll_timeout is None
            else check_poll_timeout(poll_timeout),
            max_retries=self.max_retries
            if max_retries is None
            else check_count("max_retries", max_retries),
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


TRACING_URL_WARNING = (
    f"{ENV_TRACING_URL} is set, but it is the URL of the LangSmith tracing API, not of the "
    f"Control Plane, so it is not used: this client talks to the US Control Plane "
    f"({REGIONS['us']}). For the EU pass region='eu' (lscp: --region eu); for self-hosted "
    f"LangSmith set {ENV_URL}=https://<host>/api-host."
)


def from_environment(names: Sequence[str], environ: Mapping[str, str]) -> tuple[str, str] | None:
    """The first of `names` set to more than white space in `environ`, and its value."""
    for name in names:
        value = environ.get(name, "")
        if value.strip():
            return name, value
    return None


def _only_the_tracing_url(env: Mapping[str, str]) -> bool:
    """Whether the tracing API's URL is the only URL set, and not the US default.

    Then the user probably wants the same region or self-hosted deployment for this API, and
    the default (the US host) would reject their key; the US tracing URL, common in
    LangSmith's setup snippets, says nothing the default does not already do.
    """
    tracing = env.get(ENV_TRACING_URL, "").strip().rstrip("/")
    return (
        bool(tracing) and tracing != TRACING_US_URL and from_environment(URL_VARIABLES, env) is None
    )


def _text(name: str, value: object) -> str | None:
    """A header value: stripped (env files often end in a newline), printable ASCII only."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    value = value.strip()
    if not value:
        return None
    # The value itself may be a secret, so it is never echoed.
    if _quoted(value):
        raise ConfigurationError(
            f"{name} is in quotes, as copied from an env file or a shell line; remove the quotes"
        )
    if not (value.isascii() and value.isprintable()):
        raise ConfigurationError(
            f"{name} contains characters not allowed in an HTTP header "
            "(only printable ASCII): check for stray quotes or line breaks"
        )
    return value


# RFC 9110 (5.1, 5.5): a name is a token; a value is visible ASCII with inner spaces or tabs.
# Non-ASCII (obs-text) is refused too: httpx encodes header values as ASCII.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")


def check_header(where: str, name: str, value: str) -> None:
    """Refuse a header h11 or httpx would refuse (or, for a control character, send) later.

    Checked before anything is sent, so a typo is a `ConfigurationError` naming the header, not
    a connection error after retries. The value is not echoed: it may be a secret.
    """
    if not _HEADER_NAME.fullmatch(name):
        raise ConfigurationError(
            f"{where}: {name!r} is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ "
            "only: no spaces, colons or line breaks)"
        )
    if not _HEADER_VALUE.fullmatch(value):
        raise ConfigurationError(
            f"{where}: the value of {name} is not a valid header value (printable ASCII only, "
            "no control characters or line breaks, no leading or trailing white space)"
        )


def _quoted(value: str) -> bool:
    # No API key, token, workspace id or URL starts or ends with a quote.
    return value[:1] in _QUOTES or value[-1:] in _QUOTES


def _base_url(base_url: str | None, region: object, env: Mapping[str, str]) -> str:
    if base_url is not None and region is not None:
        raise ConfigurationError("pass base_url or region, not both")
    if region is not None:
        return REGIONS[_region(region)]
    if base_url is not None:
        return check_url("base_url", base_url)
    found = from_environment(URL_VARIABLES, env)
    if found is not None:
        name, value = found
        return check_url(name, value.strip())
    return REGIONS["us"]


def _region(region: object) -> str:
    """A key of REGIONS, whatever the case and surrounding white space."""
    if isinstance(region, str) and region.strip().lower() in REGIONS:
        return region.strip().lower()
    raise ConfigurationError(f"region must be 'us' or 'eu' (any case), not {region!r}")


def check_url(name: str, url: object) -> str:
    """Validate a base URL: https, or plain http to loopback only; no credentials or query."""
    if not isinstance(url, str):
        raise ConfigurationError(f"{name} must be a string, not {type(url).__name__}")
    if url and _quoted(url):
        # Not echoed: a quoted URL has not been checked for credentials yet.
        raise ConfigurationError(f"{name} is in quotes; remove the quotes")
    # Until the credentials and the query are known to be absent, the URL is never echoed: a
    # user part or a query string may hold a secret.
    try:
        parts = urlsplit(url)
    except ValueError:
        raise ConfigurationError(f"{name} is not a valid URL") from None
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(f"{name} must not contain credentials; use api_key= instead")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{name} must not have a query or fragment (not shown here)")
    try:
        _ = parts.port  # raises ValueError for a malformed port
    except ValueError:
        raise ConfigurationError(f"{name} is not a valid URL: {url!r}") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(
            f"{name} must be an absolute http(s) URL such as "
            f"'https://api.host.langchain.com', not {url!r}"
        )
    try:
        # What the resolver will do with the name (Python's idna codec): a label of over 63
        # characters, or an empty one, would fail every request with a raw UnicodeError.
        parts.hostname.encode("idna")
    except UnicodeError:
        raise ConfigurationError(
            f"{name} has an invalid host name (each dot-separated part must be 1 to 63 "
            f"characters): {url!r}"
        ) from None
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{name} uses plain http to a non-loopback host ({parts.hostname}); use https so "
            "credentials are not sent in the clear"
        )
    endpoint = _API_PATH.search(parts.path)
    if endpoint is not None:
        root = urlunsplit((parts.scheme, parts.netloc, parts.path[: endpoint.start()], "", ""))
        raise ConfigurationError(
            f"{name} must be the API root, without /v2 (the client adds /v2/auth/...); use {root!r}"
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


def check_count(name: str, value: object) -> int:
    """A whole number >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{name} must be a whole number >= 0, not {value!r}")
    return value


def check_seconds(name: str, value: object) -> float:
    """A finite number of seconds >= 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ConfigurationError(f"{name} must be a finite number of seconds >= 0")
    return float(value)
