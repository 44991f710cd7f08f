"""The ranking window: territorial or primary organisations ordered by what is left to do
(app.models.ranking), so the office phones the right chairmen first; sortable by any column,
limited to a branch of the tree, saved to .xlsx as shown (app.services.org_sheets)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models.entities import Organisation, OrgKind
from ...models.errors import ProfdeskError
from ...models.ranking import RankRow, ranking
from ...models.text import readable_phone, ru_int, ru_number
from ...models.worklists import KINDS
from ..errors import show_error

if TYPE_CHECKING:
    from ..main_window import MainWindow

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2  # the row's index in self.rows


class RankingWindow(QWidget):
    def __init__(self, window: MainWindow, org_id: str | None = None) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.db = window.db
        self.rows: list[RankRow] = []
        self.last_message = ""
        self.setObjectName("rankingWindow")
        self.setWindowTitle(self.tr("Ranking of organisations"))

        self.level_box = QComboBox(objectName="rankingLevel")
        self.level_box.addItem(self.tr("Primary organisations"), OrgKind.PRIMARY.value)
        self.level_box.addItem(self.tr("Territorial organisations"), OrgKind.TERRITORIAL.value)
        self.org_box = QComboBox(objectName="rankingOrganisation")
        self.org_box.addItem(self.tr("All organisations"), None)
        for branch_id, depth, name in _branches(self.db):
            self.org_box.addItem("    " * depth + name, branch_id)
            if branch_id == org_id:
                self.org_box.setCurrentIndex(self.org_box.count() - 1)
        self.count_label = QLabel(objectName="rankingCount")

        heads = [
            self.tr("No."),
            self.tr("Code"),
            self.tr("Organisation"),
            self.tr("Chairman"),
            self.tr("Phone"),
            self.tr("Members"),
            self.tr("Left to do"),
            self.tr("Left, %"),
        ] + [kind.title for kind in KINDS.values()]
        self.model = QStandardItemModel(0, len(heads), self)
        self.model.setHorizontalHeaderLabels(heads)
        self.model.setSortRole(SortRole)
        self.table = QTableView(objectName="rankingTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate([44, 80, 250, 250, 120, 80, 90, 80]):  # a whole ФИО
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicatorShown(True)

        self.save_button = QPushButton(self.tr("Save to Excel…"), objectName="rankingSave")
        self.save_button.clicked.connect(lambda: self.save())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Level:"), buddy=self.level_box))
        top.addWidget(self.level_box, 1)
        top.addWidget(QLabel(self.tr("&Within:"), buddy=self.org_box))
        top.addWidget(self.org_box, 2)
        top.addWidget(self.count_label)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Left to do: active members on at least one work list. Click a column "
                "heading to sort by it."
            ),
            objectName="rankingHint",
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.level_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.org_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.resize(1200, 640)
        self.reload()

    # --- the rows ------------------------------------------------------------------------
    def org_code(self) -> str | None:
        org_id = self.org_box.currentData()
        if not org_id:
            return None
        with self.db.session() as s:
            org = s.get(Organisation, org_id)
            return org.code if org else None

    def reload(self) -> None:
        """Counted off the GUI thread (two seconds at 250,000 members)."""
        level, code = self.level_box.currentData(), self.org_code()

        def work(report: Any) -> list[RankRow]:
            report(0, 0, self.tr("Counting what is left to do…"))
            with self.db.session() as s:
                return ranking(s, level, code)

        self.window_.tasks.run(self.tr("Ranking"), work, self.show_rows, self._failed)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def show_rows(self, rows: list[RankRow]) -> None:
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for index, row in enumerate(rows):
            values: list[tuple[str, Any]] = [
                (ru_int(index + 1), index + 1),
                (row.code, row.code),
                (row.name, row.name.casefold()),
                (row.chair, row.chair.casefold()),
                (readable_phone(row.phone), row.phone),
                (ru_int(row.members), row.members),
                (ru_int(row.left), row.left),
                (ru_number(row.left_share), row.left_share),
            ] + [(ru_int(row.by_list[k]), row.by_list[k]) for k in KINDS]
            items = []
            for column, (text, key) in enumerate(values):
                item = QStandardItem(text)
                item.setData(key, SortRole)
                item.setData(index, RowRole)
                if column >= 5 or column == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                items.append(item)
            self.model.appendRow(items)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column in range(8, self.model.columnCount()):  # the lists' names, whole
            self.table.resizeColumnToContents(column)
        self.count_label.setText(self.tr("Organisations: {0}").format(ru_int(len(rows))))

    def shown_rows(self) -> list[RankRow]:
        """The rows in the table's order (as the user sorted them)."""
        return [
            self.rows[self.model.item(r, 0).data(RowRole)] for r in range(self.model.rowCount())
        ]

    # --- saving --------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> int:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the ranking"), self.tr("ranking.xlsx"), "Excel (*.xlsx)"
            )
            if not name:
                return 0
            path = Path(name)
        from ...services.org_sheets import write_ranking_xlsx

        try:
            with self.db.session() as s:
                count = write_ranking_xlsx(
                    s, path, self.level_box.currentData(), self.org_code(), self.shown_rows()
                )
        except (ProfdeskError, OSError) as error:
            show_error(self, error)
            return 0
        self.last_message = self.tr("Ranking saved: {0}").format(str(path))
        self.window_.statusBar().showMessage(self.last_message, 8000)
        return count


def _branches(db: Any) -> list[tuple[str, int, str]]:
    """The region and the territorial organisations (the branches a ranking is limited to),
    without counting members as the full tree does."""
    from sqlalchemy import select

    with db.session() as s:
        orgs = s.execute(
            select(Organisation.id, Organisation.kind, Organisation.short_name, Organisation.name)
            .where(Organisation.kind != OrgKind.PRIMARY)
            .order_by(Organisation.kind != OrgKind.REGION, Organisation.code)
        ).all()
    return [(o.id, 0 if o.kind == OrgKind.REGION else 1, o.short_name or o.name) for o in orgs]
