"""The Help menu: the user guide (F1), "What's This?" and About, last among the menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from .main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def install(self) -> None:
        """Last, after the capabilities' menus, where Windows users expect it."""
        help_menu = self.tr("&Help")
        self.window.add_action(
            help_menu,
            self.tr("&About Profdesk"),
            self.about,
            tip=self.tr("Version and where the data is kept"),
            name="actionAbout",
        )
        from .user_guide import install_help  # the guide (F1) and "What's This?"

        install_help(self.window, help_menu)

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self.window,
            self.tr("About Profdesk"),
            self.tr(
                "<b>Profdesk</b> {0}<br>Member records, union cards and booklets for a regional "
                "office of the education workers' union.<br><br>Database: {1}<br>"
                "The program makes no network connections: personal data stays on this computer."
            ).format(__version__, self.window.db.location),
        )
