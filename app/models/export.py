"""Member lists out of the program: CSV with machine keys, XLSX with Russian titles.

The XLSX titles are the ones the importer recognises, so an exported file can be
imported back without loss.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import part_files
from .audit import log_event
from .cells import csv_value, drop_unsaved, xlsx_cell
from .entities import Card, Member, Organisation
from .errors import ValidationError
from .member_list import MemberFilter, scope_conditions
from .member_list import member_ids as listed_member_ids
from .organisations import get_by_code, subtree_ids
from .permissions import Permission, access, require

# machine key -> column title for people (the importer knows every one of these titles)
EXPORT_COLUMNS: dict[str, str] = {
    "id": "Идентификатор",
    "last_name": "Фамилия",
    "first_name": "Имя",
    "patronymic": "Отчество",
    "birth_date": "Дата рождения",
    "sex": "Пол",
    "category": "Категория",
    "position": "Должность",
    "organization_code": "Код организации",
    "phone": "Телефон",
    "email": "Электронная почта",
    "joined_on": "Дата вступления",
    "left_on": "Дата выхода",
    "leave_reason": "Причина выхода",
    "e_registered_on": "Дата постановки на электронный учёт",
    "consent_on": "Дата согласия на обработку персональных данных",
    "card_number": "Номер профсоюзного билета",
}
DATE_KEYS = {"birth_date", "joined_on", "left_on", "e_registered_on", "consent_on"}
CATEGORY_TITLES = {"worker": "работающий", "student": "студент", "pensioner": "пенсионер"}
SEX_TITLES = {"M": "М", "F": "Ж"}
LEAVE_REASON_TITLES = {
    "own_wish": "по собственному желанию",
    "dismissal": "увольнение",
    "retirement": "выход на пенсию",
    "death": "смерть",
    "transfer": "переход в другую организацию",
}


def member_records(
    session: Session, org_code: str | None = None, member_ids: list[str] | None = None
) -> Iterator[dict]:
    """Members as dicts with the export keys, in the order of the member list."""
    query = (
        select(Member, Organisation.code, Card.number)
        .join(Organisation, Organisation.id == Member.organisation_id)
        .outerjoin(Card, (Card.member_id == Member.id) & Card.is_current.is_(True))
        .order_by(Organisation.code, Member.sort_key)
    )
    if org_code:
        org = get_by_code(session, org_code)
        access(session).require_org(org.id)
        query = query.where(Member.organisation_id.in_(subtree_ids(session, org.id)))
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    query = query.where(*scope_conditions(session))  # a user limited to one organisation
    for member, code, card_number in session.execute(query.execution_options(yield_per=2000)):
        yield {
            "id": member.id,
            "last_name": member.last_name,
            "first_name": member.first_name,
            "patronymic": member.patronymic,
            "birth_date": member.birth_date,
            "sex": member.sex,
            "category": member.category,
            "position": member.position,
            "organization_code": code,
            "phone": member.phone,
            "email": member.email,
            "joined_on": member.joined_on,
            "left_on": member.left_on,
            "leave_reason": member.leave_reason,
            "e_registered_on": member.e_registered_on,
            "consent_on": member.consent_on,
            "card_number": card_number,
        }


def as_json_record(record: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in record.items()}


def search_records(session: Session, text: str, *, status: str, limit: int | None) -> list[dict]:
    """`members search`: the members found, as JSON records in name order. On SQLite the
    light path's SQL on this session's connection (one query for both paths); elsewhere the
    member list's query."""
    orgs = access(session).orgs
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import queries

        raw = connection.connection.driver_connection
        return queries.search_records(raw, text, status=status, limit=limit, orgs=orgs)
    return query_search_records(session, text, status=status, limit=limit)


def query_search_records(
    session: Session, text: str, *, status: str, limit: int | None
) -> list[dict]:
    """search_records through the member list's query: PostgreSQL's (and the parity
    tests')."""
    ids = listed_member_ids(session, MemberFilter(query=text, status=status), limit=limit)
    found = {r["id"]: r for r in member_records(session, member_ids=ids)} if ids else {}
    return [as_json_record(found[i]) for i in ids if i in found]


def export_members(session: Session, out: Path, org_code: str | None = None) -> int:
    """Write the members to .csv or .xlsx (by the file's suffix); returns how many."""
    require(session, Permission.EXPORT_PERSONAL)
    suffix = out.suffix.lower()
    records = member_records(session, org_code)
    if suffix == ".csv":
        count = _write_csv(out, records)
    elif suffix == ".xlsx":
        count = _write_xlsx(out, records)
    else:
        raise ValidationError("Выгрузка возможна в файл .csv или .xlsx.")
    _log_export(session, out, count, org_code)
    return count


def _log_export(session: Session, out: Path, count: int, org_code: str | None) -> None:
    log_event(
        session,
        "export",
        "member",
        details={"file": out.name, "count": count, "org": org_code or ""},
    )


def _write_csv(out: Path, records: Iterator[dict]) -> int:
    count = 0
    with part_files.writing(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(EXPORT_COLUMNS))
        writer.writeheader()
        for record in records:
            writer.writerow(
                {
                    k: ("" if v is None else csv_value(as_json_record({k: v})[k]))
                    for k, v in record.items()
                }
            )
            count += 1
    return count


def _write_xlsx(out: Path, records: Iterator[dict]) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    try:
        count = _fill_xlsx(workbook, records)
        with part_files.writing(out) as tmp:
            workbook.save(tmp)
    except BaseException:  # a refusal, a cancel, a full disk: no rows left in a temp file
        drop_unsaved(workbook)
        raise
    return count


def _fill_xlsx(workbook: Any, records: Iterator[dict]) -> int:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet("Члены Профсоюза")
    keys = list(EXPORT_COLUMNS)
    widths = {"id": 38, "position": 30, "e_registered_on": 16, "consent_on": 16}
    for index, key in enumerate(keys):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = widths.get(key, 16 if key in DATE_KEYS else 18)
    sheet.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    header = []
    for key in keys:
        cell = WriteOnlyCell(sheet, value=EXPORT_COLUMNS[key])
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for record in records:
        row = []
        for key in keys:
            value = record[key]
            if key == "category":
                value = CATEGORY_TITLES.get(value, value)
            elif key == "sex":
                value = SEX_TITLES.get(value, value)
            elif key == "leave_reason":
                value = LEAVE_REASON_TITLES.get(value, value)
            if key in DATE_KEYS and value is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD.MM.YYYY"
                row.append(cell)
            else:
                row.append(xlsx_cell(sheet, value))
        sheet.append(row)
        count += 1
    return count


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
