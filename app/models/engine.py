"""The engine of a SQLite or SQLCipher file, and the pragmas every connection to it gets.

app.models.db opens a Database on it; app.models.database makes a new one after a restore.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import QueuePool

from . import cipher

CIPHER_CACHE_KIB = 65536


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path, key: str | None = None) -> Engine:
    """The engine of a SQLite file; of a SQLCipher file when `key` (app.models.cipher) is
    given or the file is encrypted and its key already unlocked in this process."""
    if key is None and Path(path).exists() and cipher.looks_encrypted(Path(path)):
        key = cipher.key_of_file(Path(path))
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        # the key goes in as the URL's password: the dialect sends PRAGMA key first thing
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
        engine = create_engine(url, poolclass=QueuePool)
        event.listen(engine, "connect", _quiet_cipher_log, insert=True)
        event.listen(engine, "connect", _cipher_cache)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _quiet_cipher_log(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


def _cipher_cache(dbapi_connection: Any, connection_record: Any) -> None:
    """The OS caches a plain file's pages ready to use; an encrypted page is decrypted and
    checked on every read from it, so SQLite's own cache of decrypted pages is made larger
    (64 MB, about a district's whole database) to pay that once (bench/encryption_bench.py)."""
    dbapi_connection.execute(f"PRAGMA cache_size = -{CIPHER_CACHE_KIB}")
