"""The one-click actions of the work lists and the PROFKARDS mark, for a set of members.

Every change goes through the ORM, so the change log records it and the exchange carries it
to the other office. A list of card numbers from the PROFKARDS programme is read strictly:
a number is applied only to the member whose card carries exactly that number; unknown
numbers, numbers with a wrong EAN-13 check digit and repeats are counted and listed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit import log_event
from .card_numbers import is_valid_ean13
from .entities import Card, Member
from .errors import ValidationError
from .member_list import scope_conditions
from .permissions import Permission, require

CHUNK = 500


def _members(session: Session, member_ids: list[str]) -> list[Member]:
    """The members the signed-in user may change, by id (unknown ids are left out)."""
    found: list[Member] = []
    for start in range(0, len(member_ids), CHUNK):
        chunk = member_ids[start : start + CHUNK]
        query = select(Member).where(Member.id.in_(chunk), *scope_conditions(session))
        found.extend(session.scalars(query))
    return found


def _check_day(on: dt.date | None) -> dt.date:
    on = on or dt.date.today()
    if on > dt.date.today():
        raise ValidationError("Дата отметки не может быть в будущем.")
    return on


def _mark(session: Session, member_ids: list[str], attr: str, on: dt.date | None) -> int:
    """Set the date on the members where it is empty; an earlier date is kept. How many."""
    require(session, Permission.EDIT_MEMBERS)
    on = _check_day(on)
    changed = 0
    for member in _members(session, member_ids):
        if getattr(member, attr) is None and member.left_on is None:
            setattr(member, attr, on)
            changed += 1
    session.flush()
    return changed


def mark_e_registered(session: Session, member_ids: list[str], on: dt.date | None = None) -> int:
    """Members put on electronic registration on `on` (today by default)."""
    return _mark(session, member_ids, "e_registered_on", on)


def mark_consent(session: Session, member_ids: list[str], on: dt.date | None = None) -> int:
    """Signed consent forms received on `on`."""
    return _mark(session, member_ids, "consent_on", on)


def mark_booklets(session: Session, member_ids: list[str], on: dt.date | None = None) -> int:
    """The booklet «Как работать в Профкардс?» handed to each of these members."""
    return _mark(session, member_ids, "booklet_on", on)


def mark_profkards(session: Session, member_ids: list[str], on: dt.date | None = None) -> int:
    """These members are in the PROFKARDS programme (set by hand or for a selection)."""
    return _mark(session, member_ids, "profkards_on", on)


def clear_profkards(session: Session, member_ids: list[str]) -> int:
    """Take the PROFKARDS mark off (a mark set by mistake)."""
    require(session, Permission.EDIT_MEMBERS)
    changed = 0
    for member in _members(session, member_ids):
        if member.profkards_on is not None:
            member.profkards_on = None
            changed += 1
    session.flush()
    return changed


@dataclass
class ProfkardsImport:
    """What a list of card numbers did: applied, and every number that was not."""

    lines: int = 0
    marked: int = 0  # members newly marked
    already: int = 0  # members that had the mark
    unknown: list[str] = field(default_factory=list)  # no card with this number (for you)
    bad_check: list[str] = field(default_factory=list)  # 13 digits, wrong check digit
    malformed: list[str] = field(default_factory=list)  # not a card number at all
    repeated: list[str] = field(default_factory=list)  # the same number again in the list

    @property
    def rejected(self) -> int:
        return len(self.unknown) + len(self.bad_check) + len(self.malformed)

    def summary(self) -> str:
        parts = [f"Отмечено в Профкардс: {self.marked}", f"уже были отмечены: {self.already}"]
        for title, items in (
            ("неизвестных номеров", self.unknown),
            ("с неверной контрольной цифрой", self.bad_check),
            ("не похожих на номер билета", self.malformed),
            ("повторов в списке", self.repeated),
        ):
            if items:
                parts.append(
                    f"{title}: {len(items)} ({', '.join(items[:20])}"
                    + (", …" if len(items) > 20 else "")
                    + ")"
                )
        return "; ".join(parts) + "."


_NUMBER = re.compile(r"^\d{6,32}$")


def read_number_list(path: Path) -> list[str]:
    """Card numbers from a text/CSV file (first column) or the first column of a .xlsx sheet."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            values = [row[0] for row in workbook.active.iter_rows(values_only=True) if row]
        finally:
            workbook.close()
        cells = ["" if v is None else str(v) for v in values]
    else:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            text = path.read_text(encoding="cp1251")
        cells = [re.split(r"[;,\t]", line)[0] for line in text.splitlines()]
    numbers = []
    for cell in cells:
        cell = cell.strip().strip('"').replace(" ", "")
        if cell.endswith(".0") and cell[:-2].isdigit():  # a number cell of a spreadsheet
            cell = cell[:-2]
        if cell:
            numbers.append(cell)
    return numbers


def import_profkards(
    session: Session, numbers: list[str], on: dt.date | None = None
) -> ProfkardsImport:
    """Mark the members whose card numbers the programme lists; see the module's rules.

    A header line (no digits) is skipped, not counted as bad.
    """
    require(session, Permission.EDIT_MEMBERS)
    on = _check_day(on)
    result = ProfkardsImport()
    seen: set[str] = set()
    wanted: list[str] = []
    for raw in numbers:
        number = raw.strip()
        if not any(ch.isdigit() for ch in number):
            continue  # a heading such as «Номер карты»
        result.lines += 1
        if number in seen:
            result.repeated.append(number)
            continue
        seen.add(number)
        if not _NUMBER.match(number):
            result.malformed.append(number)
            continue
        wanted.append(number)
    holders: dict[str, tuple[str, bool]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = (
            select(Card.number, Card.member_id, Card.issued_here)
            .join(Member, Member.id == Card.member_id)
            .where(Card.number.in_(chunk), *scope_conditions(session))
        )
        holders.update({n: (m, here) for n, m, here in session.execute(query)})
    member_ids: list[str] = []
    for number in wanted:
        if number in holders:
            member_ids.append(holders[number][0])
        elif len(number) == 13 and not is_valid_ean13(number):
            result.bad_check.append(number)
        else:
            result.unknown.append(number)
    members = _members(session, list(dict.fromkeys(member_ids)))
    for member in members:
        if member.profkards_on is None:
            member.profkards_on = on
            result.marked += 1
        else:
            result.already += 1
    session.flush()
    log_event(
        session,
        "import",
        "profkards",
        details={"lines": result.lines, "marked": result.marked, "rejected": result.rejected},
    )
    return result
