"""The Exchange menu's actions: the exchange itself (app.exchange) and its windows load when
one is chosen, not at the program's start (issue 18)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...models.permissions import Permission

if TYPE_CHECKING:
    from ..main_window import MainWindow


def install(window: MainWindow) -> None:
    menu = QCoreApplication.translate("ExchangeMenu", "E&xchange")
    window.add_action(
        menu,
        QCoreApplication.translate("ExchangeMenu", "&Export exchange file…"),
        lambda: _run("export_file", window),
        name="actionExchangeExport",
        permission=Permission.EXCHANGE,
    )
    window.add_action(
        menu,
        QCoreApplication.translate("ExchangeMenu", "&Import exchange file…"),
        lambda: _run("import_file", window),
        name="actionExchangeImport",
        permission=Permission.EXCHANGE,
    )
    window.add_action(
        menu,
        QCoreApplication.translate("ExchangeMenu", "&Conflicts…"),
        lambda: _run("show_conflicts", window),
        name="actionExchangeConflicts",
        permission=Permission.EXCHANGE,
    )
    window.add_action(
        menu,
        QCoreApplication.translate("ExchangeMenu", "&Passphrase…"),
        lambda: _run("set_passphrase", window),
        name="actionExchangePassphrase",
        permission=Permission.SETTINGS,
    )


def _run(name: str, window: MainWindow) -> None:
    from . import exchange_menu

    getattr(exchange_menu, name)(window)
