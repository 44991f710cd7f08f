"""Билеты → Макеты билетов…: the card designer, the shared layout designer for a CR80 card.

The front and the back are the sides; a layout is checked by app.printing.card_templates and
stored by app.services.layouts; the fit check runs it over every active member."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget

from ....models.layouts import LAYOUTS_WHAT
from ....printing.card_layout import Placed, place_side
from ....printing.card_renderer import CardRenderer
from ....printing.card_templates import FIELDS, CardTemplate, parse_template
from ...designer.editor import LayoutEditor
from ...errors import show_error

NEW_ELEMENTS: dict[str, dict[str, Any]] = {
    "text": {"type": "text", "text": "{last_name}", "size": 10, "min_size": 6,
             "x": 10, "y": 10, "w": 40, "h": 5},
    "barcode": {"type": "barcode", "x": 4, "y": 20, "w": 77.6, "h": 12},
    "image": {"type": "image", "source": "emblem", "x": 5, "y": 5, "w": 10, "h": 10},
    "box": {"type": "box", "x": 10, "y": 10, "w": 20, "h": 10, "fill": "#dce8f5"},
    "line": {"type": "line", "x1": 5, "y1": 25, "x2": 80.6, "y2": 25, "width": 0.25,
             "color": "#1f4e8c"},
}  # fmt: skip


class DesignerWindow(LayoutEditor):
    NEW_ELEMENTS = NEW_ELEMENTS
    FIELDS = FIELDS
    REFUSAL_WHAT = LAYOUTS_WHAT

    def __init__(self, db: Any, name: str = "default", parent: QWidget | None = None) -> None:
        super().__init__(db, name, parent)
        self.setObjectName("cardDesigner")

    def sides(self) -> list[tuple[str, str]]:
        return [("front", self.tr("Front")), ("back", self.tr("Back"))]

    def parse(self, body: dict[str, Any]) -> CardTemplate:
        return parse_template(body, self.name)

    def place(self, parsed: CardTemplate, record: Any, side: str) -> list[Placed]:
        return place_side(CardRenderer(parsed), record, side)

    def store(self) -> Any:
        from ....services import layouts

        return layouts

    def title_for(self, title: str) -> str:
        return self.tr("Card layout «%1»").replace("%1", title)

    def extra_actions(self, bar: QToolBar) -> None:
        self.act("fitCheck", self.tr("Fit check…"), self.fit_check, bar)

    def fit_check(self) -> None:
        from ....services.fit_check import fit_check
        from ...designer.fit_dialog import FitDialog

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.session() as s:
                result = fit_check(parse_template(self.body, self.name), s)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        finally:
            self.unsetCursor()
        self.last_fit = result
        FitDialog(result, self).exec()
