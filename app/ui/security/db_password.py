"""The password dialogs of a database: on a PostgreSQL server, or an encrypted file (asked
only when needed: a key remembered in the OS secret store opens the file without asking)."""

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


def ask_file_password(name: str, parent: QWidget | None = None) -> str | None:
    """The password of the encrypted database file `name`, or None when the user cancels."""
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DbPassword", "Encrypted database"),
        QCoreApplication.translate(
            "DbPassword", "The database {0} is encrypted. Enter its password:"
        ).format(name),
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None
