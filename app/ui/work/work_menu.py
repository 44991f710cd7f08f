"""The «Работа» menu: the work lists panel, one item per list, opened on the tree's choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...models.permissions import Permission
from ...models.worklists import KINDS

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .work_panel import WorkPanel


def install(window: MainWindow) -> None:
    window.work = WorkMenu(window)  # type: ignore[attr-defined]


class WorkMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: WorkPanel | None = None
        menu = self.tr("&Work")
        window.add_action(
            menu,
            self.tr("&Work lists…"),
            self.show_panel,
            shortcut="Ctrl+Shift+W",
            tip=self.tr("Who is still to be served: e-registration, consent, cards, booklets"),
            name="actionWorkLists",
            permission=Permission.VIEW_MEMBERS,
        )

    def show_panel(self, kind: str | None = None) -> WorkPanel:
        from .work_panel import WorkPanel

        if self.panel is None:
            self.panel = WorkPanel(self.window, self.window.current_org_id())
        if kind in KINDS:
            self.panel.set_kind(kind)
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel
