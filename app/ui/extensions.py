"""Capabilities that add their menus and actions to the main window.

Each module listed here has `install(window: MainWindow) -> None`. Keep the list in the
order the menus should appear.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window's base class, not MainWindow: main_window imports this module
    from PySide6.QtWidgets import QMainWindow

EXTENSION_MODULES: list[str] = [
    "members.import_menu",
    "cards.cards_menu",
    "booklets.booklet_menu",
    "stock.stock_menu",
    "report.report_menu",
    "work.work_menu",
    "exchange.exchange_actions",
    "security.security_service",
    "start_page",
]


def install_all(window: QMainWindow) -> None:
    for name in EXTENSION_MODULES:
        import_module(f"app.ui.{name}").install(window)
