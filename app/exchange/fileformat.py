"""The exchange file: a plain manifest, an encrypted and authenticated payload, a checksum.

Layout (one binary file):

    MAGIC (16 bytes) | header length (4 bytes, big endian) | header (UTF-8 JSON)
    | AES-GCM ciphertext of the zlib-compressed JSON payload | SHA-256 of all that (32 bytes)

The header holds the manifest (format version, sending installation and its role, the
organisation covered, when it was made, the payload's SHA-256) and the key derivation
parameters (scrypt salt and cost, the GCM nonce, a short key check). The whole header is
the GCM associated data, so changing a single byte of the manifest makes the file fail
authentication. The trailing SHA-256 only tells a damaged or cut file from a wrong
passphrase; the key check tells a wrong passphrase from a tampered file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import ProfdeskError

MAGIC = b"PROFDESK-XCHG\x00\x01\n"
FORMAT_NAME = "profdesk-exchange"
FORMAT_VERSION = 1
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
FILE_SUFFIX = ".pdx"


class ExchangeFileError(ProfdeskError):
    """The file cannot be used as it is: damaged, foreign, tampered or a wrong passphrase."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=n, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def _key_check(key: bytes) -> bytes:
    return hmac.new(key, b"profdesk key check", hashlib.sha256).digest()[:8]


def check_passphrase(passphrase: str | None) -> str:
    if not passphrase:
        raise ExchangeFileError(
            "Не задана парольная фраза обмена: укажите её в настройках обмена, "
            "в --passphrase-file или в переменной PROFDESK_PASSPHRASE."
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise ExchangeFileError(
            f"Парольная фраза обмена слишком короткая: нужно не меньше {MIN_PASSPHRASE} знаков."
        )
    return passphrase


def encode_file(manifest: dict[str, Any], payload: dict[str, Any], passphrase: str) -> bytes:
    check_passphrase(passphrase)
    plain = zlib.compress(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 3
    )
    manifest = {
        **manifest,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "payload_sha256": hashlib.sha256(plain).hexdigest(),
    }
    salt, nonce = os.urandom(16), os.urandom(12)
    key = derive_key(passphrase, salt)
    crypto = {
        "cipher": "AES-256-GCM",
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "key_check": _b64(_key_check(key)),
    }
    header = json.dumps(
        {"manifest": manifest, "crypto": crypto}, ensure_ascii=False, sort_keys=True
    ).encode("utf-8")
    body = MAGIC + struct.pack(">I", len(header)) + header
    body += AESGCM(key).encrypt(nonce, plain, header)
    return body + hashlib.sha256(body).digest()


def write_file(path: Path, data: bytes) -> None:
    """Write to a temporary name beside the target, then rename: never half a file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


DAMAGED = "Файл обмена повреждён или передан не полностью: попросите выгрузить его заново."


def read_manifest(data: bytes) -> tuple[dict[str, Any], dict[str, Any], bytes, bytes]:
    """Check the envelope without the passphrase; return manifest, crypto, header, ciphertext."""
    if not data.startswith(MAGIC[:13]):
        raise ExchangeFileError("Это не файл обмена Profdesk: выберите файл, выгруженный Profdesk.")
    if len(data) < len(MAGIC) + 4 + 32:
        raise ExchangeFileError(DAMAGED)
    body, digest = data[:-32], data[-32:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), digest):
        raise ExchangeFileError(DAMAGED)
    if not data.startswith(MAGIC):
        raise ExchangeFileError(
            "Файл обмена создан более новой версией Profdesk: обновите программу."
        )
    (length,) = struct.unpack(">I", body[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = body[start : start + length]
    ciphertext = body[start + length :]
    try:
        parsed = json.loads(header.decode("utf-8"))
        manifest, crypto = parsed["manifest"], parsed["crypto"]
    except (ValueError, KeyError, TypeError):
        raise ExchangeFileError(DAMAGED) from None
    if manifest.get("format") != FORMAT_NAME:
        raise ExchangeFileError("Это не файл обмена Profdesk: выберите файл, выгруженный Profdesk.")
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise ExchangeFileError(
            "Файл обмена создан более новой версией Profdesk: обновите программу."
        )
    return manifest, crypto, header, ciphertext


def decode_file(data: bytes, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Manifest and payload of a file; ExchangeFileError with one sentence on any problem."""
    check_passphrase(passphrase)
    manifest, crypto, header, ciphertext = read_manifest(data)
    try:
        salt, nonce = _unb64(crypto["salt"]), _unb64(crypto["nonce"])
        check = _unb64(crypto["key_check"])
        n = int(crypto["n"])
        if n > 2**20 or n < 2**10:
            raise ValueError(n)
        key = derive_key(passphrase, salt, n)
    except (KeyError, ValueError, TypeError):
        raise ExchangeFileError(DAMAGED) from None
    if not hmac.compare_digest(_key_check(key), check):
        raise ExchangeFileError("Неверная парольная фраза обмена: файл выгружен с другой фразой.")
    try:
        plain = AESGCM(key).decrypt(nonce, ciphertext, header)
    except InvalidTag:
        raise ExchangeFileError(
            "Файл обмена изменён после выгрузки: загружать его нельзя, попросите новый."
        ) from None
    if hashlib.sha256(plain).hexdigest() != manifest.get("payload_sha256"):
        raise ExchangeFileError(DAMAGED)
    try:
        payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (zlib.error, ValueError):
        raise ExchangeFileError(DAMAGED) from None
    return manifest, payload


def read_file(path: Path, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    path = Path(path)
    if not path.is_file():
        raise ExchangeFileError(f"Файла обмена «{path}» нет.")
    return decode_file(path.read_bytes(), passphrase)
