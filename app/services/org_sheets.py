"""Lists for the organisations: one sheet per primary organisation, PDF (A4) or .xlsx.

For a primary organisation the sheet is its own; for a territorial one (or the region) each
primary organisation under it gets its own sheet, in code order, all in one file, so a
district office prints thirty of them in one go. A member is on the sheet when any work
list (or only the one asked for) holds them; the column «Что ещё нужно» says which.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import part_files
from ..models.audit import log_event
from ..models.cells import xlsx_row
from ..models.entities import Card, Member, Organisation, OrgKind
from ..models.errors import ValidationError
from ..models.organisations import get_by_code, region, subtree_ids
from ..models.permissions import Permission, require
from ..models.text import readable_phone
from ..models.worklists import KINDS, worklist_member_ids

if TYPE_CHECKING:  # reportlab loads with the PDF, not with every worklist command
    from ..printing.org_sheet import SheetOrganisation


def sheet_records(
    session: Session,
    org_code: str | None = None,
    kinds: list[str] | None = None,
    today: dt.date | None = None,
) -> list[SheetOrganisation]:
    """The primary organisations of the subtree, each with its members still to be served."""
    from ..printing.org_sheet import SheetMember, SheetOrganisation

    require(session, Permission.VIEW_MEMBERS)
    kinds = kinds or list(KINDS)
    top = get_by_code(session, org_code) if org_code else region(session)
    org_ids = subtree_ids(session, top.id) if top is not None else None
    needs: dict[str, list[str]] = {}
    for key in kinds:
        for member_id in worklist_member_ids(session, key, org_ids, today):
            needs.setdefault(member_id, []).append(KINDS[key].need)
    primaries = session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.code,
            Organisation.chair,
            Organisation.chair_phone,
        )
        .where(Organisation.kind == OrgKind.PRIMARY, Organisation.active.is_(True))
        .where(Organisation.id.in_(org_ids) if org_ids is not None else True)
        .order_by(Organisation.code)
    ).all()
    sheets = {
        oid: SheetOrganisation(name, code, chair, readable_phone(phone))
        for oid, name, code, chair, phone in primaries
    }
    ids = list(needs)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        card = (
            select(Card.number)
            .where(Card.member_id == Member.id, Card.is_current.is_(True))
            .limit(1)
            .scalar_subquery()
        )
        query = select(
            Member.id,
            Member.organisation_id,
            Member.last_name,
            Member.first_name,
            Member.patronymic,
            Member.sort_key,
            card,
        ).where(Member.id.in_(chunk))
        for member_id, org_id, last, first, middle, sort_key, number in session.execute(query):
            if org_id in sheets:
                name = " ".join(p for p in (last, first, middle) if p)
                member = SheetMember(name, number or "", needs[member_id])
                member.sort_key = sort_key  # type: ignore[attr-defined]
                sheets[org_id].members.append(member)
    for sheet in sheets.values():
        sheet.members.sort(key=lambda m: m.sort_key)  # type: ignore[attr-defined]
    return list(sheets.values())


def write_org_sheets(
    session: Session,
    out: Path,
    org_code: str | None = None,
    kinds: list[str] | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the sheets to .pdf or .xlsx; returns how many organisations. Logged as an export."""
    require(session, Permission.EXPORT_PERSONAL)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError("Списки для организаций сохраняются в файл .pdf или .xlsx.")
    sheets = sheet_records(session, org_code, kinds, today)
    if not sheets:
        raise ValidationError("В выбранной части дерева нет первичных организаций.")
    title = (
        f"Рабочий список «{KINDS[kinds[0]].title}»"
        if kinds and len(kinds) == 1
        else "Список членов Профсоюза, которым ещё нужно помочь"
    )
    top = region(session)
    if suffix == ".pdf":
        from ..printing.org_sheet import org_sheets_pdf

        org_sheets_pdf(sheets, out, title, top.name if top else "", today)
    else:
        _write_xlsx(sheets, out, title)
    log_event(
        session,
        "export",
        "member",
        details={
            "file": out.name,
            "count": sum(len(s.members) for s in sheets),
            "org": org_code or "",
            "sheets": len(sheets),
        },
    )
    return len(sheets)


def _write_xlsx(sheets: list[SheetOrganisation], out: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for org in sheets:
        name = org.code[:31] or "Организация"
        while name in used:
            name = name[:28] + f"_{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        sheet.append([title])
        sheet.append(xlsx_row(sheet, [f"{org.name} (код {org.code})"]))
        sheet["A1"].font = Font(bold=True)
        sheet.append(xlsx_row(sheet, [org.chair_line()]))
        sheet.append([])
        sheet.append(["№", "ФИО", "Номер билета", "Что ещё нужно", "Подпись"])
        for cell in sheet[5]:
            cell.font = Font(bold=True)
        for i, member in enumerate(org.members, start=1):
            line = [i, member.full_name, member.card_number, "; ".join(member.needs), ""]
            sheet.append(xlsx_row(sheet, line))  # text cells: a name is never a formula
        for letter, width in zip("ABCDE", (5, 40, 16, 60, 18), strict=True):
            sheet.column_dimensions[letter].width = width
    with part_files.writing(out) as tmp:
        workbook.save(tmp)


def write_ranking_xlsx(
    session: Session, out: Path, level: str, org_code: str | None, rows: list | None = None
) -> int:
    """The ranking (app.models.ranking) as a spreadsheet; returns how many organisations.

    `rows`: the ranking as the window shows it (its sort order); computed when None."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ..models.ranking import ranking

    if out.suffix.lower() != ".xlsx":
        raise ValidationError("Рейтинг сохраняется в файл .xlsx.")
    if rows is None:
        rows = ranking(session, level, org_code)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Рейтинг"
    heads = ["№", "Код", "Организация", "Председатель", "Телефон", "Членов", "Осталось"]
    heads += ["Осталось, %"] + [KINDS[k].title for k in KINDS]
    sheet.append(heads)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for i, row in enumerate(rows, start=1):
        phone = readable_phone(row.phone)
        values = [i, row.code, row.name, row.chair, phone, row.members, row.left]
        values.append(row.left_share)
        sheet.append(xlsx_row(sheet, values + [row.by_list[k] for k in KINDS]))
    widths = [5, 12, 45, 28, 16, 10, 10, 12] + [18] * len(KINDS)
    for index, width in enumerate(widths, start=1):
        from openpyxl.utils import get_column_letter

        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "D2"
    log_event(session, "export", "ranking", details={"organisations": len(rows), "level": level})
    with part_files.writing(out) as tmp:
        workbook.save(tmp)
    return len(rows)
