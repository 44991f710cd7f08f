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
