"""Members -> Export list: the selected organisation's members to .xlsx or .csv, in a task."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow


class MemberExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def run(self) -> None:
        window = self.window
        path, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Export members"),
            self.tr("members.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        from ...models.export import export_members

        org_id = window.current_org_id()
        node = window.org_model.find_node(org_id) if org_id else None
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")

        def work(report) -> int:  # noqa: ANN001
            with window.db.session() as s:
                return export_members(s, target, node.code if node else None)

        window.tasks.run(
            self.tr("Exporting members…"),
            work,
            lambda count: window.statusBar().showMessage(
                self.tr("Exported %n member(s)", "", count), 5000
            ),
        )
