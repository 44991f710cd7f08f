"""The Users window: add users, change a role or organisation limit, deactivate, reset a
password. Only for the USERS permission; with no users yet it makes the first administrator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.errors import ProfdeskError, ValidationError
from ...models.organisations import OrgNode
from ...models.permissions import Role
from ...models.users import (
    UserInfo,
    activate_user,
    change_role,
    create_user,
    deactivate_user,
    list_users,
    set_password,
    sign_in,
)
from ..errors import show_error


def _role_titles() -> dict[str, str]:
    return {
        Role.ADMINISTRATOR: QCoreApplication.translate("UsersWindow", "Administrator"),
        Role.OPERATOR: QCoreApplication.translate("UsersWindow", "Operator"),
        Role.VIEWER: QCoreApplication.translate("UsersWindow", "Viewer (read and reports)"),
    }


class UserDialog(QDialog):
    """A new user (login, role, organisation, password twice) or a role change."""

    def __init__(
        self,
        nodes: list[OrgNode],
        user: UserInfo | None = None,
        *,
        first: bool = False,
        password_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.user = user
        self.login = QLineEdit(objectName="userLogin")
        self.role = QComboBox(objectName="userRole")
        for role, title in _role_titles().items():
            if not first or role == Role.ADMINISTRATOR:
                self.role.addItem(title, role.value)
        self.org = QComboBox(objectName="userOrg")
        self.org.addItem(self.tr("Whole database"), None)
        for node in nodes:
            self.org.addItem(f"{node.display_name} ({node.code})", node.code)
        self.password = QLineEdit(objectName="userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(objectName="userPasswordConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if user is None:
            self.setWindowTitle(self.tr("New user"))
            form.addRow(self.tr("&Login"), self.login)
        else:
            self.login.setText(user.login)
            form.addRow(self.tr("User"), QLabel(user.login))
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            self.org.setCurrentIndex(max(0, self.org.findData(user.org_code)))
            title = self.tr("New password") if password_only else self.tr("Change role")
            self.setWindowTitle(title)
        if not password_only:
            form.addRow(self.tr("&Role"), self.role)
            form.addRow(self.tr("Limited &to"), self.org)
        self.ask_password = user is None or password_only
        if self.ask_password:
            form.addRow(self.tr("&Password"), self.password)
            form.addRow(self.tr("&Repeat password"), self.confirm)
        layout = QVBoxLayout(self)
        if first:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "The first user is the administrator: from now on Profdesk asks "
                        "for a login and password at start."
                    ),
                    wordWrap=True,
                )
            )
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        if self.ask_password and self.password.text() != self.confirm.text():
            show_error(self, ValidationError(self.tr("The passwords do not match.")))
            return
        self.accept()


class UsersWindow(QDialog):
    def __init__(self, db: Database, nodes: list[OrgNode], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usersWindow")
        self.setWindowTitle(self.tr("Users"))
        self.db = db
        self.nodes = nodes
        self.users: list[UserInfo] = []
        self.table = QTableWidget(0, 4, objectName="usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Role"), self.tr("Organisation"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((140, 200, 260)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("&Add…"), objectName="addUser")
        self.role_button = QPushButton(self.tr("Change &role…"), objectName="changeRole")
        self.active_button = QPushButton(self.tr("&Deactivate"), objectName="toggleActive")
        self.password_button = QPushButton(self.tr("Reset &password…"), objectName="resetPassword")
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(820, 380)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as s:
            self.users = list_users(s)
        titles = _role_titles()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = self.tr("active") if user.active else self.tr("deactivated")
            values = (
                user.login,
                titles.get(user.role, user.role),
                user.org_name or self.tr("whole database"),
                state,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.active_button.setText(
                self.tr("&Deactivate") if user.active else self.tr("&Activate")
            )

    def _run(self, action) -> bool:  # noqa: ANN001
        try:
            with self.db.session() as s:
                action(s)
        except ProfdeskError as error:
            show_error(self, error)
            return False
        self.reload()
        return True

    def add_user(self) -> None:
        first = not self.users
        dialog = UserDialog(self.nodes, first=first, parent=self)
        if not dialog.exec():
            return
        login, password = dialog.login.text(), dialog.password.text()
        role, org = dialog.role.currentData(), dialog.org.currentData()
        if self._run(lambda s: create_user(s, login, password, role, org)) and first:
            # the office's first administrator is signed in from now on
            sign_in(self.db, login, password)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.nodes, user, parent=self)
        if dialog.exec():
            role, org = dialog.role.currentData(), dialog.org.currentData()
            self._run(lambda s: change_role(s, user.id, role, org))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate user"),
                self.tr("{0} will no longer be able to sign in. Continue?").format(user.login),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._run(lambda s: deactivate_user(s, user.id))
        else:
            self._run(lambda s: activate_user(s, user.id))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.nodes, user, password_only=True, parent=self)
        if dialog.exec():
            password = dialog.password.text()
            self._run(lambda s: set_password(s, user.id, password))
