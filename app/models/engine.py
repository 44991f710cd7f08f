"""The engine of a SQLite or SQLCipher file, and the pragmas every connection to it gets.

app.models.db opens a Database on it; app.models.database makes a new one after a restore.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from . import cipher

CIPHER_CACHE_KIB = 65536
BUSY_TIMEOUT_MS = 5000


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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


@contextlib.contextmanager
def rollback_journal(connection: Connection) -> Iterator[bool]:
    """One big write on a file no other connection has open, with a rollback journal.

    In WAL mode every page of an import is written twice (into the WAL, then copied into
    the file at the checkpoint) and the commit reads the whole WAL again; with a rollback
    journal, pages past the file's old end go straight into the file and only the pages
    that held data before are journaled: a 50,000-row import writes about 200 MB less
    (bench/README.md). A kill or a power cut still leaves the file as it was: SQLite rolls
    the hot journal back on the next open, and synchronous=FULL syncs the journal before
    the file. Leaving WAL needs the file alone; when another connection has it open (the
    window's readers, another program) that is not waited for and the write goes through
    the WAL as always. The file is in WAL mode again after (the next connection's own
    pragmas also put it back, should this process end first). Yields whether it switched.
    """

    def pragma(sql: str) -> object:
        result = connection.exec_driver_sql(sql)
        return result.scalar() if result.returns_rows else None

    alone = False
    try:
        pragma("PRAGMA busy_timeout=0")
        try:
            alone = pragma("PRAGMA journal_mode=DELETE") == "delete"
        except OperationalError:  # the file is in use, or a transaction is open
            alone = False
        finally:  # also when SQLite says worse: the pooled connection waits for locks again
            pragma(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if alone:
            pragma("PRAGMA synchronous=FULL")
        connection.commit()  # no transaction is open in the file: the session begins its own
        yield alone
    finally:
        if alone:
            # not restored here (a damaged file, a lost connection): the next connection's
            # own pragmas put the WAL back
            with contextlib.suppress(SQLAlchemyError):
                connection.rollback()
                pragma("PRAGMA synchronous=NORMAL")
                pragma("PRAGMA journal_mode=WAL")
                connection.commit()
