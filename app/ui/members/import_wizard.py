"""The import wizard: pick a file and a sheet, check the columns, preview, import.

All the work is app.importing's; this module only asks and shows. The import itself runs
through window.tasks with progress and Cancel (a cancelled import writes nothing).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...importing import (
    FIELD_TITLES,
    ImportCancelled,
    ImportResult,
    Layout,
    import_members,
    inspect_file,
    preview_import,
    remember_mapping,
    remembered_mapping,
    sheet_names,
)
from ...models.entities import OrgKind
from ...models.errors import ProfdeskError
from ..errors import show_error
from .import_result import WARNING_COLOUR, ResultPage

if TYPE_CHECKING:
    from ..main_window import MainWindow

PREVIEW_ROWS = 50
WARNING_ROLE = Qt.ItemDataRole.UserRole + 1
SAMPLE_VALUES = 3


def open_import_wizard(window: MainWindow) -> ImportWizard:
    wizard = ImportWizard(window)
    wizard.finished.connect(lambda _code: window.refresh() if wizard.result_ is not None else None)
    wizard.open()
    return wizard


class ImportWizard(QWizard):
    """State shared by the pages: the file, the sheet, the layout, the result."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.path: Path | None = None
        self.sheet: str | None = None
        self.layout_: Layout | None = None
        self.sample: list[tuple[int, list[Any]]] = []
        self.result_: ImportResult | None = None
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import members"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 600)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.preview_page,
            self.result_page,
        ):
            self.addPage(page)

    def org_id(self) -> str | None:
        return self.file_page.organisation.currentData()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) or a CSV file "
                "with one member per row. People "
                "already in the database (the same Profdesk id, or else the same full name and date "
                "of birth) are updated, "
                "not added twice."
            )
        )
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setAcceptDrops(False)  # a dropped file lands on the page (dropEvent)
        self.file_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.setAcceptDrops(True)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.organisation = QComboBox()
        self.organisation.setObjectName("importOrganisation")
        self.organisation.addItem(self.tr("From the file's “Organisation” column"), None)
        nodes = [n for n in window_nodes(wizard.window_) if n.kind != OrgKind.REGION]
        for node in sorted(nodes, key=lambda n: n.code):
            self.organisation.addItem(f"{node.display_name} ({node.code})", node.id)
        current = wizard.window_.current_org_id()
        index = self.organisation.findData(current) if current else -1
        if index > 0:
            self.organisation.setCurrentIndex(index)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&File:"), buddy=self.file_edit))
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(
            QLabel(self.tr("Members go to the &organisation:"), buddy=self.organisation)
        )
        layout.addWidget(self.organisation)
        layout.addSpacing(18)
        needs = QLabel(self.list_needs())
        needs.setObjectName("importNeeds")
        needs.setWordWrap(True)
        needs.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(needs)
        layout.addStretch(1)

    def list_needs(self) -> str:
        """What a list must hold, from the titles the import recognises (FIELD_TITLES):
        the page would otherwise be a field and a lot of empty space."""
        quoted = {k: "«" + t.replace(" ", "\u00a0") + "»" for k, t in FIELD_TITLES.items()}
        named = {"full_name", "last_name", "first_name", "organisation", "organisation_code"}
        also = ", ".join(t for k, t in quoted.items() if k not in named)
        return self.tr(
            "<b>What the list needs</b><ul>"
            "<li>a row of column titles (any of the first rows), then one person per row; "
            "the columns in any order;</li>"
            "<li>needed: {full_name}, or {last_name} and {first_name}; when the organisation "
            "comes from the file, also {organisation} or {organisation_code};</li>"
            "<li>may be there too: {also};</li>"
            "<li>titles are recognised in other spellings as well (“Ф.И.О.”, “Дата рожд.”); "
            "totals, signatures and empty rows are skipped.</li></ul>"
            "You may also drag the file onto this window."
        ).format(also=also, **quoted)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = _dropped_file(event.mimeData())
        if path is not None:
            self.file_edit.setText(path)
            event.acceptProposedAction()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Member list"),
            self.file_edit.text(),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.file_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.file_edit.text().strip())
        try:
            with _busy():
                names = sheet_names(path)
        except Exception as error:  # a bug too: show_error logs it and says so
            show_error(self, error)
            return False
        self.wizard_.path = path
        self.wizard_.sheet_page.set_sheets(names)
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("The sheet with the member list."))
        self.sheets = QListWidget()
        self.sheets.setObjectName("importSheets")
        self.sheets.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets)

    def set_sheets(self, names: list[str]) -> None:
        self.sheets.clear()
        self.sheets.addItems(names)
        self.sheets.setCurrentRow(0)

    def isComplete(self) -> bool:  # noqa: N802
        return self.sheets.currentRow() >= 0

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        csv = wizard.path is not None and wizard.path.suffix.lower() == ".csv"
        wizard.sheet = None if csv else self.sheets.currentItem().text()
        try:
            with _busy(), wizard.db.session() as s:
                overrides = remembered_mapping(s)
                preview = inspect_file(wizard.path, wizard.sheet, overrides, PREVIEW_ROWS)
        except Exception as error:  # a bug too: show_error logs it and says so
            show_error(self, error)
            return False
        wizard.layout_ = preview.layout
        wizard.sample = preview.rows
        wizard.mapping_page.show_layout()
        return True


