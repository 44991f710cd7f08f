"""Opening the database: checks, a backup copy, migrations, connection pragmas.

`open_database(path)` is the one way in for the GUI, the CLI and the tests. It refuses a
file that is not a Profdesk database or was made by a newer Profdesk, with a sentence the
user can act on, and never changes such a file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .backup import backup_daily, backup_database, damaged_message, integrity_problem
from .errors import DatabaseOpenError
from .settings import INSTALLATION_ID, INSTALLATION_ROLE, get_setting, set_setting

SQLITE_HEADER = b"SQLite format 3\x00"
# At 250,000 members integrity_check takes ~8 s and quick_check under 1 s (bench/security.py),
# so every open runs quick_check; restore runs the full integrity_check on the copy.
QUICK_CHECK = True


class Database:
    """One open database: the engine, short sessions, and who is working with it."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self.user_login = ""  # set after sign-in; written into the change log
        self.user_role = ""  # administrator | operator | viewer; "" until users exist
        self.user_org_id: str | None = None  # a user limited to one organisation's subtree
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self._installation_id: str | None = None

    @property
    def installation_id(self) -> str:
        if self._installation_id is None:
            with self.session() as s:
                self._installation_id = get_setting(s, INSTALLATION_ID, "")
        return self._installation_id

    @contextlib.contextmanager
    def session(self, *, log_changes: bool = True) -> Iterator[Session]:
        """One unit of work, committed when the block ends, rolled back on any error."""
        s = self._factory()
        s.info["installation_id"] = self._installation_id or ""
        s.info["user_login"] = self.user_login
        s.info["skip_change_log"] = not log_changes
        s.info["db"] = self
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def close(self) -> None:
        self.engine.dispose()


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseOpenError(f"«{path}» — это папка, а не файл базы данных.")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseOpenError(f"Нет доступа к файлу базы данных «{path}».") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"Файл «{path}» не является базой данных Profdesk: откройте другой файл."
        )


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def open_database(
    path: str | os.PathLike[str], *, create: bool = True, daily_backup: bool = True
) -> Database:
    """Open (creating if needed) and upgrade the database at `path`.

    An existing file is checked first (PRAGMA quick_check); a damaged one is refused
    with the newest good backup named. The first open of a day makes a backup copy.
    """
    path = Path(path).expanduser()
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_file(path)
        if integrity_problem(path, quick=QUICK_CHECK) is not None:
            raise DatabaseOpenError(damaged_message(path))
    elif not create:
        raise DatabaseOpenError(f"Базы данных «{path}» нет.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(f"Не удаётся создать папку «{path.parent}».") from exc
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(f"Папка «{path.parent}» закрыта для записи.")
    if existed and not os.access(path, os.W_OK):
        raise DatabaseOpenError(f"Файл базы данных «{path}» открыт только для чтения.")

    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA schema_version")).scalar()
            current = migrate.current_revision(conn)
            if existed and current is None and inspect(conn).get_table_names():
                raise DatabaseOpenError(
                    f"Файл «{path}» — база данных другой программы, а не Profdesk."
                )
        if not migrate.is_at_head(current):  # at head (the usual start): Alembic stays unloaded
            migrate.refuse_if_newer(current)
            if existed and current != migrate.head_revision():
                backup_database(path, reason="before-migration")
            with engine.begin() as conn:
                migrate.upgrade(conn)
        if existed and daily_backup:
            backup_daily(path)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (SqlDatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseOpenError(
            f"Файл «{path}» повреждён или не является базой данных Profdesk."
        ) from exc

    db = Database(engine, path)
    _ensure_installation(db)
    return db


def _ensure_installation(db: Database) -> None:
    with db.session(log_changes=False) as s:
        if not get_setting(s, INSTALLATION_ID):
            set_setting(s, INSTALLATION_ID, str(uuid.uuid4()))
            set_setting(s, INSTALLATION_ROLE, "region")
    db._installation_id = None
    _ = db.installation_id
