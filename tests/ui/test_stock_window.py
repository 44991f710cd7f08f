"""The booklet stock window: real dialogs, then the figures in the views and the database."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.models.organisations import get_by_code
from app.models.stock import Movement, Shipment
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.stock.stock_dialogs import ConfirmDialog, HandOutDialog, ReceiveDialog, ShipmentDialog
from app.ui.stock.stock_window import StockWindow

EDITION = "Как работать в Профкардс? 2026"


def row_of(model, code_name: str, parent=None):
    """Figures of the tree row whose organisation name is code_name (searched everywhere)."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        if index.data() == code_name:
            return [model.index(r, c, parent).data() for c in range(model.columnCount())]
        found = row_of(model, code_name, index)
        if found:
            return found
    return None


def org(db, code):
    with db.session() as s:
        o = get_by_code(s, code)
        return o.id, o.display_name


def ledger_size(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Movement)),
            s.scalar(select(func.count()).select_from(Shipment)),
        )


def answer_message_box(qtbot, collected: list[str]):
    def close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            collected.append(box.text())
            box.accept()

    QTimer.singleShot(200, close)


def test_stock_window_season(qtbot, demo_db, tmp_path):
    install_translators(QApplication.instance())
    window = StockWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    header = [window.balance_model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert header[1:6] == ["Получено", "Передано", "Выдано", "Списано", "На руках"]
    assert header[7] == "Членов без буклета"

    receive = ReceiveDialog(demo_db, window)
    receive.edition.setEditText(EDITION)
    receive.quantity.setValue(2000)
    receive.accept()
    assert receive.result() == ReceiveDialog.DialogCode.Accepted

    t01_id, t01_name = org(demo_db, "T01")
    ship_dialog = ShipmentDialog(demo_db, window.nodes, t01_id, window)
    assert ship_dialog.sender.text() == "Курская областная организация"
    ship_dialog.quantity.setValue(700)
    ship_dialog.accept()
    window.reload()
    region = row_of(window.balance_model, "Курская областная организация")
    assert region[1:7] == ["2\u00a0000", "700", "0", "0", "1\u00a0300", "0"]
    assert row_of(window.balance_model, t01_name)[6] == "700"  # in transit

    # an over-shipment is refused with the sentence, the dialog stays open, nothing changes
    before = ledger_size(demo_db)
    too_much = ShipmentDialog(demo_db, window.nodes, t01_id, window)
    too_much.quantity.setValue(5000)
    messages: list[str] = []
    answer_message_box(qtbot, messages)
    too_much.accept()
    assert messages and "Нельзя отправить 5 000 экз." in messages[0]
    assert too_much.result() != ShipmentDialog.DialogCode.Accepted
    assert ledger_size(demo_db) == before

    # confirm the shipment from the shipments tab, with 10 short
    window.tabs.setCurrentIndex(1)
    window.shipment_table.selectRow(0)
    shipment = window.selected_shipment()
    confirm = ConfirmDialog(demo_db, shipment, window)
    confirm.received_by.insert("Иванова А. П.")
    confirm.quantity.setValue(690)
    confirm.accept()
    window.reload()
    assert window.shipment_model.index(0, 1).data() == "принята"
    assert window.shipment_model.index(0, 8).data() == "Иванова А. П."
    assert row_of(window.balance_model, t01_name)[1:7] == ["700", "0", "0", "10", "690", "0"]

    # filters: by status and by organisation
    window.status_filter.setCurrentIndex(window.status_filter.findData("sent"))
    assert window.shipment_model.rowCount() == 0
    window.status_filter.setCurrentIndex(0)
    window.org_filter.set_org_id(t01_id)
    window.reload_shipments()
    assert window.shipment_model.rowCount() == 1

    # a hand-out typed in at the territorial, then reversed from the history tab
    handout = HandOutDialog(demo_db, window.nodes, t01_id, window)
    handout.quantity.setValue(90)
    handout.accept()
    window.reload()
    window.select_org(t01_id)
    window.show_history()
    assert window.tabs.currentIndex() == 2
    changes = [
        window.history_model.index(r, 3).data() for r in range(window.history_model.rowCount())
    ]
    assert changes == ["+700", "-10", "-90"]
    window.history_table.selectRow(2)
    window.reverse_selected("ввели по ошибке")
    assert window.history_model.rowCount() == 4
    assert "сторнирована" in window.history_model.index(2, 1).data()
    assert row_of(window.balance_model, t01_name)[5] == "690"

    # the act as PDF and the balance table as XLSX
    window.tabs.setCurrentIndex(1)
    window.shipment_table.selectRow(0)
    pdf = window.save_act(str(tmp_path / "акт.pdf"), open_after=False)
    assert pdf is not None and pdf.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        text = " ".join(text.replace("\u00a0", " ").split())
        assert "700 (семьсот) экземпляров" in text
        assert "690 (шестьсот девяносто) экземпляров" in text
    window.export_balances(str(tmp_path / "остатки.xlsx"))
    rows = list(load_workbook(tmp_path / "остатки.xlsx").active.iter_rows(values_only=True))
    assert next(r for r in rows if r[0] == "T01")[2:7] == (700, 0, 0, 10, 690)


@pytest.mark.parametrize("role", ["viewer", "operator"])
def test_menu_opens_the_stock_window(qtbot, demo_db, role):
    install_translators(QApplication.instance())
    demo_db.user_role = role
    main = MainWindow(demo_db)
    qtbot.addWidget(main)
    action = main.findChild(type(main.menuBar().actions()[0]), "actionBookletStock")
    assert action is not None
    assert "Буклеты" in [a.text().replace("&", "") for a in main.menuBar().actions()]
    action.trigger()
    stock = main.findChild(StockWindow)
    assert stock is not None and stock.isVisible()
    ship_action = stock.findChild(type(action), "actionStockShip")
    assert ship_action.isVisible() == (role == "operator")
    # the organisation's booklet history, from the main window's tree
    t01 = main.org_model.match(
        main.org_model.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        "Беловская РО",
        1,
        Qt.MatchFlag.MatchRecursive,
    )[0]
    main.org_tree.setCurrentIndex(t01)
    main.findChild(type(action), "actionBookletHistory").trigger()
    assert stock.tabs.currentIndex() == 2
    assert stock.history_title.text() == "История: Беловская РО"