class MappingPage(QWizardPage):
    """One row per column of the file: its title, what it is, a few of its values."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the columns"))
        self.header_label = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("Values")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.table)
        note = QLabel(self.tr("Your choices are remembered for files with the same column titles."))
        note.setWordWrap(True)
        layout.addWidget(note)

    def show_layout(self) -> None:
        layout = self.wizard_.layout_
        self.header_label.setText(
            self.tr("Column titles found in row %1. Fix what was not recognised.").replace(
                "%1", str(layout.header_row)
            )
        )
        width = max([len(layout.titles)] + [len(v) for _, v in self.wizard_.sample])
        self.table.setRowCount(width)
        self.combos = []
        for index in range(width):
            title = layout.titles[index] if index < len(layout.titles) else ""
            self.table.setItem(index, 0, QTableWidgetItem(title or f"({index + 1})"))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for key, label in FIELD_TITLES.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(layout.mapping.get(index)), 0))
            self.table.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            values = [
                _shown(v[index]) for _, v in self.wizard_.sample[:SAMPLE_VALUES] if index < len(v)
            ]
            self.table.setItem(index, 2, QTableWidgetItem("; ".join(x for x in values if x)))
        self.table.resizeColumnsToContents()

    def set_field(self, column: int, key: str | None) -> None:
        """Choose what a column is, as the user does with the combo box."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        layout = wizard.layout_
        while len(layout.titles) < len(self.combos):
            layout.titles.append("")
        layout.mapping = {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData()
        }
        try:
            layout.check()
            if wizard.org_id() is None and not layout.fields() & {
                "organisation",
                "organisation_code",
            }:
                raise ProfdeskError(
                    QCoreApplication.translate(
                        "ImportWizard",
                        "The file has no “Organisation” column: go back and choose the "
                        "organisation the members go to.",
                    )
                )
            with _busy(), wizard.db.session() as s:
                remember_mapping(s, layout)
                rows = preview_import(
                    s,
                    wizard.path,
                    layout,
                    sheet=wizard.sheet,
                    org_id=wizard.org_id(),
                    limit=PREVIEW_ROWS,
                )
        except Exception as error:  # a bug too: show_error logs it and says so
            show_error(self, error)
            return False
        wizard.preview_page.show_rows(rows)
        return True


class PreviewPage(QWizardPage):
    """The first rows as they will be stored; pressing Import starts the import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first rows as they will be imported. Rows with a problem are skipped "
                "and listed at the end; the rest of the file goes in."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("importPreview")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.running = False

    def show_rows(self, rows) -> None:  # noqa: ANN001 - list[PreviewRow]
        keys = [k for k in FIELD_TITLES if k in self.wizard_.layout_.fields()]
        if "full_name" in keys:
            keys.remove("full_name")
            keys[0:0] = ["last_name", "first_name", "patronymic"]
        self.keys = keys
        self.table.clear()
        self.table.clearSpans()
        self.table.setColumnCount(len(keys) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Row")] + [FIELD_TITLES[k] for k in keys])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.row)))
            why = ""
            if row.error:  # a refused row shows why, across its columns
                why = self.tr("Not imported: %1").replace("%1", row.error)
            elif row.skipped:
                why = self.tr("Skipped, not a person: %1").replace("%1", row.skipped)
            if why:
                problem = QTableWidgetItem(why)
                problem.setForeground(Qt.GlobalColor.darkRed if row.error else Qt.GlobalColor.gray)
                self.table.setItem(r, 1, problem)
                if len(keys) > 1:
                    self.table.setSpan(r, 1, 1, len(keys))
                continue
            for c, key in enumerate(keys, 1):
                warning = row.warnings.get(key)
                if warning is None:
                    self.table.setItem(r, c, QTableWidgetItem(_shown(row.values.get(key, ""))))
                    continue
                # the cell as written, highlighted: it stays empty and is kept in the card
                item = QTableWidgetItem(warning[0])
                item.setBackground(WARNING_COLOUR)
                item.setToolTip(warning[1])
                item.setData(WARNING_ROLE, warning[1])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.status.clear()

    def validatePage(self) -> bool:  # noqa: N802
        """Start the import; the wizard moves on when it has finished."""
        if self.wizard_.result_ is not None:
            return True
        if not self.running:
            self.start_import()
        return False

    def start_import(self) -> None:
        wizard = self.wizard_
        path, sheet, layout, org_id = wizard.path, wizard.sheet, wizard.layout_, wizard.org_id()
        db = wizard.db

        def work(report) -> ImportResult:  # noqa: ANN001
            # the window keeps reading while the import writes: WAL, not a bulk write's lock
            with db.session() as s:
                return import_members(
                    s, path, sheet=sheet, layout=layout, org_id=org_id, report=report
                )

        self.running = True
        self.status.setText(self.tr("Importing…"))
        wizard.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        wizard.window_.tasks.run(self.tr("Importing members…"), work, self.done, self.failed)

    def done(self, result: ImportResult) -> None:
        self.running = False
        self.wizard_.result_ = result
        self.wizard_.result_page.show_result(result)
        self.wizard_.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.wizard_.next()

    def failed(self, error: BaseException) -> None:
        self.running = False
        self.wizard_.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("The import was cancelled; nothing was written."))
        else:
            self.status.setText("")
            show_error(self, error)


def _dropped_file(data: QMimeData) -> str | None:
    """The one local file a drag brings (a list is one file), or None."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return urls[0].toLocalFile()


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """The first rows of a big workbook take a moment: show the busy cursor meanwhile."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def window_nodes(window: QWidget) -> list:
    model = getattr(window, "org_model", None)
    return model.all_nodes() if model is not None else []


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
