"""Redaction: the one module that decides what of a secret may leave the process.

Every exit asks it: errors (`mask_body`, `mask_headers`), the SDK's debug log and httpx's and
httpcore's records of our requests (`mask_query`, `RedactingFilter`), spans (`span_path`),
result reprs (`mask_secret`, `masked_model`) and the CLI's output, table and `--json`
(`mask_data`). Secret fields are the generated `SECRET_FIELDS` (templates/secrets.jinja),
passed in (`models.SECRET_FIELDS`; the policies must not import generated code): a bare name
is secret in every model, and "Model.field" in one. Where the model is not known (the JSON of
an error body, a log line, CLI data from `to_dict()`), the field's name is masked wherever it
stands (`secret_keys`), since over-masking only costs a "***".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping

import attrs

__all__ = [
    "MASK",
    "SECRET_HEADERS",
    "RedactingFilter",
    "install_log_filter",
    "mask_body",
    "mask_data",
    "mask_headers",
    "mask_query",
    "mask_secret",
    "mask_text",
    "masked_model",
    "secret_keys",
    "span_path",
]

MASK = "***"
# Headers whose values are credentials or session state: never shown.
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"}
)
# Query parameters whose values a span's URL shows; any other's value is redacted, since a
# future operation's query may carry something secret.
SHOWN_QUERY_PARAMETERS = frozenset({"timeout"})
BODY_EXCERPT_BYTES = 2048


def secret_keys(fields: Iterable[str]) -> frozenset[str]:
    """The JSON keys to mask where the model is unknown: each entry's field name."""
    return frozenset(name.rpartition(".")[2] for name in fields)


def mask_secret(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return "None" if value is None else f"'{MASK}'"


def masked_model(model: attrs.AttrsInstance, fields: frozenset[str]) -> str:
    """The repr of a generated attrs model with its secret fields masked."""
    kind = type(model)
    secret = {name for name in fields if "." not in name}
    secret |= {name.partition(".")[2] for name in fields if name.startswith(f"{kind.__name__}.")}
    shown = ", ".join(
        f"{field.name}={mask_secret(value) if field.name in secret else repr(value)}"
        for field in attrs.fields(kind)
        if field.name != "additional_properties"
        for value in [getattr(model, field.name)]
    )
    extras = sorted(getattr(model, "additional_properties", {}))
    extra = f", additional_properties=<keys {extras}>" if extras else ""
    return f"{kind.__name__}({shown}{extra})"


def _body_pattern(keys: Iterable[str]) -> re.Pattern[str] | None:
    names = "|".join(re.escape(name) for name in sorted(keys))
    # "client_secret": "..." (an escaped quote inside the value included), wherever it stands:
    # a 422 echoes the request body under "input".
    return re.compile(rf'("(?:{names})"\s*:\s*)"(?:[^"\\]|\\.)*("?)') if names else None


def mask_body(body: bytes, secret_fields: Iterable[str]) -> str:
    """The start of an answer's body as text, each JSON string under a secret key masked."""
    text = body[:BODY_EXCERPT_BYTES].decode("utf-8", "replace")
    pattern = _body_pattern(secret_keys(secret_fields))
    if pattern is not None:
        text = pattern.sub(rf'\1"{MASK}"', text)
    return text


def mask_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers with each credential's or cookie's value masked."""
    return {
        name: MASK if name.lower() in SECRET_HEADERS else value
        for name, value in (headers or {}).items()
    }


def mask_query(pairs: Iterable[tuple[str, str]], secret_fields: Iterable[str]) -> str:
    """A query string for a log line, each secret parameter's value masked."""
    secret = secret_keys(secret_fields)
    return "&".join(f"{name}={MASK if name in secret else value}" for name, value in pairs)


def span_path(path: str) -> str:
    """`path` with the value of every query parameter not known to be harmless replaced.

    On the encoded text, as sent: nothing is decoded, so nothing is re-encoded differently.
    """
    path, mark, query = path.partition("?")
    if not query:
        return path
    pairs = (pair.partition("=") for pair in query.split("&"))
    return (
        path
        + mark
        + "&".join(
            key + equals + (value if key in SHOWN_QUERY_PARAMETERS or not equals else "REDACTED")
            for key, equals, value in pairs
        )
    )


def mask_data(data: object, keys: frozenset[str]) -> object:
    """JSON data (a model's `to_dict()`) with every secret key's value masked, at any depth."""
    if isinstance(data, list):
        return [mask_data(item, keys) for item in data]
    if isinstance(data, dict):
        return {
            key: (MASK if value is not None else None) if key in keys else mask_data(value, keys)
            for key, value in data.items()
        }
    return data


def mask_text(text: str, keys: Iterable[str]) -> str:
    """Free text (a log message) with every secret query value and JSON string masked."""
    names = "|".join(re.escape(key) for key in sorted(keys))
    if not names:
        return text
    # name=value in a URL's query, and "name": "value" in JSON text.
    text = re.sub(rf"([?&](?:{names})=)[^&\s\"'#]*", rf"\g<1>{MASK}", text)
    pattern = _body_pattern(keys)
    return text if pattern is None else pattern.sub(rf'\1"{MASK}"', text)


class RedactingFilter(logging.Filter):
    """Masks secrets in the records of httpx and httpcore (`HTTP Request: GET ...?code=...`).

    The wrapper's own calls skip httpx's client layer, which writes that line; a user's
    `http_client` does not, and httpcore's debug records show what it sends.
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: frozenset[str] = frozenset()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message, self.keys)
        if masked != message:
            record.msg, record.args = masked, None
        return True


# httpcore logs under one logger per module, and a logger's filters do not apply to its
# children's records.
_LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_FILTER = RedactingFilter()


def install_log_filter(secret_fields: Iterable[str]) -> None:
    """Put the redacting filter on httpx's and httpcore's loggers (once), masking these fields
    too (every client's, so the union)."""
    _FILTER.keys |= secret_keys(secret_fields)
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
