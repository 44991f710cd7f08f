"""The choice of a backup copy to restore: each copy with its state (good, damaged, not yet
checked), the newest good one chosen; the copies can be checked from here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.backup import BackupInfo
from ...models.backup_checks import DAMAGED, GOOD, verify_backup

STATE_COLUMN = 2


class RestoreDialog(QDialog):
    """The backups of this database with their dates; the chosen one, or another file."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        self.chosen: Path | None = None
        self.table = QTableWidget(len(backups), 4, objectName="backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("State"), self.tr("Size")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(2, 110)
        for row, b in enumerate(backups):
            self.table.setItem(row, 0, QTableWidgetItem(b.made_at.strftime("%d.%m.%Y %H:%M:%S")))
            self.table.setItem(row, 1, QTableWidgetItem(b.reason_title))
            self.table.setItem(
                row, 3, QTableWidgetItem(self.tr("{0} MB").format(f"{b.size / 1_048_576:.1f}"))
            )
        self._show_states({b.path: b.state for b in backups})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.check_button = buttons.addButton(
            self.tr("Find the newest good copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("checkBackups")
        self.check_button.setToolTip(
            self.tr("Check the copies in full, newest first, until a good one is found")
        )
        self.check_button.clicked.connect(self.find_newest_good)
        self.check_button.setEnabled(bool(backups))
        other = buttons.addButton(self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self.pick_file)
        buttons.accepted.connect(self.take_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The database will be replaced by the chosen copy. The current data is "
                    "backed up first, so this step can be undone."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _show_states(self, states: dict[Path, str]) -> None:
        """Write each copy's state; select the newest good copy (else the newest)."""
        good_row = None
        for row, b in enumerate(self.backups):
            state = states.get(b.path, b.state)
            titles = {GOOD: self.tr("good"), DAMAGED: self.tr("damaged")}
            item = QTableWidgetItem(titles.get(state, self.tr("not checked")))
            if state == DAMAGED:
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(row, STATE_COLUMN, item)
            if state == GOOD and good_row is None:
                good_row = row
        if self.backups:
            self.table.selectRow(good_row if good_row is not None else 0)

    def find_newest_good(self) -> None:
        """Check the copies newest first (each once: a verdict is remembered), stopping at
        the first good one, which is then chosen."""
        states: dict[Path, str] = {}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for b in self.backups:
                states[b.path] = verify_backup(b)
                if states[b.path] == GOOD:
                    break
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_states(states)

    def take_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.backups[rows[0].row()].path
            self.accept()

    def pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), "", self.tr("Profdesk database (*.sqlite3);;All (*)")
        )
        if path:
            self.chosen = Path(path)
            self.accept()
