"""A light start: the main window shown before SQLAlchemy is imported (issue 18).

Importing SQLAlchemy and the models costs about 0.4 s, half of `profdesk`'s start on the
250,000-member demo. When the file is one the light read path may read (fastread.gate: a
plain file at the newest schema, no check or daily copy due, set up, no users), the window
is built with its organisation tree and first member list read through plain sqlite3 (the
same SQL the normal path runs on SQLite: fastread.window), shown, and just after its first
paint the normal open runs and hands the Database to the window (`MainWindow.attach`):
the features' menus, the start page and the actions that need the database arrive then.

SQLAlchemy, the models and the features' modules are imported in a thread after the first
paint (imports hold the interpreter only in bursts, so the window keeps painting and taking
keys); the handover itself then runs in one go on the window's thread. A filter chosen
before it is remembered and applied once the Database is there. Whenever the gate says no,
or the handover meets anything the normal start handles (damage, a user created meanwhile,
an error), the start is the normal one.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger(__name__)

FALLBACK_MS = 250  # a window never painted (minimised) still gets its database
POLL_MS = 15  # how often the window's thread looks whether the imports are done
# what the handover and the start page's first figures import, besides the features
PRELOAD = ("app.models.db", "app.models.users", "app.models.progress", "app.models.stock")


def preload(done: threading.Event) -> None:
    """Import what the handover needs, off the window's thread."""
    from . import extensions

    names = [*PRELOAD, *(f"app.ui.{m}" for m in extensions.EXTENSION_MODULES), "app.ui.user_guide"]
    try:
        for name in names:
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the handover imports again and meets it there
        log.warning("preloading for the handover failed", exc_info=True)
    finally:
        done.set()


class LightStart(QObject):
    """Stands for the Database until it is handed over: `close` as Database.close."""

    def __init__(self, location: str, window: Any, reader: Any, reopen: Callable) -> None:
        super().__init__()
        self.location = location
        self.window = window
        self.reader = reader
        self.db: Any = None
        self._reopen = reopen  # the normal start, when the handover cannot finish
        self._done = False
        self._imported = threading.Event()
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._imports_done)

    def arm(self) -> None:
        self.window.member_table.viewport().installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._begin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._begin)  # after this paint has reached the screen
        return False

    def _begin(self) -> None:
        if self._done or self._poll.isActive():
            return
        threading.Thread(
            target=preload, args=(self._imported,), name="profdesk-preload", daemon=True
        ).start()
        self._poll.start()

    def _imports_done(self) -> None:
        if self._imported.is_set() or self._done:
            self._poll.stop()
            self.hand_over()

    def hand_over(self) -> None:
        """The normal open, then the Database to the window (once)."""
        if self._done:
            return
        self._done = True
        from PySide6.QtCore import QCoreApplication

        from .. import __version__
        from ..models import open_database

        QCoreApplication.setApplicationVersion(__version__)
        from ..models.users import users_exist

        db = None
        try:
            db = open_database(self.location, background_check=True)
            db.confirm_sound()
            with db.session() as s:
                signed_in_needed = users_exist(s)
            if not signed_in_needed:
                self.window.attach(db)
                self.db = db
                self.reader.close()
                return
        except Exception:  # noqa: BLE001 - the normal start explains it (restore offered)
            log.warning("the light start's handover failed", exc_info=True)
        if db is not None:
            db.close()
        self._start_over()

    def _start_over(self) -> None:
        """The window goes, and the normal start runs: sign-in, the damaged-file offer."""
        from PySide6.QtWidgets import QApplication

        self.window.hide()
        self.window.deleteLater()
        self.reader.close()
        started = self._reopen(self.location)
        if isinstance(started, int):
            QApplication.exit(started)
            return
        self.db, self.window = started

    def close(self, cancel_checks: bool = False) -> None:
        self._done = True  # a handover not run yet never runs
        self._poll.stop()
        if self.db is not None:
            self.db.close(cancel_checks=cancel_checks)
        else:
            self.reader.close()


def light_start(
    location: str, *, self_test: bool = False, open_normally: Callable
) -> tuple[LightStart, Any] | None:
    """(LightStart, window) shown on the light path, or None: start normally."""
    from ..models.fastread import open_reader

    reader = open_reader(location)
    if reader is None:
        return None
    window = None
    try:
        from ..models.fastread.window import has_organisations

        if not has_organisations(reader.conn):  # the first-start wizard's case
            reader.close()
            return None
        from .main_window import MainWindow

        window = MainWindow(None, light=reader)
    except sqlite3.Error:  # the normal open reads it again and says what is wrong
        log.warning("the light start could not read %s", location, exc_info=True)
        if window is not None:
            window.deleteLater()
        reader.close()
        return None
    started = LightStart(
        location, window, reader, lambda where: open_normally(where, self_test=self_test)
    )
    window.show()
    started.arm()
    return started, window
