"""The TLS context of a client's own pool: the default one is built once per process."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
import trustme
from langsmith_control_plane._tls import tls_context


def test_the_default_context_is_shared_and_follows_ssl_cert_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    default = tls_context()
    assert tls_context(True) is default
    # Another CA bundle named in the environment: another context, trusting that one alone.
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    own = tls_context()
    assert own is not default
    assert tls_context() is own
    assert own.get_ca_certs(binary_form=True) == [
        ssl.PEM_cert_to_DER_cert(ca.cert_pem.bytes().decode())
    ]
    monkeypatch.delenv("SSL_CERT_FILE")
    assert tls_context() is default


def test_a_client_certificate_never_goes_into_the_shared_context(tmp_path: Path) -> None:
    leaf = trustme.CA().issue_cert("client.example")
    leaf.private_key_and_cert_chain_pem.write_to_path(str(tmp_path / "client.pem"))
    with_cert = tls_context(True, str(tmp_path / "client.pem"))
    assert with_cert is not tls_context()
    assert tls_context(True, str(tmp_path / "client.pem")) is not with_cert
    assert tls_context(False) is not tls_context(False)
