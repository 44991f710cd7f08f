"""The «Работа» panel: a work list of the campaigns, by organisation, with one-click actions.

The table is the main window's member table model fed with the list's row ids
(app.models.worklists), so 250,000 members cost a list of integers and rows are fetched as
they scroll. Actions act on the selected rows, or on the whole list when nothing is selected.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.campaign_marks import (
    import_profkards,
    mark_booklets,
    mark_e_registered,
    mark_profkards,
    read_number_list,
)
from ...models.errors import ProfdeskError
from ...models.member_list import fetch_rows
from ...models.organisations import load_tree, subtree_ids
from ...models.permissions import Permission, allowed
from ...models.worklists import KINDS, member_ids_for_rowids, worklist_rowids
from ..errors import show_error
from ..members.member_table import MemberTableModel

if TYPE_CHECKING:
    from ..main_window import MainWindow


class WorkListModel(MemberTableModel):
    """The member table's model, its rows chosen by a work list instead of a filter."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(db, parent)
        self.kind = next(iter(KINDS))
        self.org_id: str | None = None

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.session() as s:
                org_ids = subtree_ids(s, self.org_id) if self.org_id else None
                rowids = worklist_rowids(s, self.kind, org_ids)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.beginResetModel()
        self._partial = False
        self._rowids = rowids
        self._loaded = True
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A work list keeps its order: organisation, then surname."""

    def rowids(self, rows: list[int]) -> list[int]:
        return [self._rowids[r] for r in rows if 0 <= r < len(self._rowids)]

    def all_rowids(self) -> list[int]:
        return list(self._rowids)


class WorkPanel(QWidget):
    """A window of its own, so the office keeps the list open beside the main window."""

    def __init__(self, window: MainWindow, org_id: str | None = None) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.db = window.db
        self.setObjectName("workPanel")
        self.setWindowTitle(self.tr("Work lists"))
        self.model = WorkListModel(self.db, self)
        self.model.org_id = org_id

        self.kind_box = QComboBox(objectName="workKind")
        for kind in KINDS.values():
            self.kind_box.addItem(kind.title, kind.key)
        self.org_box = QComboBox(objectName="workOrganisation")
        self._fill_organisations(org_id)
        self.count_label = QLabel(objectName="workCount")

        self.table = QTableView(objectName="workTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(MemberTableModel.COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        # the lists hold members who have not left: a «Выбыл(а)» column would stay empty
        self.table.setColumnHidden(MemberTableModel.COLUMNS.index("left_on"), True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&List:"), buddy=self.kind_box))
        top.addWidget(self.kind_box, 1)
        top.addWidget(QLabel(self.tr("&Organisation:"), buddy=self.org_box))
        top.addWidget(self.org_box, 2)
        top.addWidget(self.count_label)

        actions = QHBoxLayout()
        can_edit = allowed(self.db.user_role, Permission.EDIT_MEMBERS)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, permitted in (
            ("eregToday", self.tr("E-registered today"), self.mark_e_registered, can_edit),
            ("consentForms", self.tr("Print consent forms…"), self.print_consents, can_edit),
            ("printCards", self.tr("Print the cards…"), self.print_cards, True),
            ("handBooklets", self.tr("Booklets handed out"), self.mark_booklets, can_edit),
            ("profkardsMark", self.tr("In PROFKARDS"), self.mark_profkards, can_edit),
            ("profkardsImport", self.tr("Import PROFKARDS list…"), self.import_list, can_edit),
            ("sheets", self.tr("Sheets for organisations…"), self.save_sheets, True),
            ("progress", self.tr("Progress…"), self.show_progress, True),
            (
                "ranking",
                self.tr("Ranking…"),
                lambda: window.work.show_ranking(),  # type: ignore[attr-defined]
                allowed(self.db.user_role, Permission.REPORTS),
            ),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _=False, run=slot: run())
            button.setVisible(permitted)
            actions.addWidget(button)
            self.buttons[name] = button
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        hint = QLabel(
            self.tr("Actions apply to the selected rows, or to the whole list when none is.")
        )
        hint.setObjectName("workHint")
        layout.addWidget(hint)
        self.kind_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.org_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.resize(1100, 640)
        self.reload()

    # --- the list ------------------------------------------------------------------------
    def _fill_organisations(self, chosen: str | None) -> None:
        self.org_box.addItem(self.tr("All organisations"), None)
        with self.db.session() as s:
            forest = load_tree(s)
        for root in forest:
            for node, depth in _walk(root, 0):
                self.org_box.addItem("    " * depth + node.display_name, node.id)
                if node.id == chosen:
                    self.org_box.setCurrentIndex(self.org_box.count() - 1)

    def set_kind(self, key: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(key))

    def reload(self) -> None:
        self.model.kind = self.kind_box.currentData()
        self.model.org_id = self.org_box.currentData()
        try:
            self.model.reload()
        except ProfdeskError as error:
            show_error(self, error)
        self.count_label.setText(self.tr("In the list: %n", "", self.model.rowCount()))

    def _chosen_rowids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return self.model.rowids(rows) if rows else self.model.all_rowids()

    def chosen_member_ids(self) -> list[str]:
        with self.db.session() as s:
            return member_ids_for_rowids(s, self._chosen_rowids())

    # --- actions -------------------------------------------------------------------------
    def _mark(self, mark: Any, done_text: str) -> None:
        ids = self.chosen_member_ids()
        if not ids:
            return
        if not self.table.selectionModel().hasSelection() and len(ids) > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Work lists"),
                self.tr("Nothing is selected. Mark all %n members of the list?", "", len(ids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.db.session() as s:
                changed = mark(s, ids)
        except ProfdeskError as error:
            show_error(self, error)
            return
        self.reload()
        self.window_.member_model.refresh_rows()
        self.last_message = done_text.format(changed)
        self.window_.statusBar().showMessage(self.last_message, 8000)

    def mark_e_registered(self) -> None:
        self._mark(mark_e_registered, self.tr("Put on electronic registration: {0}"))

    def mark_booklets(self) -> None:
        self._mark(mark_booklets, self.tr("Booklets recorded as handed out: {0}"))

    def mark_profkards(self) -> None:
        self._mark(mark_profkards, self.tr("Marked as in PROFKARDS: {0}"))

    def print_consents(self) -> None:
        ids = self.chosen_member_ids()
        if not ids:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the consent forms"))
        if folder:
            self.write_consents(ids, Path(folder))

    def write_consents(self, member_ids: list[str], folder: Path) -> int:
        """One PDF per member (application and consent), named after the member."""
        from ...models.consent import consent_form_data
        from ...printing.consent import ConsentForm, consent_pdf

        written = 0
        try:
            with self.db.session() as s:
                for row in fetch_rows(s, _rowids_of(s, member_ids)):
                    form = ConsentForm(**consent_form_data(s, row.id))
                    consent_pdf(form, folder / f"{row.full_name} — согласие.pdf")
                    written += 1
        except (ProfdeskError, OSError) as error:
            show_error(self, error)
        self.last_message = self.tr("Consent forms saved: {0}").format(written)
        self.window_.statusBar().showMessage(self.last_message, 8000)
        return written

    def print_cards(self) -> None:
        """The Cards menu's print dialog for the chosen members; printing as from that menu
        (a batch, numbers for those without, preview first)."""
        from ..cards.cards_dialogs import CardPrintDialog

        cards = getattr(self.window_, "cards", None)
        ids = self.chosen_member_ids()
        if cards is None or not ids:
            return
        dialog = CardPrintDialog(self.db, ids, None, "", None, self)
        self.last_print_dialog = dialog
        if dialog.exec():
            cards.run_print(dialog.choice())

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("List of card numbers from PROFKARDS"),
            "",
            self.tr("Lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> str:
        try:
            numbers = read_number_list(path)
            with self.db.session() as s:
                result = import_profkards(s, numbers)
        except (ProfdeskError, OSError, ValueError) as error:
            show_error(self, error)
            return ""
        self.reload()
        self.last_message = result.summary()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("PROFKARDS list"), "", parent=self)
        box.setObjectName("profkardsResult")
        box.setText(self.last_message)
        box.open()
        return self.last_message

    def show_progress(self) -> QWidget:
        """The chart of the organisation chosen above (the whole region when none is)."""
        from ...models.entities import Organisation
        from .progress_chart import ProgressChart

        with self.db.session() as s:
            org = s.get(Organisation, self.model.org_id) if self.model.org_id else None
            code, name = (org.code, org.display_name) if org else (None, self.tr("all"))
        chart = ProgressChart(self.db, code, name, self)
        self.last_chart = chart
        chart.show()
        return chart

    def save_sheets(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Sheets for organisations"),
            self.tr("sheets for organisations.pdf"),
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"),
        )
        if path:
            self.write_sheets(Path(path))

    def write_sheets(self, path: Path, only_this_list: bool = False) -> int:
        from ...models.entities import Organisation
        from ...services.org_sheets import write_org_sheets

        try:
            with self.db.session() as s:
                org = s.get(Organisation, self.model.org_id) if self.model.org_id else None
                kinds = [self.model.kind] if only_this_list else None
                count = write_org_sheets(s, path, org.code if org else None, kinds)
        except (ProfdeskError, OSError) as error:
            show_error(self, error)
            return 0
        self.last_message = self.tr("Sheets saved: {0} organisations").format(count)
        self.window_.statusBar().showMessage(self.last_message, 8000)
        return count


def _walk(node: Any, depth: int) -> Any:
    yield node, depth
    for child in node.children:
        yield from _walk(child, depth + 1)


def _rowids_of(session: Any, member_ids: list[str]) -> list[int]:
    from sqlalchemy import select

    from ...models.entities import Member
    from ...models.member_list import ROWID

    found: dict[str, int] = {}
    for start in range(0, len(member_ids), 500):
        chunk = member_ids[start : start + 500]
        found.update(session.execute(select(Member.id, ROWID).where(Member.id.in_(chunk))).all())
    return [found[i] for i in member_ids if i in found]
