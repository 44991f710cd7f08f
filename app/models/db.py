"""Opening the database: checks, a backup copy, migrations, connection pragmas.

`open_database(location)` is the one way in for the GUI, the CLI and the tests. It refuses a
file that is not a Profdesk database or was made by a newer Profdesk, with a sentence the
user can act on, and never changes such a file.

`location` is a file path (SQLite, one workstation) or a SQLAlchemy URL: `sqlite:///file`
or `postgresql+psycopg://user@host/dbname` for an office whose workstations share one
PostgreSQL server. A server password never comes from the URL (other users of the computer
see command lines); libpq reads PGPASSWORD and the pgpass file itself, and the GUI or the
CLI may ask for it through `password_provider`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from ..background import lower_priority
from ..paths import is_database_url
from . import cipher, migrate, schema, soundness  # noqa: F401 - schema: every table
from .backup import backup_daily, backup_database, damaged_message
from .backup_checks import CheckCancelled, CheckStop, integrity_problem
from .entities import ONE_CURRENT_CARD
from .errors import DatabaseDamagedError, DatabaseOpenError, ProfdeskError
from .server import (
    PasswordProvider,
    connect_server,
    parse_database_url,
    upgrade_server_schema,
)
from .settings import (
    INSTALLATION_ID,
    INSTALLATION_ROLE,
    forget_written,
    get_setting,
    set_setting,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# The open policy (app.models.soundness, docs/integrity.md): a clean open checks nothing;
# quick_check (under 1 s at 250,000 members) after an unclean shutdown, the full
# integrity_check (~8 s) once SQLite has reported damage; damage met while working is
# reported at once; the daily backup is kept only if it passes the full integrity_check
# (GUI: in the background thread, after the window is shown; CLI: at the day's first open);
# restore runs the full integrity_check on the copy.

CIPHER_CACHE_KIB = 65536

log = logging.getLogger(__name__)
# a setting changed through the program is read from the database again once its
# transaction ends (app.models.settings.READ_ONCE)
event.listen(Session, "after_commit", forget_written)
event.listen(Session, "after_rollback", forget_written)
_open_files: list[Path] = []  # the SQLite files this process has open, oldest first


def open_files() -> list[Path]:
    """The SQLite files this process has open now (to name one SQLite called damaged)."""
    return list(_open_files)


class SoundnessCheck:
    """The check the open policy asks for (`mark.check`: none, quick or full) in a thread of
    its own, then (if the file is sound) the daily backup: both on connections of their own,
    and Python's sqlite3 lets go of the GIL while SQLite works, so the window is built
    meanwhile (issue 2's start time).

    `confirm()` waits for the check (not the backup) and refuses a damaged file; the full
    check before the daily backup tells its finding through `daily_damage` once `done`."""

    def __init__(self, path: Path, mark: soundness.OpenMark, *, daily_backup: bool) -> None:
        self.path = path
        self.mark = mark
        self._daily_backup = daily_backup
        self._checked = threading.Event()
        self._skip_backup = threading.Event()
        self._cancel = CheckStop()
        self._problem: str | None = None
        self.backup_error: BaseException | None = None
        self.daily_damage: DatabaseDamagedError | None = None
        self._thread = threading.Thread(target=self._run, name="profdesk-soundness", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problem = _policy_check(self.path, self.mark)
        except BaseException as exc:  # noqa: BLE001 - any failure to check counts as damage
            self._problem = str(exc) or type(exc).__name__
        finally:
            self._checked.set()
        if self._problem is None and self._daily_backup and not self._skip_backup.is_set():
            lower_priority()  # nobody waits for the daily copy: the window goes first
            try:
                backup_daily(self.path, cancel=self._cancel)
            except CheckCancelled:
                pass  # the program is closing: the next open makes the day's copy
            except DatabaseDamagedError as exc:
                self.daily_damage = exc
            except (
                OSError,
                ProfdeskError,
                *cipher.ERRORS,
            ) as exc:  # the program works on; a later open retries
                self.backup_error = exc
                log.warning("daily backup of %s failed: %s", self.path, exc)

    @property
    def problem(self) -> str | None:
        """None when the file is sound, else SQLite's complaint (waits for the check)."""
        self._checked.wait()
        return self._problem

    def confirm(self) -> None:
        if self.problem is not None:
            raise DatabaseDamagedError(damaged_message(self.path))

    def abandon(self) -> None:
        """The open failed: no backup; wait for the check to end."""
        self._skip_backup.set()
        self._checked.wait()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def cancel(self) -> None:
        """Stop the check before the daily backup (the window is closing)."""
        self._cancel.stop()

    def join(self) -> None:
        self._thread.join()


class Database:
    """One open database: the engine, short sessions, and who is working with it."""

    def __init__(self, engine: Engine, path: Path | None, location: str | None = None) -> None:
        self.engine = engine
        self.path = path  # the SQLite file; None for a database on a server
        # what to show the user: the file path, or the server URL without a password
        self.location = location if location is not None else str(path)
        self.user_login = ""  # set after sign-in; written into the change log
        self.user_role = ""  # administrator | operator | viewer; "" until users exist
        self.user_org_id: str | None = None  # a user limited to one organisation's subtree
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self._installation_id: str | None = None
        # app.models.settings.READ_ONCE: key -> stored JSON text (None: not set)
        self.settings_cache: dict[str, str | None] = {}
        self._check: SoundnessCheck | None = None  # the check still running, if any
        self._mark: soundness.OpenMark | None = None  # this process's open mark on the file

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @property
    def is_server(self) -> bool:
        return self.path is None

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
        except StaleDataError as exc:
            s.rollback()
            raise ProfdeskError(
                "Эту запись только что изменил другой пользователь, и ваши изменения не "
                "сохранены: откройте запись заново и внесите их ещё раз."
            ) from exc
        except IntegrityError as exc:
            s.rollback()
            if _is_second_current_card(exc):
                raise ProfdeskError(
                    "У члена Профсоюза уже есть действующий билет: его только что выдал другой "
                    "пользователь или другая программа. Ничего не сохранено: обновите список и "
                    "повторите."
                ) from exc
            raise
        except OperationalError as exc:
            s.rollback()
            if _is_busy(exc):
                raise ProfdeskError(
                    "База данных занята: другой пользователь или программа сейчас записывает в "
                    "неё большой объём данных. Повторите через минуту; ничего не сохранено."
                ) from exc
            raise
        except SqlDatabaseError as exc:
            with contextlib.suppress(Exception):
                s.rollback()
            if self.path is not None and soundness.is_corruption(exc):
                raise damage_reported(self.path) from exc
            raise
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def reconnect(self) -> None:
        """A new engine for the file after it was swapped whole (restore): the copy may be
        encrypted differently from what it replaced."""
        if self.path is None:
            return
        self.engine.dispose()
        self.settings_cache.clear()  # the restored file has settings of its own
        self.engine = make_engine(self.path)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        soundness.replaced(self.path)

    def confirm_sound(self) -> None:
        """Wait for the integrity check started in the background by open_database
        (background_check=True) and refuse a damaged file with DatabaseOpenError naming the
        newest good backup. Without a background check, or once confirmed, returns at once."""
        if self._check is not None:
            self._check.confirm()

    def background_damage(self) -> DatabaseDamagedError | None:
        """What the full check before the daily backup found, once it has ended (the GUI
        asks after the window is shown); None while it runs or when the file is sound."""
        check = self._check
        if check is None or not check.done:
            return None
        return check.daily_damage

    def background_done(self) -> bool:
        return self._check is None or self._check.done

    def close(self, *, cancel_checks: bool = False) -> None:
        """`cancel_checks`: stop a running check before the daily backup (the window is
        closing; the next open makes the day's copy) instead of waiting for it."""
        if self._check is not None:
            if cancel_checks:
                self._check.cancel()
            self._check.join()  # the check and the daily backup, if still being made
        self.engine.dispose()
        if self._mark is not None:
            self._mark.release()  # a clean close: the next open needs no check
            self._mark = None
            with contextlib.suppress(ValueError):
                _open_files.remove(self.path)


def damage_reported(path: Path) -> DatabaseDamagedError:
    """SQLite said the file at `path` is damaged while working in it: the opens that follow
    run the full check, and the user hears the one sentence with the way back."""
    soundness.report_damage(path)
    return DatabaseDamagedError(damaged_message(path))


def _policy_check(path: Path, mark: soundness.OpenMark) -> str | None:
    """Run the check the open policy asks for; None when the file is sound (or no check)."""
    if mark.check is None:
        return None
    problem = integrity_problem(path, quick=mark.check == soundness.QUICK)
    if problem is None:
        mark.settle()
    else:  # refused now, and checked in full at every open until restored
        soundness.report_damage(path)
    return problem


def _is_second_current_card(exc: IntegrityError) -> bool:
    """The partial unique index «one current card per member» refused a write (SQLite names
    the column, PostgreSQL the index)."""
    message = str(exc.orig)
    return ONE_CURRENT_CARD in message or "UNIQUE constraint failed: card.member_id" in message


def _is_busy(exc: OperationalError) -> bool:
    """SQLite's lock held past busy_timeout, or PostgreSQL's past lock_timeout."""
    if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
        return True
    return "database is locked" in str(exc.orig)


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


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


"""Asked with 'user@host/dbname' when the server wants a password; None means cancelled."""


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
            elif _policy_check(path, mark) is not None:
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
                if _policy_check(path, mark) is not None:
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
