"""The full integrity check before the day's backup runs in the background after the window
is shown (app.models.open_check.SoundnessCheck); when it finds the file damaged, the user is told in
one sentence and offered the newest good copy, here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ...models.backup import newest_good_backup

POLL_MS = 500


def watch_background_check(window: QWidget, restore_from: Callable[[Path], object]) -> QTimer:
    """Poll the open database's background check until it ends; offer a restore if it found
    damage. The timer is the window's child: it stops with the window."""
    timer = QTimer(window)
    timer.setObjectName("backgroundCheckWatch")
    timer.setInterval(POLL_MS)

    def poll() -> None:
        db = window.db
        if not db.background_done():
            return
        timer.stop()
        damage = db.background_damage()
        if damage is not None:
            offer(window, damage, restore_from)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def offer(window: QWidget, damage: Exception, restore_from: Callable[[Path], object]) -> None:
    """The sentence with the newest good copy, and the question whether to restore it now."""
    good = newest_good_backup(window.db.path) if window.db.path is not None else None
    if good is None:
        QMessageBox.critical(window, "Profdesk", str(damage))
        return
    question = QCoreApplication.translate(
        "LoginDialog", "{0}\n\nRestore the database from this backup now?"
    ).format(damage)
    if QMessageBox.question(window, "Profdesk", question) == QMessageBox.StandardButton.Yes:
        restore_from(good.path)
