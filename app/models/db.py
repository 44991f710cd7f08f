"""Opening the database: checks, a backup copy, migrations.

`open_database(location)` is the one way in for the GUI, the CLI and the tests. It refuses a
file that is not a Profdesk database or was made by a newer Profdesk, with a sentence the
user can act on, and never changes such a file.

`location` is a file path (SQLite, one workstation) or a SQLAlchemy URL: `sqlite:///file`
or `postgresql+psycopg://user@host/dbname` for an office whose workstations share one
PostgreSQL server. A server password never comes from the URL (other users of the computer
see command lines); libpq reads PGPASSWORD and the pgpass file itself, and the GUI or the
CLI may ask for it through `password_provider`.

What is opened: app.models.database.Database; the check the open policy asks for and the
daily backup after it: app.models.open_check; the engine and its pragmas: app.models.engine.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import IntegrityError

from ..paths import is_database_url
from . import cipher, migrate, schema, soundness  # noqa: F401 - schema: every table
from .backup import backup_daily, backup_database, damaged_message
from .database import Database, _open_files, damage_reported
from .engine import make_engine
from .errors import DatabaseBusyError, DatabaseDamagedError, DatabaseOpenError, ProfdeskError
from .open_check import SoundnessCheck, policy_check
from .server import (
    PasswordProvider,
    connect_server,
    parse_database_url,
    upgrade_server_schema,
)
from .settings import (
    INSTALLATION_ID,
    INSTALLATION_ROLE,
    get_setting,
    set_setting,
)

SQLITE_HEADER = cipher.SQLITE_HEADER


def _check_file(path: Path) -> None:
    """Refuse a folder, an unreadable file or a file that is neither SQLite nor SQLCipher."""
    if path.is_dir():
        raise DatabaseOpenError(f"«{path}» — это папка, а не файл базы данных.")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseOpenError(f"Нет доступа к файлу базы данных «{path}».") from exc
    if header and header != SQLITE_HEADER and not cipher.looks_encrypted(path):
        raise DatabaseOpenError(
            f"Файл «{path}» не является базой данных Profdesk: откройте другой файл."
        )


def open_database(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    daily_backup: bool = True,
    password_provider: PasswordProvider | None = None,
    background_check: bool = False,
    file_password: PasswordProvider | None = None,
) -> Database:
    """Open (creating if needed) and upgrade the database at `path` (a file or a URL).

    An existing file is checked as the open policy says (app.models.soundness: no check
    after a clean close, quick_check after an unclean one, the full integrity_check once
    SQLite has reported damage); a damaged one is refused with the newest good backup named.
    The first open of a day makes a backup copy.

    `background_check` (the GUI's start): an existing file already at the newest schema is
    checked in a thread while the caller goes on, the daily backup made after it; the caller
    must call `Database.confirm_sound()` before it shows anything of the database. A file
    due for a migration is checked first (quick_check at least): nothing unchecked is ever
    migrated.

    An encrypted file (SQLCipher, app.models.cipher) opens with a key unlocked already, one
    remembered in the OS secret store, or the password `file_password` returns; a wrong one
    is refused with WrongPasswordError (one sentence), the file untouched.
    """
    if isinstance(path, str) and is_database_url(path):
        url = parse_database_url(path)
        if url.get_backend_name() != "sqlite":
            return _open_server_database(url, password_provider)
        if not url.database or url.database == ":memory:":
            raise DatabaseOpenError("В адресе sqlite:/// не указан файл базы данных.")
        path = url.database
    path = Path(path).expanduser()
    existed = path.exists() and path.stat().st_size > 0
    check: SoundnessCheck | None = None
    if existed:
        _check_file(path)
        cipher.unlock_file(path, file_password)
        if cipher.is_blank(path):
            existed, create = False, True  # made a moment ago, keyed: filled like a new one
    if not existed and not create:
        raise DatabaseOpenError(f"Базы данных «{path}» нет.")
    if not existed:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(f"Не удаётся создать папку «{path.parent}».") from exc
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(f"Папка «{path.parent}» закрыта для записи.")
    mark = soundness.take_mark(path, created=not existed)
    try:
        if existed:
            if background_check and _at_head(path):
                check = SoundnessCheck(path, mark, daily_backup=daily_backup)
            elif policy_check(path, mark) is not None:
                raise DatabaseDamagedError(damaged_message(path))
        db = _open_file(
            path, existed, daily_backup=daily_backup and check is None, check=check, mark=mark
        )
    except BaseException:
        mark.release()
        if check is not None:
            check.abandon()
            check.confirm()  # damage explains the failure better than what it caused
        raise
    db._mark = mark
    _open_files.append(path)
    return db


def _at_head(path: Path) -> bool:
    """The file's schema revision is the newest (read without checking the file first)."""
    try:
        conn = cipher.connect(path, read_only=True)
    except (ProfdeskError, *cipher.ERRORS):
        return False
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.ERRORS:
        return False
    finally:
        conn.close()
    return row is not None and migrate.is_at_head(row[0])


def _open_file(
    path: Path,
    existed: bool,
    *,
    daily_backup: bool,
    check: SoundnessCheck | None,
    mark: soundness.OpenMark,
) -> Database:
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
            if check is not None:  # changed since _at_head looked: check before migrating
                check.confirm()
            elif existed and not mark.checked:  # nothing unchecked is ever migrated
                mark.check = soundness.QUICK
                if policy_check(path, mark) is not None:
                    raise DatabaseDamagedError(damaged_message(path))
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
    except (SqlDatabaseError, *cipher.DATABASE_ERRORS) as exc:
        engine.dispose()
        if existed and soundness.is_corruption(exc):
            raise damage_reported(path) from exc
        if soundness.is_busy(exc):
            raise DatabaseBusyError(soundness.busy_message(path)) from exc
        raise DatabaseOpenError(
            f"Файл «{path}» повреждён или не является базой данных Profdesk."
        ) from exc

    db = Database(engine, path)
    db._check = check
    _ensure_installation(db)
    return db


def _ensure_installation(db: Database) -> None:
    with db.session(log_changes=False) as s:
        if not get_setting(s, INSTALLATION_ID):
            db.confirm_sound()  # nothing is written into a file not yet checked
            set_setting(s, INSTALLATION_ID, str(uuid.uuid4()))
            set_setting(s, INSTALLATION_ROLE, "region")
    db._installation_id = None
    _ = db.installation_id


# --- a database on a PostgreSQL server (its connection: app.models.server) --------------


def _open_server_database(url: URL, password_provider: PasswordProvider | None) -> Database:
    engine = connect_server(url, password_provider)
    try:
        upgrade_server_schema(engine, url)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine, None, location=url.render_as_string(hide_password=True))
    try:
        _ensure_installation(db)
    except IntegrityError:  # another workstation opened the new database at the same moment
        _ensure_installation(db)
    return db
