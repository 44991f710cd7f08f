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
    # spelled out so that lupdate sees each title
    for text, job, name, permission in (
        (
            QCoreApplication.translate("ExchangeMenu", "&Export exchange file…"),
            "export_file",
            "actionExchangeExport",
            Permission.EXCHANGE,
        ),
        (
            QCoreApplication.translate("ExchangeMenu", "&Import exchange file…"),
            "import_file",
            "actionExchangeImport",
            Permission.EXCHANGE,
        ),
        (
            QCoreApplication.translate("ExchangeMenu", "&Conflicts…"),
            "show_conflicts",
            "actionExchangeConflicts",
            Permission.EXCHANGE,
        ),
        (
            QCoreApplication.translate("ExchangeMenu", "&Passphrase…"),
            "set_passphrase",
            "actionExchangePassphrase",
            Permission.SETTINGS,
        ),
    ):
        window.add_action(
            menu, text, lambda job=job: _run(job, window), name=name, permission=permission
        )


def _run(name: str, window: MainWindow) -> None:
    from . import exchange_menu

    getattr(exchange_menu, name)(window)
