"""Events worth an audit entry that are not data changes: prints, exports, sign-ins.

They go into the same change_log as data changes (action names below), so the audit view
reads one table; the exchange between offices only reads create/update/delete.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit_view import (  # noqa: F401 - their home before
    ACTION_TITLES,
    ENTITY_TITLES,
    AuditEntry,
    AuditFilter,
    details_of,
    local_midnight_utc,
)
from .base import utcnow
from .cells import csv_row, xlsx_row
from .entities import ChangeLogEntry
from .errors import ValidationError
from .limits import check_date
from .permissions import Permission, require

DATA_ACTIONS = ("create", "update", "delete")
EVENT_ACTIONS = (
    "print",
    "export",
    "import",
    "exchange",
    "login",
    "login_failed",
    "backup",
    "restore",
    "user_add",
    "user_change",
    "password",
)


def log_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Record who did `action` (e.g. "print", "export") on what, in this transaction.

    `details` must never hold passwords; for personal data name counts and files, not people.
    """
    session.add(
        ChangeLogEntry(
            at=utcnow(),
            installation_id=session.info.get("installation_id", ""),
            user_login=session.info.get("user_login", ""),
            action=action,
            entity=entity,
            entity_id=entity_id,
            field="",
            new_value=json.dumps(details or {}, ensure_ascii=False),
        )
    )


# --- reading the log (administrators only; nothing in the program edits or deletes it) -------
def audit_entries(session: Session, f: AuditFilter | None = None) -> list[AuditEntry]:
    """Log entries matching the filter, oldest first (the newest `limit` when limited)."""
    require(session, Permission.AUDIT)
    f = f or AuditFilter()
    if session.connection().dialect.name == "sqlite":  # the light path's SQL, written once
        from .fastread.audit import audit_rows

        session.flush()
        return audit_rows(session.connection().connection.driver_connection, f)
    return orm_audit_entries(session, f)


def orm_audit_entries(session: Session, f: AuditFilter) -> list[AuditEntry]:
    """audit_entries by SQLAlchemy's query: PostgreSQL's (tests compare it with SQLite's)."""
    query = select(ChangeLogEntry)
    check_date(f.since, "Начало выборки журнала")
    check_date(f.until, "Конец выборки журнала")
    if f.since:
        query = query.where(ChangeLogEntry.at >= local_midnight_utc(f.since))
    if f.until:
        query = query.where(ChangeLogEntry.at < local_midnight_utc(f.until + dt.timedelta(days=1)))
    if f.user:
        query = query.where(ChangeLogEntry.user_login == f.user)
    if f.action:
        query = query.where(ChangeLogEntry.action == f.action)
    if f.entity:
        query = query.where(ChangeLogEntry.entity == f.entity)
    if f.limit:
        query = query.order_by(ChangeLogEntry.id.desc()).limit(f.limit)
    else:
        query = query.order_by(ChangeLogEntry.id)
    rows = list(session.scalars(query))
    if f.limit:
        rows.reverse()
    return [
        AuditEntry(
            r.id,
            r.at,
            r.user_login,
            r.action,
            r.entity,
            r.entity_id,
            details_of(r.action, r.field, r.old_value, r.new_value),
        )
        for r in rows
    ]


def audit_choices(session: Session) -> dict[str, list[str]]:
    """The users, actions and entities that occur in the log, for filter lists."""
    require(session, Permission.AUDIT)
    return {
        name: [v for v in session.scalars(select(col).distinct().order_by(col)) if v]
        for name, col in (
            ("user", ChangeLogEntry.user_login),
            ("action", ChangeLogEntry.action),
            ("entity", ChangeLogEntry.entity),
        )
    }


AUDIT_COLUMNS = ("at", "user", "action", "entity", "entity_id", "details")
AUDIT_TITLES = ("Когда", "Пользователь", "Действие", "Объект", "Идентификатор", "Подробности")


def export_audit(session: Session, out: Path, entries: list[AuditEntry]) -> int:
    """The shown entries to .csv or .xlsx (temp file, then rename); the export is logged."""
    require(session, Permission.AUDIT)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("Выгрузка журнала возможна в файл .csv или .xlsx.")
    rows = [
        (
            e.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
            e.user,
            ACTION_TITLES.get(e.action, e.action),
            ENTITY_TITLES.get(e.entity, e.entity),
            e.entity_id,
            json.dumps(e.details, ensure_ascii=False),
        )
        for e in entries
    ]
    tmp = out.with_name(out.name + ".part")
    if suffix == ".csv":
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(AUDIT_TITLES)
            for row in rows:
                writer.writerow(csv_row([row[0].strftime("%d.%m.%Y %H:%M:%S"), *row[1:]]))
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "Журнал"
        sheet.append(AUDIT_TITLES)
        for row in rows:
            sheet.append(xlsx_row(sheet, row))
            sheet.cell(sheet.max_row, 1).number_format = "DD.MM.YYYY HH:MM:SS"
        for letter, width in zip("ABCDEF", (20, 16, 22, 14, 38, 80), strict=True):
            sheet.column_dimensions[letter].width = width
        book.save(tmp)
    tmp.replace(out)
    log_event(session, "export", "audit", details={"file": out.name, "count": len(rows)})
    return len(rows)
