"""One place where errors become a message box."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..models.errors import ProfdeskError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A user error shows its own sentence; anything else is a bug, said plainly."""
    title = title or QCoreApplication.translate("Errors", "Profdesk")
    damaged = _damage_found(error)
    if damaged is not None:
        error = damaged
    if isinstance(error, ProfdeskError):
        text = str(error)
    elif isinstance(error, OSError):
        text = QCoreApplication.translate("Errors", "Could not read or write the file: {0}").format(
            error.strerror or str(error)
        )
    else:
        # the traceback goes to the log without the message text, which may hold personal data
        log.error("unexpected error: %s", "".join(traceback.format_tb(error.__traceback__)))
        text = QCoreApplication.translate(
            "Errors",
            "Something went wrong inside the program ({0}). Nothing was saved; "
            "please try again or tell the developers.",
        ).format(type(error).__name__)
    QMessageBox.critical(parent, title, text)


def _damage_found(error: BaseException) -> ProfdeskError | None:
    """SQLite's word that a database file is damaged, met outside a session (a session
    turns it into DatabaseDamagedError itself): the refusal naming the newest good backup."""
    from ..models.database import damage_reported, open_files
    from ..models.soundness import is_corruption

    if isinstance(error, ProfdeskError) or not is_corruption(error):
        return None
    files = open_files()
    return damage_reported(files[-1]) if files else None
