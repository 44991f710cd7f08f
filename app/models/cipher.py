"""Encrypted database files for the copies that travel (a district office's laptop).

SQLCipher 4 through `sqlcipher3`: every page AES-256-CBC with its own HMAC-SHA512, the key
PBKDF2-HMAC-SHA512 (256,000 rounds) of the password and the file's 16-byte salt (its first
16 bytes), exactly as SQLCipher derives it itself; so `sqlcipher FILE` with `PRAGMA key =
'password'` opens a Profdesk file too. The derivation takes ~0.2 s, so it runs once per
file and process: connections get the raw key with the salt (`x'<key><salt>'`), and every
backup copy is keyed the same, salt included, so the same password opens the copies.

Keys unlocked in this process are kept by salt in `_unlocked` (a copy shares its file's
salt), so backups, checks and restores find them without passing keys around. A key may be
remembered in the OS secret store (app.secret_store), by salt: then the file opens on this
computer without asking.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import secret_store
from .errors import DatabaseOpenError, ProfdeskError

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4's default
MIN_PASSWORD = 8

# how long a connection waits for another one's lock before "database is locked" (the
# engine's connections: app.models.engine.BUSY_TIMEOUT_MS)
LOCK_WAIT_SECONDS = 5.0
_unlocked: dict[bytes, str] = {}
_lock = threading.Lock()

_NOT_LOADED: Any = object()
_sqlcipher: Any = _NOT_LOADED  # sqlcipher3, imported on first use (see _driver)


def _driver() -> Any:
    """sqlcipher3, or None in a build without it (plain files still open). Imported on first
    use: 40-70 ms that a command reading a plain file on the light path does not need."""
    global _sqlcipher
    if _sqlcipher is _NOT_LOADED:
        try:
            import sqlcipher3
        except ImportError:  # pragma: no cover - every supported platform has a wheel
            sqlcipher3 = None
        _sqlcipher = sqlcipher3
    return _sqlcipher


def _errors() -> tuple[type[BaseException], ...]:
    driver = _driver()
    return (sqlite3.Error,) + ((driver.Error,) if driver else ())


def __getattr__(name: str) -> Any:
    """ERRORS (any error of either driver) and DATABASE_ERRORS (their DatabaseError)."""
    if name == "ERRORS":
        return _errors()
    if name == "DATABASE_ERRORS":
        driver = _driver()
        return (sqlite3.DatabaseError,) + ((driver.DatabaseError,) if driver else ())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class WrongPasswordError(DatabaseOpenError):
    """The password (or stored key) does not open the file."""


class PasswordNeededError(DatabaseOpenError):
    """The file is encrypted and no key for it is known yet."""


def available() -> bool:
    return _driver() is not None


def wrong_password_message(path: Path) -> str:
    return (
        f"Неверный пароль базы данных «{Path(path).name}»: проверьте раскладку и Caps Lock "
        "(если пароль верный, файл повреждён — восстановите его из резервной копии)."
    )


def looks_encrypted(path: Path) -> bool:
    """Not a plain SQLite header, but whole pages: a SQLCipher file (or noise of that size)."""
    try:
        size = Path(path).stat().st_size
        with Path(path).open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and header != SQLITE_HEADER


def salt_of(path: Path) -> bytes:
    with Path(path).open("rb") as f:
        return f.read(SALT_BYTES)


def raw_key(password: str, salt: bytes) -> str:
    """SQLCipher's own derivation, done once: the PRAGMA key value with the salt in it.
    hashlib is imported here: loading OpenSSL takes 15 ms of every reading command's start,
    which reads a plain file (app.models.fastread imports this module for its header)."""
    import hashlib

    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, KDF_ROUNDS, 32)
    return f"x'{key.hex()}{salt.hex()}'"


def check_new_password(password: str | None) -> str:
    if not password or len(password) < MIN_PASSWORD:
        raise ProfdeskError(
            f"Пароль базы данных слишком короткий: нужно не меньше {MIN_PASSWORD} знаков."
        )
    return password


def store_name(salt: bytes) -> str:
    return f"db-key/{salt.hex()}"


def key_for(path: Path) -> str | None:
    """The key of an encrypted file: unlocked in this process, or remembered in the OS store."""
    salt = salt_of(path)
    with _lock:
        key = _unlocked.get(salt)
    if key is None:
        try:
            key = secret_store.get_secret(store_name(salt))
        except secret_store.SecretStoreError:
            key = None
        if key is not None and _opens(path, key):
            with _lock:
                _unlocked[salt] = key
        else:
            key = None
    return key


def unlock(path: Path, password: str) -> str:
    """Check the password against the file and keep its key for this process."""
    key = raw_key(password, salt_of(path))
    if not _opens(path, key):
        raise WrongPasswordError(wrong_password_message(path))
    with _lock:
        _unlocked[salt_of(path)] = key
    return key


def forget_key(key: str) -> None:
    """The file is no longer encrypted with `key`: drop it here and from the OS store."""
    salt = salt_of_key(key)
    with _lock:
        _unlocked.pop(salt, None)
    with contextlib.suppress(secret_store.SecretStoreError):
        secret_store.delete_secret(store_name(salt))


def password_needed_message(path: Path) -> str:
    return (
        f"База данных «{Path(path).name}» зашифрована: введите её пароль "
        "(в командной строке — по запросу или в переменной PROFDESK_DB_PASSWORD)."
    )


def _opens(path: Path, key: str) -> bool:
    try:
        conn = _raw_connect(path, key, read_only=True)
    except _errors():
        return False
    try:
        # page 1 only (the header): a damaged page further on is damage, not a wrong key
        conn.execute("PRAGMA user_version").fetchone()
        return True
    except _errors():
        return False
    finally:
        conn.close()


def _raw_connect(path: Path, key: str, *, read_only: bool = False, **kwargs: Any) -> Any:
    driver = _driver()
    if driver is None:
        raise DatabaseOpenError(
            "Эта база данных зашифрована, а в этой сборке Profdesk нет модуля шифрования "
            "sqlcipher3: установите Profdesk заново."
        )
    target = Path(path).resolve().as_uri() + "?mode=ro" if read_only else str(path)
    kwargs.setdefault("timeout", LOCK_WAIT_SECONDS)
    conn = driver.connect(target, uri=read_only, **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")  # its own log lines would reach stderr
    if key:  # "" opens a plain file through SQLCipher (sqlcipher_export needs that)
        conn.execute(f'PRAGMA key = "{key}"')
    return conn


def connect(path: Path, *, read_only: bool = False, key: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to a plain or an encrypted file (keyed); errors are in ERRORS."""
    path = Path(path)
    if key is None and looks_encrypted(path):
        key = key_for(path)
        if key is None:
            raise PasswordNeededError(password_needed_message(path))
    if key is None:
        target = path.resolve().as_uri() + "?mode=ro" if read_only else str(path)
        kwargs.setdefault("timeout", LOCK_WAIT_SECONDS)
        return sqlite3.connect(target, uri=read_only, **kwargs)
    return _raw_connect(path, key, read_only=read_only, **kwargs)


