"""Small member dialogs: mark as left (date and reason) and move to another organisation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...models import Database, OrgKind
from ...models.errors import ProfdeskError
from ...models.members import get_member, mark_left, move_member
from ...models.organisations import OrgNode
from ..errors import show_error
from ..widgets import OptionalDateEdit, OrgPicker


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class LeaveDialog(QDialog):
    def __init__(self, db: Database, member_id: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leaveDialog")
        self.db = db
        self.member_id = member_id
        self.setWindowTitle(self.tr("Mark as left"))
        self.left_on = OptionalDateEdit()
        self.left_on.set_value(dt.date.today())
        self.reason = QComboBox(objectName="leaveReason")
        for code, title in (
            ("own_wish", self.tr("at own wish")),
            ("dismissal", self.tr("dismissal")),
            ("retirement", self.tr("retirement")),
            ("death", self.tr("death")),
            ("transfer", self.tr("transfer to another organisation")),
        ):
            self.reason.addItem(title, code)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Member:")), QLabel(name))
        form.addRow(self.tr("Left on"), self.left_on)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("The record is kept: a member who leaves stays in history."))
        )
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        left_on = self.left_on.value()
        if left_on is None:
            show_error(self, ProfdeskError(self.tr("Enter the date of leaving.")))
            return
        try:
            with self.db.session() as s:
                mark_left(s, self.member_id, left_on, self.reason.currentData())
        except ProfdeskError as error:
            show_error(self, error)
            return
        super().accept()


class MoveDialog(QDialog):
    def __init__(
        self,
        db: Database,
        member_id: str,
        name: str,
        orgs: list[OrgNode],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.db = db
        self.member_id = member_id
        self.setWindowTitle(self.tr("Move to another organisation"))
        self.target = OrgPicker([n for n in orgs if n.kind == OrgKind.PRIMARY])
        self.target.setObjectName("targetOrganisation")
        self.moved_on = OptionalDateEdit()
        self.moved_on.set_value(dt.date.today())
        self.target.lineEdit().setPlaceholderText(self.tr("type a part of the name or code"))
        with db.session() as s:
            current = get_member(s, member_id).organisation
            now_in = f"{current.display_name} ({current.code})"
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Member:")), QLabel(name))
        form.addRow(self.tr("Now in"), QLabel(now_in, objectName="currentOrganisation"))
        form.addRow(self.tr("New organisation"), self.target)
        form.addRow(self.tr("Moved on"), self.moved_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        target = self.target.org_id()
        if target is None:
            show_error(self, ProfdeskError(self.tr("Choose the organisation to move to.")))
            return
        try:
            with self.db.session() as s:
                move_member(s, self.member_id, target, self.moved_on.value())
        except ProfdeskError as error:
            show_error(self, error)
            return
        super().accept()
