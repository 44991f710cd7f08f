"""The stock window's changes and files: receipts, shipments, hand-outs, write-offs,
reversals and the transfer act.

StockWindow (stock_window) builds on this class: it owns the tables and `reload`, which these
actions read and call after every change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow

from ...models.stock import reverse_movement
from ...models.stock_queries import shipment_for_act
from ...models.stock_shipments import cancel_shipment, send_shipment
from ..errors import show_error
from .stock_cells import IdRole, _Hint
from .stock_dialogs import (
    ConfirmDialog,
    HandOutDialog,
    ReceiveDialog,
    ShipmentDialog,
    WriteOffDialog,
)


class StockChanges(QMainWindow):
    # --- changes -------------------------------------------------------------------------
    def _run(self, work) -> bool:  # noqa: ANN001
        try:
            with self.db.session() as s:
                work(s)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return False
        self.reload(organisations=False)
        return True

    def receive(self) -> None:
        if ReceiveDialog(self.db, self).exec():
            self.reload(organisations=False)

    def new_shipment(self) -> None:
        dialog = ShipmentDialog(self.db, self.nodes, self.current_org_id(), self)
        if dialog.exec():
            self.reload(organisations=False)
            self.tabs.setCurrentIndex(1)
            self.select_shipment(dialog.result_value)

    def send_selected(self) -> None:
        shipment = self.selected_shipment()
        if shipment and self._run(lambda s: send_shipment(s, shipment.id)):
            self.select_shipment(shipment.id)

    def confirm_selected(self) -> None:
        shipment = self.selected_shipment()
        if shipment and ConfirmDialog(self.db, shipment, self).exec():
            self.reload(organisations=False)
            self.select_shipment(shipment.id)

    def cancel_selected(self, reason: str | None = None) -> None:
        shipment = self.selected_shipment()
        if shipment is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Cancel shipment"),
                self.tr("Why is shipment No. %1 cancelled?").replace("%1", str(shipment.number)),
            )
            if not ok:
                return
        self._run(lambda s: cancel_shipment(s, shipment.id, reason))

    def hand_out(self) -> None:
        if HandOutDialog(self.db, self.nodes, self.current_org_id(), self).exec():
            self.reload(organisations=False)

    def write_off(self) -> None:
        if WriteOffDialog(self.db, self.nodes, self.current_org_id(), self).exec():
            self.reload(organisations=False)

    def reverse_selected(self, reason: str | None = None) -> None:
        index = self.history_table.currentIndex()
        if self.tabs.currentIndex() != 2 or not index.isValid():
            show_error(self, _Hint(self.tr("Select the mistaken entry in the History tab first.")))
            return
        entry_id = index.siblingAtColumn(0).data(IdRole)
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reverse entry"), self.tr("What was wrong with this entry?")
            )
            if not ok:
                return
        self._run(lambda s: reverse_movement(s, entry_id, reason))

    # --- files ---------------------------------------------------------------------------
    def save_act(self, path: str | None = None, open_after: bool = True) -> Path | None:
        from ...printing.transfer_act import TransferAct, write_transfer_act

        shipment = self.selected_shipment()
        if shipment is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save transfer act"),
                self.tr("transfer act %1.pdf").replace("%1", str(shipment.number)),
                self.tr("PDF (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path).with_suffix(".pdf")
        try:
            with self.db.session() as s:
                row = shipment_for_act(s, shipment.id)
                write_transfer_act(TransferAct.from_record(row), target)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return None
        self.statusBar().showMessage(
            self.tr("Transfer act saved: %1").replace("%1", str(target)), 5000
        )
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target
