"""The Booklets menu of the main window: the stock window and an organisation's history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .stock_window import StockWindow


def install(window) -> None:  # noqa: ANN001 - MainWindow
    """The Booklets menu: open the stock window (one per main window)."""

    def open_stock() -> StockWindow:
        existing = getattr(window, "stock_window", None)
        if existing is None:
            existing = StockWindow(window.db, window)
            existing.setWindowFlag(Qt.WindowType.Window, True)
            window.stock_window = existing
        else:
            existing.reload()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing

    def org_history() -> None:
        org_id = window.current_org_id()
        stock = open_stock()
        if org_id:
            stock.select_org(org_id)
            stock.show_history()

    window.add_action(
        QCoreApplication.translate("StockWindow", "&Booklets"),
        QCoreApplication.translate("StockWindow", "Booklet &stock and shipments…"),
        open_stock,
        shortcut="Ctrl+Shift+B",
        tip=QCoreApplication.translate(
            "StockWindow", "Print runs, shipments to organisations, balances, transfer acts"
        ),
        name="actionBookletStock",
    )
    history_action = window.add_action(
        QCoreApplication.translate("StockWindow", "&Booklets"),
        QCoreApplication.translate("StockWindow", "Booklets of the selected &organisation…"),
        org_history,
        tip=QCoreApplication.translate(
            "StockWindow", "Every booklet entry of the organisation selected in the tree"
        ),
        name="actionBookletHistory",
    )
    window.org_tree.addAction(history_action)
