"""Dialogs of the booklet stock window: receive a print run, ship, confirm, hand out, write off.

Each dialog calls one domain function in one session when the user presses OK; a refusal
is shown and the dialog stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...models import Database
from ...models.limits import EARLIEST_DATE, latest_date
from ...models.organisations import OrgNode
from ...models.stock import receive_edition
from ...models.stock_handouts import cards_handed, counted_from_cards, hand_out, hand_out_from_cards
from ...models.stock_handouts import write_off as write_off_booklets
from ...models.stock_queries import ShipmentRow, editions
from ...models.stock_shipments import confirm_shipment, create_shipment, send_shipment
from ..errors import show_error
from ..widgets import OptionalDateEdit, OrgPicker

MAX_QTY = 10_000_000


def _qty_box(value: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_QTY)
    box.setGroupSeparatorShown(True)
    box.setValue(value)
    return box


def _date_box(value: dt.date | None = None) -> OptionalDateEdit:
    box = OptionalDateEdit()
    box.set_value(value or dt.date.today())
    return box


class _StockDialog(QDialog):
    """A form with OK/Cancel whose OK runs `save(session)` in one transaction."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value = None

    def finish_layout(self) -> None:
        self.form.addRow(self.buttons)

    def save(self, session):  # noqa: ANN001, ANN201
        raise NotImplementedError

    def accept(self) -> None:
        try:
            with self.db.session() as s:
                self.result_value = self.save(s)
        except Exception as error:  # noqa: BLE001 - shown, the dialog stays open
            show_error(self, error)
            return
        super().accept()


class ReceiveDialog(_StockDialog):
    """A print run arrives from the printing house at the regional office."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Receive a print run"), parent)
        self.edition = QComboBox(objectName="editionBox")
        self.edition.setEditable(True)
        with db.session() as s:
            for _id, title in editions(s):
                self.edition.addItem(title)
        if not self.edition.count():
            self.edition.setEditText(f"Как работать в Профкардс? {dt.date.today().year}")
        self.year = QSpinBox()
        self.year.setRange(EARLIEST_DATE.year, latest_date().year)  # app/models/limits
        self.year.setValue(dt.date.today().year)
        self.quantity = _qty_box()
        self.date = _date_box()
        self.form.addRow(self.tr("Edition:"), self.edition)
        self.form.addRow(self.tr("Year of the edition:"), self.year)
        self.form.addRow(self.tr("Copies:"), self.quantity)
        self.form.addRow(self.tr("Received on:"), self.date)
        self.finish_layout()

    def save(self, session):  # noqa: ANN001, ANN201
        return receive_edition(
            session,
            self.edition.currentText(),
            self.quantity.value(),
            self.date.value(),
            self.year.value(),
        ).id


class ShipmentDialog(_StockDialog):
    """A new shipment to an organisation directly below the sender; sent at once or drafted."""

    def __init__(
        self,
        db: Database,
        nodes: list[OrgNode],
        to_org_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("New shipment"), parent)
        receivers = [n for n in nodes if n.parent_id]
        self.to_org = OrgPicker(receivers)
        self.to_org.setObjectName("shipTo")
        self.to_org.set_org_id(to_org_id)
        self.sender = QLabel()
        self.nodes = {n.id: n for n in nodes}
        self.to_org.currentIndexChanged.connect(lambda _: self._show_sender())
        self.edition = QComboBox(objectName="shipEdition")
        self.edition.addItem(self.tr("Oldest edition the sender holds"), None)
        with db.session() as s:
            for edition_id, title in editions(s):
                self.edition.addItem(title, edition_id)
        self.quantity = _qty_box()
        self.date = _date_box()
        self.send_now = QCheckBox(self.tr("Send now (otherwise keep as a draft)"))
        self.send_now.setChecked(True)
        self.form.addRow(self.tr("To:"), self.to_org)
        self.form.addRow(self.tr("From:"), self.sender)
        self.form.addRow(self.tr("Edition:"), self.edition)
        self.form.addRow(self.tr("Copies:"), self.quantity)
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow("", self.send_now)
        self.finish_layout()
        self._show_sender()

    def _show_sender(self) -> None:
        node = self.nodes.get(self.to_org.org_id() or "")
        parent = self.nodes.get(node.parent_id) if node and node.parent_id else None
        self.sender.setText(parent.display_name if parent else "—")

    def save(self, session):  # noqa: ANN001, ANN201
        to_id = self.to_org.org_id()
        if to_id is None:
            from ...models.errors import ValidationError

            raise ValidationError(self.tr("Choose the organisation that receives the booklets."))
        shipment = create_shipment(
            session,
            to_id,
            self.quantity.value(),
            edition_id=self.edition.currentData(),
            on=self.date.value(),
        )
        if self.send_now.isChecked():
            send_shipment(session, shipment.id, self.date.value())
        return shipment.id


class ConfirmDialog(_StockDialog):
    """The receiver's acknowledgement: who received, when, and how many were counted."""

    def __init__(self, db: Database, shipment: ShipmentRow, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Confirm receipt of shipment No. %1"), parent)
        self.setWindowTitle(self.windowTitle().replace("%1", str(shipment.number)))
        self.shipment = shipment
        self.received_by = QLineEdit(objectName="receivedBy")
        self.received_by.setPlaceholderText(self.tr("Surname and initials"))
        self.date = _date_box()
        self.quantity = _qty_box(shipment.quantity)
        self.quantity.setMaximum(shipment.quantity)
        self.form.addRow(
            QLabel(
                self.tr("%1 copies from %2 to %3")
                .replace("%1", f"{shipment.quantity:n}")
                .replace("%2", shipment.from_name)
                .replace("%3", shipment.to_name)
            )
        )
        self.form.addRow(self.tr("Received by:"), self.received_by)
        self.form.addRow(self.tr("Received on:"), self.date)
        self.form.addRow(self.tr("Copies counted:"), self.quantity)
        self.finish_layout()

    def save(self, session):  # noqa: ANN001, ANN201
        confirm_shipment(
            session,
            self.shipment.id,
            self.received_by.text(),
            self.date.value(),
            self.quantity.value(),
        )
        return self.shipment.id


class HandOutDialog(_StockDialog):
    """Booklets handed to members: a number, or counted from the cards handed over."""

    def __init__(
        self, db: Database, nodes: list[OrgNode], org_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Booklets handed to members"), parent)
        self.org = OrgPicker(nodes)
        self.org.setObjectName("handoutOrg")
        self.org.set_org_id(org_id)
        self.from_cards = QCheckBox(self.tr("Count from the cards handed to members"))
        self.cards_info = QLabel()
        self.quantity = _qty_box()
        self.date = _date_box()
        self.from_cards.toggled.connect(lambda on: self.quantity.setEnabled(not on))
        self.org.currentIndexChanged.connect(lambda _: self._show_cards())
        self.form.addRow(self.tr("Organisation:"), self.org)
        self.form.addRow("", self.from_cards)
        self.form.addRow("", self.cards_info)
        self.form.addRow(self.tr("Copies:"), self.quantity)
        self.form.addRow(self.tr("Date:"), self.date)
        self.finish_layout()
        self._show_cards()

    def _show_cards(self) -> None:
        org_id = self.org.org_id()
        if not org_id:
            self.cards_info.clear()
            return
        with self.db.session() as s:
            new = cards_handed(s, org_id) - counted_from_cards(s, org_id)
        self.cards_info.setText(
            self.tr("Cards handed over and not yet counted: %1").replace("%1", str(max(new, 0)))
        )

    def save(self, session):  # noqa: ANN001, ANN201
        org_id = self.org.org_id()
        if org_id is None:
            from ...models.errors import ValidationError

            raise ValidationError(self.tr("Choose the organisation."))
        if self.from_cards.isChecked():
            return hand_out_from_cards(session, org_id, self.date.value())
        return hand_out(session, org_id, self.quantity.value(), self.date.value())


class WriteOffDialog(_StockDialog):
    def __init__(
        self, db: Database, nodes: list[OrgNode], org_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Write off booklets"), parent)
        self.org = OrgPicker(nodes)
        self.org.setObjectName("writeoffOrg")
        self.org.set_org_id(org_id)
        self.quantity = _qty_box()
        self.reason = QLineEdit(objectName="writeoffReason")
        self.reason.setPlaceholderText(self.tr("Damaged, lost…"))
        self.date = _date_box()
        self.form.addRow(self.tr("Organisation:"), self.org)
        self.form.addRow(self.tr("Copies:"), self.quantity)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Date:"), self.date)
        self.finish_layout()

    def save(self, session):  # noqa: ANN001, ANN201
        org_id = self.org.org_id()
        if org_id is None:
            from ...models.errors import ValidationError

            raise ValidationError(self.tr("Choose the organisation."))
        return write_off_booklets(
            session, org_id, self.quantity.value(), self.reason.text(), self.date.value()
        )
