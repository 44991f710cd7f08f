"""The Members menu's «Import list…»: the wizard and the spreadsheet readers load when it is
chosen, not at the program's start (issue 18)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...models.permissions import Permission

if TYPE_CHECKING:
    from ..main_window import MainWindow


def install(window: MainWindow) -> None:
    members = QCoreApplication.translate("MainWindow", "&Members")
    window.action_import_members = window.add_action(
        members,
        QCoreApplication.translate("ImportWizard", "&Import list…"),
        lambda: _open(window),
        shortcut="Ctrl+I",
        tip=QCoreApplication.translate(
            "ImportWizard",
            "Import members from an Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods) or a "
            "CSV file",
        ),
        name="actionImportMembers",
        permission=Permission.IMPORT,
    )


def _open(window: MainWindow) -> None:
    from .import_wizard import open_import_wizard

    open_import_wizard(window)
