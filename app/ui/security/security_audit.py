"""The audit log for the administrator: filter by period, user, action and entity; export.

Read-only by design: the table cannot be edited and nothing here writes to the log except
the record of its own export.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.audit import (
    ACTION_TITLES,
    ENTITY_TITLES,
    AuditEntry,
    AuditFilter,
    audit_choices,
    audit_entries,
    export_audit,
)
from ...models.errors import ProfdeskError
from ..errors import show_error
from ..widgets import OptionalDateEdit

SHOW_AT_MOST = 5000


class AuditWindow(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditWindow")
        self.setWindowTitle(self.tr("Audit log"))
        self.db = db
        self.entries: list[AuditEntry] = []
        self.since = OptionalDateEdit()
        self.since.setObjectName("auditSince")
        self.since.set_value(dt.date.today() - dt.timedelta(days=30))
        self.until = OptionalDateEdit()
        self.until.setObjectName("auditUntil")
        self.user = QComboBox(objectName="auditUser")
        self.action = QComboBox(objectName="auditAction")
        self.entity = QComboBox(objectName="auditEntity")
        with db.session() as s:
            choices = audit_choices(s)
        self.user.addItem(self.tr("All users"), None)
        for login in choices["user"]:
            self.user.addItem(login, login)
        self.action.addItem(self.tr("All actions"), None)
        for action in choices["action"]:
            self.action.addItem(ACTION_TITLES.get(action, action), action)
        self.entity.addItem(self.tr("All objects"), None)
        for entity in choices["entity"]:
            self.entity.addItem(ENTITY_TITLES.get(entity, entity), entity)
        show = QPushButton(self.tr("&Show"), objectName="auditShow")
        show.clicked.connect(self.reload)
        export = QPushButton(self.tr("&Export…"), objectName="auditExport")
        export.clicked.connect(self.export)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        for combo in (self.user, self.action, self.entity):
            filters.addWidget(combo)
        filters.addWidget(show)
        filters.addStretch()
        filters.addWidget(export)
        self.table = QTableWidget(0, 6, objectName="auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Object"),
                self.tr("Id"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((140, 110, 150, 100, 250)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(objectName="auditCount")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self.resize(1200, 620)
        self.reload()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            since=self.since.value(),
            until=self.until.value(),
            user=self.user.currentData(),
            action=self.action.currentData(),
            entity=self.entity.currentData(),
            limit=SHOW_AT_MOST,
        )

    def reload(self) -> None:
        try:
            with self.db.session() as s:
                self.entries = audit_entries(s, self.current_filter())
        except ProfdeskError as error:
            show_error(self, error)
            return
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(reversed(self.entries)):  # newest on top
            at = e.at.replace(tzinfo=dt.UTC).astimezone()
            values = (
                at.strftime("%d.%m.%Y %H:%M:%S"),
                e.user,
                ACTION_TITLES.get(e.action, e.action),
                ENTITY_TITLES.get(e.entity, e.entity),
                e.entity_id,
                e.details_text(),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        text = self.tr("%n entry(ies)", "", len(self.entries))
        if len(self.entries) >= SHOW_AT_MOST:
            text += " " + self.tr("(the newest; narrow the filter to see older ones)")
        self.count_label.setText(text)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            self.tr("audit.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> int:
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        f = self.current_filter()
        f.limit = None  # the file gets every matching entry, not only those shown
        try:
            with self.db.session() as s:
                count = export_audit(s, target, audit_entries(s, f))
        except (ProfdeskError, OSError) as error:
            show_error(self, error)
            return 0
        self.count_label.setText(self.tr("Exported %n entry(ies)", "", count))
        return count
