"""Буклеты → Макет буклета…: the shared layout designer for the booklet's four A5 pages.

Where things go is the layout (this window); what the booklet says is the booklet's text
(the form «Текст и эмблема буклета…», opened from here too): a text element shows the
office's words through fields like {app_steps}, and a member's name and card number through
{full_name} and {card_number}, for the member chosen in the toolbar."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QToolBar, QWidget

from ...models.layouts import LAYOUTS_WHAT
from ...printing.booklet import typeset
from ...printing.booklet_layout import (
    ALL_FIELDS,
    PAGES,
    BookletLayout,
    BookletRenderer,
    parse_layout,
    text_values,
)
from ...printing.card_layout import Placed
from ...printing.card_text import fields_of
from ...services import booklets as bk
from ..designer.editor import LayoutEditor
from ..designer.scene import Page
from ..errors import show_error

NEW_ELEMENTS: dict[str, dict[str, Any]] = {
    "text": {"type": "text", "text": "Новый текст", "x": 13, "y": 13, "w": 80, "h": 10,
             "size": 11, "min_size": 8, "max_lines": 3, "leading": 1.3, "color": "#1f1f1f"},
    "barcode": {"type": "barcode", "x": 35, "y": 150, "w": 78, "h": 14},
    "image": {"type": "image", "source": "emblem", "x": 64, "y": 90, "w": 20, "h": 20},
    "box": {"type": "box", "x": 13, "y": 13, "w": 60, "h": 30, "fill": "#dce8f5"},
    "line": {"type": "line", "x1": 13, "y1": 100, "x2": 135, "y2": 100, "width": 0.4,
             "color": "#174a96"},
    "card_place": {"type": "card_place", "x": 31.2, "y": 24},
}  # fmt: skip


class BookletDesigner(LayoutEditor):
    PAGE = Page(w=148.0, h=210.0, bleed=0.0, safe=5.0, radius=0.0, grid=5.0)
    NEW_ELEMENTS = NEW_ELEMENTS
    FIELDS = ALL_FIELDS
    MULTILINE = True
    REFUSAL_WHAT = LAYOUTS_WHAT
    START_ZOOM = 1.0

    def __init__(self, db: Any, name: str | None = None, parent: QWidget | None = None) -> None:
        self.texts: dict[str, str] = {}
        self.emblem = None
        self._load_texts(db)
        if name is None:
            from ...services.booklet_layouts import in_use

            with db.session() as s:
                name = in_use(s)
        super().__init__(db, name, parent)
        self.setObjectName("bookletDesigner")

    def _load_texts(self, db: Any) -> None:
        with db.session() as s:
            self.texts = text_values(bk.load_texts(s), typeset)
            self.emblem = str(bk.emblem_path(s))

    def sides(self) -> list[tuple[str, str]]:
        titles = (
            self.tr("Page 1 (cover)"),
            self.tr("Page 2"),
            self.tr("Page 3 (card place)"),
            self.tr("Page 4 (back)"),
        )
        return list(zip(PAGES, titles, strict=True))

    def parse(self, body: dict[str, Any]) -> BookletLayout:
        return parse_layout(body, self.name)

    def place(self, parsed: BookletLayout, record: Any, side: str) -> list[Placed]:
        return BookletRenderer(parsed, self.texts, self.emblem).place(side, fields_of(record))

    def store(self) -> Any:
        from ...services import booklet_layouts

        return booklet_layouts

    def title_for(self, title: str) -> str:
        return self.tr("Booklet layout «%1»").replace("%1", title)

    def extra_actions(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self.act("fitCheck", self.tr("Fit check…"), self.fit_check, bar)
        self.act("texts", self.tr("Booklet text…"), self.edit_texts, bar)
        self.act("use", self.tr("Print with this layout"), self.use, bar)

    def fit_check(self) -> None:
        """The member texts of the four pages (name, number, organisation…) over every active
        member: who does not fit even at the minimum size, and the widest of each."""
        from PySide6.QtCore import Qt

        from ...printing.booklet_layout import PAGE_TITLES
        from ...printing.card_templates import CardTemplate
        from ...services.fit_check import fit_check
        from ..designer.fit_dialog import FitDialog

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            layout = self.parse(self.body)
            renderer = BookletRenderer(layout, self.texts, self.emblem)
            template = CardTemplate(layout.name, layout.title, "code128")
            titles = {page: title.lower() for page, title in PAGE_TITLES.items()}
            with self.db.session() as s:
                result = fit_check(template, s, pages=renderer.elements, titles=titles)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        finally:
            self.unsetCursor()
        self.last_fit = result
        FitDialog(result, self).exec()

    def edit_texts(self) -> None:
        """The words of the booklet: the text form; the canvas shows them when it closes."""
        from .booklet_editor import BookletEditor

        BookletEditor(self.db, self).exec()
        self._load_texts(self.db)
        self.redraw(set(self.scene.selected_indices()))

    def use(self) -> None:
        from ...services.booklet_layouts import use_layout

        try:
            with self.db.session() as s:
                use_layout(s, self.name)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Booklets are printed with this layout now."))
