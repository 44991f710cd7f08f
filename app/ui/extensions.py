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
    "members.consent_filter",
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


# built without the database on a light start (app.ui.light_start), so the window's first
# paint has its final layout; told by `window.on_attach` when the Database is there
LIGHT_MODULES: tuple[str, ...] = ("members.consent_filter", "start_page")


def install_all(window: QMainWindow, *, light: bool | None = None) -> None:
    """Every capability (light None); on a light start first the LIGHT_MODULES (light
    True), then the rest once the Database is there (light False)."""
    for name in EXTENSION_MODULES:
        if light is None or light == (name in LIGHT_MODULES):
            import_module(f"app.ui.{name}").install(window)
