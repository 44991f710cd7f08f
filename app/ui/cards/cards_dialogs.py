"""Card dialogs: what to print, the print batches, the cards of a batch, printer profiles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import Database, print_settings
from ...models import card_batches as batch_ops
from ...models import cards as card_ops
from ...models.member_list import MemberFilter
from ..errors import show_error

SOURCE_SELECTED = "selected"
SOURCE_ORG = "org"
SOURCE_SEARCH = "search"
SOURCE_UNPRINTED = "unprinted"


@dataclass
class PrintChoice:
    """What the user asked to print; plain data handed to the background work."""

    source: str
    member_ids: list[str]
    org_id: str | None
    member_filter: MemberFilter | None
    template: str
    layout: str
    profile: str
    only_unprinted: bool


def _profile_combo(db: Database) -> QComboBox:
    combo = QComboBox(objectName="profile")
    with db.session() as s:
        names = list(print_settings.printer_profiles(s))
        default = print_settings.default_profile_name(s)
    combo.addItems(names)
    combo.setCurrentText(default)
    return combo


def _layout_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent, objectName="layout")
    card = QCoreApplication.translate("CardPrintDialog", "Card printer (one CR80 card per page)")
    a4 = QCoreApplication.translate(
        "CardPrintDialog", "A4 sheets, 8 cards with bleed and crop marks"
    )
    combo.addItem(card, "card")
    combo.addItem(a4, "a4")
    return combo


class CardPrintDialog(QDialog):
    """Whom to print (selected, organisation, search result, all not yet printed) and how."""

    def __init__(
        self,
        db: Database,
        selected_ids: list[str],
        org_id: str | None,
        org_name: str,
        member_filter: MemberFilter | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPrintDialog")
        self.setWindowTitle(self.tr("Print cards"))
        self.db = db
        self.selected_ids = selected_ids
        self.org_id = org_id
        self.member_filter = member_filter

        self.sources = QButtonGroup(self)
        box = QGroupBox(self.tr("Whose cards"))
        column = QVBoxLayout(box)
        options = [
            (
                SOURCE_SELECTED,
                self.tr("The selected members (%n)", "", len(selected_ids)),
                bool(selected_ids),
            ),
            (
                SOURCE_ORG,
                self.tr("The organisation «%1» and those under it").replace("%1", org_name),
                org_id is not None,
            ),
            (SOURCE_SEARCH, self.tr("Everyone in the current list (filter and search)"), True),
            (SOURCE_UNPRINTED, self.tr("Everyone without a printed card"), True),
        ]
        self.radios: dict[str, QRadioButton] = {}
        for key, text, enabled in options:
            radio = QRadioButton(text, objectName=f"source_{key}")
            radio.setEnabled(enabled)
            self.sources.addButton(radio)
            self.radios[key] = radio
            column.addWidget(radio)
        first = next(k for k, _t, enabled in options if enabled)
        self.radios[first].setChecked(True)

        from ...services.layouts import list_layouts  # not at start: barcode lib

        self.template = QComboBox(objectName="template")
        with db.session() as s:
            for info in list_layouts(s):
                self.template.addItem(info.title, info.name)
        self.layout_combo = _layout_combo(self)
        self.profile = _profile_combo(db)
        self.only_unprinted = QCheckBox(
            self.tr("Only cards not printed yet"), objectName="onlyUnprinted"
        )
        self.radios[SOURCE_UNPRINTED].toggled.connect(self._unprinted_toggled)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Printer profile"), self.profile)
        form.addRow("", self.only_unprinted)

        buttons = QDialogButtonBox(self)
        preview = buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        preview.setObjectName("previewButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Members without a card number get one before the preview."))
        )
        layout.addWidget(buttons)
        self._unprinted_toggled(self.radios[SOURCE_UNPRINTED].isChecked())

    def _unprinted_toggled(self, checked: bool) -> None:
        if checked:
            self.only_unprinted.setChecked(True)
        self.only_unprinted.setEnabled(not checked)

    def source(self) -> str:
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def set_source(self, key: str) -> None:
        self.radios[key].setChecked(True)

    def choice(self) -> PrintChoice:
        source = self.source()
        return PrintChoice(
            source=source,
            member_ids=list(self.selected_ids) if source == SOURCE_SELECTED else [],
            org_id=self.org_id if source == SOURCE_ORG else None,
            member_filter=self.member_filter if source == SOURCE_SEARCH else None,
            template=self.template.currentData(),
            layout=self.layout_combo.currentData(),
            profile=self.profile.currentText(),
            only_unprinted=self.only_unprinted.isChecked() or source == SOURCE_UNPRINTED,
        )


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, data: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class BatchesDialog(QDialog):
    """The print batches, newest first: open one, print it again, reprint its failed cards."""

    def __init__(
        self,
        db: Database,
        reprint: Callable[[str, bool], None],
        issue_sheet: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardBatchesDialog")
        self.setWindowTitle(self.tr("Card print batches"))
        self.resize(820, 420)
        self.db = db
        self._reprint = reprint
        self._issue_sheet = issue_sheet
        self.table = _table(
            [
                self.tr("Created"),
                self.tr("By"),
                self.tr("Layout"),
                self.tr("Template"),
                self.tr("Cards"),
                self.tr("Failed"),
                self.tr("Printed"),
                self.tr("Selection"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda *_: self.open_items())
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Cards in the batch…"), self.open_items, "itemsButton"),
            (self.tr("Print again…"), lambda: self.reprint(False), "reprintButton"),
            (self.tr("Reprint failed…"), lambda: self.reprint(True), "reprintFailedButton"),
            (self.tr("Issue sheet…"), self.issue_sheet, "issueSheetButton"),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as s:
            batches = batch_ops.list_batches(s)
        self.table.setRowCount(len(batches))
        for row, b in enumerate(batches):
            printed = f"{b.printed_at:%d.%m.%Y %H:%M}" if b.printed_at else ""
            layout = self.tr("card printer") if b.layout == "card" else self.tr("A4 sheets")
            values = [
                f"{b.created_at:%d.%m.%Y %H:%M}",
                b.user_login,
                layout,
                b.template,
                str(b.count),
                str(b.failed),
                printed,
                b.title,
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, _item(value, b.id if col == 0 else None))
        self.table.resizeColumnsToContents()
        if batches:
            self.table.selectRow(0)

    def batch_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a batch first."))
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def open_items(self) -> None:
        batch_id = self.batch_id()
        if batch_id:
            BatchItemsDialog(self.db, batch_id, self).exec()
            self.reload()

    def reprint(self, only_failed: bool) -> None:
        batch_id = self.batch_id()
        if batch_id:
            self._reprint(batch_id, only_failed)

    def issue_sheet(self) -> None:
        batch_id = self.batch_id()
        if batch_id:
            self._issue_sheet(batch_id)


class BatchItemsDialog(QDialog):
    """The cards of one batch in print order; mark spoiled ones failed, or handed out."""

    def __init__(self, db: Database, batch_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBatchItemsDialog")
        self.setWindowTitle(self.tr("Cards in the batch"))
        self.resize(760, 520)
        self.db = db
        self.batch_id = batch_id
        self.table = _table(
            [
                self.tr("No."),
                self.tr("Full name"),
                self.tr("Organisation"),
                self.tr("Card number"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        failed = QPushButton(self.tr("Mark selected as failed"), objectName="markFailedButton")
        failed.clicked.connect(self.mark_failed)
        issued = QPushButton(
            self.tr("Mark selected as handed to the member"), objectName="markIssuedButton"
        )
        issued.clicked.connect(self.mark_issued)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(failed)
        buttons.addWidget(issued)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def _status_text(self, status: str) -> str:
        return {
            card_ops.ITEM_PENDING: self.tr("not printed"),
            card_ops.ITEM_PRINTED: self.tr("printed"),
            card_ops.ITEM_FAILED: self.tr("failed"),
        }.get(status, status)

    def reload(self) -> None:
        with self.db.session() as s:
            items = batch_ops.batch_items(s, self.batch_id)
        self.table.setRowCount(len(items))
        for row, (record, status) in enumerate(items):
            values = [
                str(row + 1),
                record.full_name,
                record.organisation_short_name,
                record.card_number or "",
                self._status_text(status),
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, _item(value, record.card_id if col == 0 else None))
        self.table.resizeColumnsToContents()

    def selected_card_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def mark_failed(self) -> None:
        self._apply(lambda s, ids: batch_ops.mark_failed(s, self.batch_id, ids))

    def mark_issued(self) -> None:
        self._apply(card_ops.mark_issued)

    def _apply(self, change: Callable) -> None:
        ids = self.selected_card_ids()
        if not ids:
            return
        try:
            with self.db.session() as s:
                change(s, ids)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
        self.reload()


class PrinterProfilesDialog(QDialog):
    """Offsets and back rotation per printer, stored in the settings; calibration prints."""

    def __init__(
        self,
        db: Database,
        calibrate: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printerProfilesDialog")
        self.setWindowTitle(self.tr("Printer profiles"))
        self.db = db
        self._calibrate = calibrate
        self.name = QComboBox(objectName="profileName")
        self.name.setEditable(True)
        self.name.currentTextChanged.connect(self._load)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Profile"), self.name)
        for key, label in (
            ("offset_x_mm", self.tr("Shift right, mm (front)")),
            ("offset_y_mm", self.tr("Shift down, mm (front)")),
            ("back_offset_x_mm", self.tr("Shift right, mm (back)")),
            ("back_offset_y_mm", self.tr("Shift down, mm (back)")),
        ):
            spin = QDoubleSpinBox(objectName=key)
            spin.setRange(-20, 20)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            self.spins[key] = spin
            form.addRow(label, spin)
        self.rotate_back = QCheckBox(self.tr("Turn the back 180°"), objectName="rotateBack")
        self.duplex = QCheckBox(
            self.tr("Prints both sides in one pass (duplex)"), objectName="duplex"
        )
        form.addRow("", self.rotate_back)
        form.addRow("", self.duplex)

        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Save"), self.save, "saveProfile"),
            (self.tr("Delete"), self.delete, "deleteProfile"),
            (self.tr("Use by default"), self.make_default, "defaultProfile"),
            (self.tr("Calibration: card…"), lambda: self.calibrate("card"), "calibrateCard"),
            (self.tr("Calibration: A4…"), lambda: self.calibrate("a4"), "calibrateA4"),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Print the calibration page, measure how far the outline is from the "
                    "card's edges (it should be 2 mm) and enter the difference."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self, current: str | None = None) -> None:
        with self.db.session() as s:
            self.profiles = print_settings.printer_profiles(s)
            default = print_settings.default_profile_name(s)
        self.name.blockSignals(True)
        self.name.clear()
        self.name.addItems(list(self.profiles))
        self.name.blockSignals(False)
        self.name.setCurrentText(current or default)
        self._load(self.name.currentText())

    def _load(self, name: str) -> None:
        values = self.profiles.get(name)
        if values is None:
            return
        for key, spin in self.spins.items():
            spin.setValue(float(values.get(key, 0.0)))
        self.rotate_back.setChecked(bool(values.get("rotate_back")))
        self.duplex.setChecked(bool(values.get("duplex", True)))

    def values(self) -> dict:
        values = {key: spin.value() for key, spin in self.spins.items()}
        values["rotate_back"] = self.rotate_back.isChecked()
        values["duplex"] = self.duplex.isChecked()
        return values

    def save(self) -> bool:
        name = self.name.currentText().strip()
        try:
            with self.db.session() as s:
                print_settings.save_printer_profile(s, name, self.values())
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return False
        self.reload(name)
        return True

    def delete(self) -> None:
        name = self.name.currentText().strip()
        if name == print_settings.DEFAULT_PROFILE_NAME:
            return
        with self.db.session() as s:
            print_settings.delete_printer_profile(s, name)
        self.reload()

    def make_default(self) -> None:
        if self.save():
            with self.db.session() as s:
                print_settings.set_default_profile(s, self.name.currentText().strip())

    def calibrate(self, layout: str) -> None:
        if self.save():
            self._calibrate(self.name.currentText().strip(), layout)
