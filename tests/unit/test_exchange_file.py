"""The exchange file envelope: plain manifest, encrypted payload, one sentence per problem."""

from __future__ import annotations

import hashlib

import pytest

from app.exchange.fileformat import (
    MAGIC,
    ExchangeFileError,
    check_passphrase,
    decode_file,
    encode_file,
    read_manifest,
)

PASS = "длинная общая фраза"


def test_round_trip_keeps_manifest_readable_and_payload_secret() -> None:
    payload = {"entities": {"member": {"rows": [["id-1", "Иванова", "Анна"]]}}}
    data = encode_file({"sender": "inst-1", "org_code": "T01"}, payload, PASS)
    assert data.startswith(MAGIC)
    assert "Иванова".encode() not in data and b"\\u0418" not in data  # not in clear text
    manifest, crypto, _, _ = read_manifest(data)
    assert manifest["org_code"] == "T01" and manifest["format_version"] == 1
    assert crypto["kdf"] == "scrypt" and crypto["cipher"] == "AES-256-GCM"
    assert len(manifest["payload_sha256"]) == 64
    decoded_manifest, decoded = decode_file(data, PASS)
    assert decoded == payload and decoded_manifest == manifest


def test_each_problem_has_its_own_sentence() -> None:
    data = encode_file({"sender": "inst-1"}, {"x": 1}, PASS)
    with pytest.raises(ExchangeFileError, match="Неверная парольная фраза"):
        decode_file(data, "не та фраза совсем")
    with pytest.raises(ExchangeFileError, match="повреждён или передан не полностью"):
        decode_file(data[:-1], PASS)
    with pytest.raises(ExchangeFileError, match="не файл обмена Profdesk"):
        decode_file(b"PK\x03\x04 a zip file", PASS)
    newer = (MAGIC[:-2] + b"\x09\n" + data[len(MAGIC) :])[:-32]
    newer += hashlib.sha256(newer).digest()
    with pytest.raises(ExchangeFileError, match="более новой версией"):
        decode_file(newer, PASS)
    with pytest.raises(ExchangeFileError, match="слишком короткая"):
        check_passphrase("1234")
    with pytest.raises(ExchangeFileError, match="Не задана парольная фраза"):
        check_passphrase("")
