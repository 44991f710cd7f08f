"""The issue sheet (ведомость выдачи билетов): members, card numbers, a column to sign.

Plain records in (the same PrintRecord shape as the cards), an A4 PDF out, pages numbered
"Лист N из M".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from ..errors import ValidationError
from . import fonts
from .cards_pdf import _write
from .fit import clip

NAME_ROOM = 320  # characters of a name in a 5 cm column: about ten lines, well within a page


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end so each can say how many there are."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.REGULAR)
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 8)
            self.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Лист {number} из {total}")
            Canvas.showPage(self)
        Canvas.save(self)


def issue_sheet_pdf(
    records: Sequence[Any],
    out: Path,
    organisation: str = "",
    region: str = "",
    on: dt.date | None = None,
) -> Path:
    """A4 portrait: № | ФИО | организация | номер билета | дата | подпись."""
    if not records:
        raise ValidationError("В ведомость некого включить: список пуст.")
    fonts.register_fonts()
    on = on or dt.date.today()
    title_style = ParagraphStyle(
        "title", fontName=fonts.BOLD, fontSize=12, leading=15, alignment=1, spaceAfter=2 * mm
    )
    sub_style = ParagraphStyle("sub", fontName=fonts.REGULAR, fontSize=9, leading=11, alignment=1)
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8.5, leading=10)
    head = ParagraphStyle("head", fontName=fonts.BOLD, fontSize=8.5, leading=10, alignment=1)

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(escaped, style)

    rows: list[list[Any]] = [
        [p(t, head) for t in ("№", "ФИО", "Организация", "Номер билета", "Дата", "Подпись")]
    ]
    for i, r in enumerate(records, start=1):
        rows.append(
            [
                str(i),
                p(clip(r.full_name, NAME_ROOM)),
                p(clip(r.organisation_short_name or r.organisation_name, NAME_ROOM)),
                r.card_number or "",
                "",
                "",
            ]
        )
    widths = [10 * mm, 52 * mm, 50 * mm, 30 * mm, 18 * mm, 20 * mm]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
            ]
        )
    )
    story = [
        p("Ведомость выдачи единых электронных профсоюзных билетов", title_style),
    ]
    if region:
        story.append(p(clip(region, NAME_ROOM), sub_style))
    if organisation:
        story.append(p(clip(organisation, NAME_ROOM), sub_style))
    story += [
        p(f"Составлена {on:%d.%m.%Y}; билетов: {len(records)}", sub_style),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 8 * mm),
        p("Билеты выдал: ____________________ / ____________________ /   «___» ________ 20___ г."),
    ]

    def build(path: Path) -> None:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=18 * mm,
            title="Ведомость выдачи билетов",
            author="Profdesk",
        )
        doc.build(story, canvasmaker=_NumberedCanvas)

    return _write(out, build)
