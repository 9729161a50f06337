"""TLS settings of a client's own pool: `verify=` and `cert=`, as httpx users know them.

The context is built once, when the client is built: a bad CA bundle or certificate is a
`ConfigurationError` then, not a connection failure later, and no request pays for loading
certificates on the event loop.
"""

from __future__ import annotations

import os
import ssl
from typing import TypeAlias

import httpx

from .errors import ConfigurationError

__all__ = ["CertTypes", "VerifyTypes", "tls_context"]

Path: TypeAlias = "str | os.PathLike[str]"
VerifyTypes: TypeAlias = "bool | str | os.PathLike[str] | ssl.SSLContext"
# A certificate file (key included), or (certificate, key), or (certificate, key, password).
CertTypes: TypeAlias = "str | os.PathLike[str] | tuple[Path, Path] | tuple[Path, Path, str | None]"


def tls_context(verify: object = True, cert: object = None) -> ssl.SSLContext:
    """The context `verify` and `cert` describe, as httpx would build it.

    `verify=True` is httpx's own default context (`SSL_CERT_FILE` or `SSL_CERT_DIR` when set,
    else certifi's bundle); a path is a CA bundle file or directory; an `ssl.SSLContext` is
    used as it is (a certificate given with `cert` is loaded into it, as httpx does).
    """
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif isinstance(verify, bool):
        context = httpx.create_ssl_context(verify=verify)
    elif isinstance(verify, str | os.PathLike):
        # Not httpx.create_ssl_context(verify=<path>): httpx 0.28 deprecates it, and recommends
        # exactly this instead.
        path = os.fspath(verify)
        try:
            if os.path.isdir(path):
                context = ssl.create_default_context(capath=path)
            else:
                context = ssl.create_default_context(cafile=path)
        except OSError as exc:  # missing, unreadable, not PEM (ssl.SSLError is an OSError)
            raise ConfigurationError(f"verify: cannot load the CA bundle {path!r}: {exc}") from None
    else:
        raise ConfigurationError(
            "verify must be True, False, the path of a CA bundle or an ssl.SSLContext, "
            f"not {type(verify).__name__}"
        )
    if cert is not None:
        _load_cert(context, cert)
    return context


def _load_cert(context: ssl.SSLContext, cert: object) -> None:
    parts = cert if isinstance(cert, tuple) else (cert,)
    files, password = parts[:2], parts[2] if len(parts) == 3 else None
    if not (
        1 <= len(parts) <= 3
        and all(isinstance(part, str | os.PathLike) for part in files)
        and (password is None or isinstance(password, str))
    ):
        raise ConfigurationError(
            "cert must be a certificate file, or a tuple (certificate file, key file) or "
            "(certificate file, key file, password)"
        )
    certfile = os.fspath(files[0])
    keyfile = os.fspath(files[1]) if len(files) == 2 else None
    try:
        context.load_cert_chain(certfile, keyfile, password)
    except OSError as exc:  # the password is never in the message: neither is it echoed here
        raise ConfigurationError(f"cert: cannot load the client certificate: {exc}") from None
