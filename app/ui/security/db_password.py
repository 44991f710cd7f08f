"""The password dialog for a database on a PostgreSQL server (asked only when needed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_password(where: str, parent: QWidget | None = None) -> str | None:
    """The password for `where` ('user@host/dbname'), or None when the user cancels."""
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DbPassword", "Database server password"),
        QCoreApplication.translate("DbPassword", "Password for {0}:").format(where),
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None
