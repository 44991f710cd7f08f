"""The Service menu (users, audit log, backups, restore) and the member's consent actions.

Installed into the main window through app.ui.extensions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...models import Database, cipher, migrate
from ...models.audit import log_event
from ...models.backup import list_open_database_backups, manual_backup
from ...models.consent import consent_form_data, record_consent
from ...models.errors import ProfdeskError
from ...models.permissions import Permission, require
from ...models.restore import restore_database
from ...models.server_backup import refuse_server_restore
from ..errors import show_error
from ..widgets import OptionalDateEdit
from .damage_watch import watch_background_check
from .db_password import ask_file_password
from .restore_dialog import RestoreDialog
from .security_audit import AuditWindow
from .security_users import UsersWindow


class ConsentDateDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDateDialog")
        self.setWindowTitle(self.tr("Consent received"))
        self.date = OptionalDateEdit()
        self.date.setObjectName("consentDate")
        self.date.set_value(dt.date.today())
        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(name))
        form.addRow(self.tr("Signed consent received on"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class SecurityActions(QObject):
    """The slots behind the menu entries; holds the window for its database and selection."""

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window

    @property
    def db(self) -> Database:
        return self.window.db

    # --- service ---
    def users(self) -> None:
        UsersWindow(self.db, self.window.org_model.all_nodes(), self.window).exec()

    def audit(self) -> None:
        AuditWindow(self.db, self.window).exec()

    def backup_now(self) -> Path | None:
        try:
            out = manual_backup(self.db)
        except (ProfdeskError, OSError) as error:
            show_error(self.window, error)
            return None
        self.window.statusBar().showMessage(self.tr("Backup saved: {0}").format(out), 8000)
        return out

    def restore(self) -> None:
        try:
            refuse_server_restore(self.db)
        except ProfdeskError as error:
            show_error(self.window, error)
            return
        dialog = RestoreDialog(list_open_database_backups(self.db), self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def restore_from(self, source: Path) -> Path | None:
        """Replace the open database with `source`; returns the copy of what was replaced."""
        db = self.db
        try:
            refuse_server_restore(db)
            with db.session() as s:
                require(s, Permission.SETTINGS)
            self.window.tasks.wait(5000)
            db.engine.dispose()  # no pooled connection may hold the old pages
            password = None
            if cipher.looks_encrypted(source) and cipher.key_for(source) is None:
                password = ask_file_password(source.name, self.window)  # a foreign copy
            saved = restore_database(db.path, source, password)
            db.reconnect()
            with db.engine.begin() as conn:  # a copy from an older version is brought up to date
                migrate.upgrade(conn)
            db._installation_id = None
            with db.session() as s:
                log_event(s, "restore", "database", details={"file": source.name})
        except (ProfdeskError, OSError) as error:
            show_error(self.window, error)
            return None
        self.window.refresh()
        QMessageBox.information(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "The database was restored from «{0}». The replaced data is kept in «{1}»."
            ).format(source.name, saved.name if saved else "—"),
        )
        return saved

    # --- consent ---
    def _member(self) -> tuple[str, str] | None:
        member_id = self.window.current_member_id()
        if member_id is None:
            QMessageBox.information(
                self.window, self.tr("Consent"), self.tr("Select a member in the list first.")
            )
            return None
        return member_id, self.window._current_member_name()

    def print_consent(self) -> None:
        chosen = self._member()
        if chosen is None:
            return
        member_id, name = chosen
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Application and consent"),
            self.tr("application and consent {0}.pdf").format(name),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.write_consent(member_id, Path(path), open_after=True)

    def write_consent(self, member_id: str, target: Path, open_after: bool = False) -> bool:
        from ...printing.consent import ConsentForm, consent_pdf

        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            with self.db.session() as s:
                consent_pdf(ConsentForm(**consent_form_data(s, member_id)), target)
        except (ProfdeskError, OSError) as error:
            show_error(self.window, error)
            return False
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return True

    def consent_received(self) -> None:
        chosen = self._member()
        if chosen is None:
            return
        member_id, name = chosen
        dialog = ConsentDateDialog(name, self.window)
        if dialog.exec():
            self.set_consent(member_id, dialog.date.value())

    def set_consent(self, member_id: str, day: dt.date | None) -> bool:
        try:
            with self.db.session() as s:
                record_consent(s, member_id, day)
        except ProfdeskError as error:
            show_error(self.window, error)
            return False
        self.window.member_model.refresh_rows()
        self.window.refresh(member_id)
        return True

    def install(self) -> None:
        window = self.window
        actions = self
        # the main window's Members menu, whatever its translated title
        members = next(
            t for t, m in window.menus.items() if window.action_add_member in m.actions()
        )
        window.menu(members).addSeparator()
        window.add_action(
            members,
            self.tr("Print application and &consent…"),
            actions.print_consent,
            tip=self.tr(
                "The application to join and the separate consent to personal data processing"
            ),
            name="actionPrintConsent",
            permission=Permission.EDIT_MEMBERS,
        )
        window.add_action(
            members,
            self.tr("Consent &received…"),
            actions.consent_received,
            tip=self.tr("Record the date the signed consent came back"),
            name="actionConsentReceived",
            permission=Permission.EDIT_MEMBERS,
        )
        service = self.tr("&Service")  # the last extension menu: just before Help
        window.add_action(
            service,
            self.tr("&Users…"),
            actions.users,
            tip=self.tr("Who may sign in, with which role"),
            name="actionUsers",
            permission=Permission.USERS,
        )
        window.add_action(
            service,
            self.tr("&Audit log…"),
            actions.audit,
            tip=self.tr("Who did what and when"),
            name="actionAuditLog",
            permission=Permission.AUDIT,
        )
        window.menu(service).addSeparator()
        window.add_action(
            service,
            self.tr("&Back up now"),
            actions.backup_now,
            tip=self.tr("Save a copy of the database beside it"),
            name="actionBackupNow",
            permission=Permission.BACKUP,
        )
        window.add_action(
            service,
            self.tr("&Restore from backup…"),
            actions.restore,
            tip=self.tr("Replace the database with one of its backups"),
            name="actionRestoreBackup",
            permission=Permission.SETTINGS,
        )
        service_menu = window.menu(service)
        service_menu.menuAction().setVisible(
            any(a.isVisible() and not a.isSeparator() for a in service_menu.actions())
        )


def install(window) -> None:  # noqa: ANN001 - MainWindow
    window.security_actions = SecurityActions(window)
    window.security_actions.install()
    watch_background_check(window, window.security_actions.restore_from)