def key_of_file(path: Path) -> str | None:
    """None for a plain file; the key of an encrypted one (PasswordNeededError if unknown)."""
    if not looks_encrypted(path):
        return None
    key = key_for(path)
    if key is None:
        raise PasswordNeededError(password_needed_message(path))
    return key


def new_key(password: str) -> str:
    """A fresh salt and the key of `password` with it, for a new encrypted file."""
    return raw_key(check_new_password(password), os.urandom(SALT_BYTES))


def salt_of_key(key: str) -> bytes:
    return bytes.fromhex(key[2 + 64 : -1])


def register(key: str) -> None:
    """A key made here (new_key) opens its file and its copies from now on."""
    with _lock:
        _unlocked[salt_of_key(key)] = key


def unlock_file(path: Path, file_password: Callable[[str], str | None] | None) -> None:
    """An encrypted file's key: unlocked already, remembered in the OS store, or from the
    password `file_password` gives (asked with the file's name)."""
    if not looks_encrypted(path) or key_for(path) is not None:
        return
    if file_password is None:
        raise PasswordNeededError(password_needed_message(path))
    password = file_password(path.name)
    if not password:
        raise PasswordNeededError(
            f"Пароль базы данных «{path.name}» не введён: база не открыта, в ней ничего не "
            "изменилось."
        )
    unlock(path, password)


def is_blank(path: Path) -> bool:
    """A new encrypted file (app.models.encryption.create_encrypted): keyed, no tables yet,
    so it is made like a new database (no copies of nothing, no check of nothing)."""
    if not looks_encrypted(path):
        return False
    conn = connect(path, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except _errors():
        return False
    finally:
        conn.close()
