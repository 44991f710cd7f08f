"""The sign-in dialog shown at start once the database has users."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.backup import newest_good_backup
from ...models.backup_checks import integrity_problem
from ...models.errors import DatabaseBusyError, DatabaseDamagedError, ProfdeskError
from ...models.restore import restore_database
from ...models.users import sign_in


class LoginDialog(QDialog):
    """Login and password; a refusal (or the one-minute wait) is said under the fields."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.db = db
        self.setWindowTitle(self.tr("Sign in to Profdesk"))
        self.login = QLineEdit(objectName="loginName")
        self.password = QLineEdit(objectName="loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(objectName="loginError")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Database: {0}").format(db.path)))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def try_sign_in(self) -> None:
        try:
            sign_in(self.db, self.login.text(), self.password.text())
        except ProfdeskError as error:
            self.password.clear()
            self.password.setFocus()
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.password.clear()
        self.accept()


def offer_restore(location: str, error: Exception) -> bool:
    """A damaged database at start: offer the newest good backup, the way back.

    True when the database was restored and may be opened again."""
    path = Path(location).expanduser()
    if not path.is_file() or isinstance(error, DatabaseBusyError):
        return False  # busy: another program is writing, nothing is wrong with the file
    if not isinstance(error, DatabaseDamagedError) and integrity_problem(path) is None:
        return False  # refused for another reason: no restore to offer
    good = newest_good_backup(path)
    if good is None:
        return False
    question = QCoreApplication.translate(
        "LoginDialog", "{0}\n\nRestore the database from this backup now?"
    ).format(error)
    answer = QMessageBox.question(None, "Profdesk", question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_database(path, good.path)
    return True
