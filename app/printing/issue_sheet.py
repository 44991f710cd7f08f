"""The issue sheet (ведомость выдачи билетов): members, card numbers, a column to sign.

Plain records in (the same PrintRecord shape as the cards), an A4 PDF out, pages numbered
"Лист N из M".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from ..errors import ValidationError
from .cards_pdf import _write
from .fit import clip
from .sheet_table import Column, Section, sheet_pdf

NAME_ROOM = 320  # characters of a name in a 5 cm column: about ten lines, well within a page
TITLE = "Ведомость выдачи единых электронных профсоюзных билетов"
COLUMNS = [
    Column("№", 10 * mm, "right"),
    Column("ФИО", 52 * mm),
    Column("Организация", 50 * mm),
    Column("Номер билета", 30 * mm),
    Column("Дата", 18 * mm),
    Column("Подпись", 20 * mm),
]


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
    on = on or dt.date.today()
    rows = [
        [
            str(i),
            clip(r.full_name, NAME_ROOM),
            clip(r.organisation_short_name or r.organisation_name, NAME_ROOM),
            r.card_number or "",
            "",
            "",
        ]
        for i, r in enumerate(records, start=1)
    ]
    subtitles = [clip(s, NAME_ROOM) for s in (region, organisation) if s]
    section = Section(
        title=TITLE,
        subtitles=subtitles + [f"Составлена {on:%d.%m.%Y}; билетов: {len(records)}"],
        rows=rows,
        footer="Билеты выдал: ____________________ / ____________________ /   "
        "«___» ________ 20___ г.",
    )
    return _write(out, lambda path: sheet_pdf([section], COLUMNS, path, "Ведомость выдачи билетов"))
