"""One open database: the engine, short sessions, and who is working with it.

app.models.db.open_database makes it; a session's errors become one sentence each here
(another user's change, a second current card, a busy database, damage SQLite reported).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import soundness
from .backup import damaged_message
from .engine import make_engine, rollback_journal
from .entities import ONE_CURRENT_CARD
from .errors import DatabaseDamagedError, ProfdeskError
from .settings import INSTALLATION_ID, forget_written, get_setting

if TYPE_CHECKING:
    from .open_check import SoundnessCheck

# a setting changed through the program is read from the database again once its
# transaction ends (app.models.settings.READ_ONCE)
event.listen(Session, "after_commit", forget_written)
event.listen(Session, "after_rollback", forget_written)
_open_files: list[Path] = []  # the SQLite files this process has open, oldest first


def open_files() -> list[Path]:
    """The SQLite files this process has open now (to name one SQLite called damaged)."""
    return list(_open_files)


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
    def session(self, *, log_changes: bool = True, bulk_write: bool = False) -> Iterator[Session]:
        """One unit of work, committed when the block ends, rolled back on any error.

        `bulk_write`: one big write (an import) that writes its pages once, into the file,
        when no other connection has the file open (app.models.engine.rollback_journal)."""
        if bulk_write and self.path is not None:
            with (
                self.engine.connect() as connection,
                rollback_journal(connection),
                self._unit(log_changes, connection) as s,
            ):
                yield s
            return
        with self._unit(log_changes, None) as s:
            yield s

    @contextlib.contextmanager
    def _unit(self, log_changes: bool, connection: Connection | None) -> Iterator[Session]:
        s = self._factory() if connection is None else self._factory(bind=connection)
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


def _is_second_current_card(exc: IntegrityError) -> bool:
    """The partial unique index «one current card per member» refused a write (SQLite names
    the column, PostgreSQL the index)."""
    message = str(exc.orig)
    return ONE_CURRENT_CARD in message or "UNIQUE constraint failed: card.member_id" in message


def _is_busy(exc: OperationalError) -> bool:
    """SQLite's lock held past busy_timeout, or PostgreSQL's past lock_timeout."""
    if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
        return True
    return soundness.is_busy(exc)  # the same test the open and the checks use
