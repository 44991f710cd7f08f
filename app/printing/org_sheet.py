"""The organisation's sheet for its chairman: who is still to be served, what each needs.

Plain records in, an A4 PDF out: one section per organisation, each starting on a new page,
with a column to sign; pages numbered "Лист N из M". No database here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from ..errors import ValidationError
from . import fonts
from .cards_pdf import _write
from .issue_sheet import _NumberedCanvas


@dataclass
class SheetMember:
    full_name: str
    card_number: str
    needs: list[str]


@dataclass
class SheetOrganisation:
    name: str
    code: str
    chair: str = ""
    members: list[SheetMember] = field(default_factory=list)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def org_sheets_pdf(
    organisations: Sequence[SheetOrganisation],
    out: Path,
    title: str = "Список членов Профсоюза, которым ещё нужно помочь",
    region: str = "",
    on: dt.date | None = None,
) -> Path:
    """A4 portrait: № | ФИО | номер билета | что ещё нужно | подпись; one org per section."""
    if not organisations:
        raise ValidationError("Некого включить в списки: организаций нет.")
    fonts.register_fonts()
    on = on or dt.date.today()
    title_style = ParagraphStyle(
        "title", fontName=fonts.BOLD, fontSize=12, leading=15, alignment=1, spaceAfter=2 * mm
    )
    sub = ParagraphStyle("sub", fontName=fonts.REGULAR, fontSize=9, leading=11, alignment=1)
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8.5, leading=10)
    head = ParagraphStyle("head", fontName=fonts.BOLD, fontSize=8.5, leading=10, alignment=1)

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(_escape(text), style)

    style = TableStyle(
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
    widths = [9 * mm, 55 * mm, 29 * mm, 60 * mm, 27 * mm]
    story: list[Any] = []
    for index, org in enumerate(organisations):
        if index:
            story.append(PageBreak())
        story.append(p(title, title_style))
        if region:
            story.append(p(region, sub))
        story.append(p(f"{org.name} (код {org.code})", sub))
        story.append(p(f"На {on:%d.%m.%Y}; в списке: {len(org.members)}", sub))
        story.append(Spacer(1, 4 * mm))
        if not org.members:
            story.append(p("Все члены Профсоюза организации обслужены — в списке никого нет."))
        else:
            rows: list[list[Any]] = [
                [p(t, head) for t in ("№", "ФИО", "Номер билета", "Что ещё нужно", "Подпись")]
            ]
            for i, member in enumerate(org.members, start=1):
                rows.append(
                    [
                        str(i),
                        p(member.full_name),
                        member.card_number,
                        p("; ".join(member.needs)),
                        "",
                    ]
                )
            table = LongTable(rows, colWidths=widths, repeatRows=1)
            table.setStyle(style)
            story.append(table)
        story.append(Spacer(1, 8 * mm))
        chair = org.chair or "____________________"
        story.append(
            p(
                f"Председатель первичной организации: ____________ / {chair} /   «___» ________ 20___ г."
            )
        )

    def build(path: Path) -> None:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=18 * mm,
            title=title,
            author="Profdesk",
        )
        doc.build(story, canvasmaker=_NumberedCanvas)

    return _write(out, build)
