"""The conflicts window: the two values of each waiting difference side by side."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exchange import ConflictView, list_conflicts, resolve_conflict
from ...models import Database
from ..errors import show_error

COL_RECORD, COL_FIELD, COL_HERE, COL_THERE = range(4)
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class ConflictsWindow(QDialog):
    """Lists what waits after an import; a person keeps the value here or takes the other."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("exchangeConflicts")
        self.setWindowTitle(self.tr("Exchange conflicts"))
        self.resize(900, 420)
        self.conflicts: list[ConflictView] = []
        self.intro = QLabel(
            self.tr(
                "The same data was changed both here and in the other copy. "
                "Choose which value to keep; the decision travels with the next exchange file."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, objectName="conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Value here"), self.tr("Value there")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_RECORD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THERE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.keep_here = QPushButton(self.tr("Keep the value &here"), objectName="keepHere")
        self.take_there = QPushButton(self.tr("Take the value &there"), objectName="takeThere")
        self.keep_here.clicked.connect(lambda: self.resolve("here"))
        self.take_there.clicked.connect(lambda: self.resolve("there"))
        self.empty = QLabel(self.tr("Nothing waits: all copies agree."), objectName="noConflicts")
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_here)
        buttons.addWidget(self.take_there)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def field_label(self, field: str) -> str:
        labels = {
            "last_name": self.tr("Last name"),
            "first_name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"),
            "birth_date": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "category": self.tr("Category"),
            "position": self.tr("Position"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "organisation_id": self.tr("Organisation"),
            "joined_on": self.tr("Joined on"),
            "left_on": self.tr("Left on"),
            "leave_reason": self.tr("Reason for leaving"),
            "e_registered_on": self.tr("E-registered on"),
            "consent_on": self.tr("Consent on"),
            "notes": self.tr("Notes"),
            "name": self.tr("Name"),
            "short_name": self.tr("Short name"),
            "chair": self.tr("Chair"),
            "chair_phone": self.tr("Chairman's phone"),
            "employees": self.tr("Employees"),
            "students": self.tr("Students"),
            "status": self.tr("Card status"),
            "handed_on": self.tr("Handed on"),
            # a cell an import kept as written (the member card shows it)
            "value": self.tr("Value kept from an import"),
            "column_title": self.tr("Column of the imported file"),
        }
        return labels.get(field, field)

    def _describe(self, c: ConflictView, side: str) -> str:
        value = c.here if side == "here" else c.there
        origin = c.here_from if side == "here" else c.there_from
        at = c.here_at if side == "here" else c.there_at
        when = at[8:10] + "." + at[5:7] + "." + at[0:4] if len(at) >= 10 else ""
        shown = value if value not in (None, "") else self.tr("(empty)")
        match = ISO_DATE.match(shown)
        if match:
            shown = f"{match[3]}.{match[2]}.{match[1]}"
        return f"{shown}\n{origin}{', ' + when if when else ''}"

    def reload(self) -> None:
        with self.db.session() as s:
            self.conflicts = list_conflicts(s)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            field = (
                self.tr("possible duplicate")
                if c.kind == "duplicate"
                else self.field_label(c.field)
            )
            cells = [c.record, field, self._describe(c, "here"), self._describe(c, "there")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.resizeColumnToContents(COL_RECORD)
        self.empty.setVisible(not self.conflicts)
        self.table.setVisible(bool(self.conflicts))
        if self.conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        enabled = self.current() is not None
        self.keep_here.setEnabled(enabled)
        self.take_there.setEnabled(enabled)

    def resolve(self, take: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            with self.db.session() as s:
                resolve_conflict(s, conflict.id, take)
        except Exception as error:  # noqa: BLE001 - shown to the user in one place
            show_error(self, error)
        self.reload()
