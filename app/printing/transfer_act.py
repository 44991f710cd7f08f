"""The transfer act (акт приёма-передачи) that goes with a shipment of booklets.

A plain TransferAct record in, an A4 PDF out, with PT Sans embedded so Cyrillic prints
anywhere. The quantity is written in figures and in words; both sides get a place to sign.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..paths import resource
from .fit import clip
from .ru_numbers import group_digits, quantity_text

FONT = "PTSans"
FONT_BOLD = "PTSans-Bold"

MONTHS_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


@dataclass
class TransferAct:
    number: int
    date: dt.date  # the day the booklets were handed over (sent)
    from_name: str
    to_name: str
    edition: str
    quantity: int
    edition_year: int | None = None
    received_by: str = ""  # filled in once the receiver has confirmed
    received_on: dt.date | None = None
    received_quantity: int | None = None

    @classmethod
    def from_record(cls, row: Any) -> TransferAct:
        """From a shipment record with the usual attribute names (see stock_queries)."""
        return cls(
            number=row.number,
            date=row.sent_on or row.created_on,
            from_name=row.from_full_name,
            to_name=row.to_full_name,
            edition=row.edition,
            edition_year=row.edition_year,
            quantity=row.quantity,
            received_by=row.received_by or "",
            received_on=row.received_on,
            received_quantity=row.received_quantity,
        )


def ru_date(day: dt.date) -> str:
    """«05» февраля 2026 г."""
    return f"«{day.day:02d}» {MONTHS_GENITIVE[day.month - 1]} {day.year} г."


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "PTSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "PTSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=16)
    return {
        "body": ParagraphStyle("justified", parent=base, alignment=TA_JUSTIFY),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=20, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10.5, leading=13),
        "number": ParagraphStyle(
            "number", parent=base, fontSize=10.5, leading=13, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER
        ),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8.5, leading=10, alignment=TA_CENTER
        ),
        "sign": ParagraphStyle("sign", parent=base, fontSize=11, leading=15),
    }


def _story(act: TransferAct) -> list:
    st = _styles()
    edition = _esc(act.edition)
    if act.edition_year and str(act.edition_year) not in act.edition:
        edition += f", {act.edition_year} г."
    story: list = [
        Paragraph(f"АКТ ПРИЁМА-ПЕРЕДАЧИ № {act.number}", st["title"]),
        Paragraph("буклетов «Как работать в Профкардс?»", st["subtitle"]),
        Spacer(1, 6 * mm),
        Paragraph(ru_date(act.date), st["right"]),
        Spacer(1, 6 * mm),
        Paragraph(
            f"Передающая сторона — <b>{_esc(act.from_name)}</b> — передала, а принимающая "
            f"сторона — <b>{_esc(act.to_name)}</b> — приняла буклеты для вкладывания "
            "единых электронных профсоюзных билетов:",
            st["body"],
        ),
        Spacer(1, 5 * mm),
    ]
    table = Table(
        [
            [
                Paragraph("№", st["head"]),
                Paragraph("Наименование (издание)", st["head"]),
                Paragraph("Количество, экз.", st["head"]),
            ],
            [
                Paragraph("1", st["cell"]),
                Paragraph(edition, st["cell"]),
                Paragraph(group_digits(act.quantity), st["number"]),
            ],
            [
                Paragraph("", st["cell"]),
                Paragraph("<b>Итого</b>", st["cell"]),
                Paragraph(f"<b>{group_digits(act.quantity)}</b>", st["number"]),
            ],
        ],
        colWidths=[12 * mm, 120 * mm, 38 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [table, Spacer(1, 5 * mm)]
    story.append(Paragraph(f"Всего передано: <b>{quantity_text(act.quantity)}</b>.", st["body"]))
    if act.received_quantity is not None and act.received_quantity != act.quantity:
        short = act.quantity - act.received_quantity
        story.append(
            Paragraph(
                f"Фактически принято: <b>{quantity_text(act.received_quantity)}</b>; "
                f"недостача — {quantity_text(short)}.",
                st["body"],
            )
        )
    story += [
        Spacer(1, 3 * mm),
        Paragraph(
            "Буклеты переданы в надлежащем состоянии. Акт составлен в двух экземплярах, "
            "по одному для каждой из сторон.",
            st["body"],
        ),
        Spacer(1, 12 * mm),
        _signatures(act, st),
    ]
    return story


def _signatures(act: TransferAct, st: dict[str, ParagraphStyle]) -> Table:
    """Both sides in two columns; each row holds the same thing for both, so the lines to
    sign on stay level however long the organisations' names are."""

    def date_line(day: dt.date | None) -> Paragraph:
        return Paragraph(ru_date(day) if day else "«____» ______________ 20___ г.", st["sign"])

    receiver = _esc(act.received_by) if act.received_by else "_" * 22
    grid = Table(
        [
            [Paragraph("<b>Передал</b>", st["sign"]), Paragraph("<b>Принял</b>", st["sign"])],
            [Paragraph(_esc(act.from_name), st["sign"]), Paragraph(_esc(act.to_name), st["sign"])],
            [Spacer(1, 10 * mm), Spacer(1, 10 * mm)],
            [_signature_line("_" * 22, st), _signature_line(receiver, st)],
            [date_line(act.date), date_line(act.received_on)],
        ],
        colWidths=[85 * mm, 85 * mm],
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
                ("TOPPADDING", (0, 4), (-1, 4), 4 * mm),
            ]
        )
    )
    return grid


def _signature_line(name: str, st: dict[str, ParagraphStyle]) -> Table:
    """A line to sign on, the name beside it, and the captions under both."""
    line = Table(
        [
            [Paragraph("_" * 19, st["sign"]), Paragraph(f"/ {name}", st["sign"])],
            [Paragraph("(подпись)", st["small"]), Paragraph("(фамилия, инициалы)", st["small"])],
        ],
        colWidths=[32 * mm, 45 * mm],
    )
    line.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return line


def transfer_act_pdf(act: TransferAct) -> bytes:
    """The act as PDF bytes."""
    _register_fonts()
    act = replace(
        act,
        from_name=clip(act.from_name, 300),
        to_name=clip(act.to_name, 300),
        edition=clip(act.edition, 200),
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Акт приёма-передачи № {act.number}",
        author="Profdesk",
    )
    doc.build(_story(act))
    return buffer.getvalue()


def write_transfer_act(act: TransferAct, path: str | os.PathLike[str]) -> Path:
    """Write the act to `path` through a temporary file, so no half-written PDF is left."""
    target = Path(path)
    data = transfer_act_pdf(act)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
