"""The import wizard's last page: what came in, what did not and why, and the rows with
problems saved as a workbook in the file's own columns to be fixed and imported again."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...importing import ImportResult, save_problem_rows
from ...importing.results import UNCHANGED
from ...models.errors import ProfdeskError
from ..errors import show_error

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

WARNING_COLOUR = QColor("#fff2b3")  # a value that stays empty, kept as written


class ResultPage(QWizardPage):
    """The counts, then every refused row, warning and skipped row; the rows with problems
    can be saved as a workbook in the file's own columns to be fixed and imported again."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 4)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value in the file"), self.tr("What")]
        )
        self.errors.verticalHeader().setVisible(False)
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button = QPushButton(self.tr("&Save rows with problems…"))
        self.save_button.setObjectName("importSaveProblems")
        self.save_button.clicked.connect(self.save_problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.summary.setText(
            self.tr(
                "Added: %1. Updated: %2. Skipped: %3. Not imported: %4. Imported with "
                "warnings (the field stays empty, the value is kept in the card): %5."
            )
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
            .replace("%4", str(len(result.errors)))
            .replace("%5", str(len(result.warnings)))
        )
        lines = [(e, self.tr("Not imported: %1").replace("%1", e.message)) for e in result.errors]
        lines += [(w, w.message) for w in result.warnings]
        lines.sort(key=lambda line: line[0].row)
        skipped = [s for s in result.skipped_rows if s.reason != UNCHANGED]
        self.errors.setRowCount(len(lines) + len(skipped))
        for r, (issue, text) in enumerate(lines):
            for c, value in enumerate((str(issue.row), issue.column, issue.value, text)):
                item = QTableWidgetItem(value)
                if issue in result.warnings:
                    item.setBackground(WARNING_COLOUR)
                self.errors.setItem(r, c, item)
        for r, row in enumerate(skipped, len(lines)):
            self.errors.setItem(r, 0, QTableWidgetItem(str(row.row)))
            reason = self.tr("Skipped: %1").replace("%1", row.reason)
            self.errors.setItem(r, 3, QTableWidgetItem(reason))
        self.errors.resizeColumnsToContents()
        self.errors.setVisible(bool(lines or skipped))
        self.save_button.setVisible(bool(result.problem_rows()))

    def save_problems(self, path: str | None = None) -> None:
        wizard = self.wizard_
        if not path:
            suggested = wizard.path.with_name(wizard.path.stem + " - исправить.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rows with problems"), str(suggested), "Excel (*.xlsx)"
            )
        if not path:
            return
        try:
            with _busy():
                count = save_problem_rows(
                    wizard.path, self.result.layout, self.result, path, sheet=self.result.sheet
                )
        except ProfdeskError as error:
            show_error(self, error)
            return
        self.summary.setText(
            self.summary.text()
            + "\n"
            + self.tr("Rows saved for fixing: %1, in «%2».")
            .replace("%1", str(count))
            .replace("%2", Path(path).name)
        )


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
