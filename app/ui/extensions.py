"""Capabilities that add their menus and actions to the main window.

Each module listed here has `install(window: MainWindow) -> None`. Keep the list in the
order the menus should appear.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

EXTENSION_MODULES: list[str] = [
    "import_wizard",
    "cards_menu",
    "booklet_menu",
    "stock_window",
    "report_menu",
    "exchange_menu",
    "security_service",
    "start_page",
]


def install_all(window: MainWindow) -> None:
    for name in EXTENSION_MODULES:
        import_module(f"app.ui.{name}").install(window)
