"""Converting a database file to encrypted and back, and making a new encrypted one.

A conversion writes the new file beside the old one (sqlcipher_export copies every table,
index, trigger and the FTS5 search index), checks it (integrity_check, the same row count in
every table, the same schema revision) and only then puts it in the old file's place with one
atomic rename: a crash or an error leaves the old file as it was. The backup copies beside
the database are converted the same way, one by one, so no plain copy of an encrypted
district database stays behind (and the copies open with the same password).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from .. import secret_store
from . import cipher
from .errors import DatabaseOpenError, ProfdeskError

Report = Callable[[str], None]


def _quoted_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _tables(conn) -> dict[str, int]:  # noqa: ANN001
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _convert(path: Path, source_key: str | None, target_key: str | None) -> None:
    """Write `path` again with target_key (None: plain), verified, then swapped in."""
    tmp = path.with_name(path.name + ".converting")
    tmp.unlink(missing_ok=True)
    src = cipher._raw_connect(path, source_key or "")  # sqlcipher_export lives in SQLCipher
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        src.execute("BEGIN IMMEDIATE")  # nobody writes while the copy is made
        expected = _tables(src)
        src.execute(f'ATTACH DATABASE {_quoted_path(tmp)} AS converted KEY "{target_key or ""}"')
        src.execute("SELECT sqlcipher_export('converted')")
        src.execute("COMMIT")  # the export's writes into the new file; the old is unchanged
        src.execute("DETACH DATABASE converted")
        _verify(tmp, target_key, expected)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
    except BaseException:
        src.close()
        tmp.unlink(missing_ok=True)
        raise
    src.close()  # Windows renames nothing over an open file
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):  # of the old file: they must never meet the new one
        Path(str(path) + suffix).unlink(missing_ok=True)


def _verify(tmp: Path, key: str | None, expected: dict[str, int]) -> None:
    conn = cipher.connect(tmp, key=key)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        ok = conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
        if not ok or _tables(conn) != expected:
            raise DatabaseOpenError(
                f"Проверка преобразованной копии «{tmp.name}» не прошла: исходный файл не тронут."
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _backups(path: Path) -> list[Path]:
    from .backup import list_backups

    return [b.path for b in list_backups(path)]


def encrypt_database(
    path: Path, password: str, *, remember: bool = False, report: Report | None = None
) -> None:
    """Encrypt the plain database file at `path` (and its backup copies) with `password`;
    `remember` keeps the key in the OS secret store too. Every connection must be closed."""
    path = Path(path)
    if not cipher.available():
        raise ProfdeskError("В этой сборке Profdesk нет модуля шифрования sqlcipher3.")
    if not path.is_file():
        raise ProfdeskError(f"Базы данных «{path}» нет.")
    if cipher.looks_encrypted(path):
        raise ProfdeskError(f"База данных «{path.name}» уже зашифрована.")
    _refuse_damaged(path)
    key = cipher.raw_key(cipher.check_new_password(password), os.urandom(cipher.SALT_BYTES))
    if remember:  # asked first: a store that refuses stops here, before anything changes
        secret_store.set_secret(cipher.store_name(cipher.salt_of_key(key)), key)
    _convert(path, None, key)
    cipher.register(key)
    for copy in _backups(path):
        if not cipher.looks_encrypted(copy):
            if report:
                report(copy.name)
            with contextlib.suppress(ProfdeskError, *cipher.ERRORS):
                _convert(copy, None, key)  # a damaged copy stays as it was


def decrypt_database(path: Path, *, report: Report | None = None) -> None:
    """Write the encrypted database at `path` (and its copies) back as plain SQLite; its key
    must be unlocked (open_database or cipher.unlock). Every connection must be closed."""
    path = Path(path)
    if not cipher.looks_encrypted(path):
        raise ProfdeskError(f"База данных «{path.name}» не зашифрована.")
    key = cipher.key_of_file(path)
    _refuse_damaged(path)
    _convert(path, key, None)
    cipher.forget_key(key)
    for copy in _backups(path):
        if cipher.looks_encrypted(copy) and cipher.salt_of(copy) == cipher.salt_of_key(key):
            if report:
                report(copy.name)
            with contextlib.suppress(ProfdeskError, *cipher.ERRORS):
                _convert(copy, key, None)


def create_encrypted(path: Path, password: str, *, remember: bool = False) -> None:
    """An empty encrypted file at `path` (a new district copy), for open_database to fill."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise ProfdeskError(f"Файл «{path.name}» уже есть: новая база создаётся в пустом месте.")
    if not cipher.available():
        raise ProfdeskError("В этой сборке Profdesk нет модуля шифрования sqlcipher3.")
    key = cipher.new_key(password)
    if remember:
        secret_store.set_secret(cipher.store_name(cipher.salt_of_key(key)), key)
    conn = cipher.connect(path, key=key)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE profdesk_new(x)")
        conn.execute("DROP TABLE profdesk_new")
        conn.commit()
    finally:
        conn.close()
    cipher.register(key)


def _refuse_damaged(path: Path) -> None:
    from .backup import damaged_message
    from .backup_checks import integrity_problem

    if integrity_problem(path, quick=True) is not None:
        raise DatabaseOpenError(damaged_message(path))
