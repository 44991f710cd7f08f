"""A member's card from the Cards menu: reissued, marked lost or handed out, its history.

Kept apart from the printing actions of cards_menu: these change one member's card and
need no PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ...models import cards as card_ops
from ..errors import show_error

if TYPE_CHECKING:
    from ..main_window import MainWindow


class MemberCardActions(QObject):
    """The selected member's card; the work itself is app.models.cards."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db

    def _member(self) -> str | None:
        member_id = self.window.current_member_id()
        if member_id is None:
            QMessageBox.information(
                self.window, self.tr("Cards"), self.tr("Select a member in the list first.")
            )
        return member_id

    def reissue(self) -> None:
        member_id = self._member()
        if member_id is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Reissue card"),
            self.tr(
                "The current card will be marked lost or spoiled and kept in the history; "
                "the member gets a new card number. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.db.session() as s:
                number = card_ops.reissue(s, member_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self.window, error)
            return
        self.window.refresh(select_member=member_id)
        self.window.statusBar().showMessage(
            self.tr("New card number: %1").replace("%1", number), 8000
        )

    def mark_lost(self) -> None:
        member_id = self._member()
        if member_id is None:
            return
        try:
            with self.db.session() as s:
                current = [c for c in card_ops.card_history(s, member_id) if c.is_current]
                if not current:
                    QMessageBox.information(
                        self.window, self.tr("Cards"), self.tr("The member has no current card.")
                    )
                    return
                card_ops.mark_lost(s, current[0].id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self.window, error)
            return
        self.window.refresh(select_member=member_id)

    def mark_handed(self) -> None:
        ids = self.window.selected_member_ids()
        if not ids:
            self._member()
            return
        try:
            with self.db.session() as s:
                card_ids = [
                    c.id
                    for member_id in ids
                    for c in card_ops.card_history(s, member_id)
                    if c.is_current
                ]
                count = card_ops.mark_issued(s, card_ids)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self.window, error)
            return
        self.window.refresh()
        self.window.statusBar().showMessage(self.tr("Cards handed out: %n", "", count), 5000)

    def show_history(self) -> None:
        member_id = self._member()
        if member_id is None:
            return
        with self.db.session() as s:
            history = card_ops.card_history(s, member_id)
        statuses = {
            "to_print": self.tr("to print"),
            "printed": self.tr("printed"),
            "issued": self.tr("handed to the member"),
            "lost": self.tr("lost or spoiled"),
        }

        def day(value) -> str:  # noqa: ANN001
            return f"{value:%d.%m.%Y}" if value else "—"

        lines = [
            self.tr("№ %1: %2; created %3, printed %4, handed %5, closed %6")
            .replace("%1", c.number)
            .replace("%2", statuses.get(c.status, c.status))
            .replace("%3", day(c.created_on))
            .replace("%4", day(c.printed_on))
            .replace("%5", day(c.handed_on))
            .replace("%6", day(c.closed_on))
            for c in history
        ]
        text = "\n".join(lines) or self.tr("The member has no cards yet.")
        QMessageBox.information(self.window, self.tr("Card history"), text)
