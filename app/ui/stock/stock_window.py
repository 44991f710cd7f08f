"""The booklet stock window: balances over the organisation tree, shipments, history.

Opened from the Booklets menu of the main window (stock_menu). Every figure comes from
app.models.stock_queries; every change goes through stock_changes and the dialogs in
stock_dialogs, which call the same domain functions as `profdesk-cli stock`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.organisations import OrgNode, load_tree
from ...models.permissions import Permission, allowed
from ...models.stock import ShipmentStatus
from ...models.stock_queries import (
    BalanceRow,
    HistoryRow,
    ShipmentFilter,
    ShipmentRow,
    balances,
    export_balances_xlsx,
    history,
    list_shipments,
    shipment_row,
)
from ..errors import show_error
from ..widgets import OptionalDateEdit, OrgPicker
from .stock_cells import IdRole, _cell, _d, _Hint, _n, _table
from .stock_changes import StockChanges


class StockWindow(StockChanges):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockWindow")
        self.setWindowTitle(self.tr("Booklet stock"))
        self.db = db
        self.nodes: list[OrgNode] = []
        self._tree: list[OrgNode] | None = None

        # balances
        self.balance_model = QStandardItemModel(self)
        self.balance_model.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Received"),
                self.tr("Passed on"),
                self.tr("Handed out"),
                self.tr("Written off"),
                self.tr("On hand"),
                self.tr("In transit"),
                self.tr("Members without a booklet"),
            ]
        )
        self.balance_tree = QTreeView(objectName="stockBalanceTree")
        self.balance_tree.setModel(self.balance_model)
        self.balance_tree.setUniformRowHeights(True)
        self.balance_tree.setAlternatingRowColors(True)
        self.balance_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.balance_tree.header().setStretchLastSection(False)
        for column in range(1, 8):
            self.balance_tree.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.balance_tree.doubleClicked.connect(lambda _: self.show_history())

        # shipments
        self.status_filter = QComboBox(objectName="shipmentStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status, title in self.status_titles().items():
            self.status_filter.addItem(title, status)
        self.org_filter = OrgPicker([])
        self.org_filter.setObjectName("shipmentOrgFilter")
        self.org_filter.setMinimumContentsLength(24)
        self.org_filter.lineEdit().setPlaceholderText(self.tr("Any organisation"))
        self.date_from = OptionalDateEdit()
        self.date_from.setObjectName("shipmentDateFrom")
        self.date_to = OptionalDateEdit()
        self.date_to.setObjectName("shipmentDateTo")
        apply_button = QPushButton(self.tr("Apply"))
        apply_button.clicked.connect(self.reload_shipments)
        self.status_filter.currentIndexChanged.connect(lambda _: self.reload_shipments())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Organisation:")))
        filters.addWidget(self.org_filter, 1)
        filters.addWidget(QLabel(self.tr("Sent from:")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to:")))
        filters.addWidget(self.date_to)
        filters.addWidget(apply_button)
        self.shipment_model = QStandardItemModel(self)
        self.shipment_model.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Status"),
                self.tr("Sent"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Edition"),
                self.tr("Copies"),
                self.tr("Received"),
                self.tr("Received by"),
            ]
        )
        self.shipment_table = _table("stockShipmentTable")
        self.shipment_table.setModel(self.shipment_model)
        for column, width in enumerate((50, 90, 90, 220, 220, 200, 70, 130)):
            self.shipment_table.horizontalHeader().resizeSection(column, width)
        shipments_page = QWidget()
        layout = QVBoxLayout(shipments_page)
        layout.addLayout(filters)
        layout.addWidget(self.shipment_table)

        # history
        self.history_title = QLabel(objectName="stockHistoryTitle")
        self.history_model = QStandardItemModel(self)
        self.history_model.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Edition"),
                self.tr("Change"),
                self.tr("On hand after"),
                self.tr("Shipment"),
                self.tr("Reason"),
                self.tr("By"),
            ]
        )
        self.history_table = _table("stockHistoryTable")
        self.history_table.setModel(self.history_model)
        for column, width in enumerate((90, 180, 200, 80, 100, 240, 220)):
            self.history_table.horizontalHeader().resizeSection(column, width)
        self.history_org_id: str | None = None
        history_page = QWidget()
        layout = QVBoxLayout(history_page)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_table)

        self.tabs = QTabWidget(objectName="stockTabs")
        self.tabs.addTab(self.balance_tree, self.tr("Balances"))
        self.tabs.addTab(shipments_page, self.tr("Shipments"))
        self.tabs.addTab(history_page, self.tr("History"))
        self.setCentralWidget(self.tabs)
        self._create_actions()
        self.resize(1280, 720)
        self.reload()

    def status_titles(self) -> dict[str, str]:
        return {
            ShipmentStatus.DRAFT: self.tr("draft"),
            ShipmentStatus.SENT: self.tr("in transit"),
            ShipmentStatus.RECEIVED: self.tr("received"),
            ShipmentStatus.CANCELLED: self.tr("cancelled"),
        }

    def _create_actions(self) -> None:
        bar = QToolBar(self.tr("Booklets"), objectName="stockToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        may_change = allowed(self.db.user_role, Permission.STOCK)
        menu = self.menuBar().addMenu(self.tr("&Booklets"))

        def add(text: str, slot, name: str, tip: str, change: bool = True):  # noqa: ANN001, ANN202
            action = bar.addAction(text)
            menu.addAction(action)  # the menu reaches what a narrow toolbar hides
            action.setObjectName(name)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False: slot())
            if change and not may_change:
                action.setVisible(False)
            return action

        add(
            self.tr("Receive print run…"),
            self.receive,
            "actionStockReceive",
            self.tr("Booklets arrived from the printing house"),
        )
        add(
            self.tr("New shipment…"),
            self.new_shipment,
            "actionStockShip",
            self.tr("Send booklets to an organisation directly below"),
        )
        add(
            self.tr("Send"),
            self.send_selected,
            "actionStockSend",
            self.tr("Send the selected draft shipment"),
        )
        add(
            self.tr("Confirm receipt…"),
            self.confirm_selected,
            "actionStockConfirm",
            self.tr("Record who received the selected shipment"),
        )
        add(
            self.tr("Cancel shipment…"),
            self.cancel_selected,
            "actionStockCancel",
            self.tr("Undo the selected shipment by reversing entries; history is kept"),
        )
        bar.addSeparator()
        add(
            self.tr("Hand out…"),
            self.hand_out,
            "actionStockHandOut",
            self.tr("Booklets handed to members, typed in or counted from cards"),
        )
        add(
            self.tr("Write off…"),
            self.write_off,
            "actionStockWriteOff",
            self.tr("Damaged or lost booklets"),
        )
        add(
            self.tr("Reverse entry…"),
            self.reverse_selected,
            "actionStockReverse",
            self.tr("Correct the selected history entry by a reversing one"),
        )
        bar.addSeparator()
        add(
            self.tr("History"),
            self.show_history,
            "actionStockHistory",
            self.tr("All entries of the selected organisation"),
            change=False,
        )
        add(
            self.tr("Transfer act…"),
            self.save_act,
            "actionStockAct",
            self.tr("Save the transfer act of the selected shipment as PDF"),
        )
        add(
            self.tr("Export to Excel…"),
            self.export_balances,
            "actionStockExport",
            self.tr("Save the balance table as an XLSX workbook"),
            change=False,
        )
        add(
            self.tr("Refresh"),
            self.reload,
            "actionStockRefresh",
            self.tr("Read the figures again"),
            change=False,
        )

    # --- loading ---------------------------------------------------------------------------
    def reload(self, organisations: bool = True) -> None:
        """Read the figures again; with organisations=False keep the tree and member counts
        read last time (after a stock change only the ledger moved, and counting 250,000
        members is the slow part)."""
        try:
            with self.db.session() as s:
                if organisations or self._tree is None:
                    self._tree = load_tree(s)
                    self.nodes = [n for r in self._tree for n in r.walk()]
                roots = balances(s, self._tree)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        current = self.current_org_id()
        self.balance_model.removeRows(0, self.balance_model.rowCount())
        for root in roots:
            self._add_balance(self.balance_model.invisibleRootItem(), root)
        self.balance_tree.expandToDepth(0)
        if current:
            self.select_org(current)
        chosen = self.org_filter.org_id()
        self.org_filter.clear()
        for node in self.nodes:
            self.org_filter.addItem(f"{node.display_name} ({node.code})", node.id)
        self.org_filter.set_org_id(chosen)
        self.reload_shipments()
        if self.history_org_id:
            self.load_history(self.history_org_id)

    def _add_balance(self, parent: QStandardItem, row: BalanceRow) -> None:
        name = _cell(row.name, row.org_id)
        name.setToolTip(f"{row.name}\n{row.code}")
        figures = (
            row.received,
            row.shipped,
            row.handed_out,
            row.written_off,
            row.on_hand,
            row.in_transit,
            row.without_booklet,
        )
        parent.appendRow([name] + [_cell(_n(v), number=True) for v in figures])
        for child in row.children:
            self._add_balance(name, child)

    def current_org_id(self) -> str | None:
        index = self.balance_tree.currentIndex()
        return index.siblingAtColumn(0).data(IdRole) if index.isValid() else None

    def select_org(self, org_id: str) -> None:
        found = self.balance_model.match(
            self.balance_model.index(0, 0),
            IdRole,
            org_id,
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        if found:
            self.balance_tree.setCurrentIndex(found[0])

    def shipment_filter(self) -> ShipmentFilter:
        org_text = self.org_filter.currentText().strip()
        return ShipmentFilter(
            status=self.status_filter.currentData(),
            org_id=self.org_filter.org_id() if org_text else None,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def reload_shipments(self) -> None:
        try:
            with self.db.session() as s:
                rows = list_shipments(s, self.shipment_filter())
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        titles = self.status_titles()
        self.shipment_model.removeRows(0, self.shipment_model.rowCount())
        for r in rows:
            received = r.received_quantity if r.received_quantity is not None else None
            self.shipment_model.appendRow(
                [
                    _cell(str(r.number), r.id, number=True),
                    _cell(titles.get(r.status, r.status)),
                    _cell(_d(r.sent_on)),
                    _cell(r.from_name),
                    _cell(r.to_name),
                    _cell(r.edition),
                    _cell(_n(r.quantity), number=True),
                    _cell(
                        _d(r.received_on)
                        + (
                            f" ({_n(received)})"
                            if received is not None and received != r.quantity
                            else ""
                        )
                    ),
                    _cell(r.received_by),
                ]
            )

    def show_history(self) -> None:
        org_id = self.current_org_id()
        if org_id is None:
            show_error(self, _Hint(self.tr("Select an organisation in the balance tree first.")))
            return
        self.load_history(org_id)
        self.tabs.setCurrentIndex(2)

    def load_history(self, org_id: str) -> None:
        with self.db.session() as s:
            rows: list[HistoryRow] = history(s, org_id)
        node = next((n for n in self.nodes if n.id == org_id), None)
        self.history_org_id = org_id
        self.history_title.setText(
            self.tr("History of %1").replace("%1", node.display_name if node else "")
        )
        self.history_model.removeRows(0, self.history_model.rowCount())
        for r in rows:
            entry = r.kind_title + (self.tr(" (reversed)") if r.reversed else "")
            shipment = f"№ {r.shipment_number} — {r.counterpart}" if r.shipment_number else ""
            cells = [
                _cell(_d(r.on), r.id),
                _cell(entry),
                _cell(r.edition),
                _cell(f"{r.change:+,}".replace(",", "\u00a0"), number=True),
                _cell(_n(r.balance), number=True),
                _cell(shipment),
                _cell(r.reason),
                _cell(r.user_login),
            ]
            if r.reversed or r.reverses_id:
                for c in cells:
                    c.setForeground(Qt.GlobalColor.gray)
            self.history_model.appendRow(cells)

    def selected_shipment(self) -> ShipmentRow | None:
        index = self.shipment_table.currentIndex()
        if not index.isValid():
            show_error(self, _Hint(self.tr("Select a shipment in the Shipments tab first.")))
            return None
        shipment_id = index.siblingAtColumn(0).data(IdRole)
        with self.db.session() as s:
            return shipment_row(s, shipment_id)

    def select_shipment(self, shipment_id: str) -> None:
        for row in range(self.shipment_model.rowCount()):
            if self.shipment_model.index(row, 0).data(IdRole) == shipment_id:
                self.shipment_table.selectRow(row)
                return

    # --- files ---------------------------------------------------------------------------
    def export_balances(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export balances"),
                self.tr("booklet balances %1.xlsx").replace(
                    "%1", QDate.currentDate().toString("dd.MM.yyyy")
                ),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return
        target = Path(path).with_suffix(".xlsx")

        def work(report) -> int:  # noqa: ANN001
            with self.db.session() as s:
                return export_balances_xlsx(s, target)

        tasks = getattr(self.parent(), "tasks", None)
        if tasks is None:  # opened on its own (tests): export in place
            self.statusBar().showMessage(
                self.tr("Exported %n organisation(s)", "", work(None)), 5000
            )
            return
        tasks.run(
            self.tr("Exporting balances…"),
            work,
            lambda count: self.statusBar().showMessage(
                self.tr("Exported %n organisation(s)", "", count), 5000
            ),
        )
