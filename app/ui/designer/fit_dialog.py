"""The fit check's answer: members whose texts do not fit, the widest text of each element,
and the elements that cross the safe area or cut a barcode's quiet zone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...printing.card_templates import SIDE_TITLES


class FitDialog(QDialog):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitCheckDialog")
        self.setWindowTitle(self.tr("Fit check"))
        layout = QVBoxLayout(self)
        summary = self.tr(
            "Members checked: %1. Texts that do not fit even at the minimum size: %2."
        )
        summary = summary.replace("%1", f"{result.members:,}".replace(",", " "))
        layout.addWidget(QLabel(summary.replace("%2", str(len(result.misfits)))))
        self.table = QTableWidget(len(result.misfits), 3, self, objectName="fitMisfits")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Element"), self.tr("Text")]
        )
        for row, m in enumerate(result.misfits[:5000]):
            for col, value in enumerate((m.full_name, m.element, m.text)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        lines = [f"{SIDE_TITLES[p.side].capitalize()}: {p.message}" for p in result.problems]
        lines += [
            self.tr("Widest — %1: %2 (%3)").replace("%1", k).replace("%2", m.text)
            .replace("%3", m.full_name)
            for k, m in result.worst.items()
        ]  # fmt: skip
        notes = QLabel("\n".join(lines), objectName="fitNotes")
        notes.setWordWrap(True)
        layout.addWidget(notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 500)
