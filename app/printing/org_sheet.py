"""The organisation's sheet for its chairman: who is still to be served, what each needs.

Plain records in, an A4 PDF out: one section per organisation, each starting on a new page,
with a column to sign; pages numbered "Лист N из M". No database here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from ..errors import ValidationError
from .cards_pdf import _write
from .sheet_table import Column, Section, sheet_pdf

COLUMNS = [
    Column("№", 9 * mm, "right"),
    Column("ФИО", 55 * mm),
    Column("Номер билета", 29 * mm),
    Column("Что ещё нужно", 60 * mm),
    Column("Подпись", 27 * mm),
]


@dataclass
class SheetMember:
    full_name: str
    card_number: str
    needs: list[str]


@dataclass
class SheetOrganisation:
    name: str
    code: str
    chair: str = ""  # the chairman's ФИО
    chair_phone: str = ""  # as it reads: «+7 910 123-45-67»
    members: list[SheetMember] = field(default_factory=list)

    def chair_line(self) -> str:
        """«Председатель: Сидорова Анна Петровна, тел. +7 910 123-45-67»; the blank to fill
        in by hand when the organisation's card has no chairman."""
        if not self.chair and not self.chair_phone:
            return "Председатель: ______________________________"
        phone = f"тел. {self.chair_phone}" if self.chair_phone else ""
        return "Председатель: " + ", ".join(p for p in (self.chair, phone) if p)


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
    on = on or dt.date.today()
    sections = []
    for org in organisations:
        chair = org.chair or "____________________"
        sections.append(
            Section(
                title=title,
                subtitles=[s for s in (region, f"{org.name} (код {org.code})") if s]
                + [org.chair_line(), f"На {on:%d.%m.%Y}; в списке: {len(org.members)}"],
                rows=[
                    [str(i), m.full_name, m.card_number, "; ".join(m.needs), ""]
                    for i, m in enumerate(org.members, start=1)
                ],
                footer=f"Председатель первичной организации: ____________ / {chair} /   "
                "«___» ________ 20___ г.",
                empty="Все члены Профсоюза организации обслужены — в списке никого нет.",
            )
        )
    return _write(out, lambda path: sheet_pdf(sections, COLUMNS, path, title))
