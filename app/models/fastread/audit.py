"""The audit log's reading in SQLite's SQL, over a DB-API connection (no SQLAlchemy).

`audit` reads through `audit_rows` on the light path (its read-only connection) and
app.models.audit.audit_entries on SQLite calls it on the session's connection; PostgreSQL
keeps the SQLAlchemy query (tests/unit/test_fastread_audit.py compares the two).
Reading the log writes nothing: no entry records that someone read it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..audit_view import AuditEntry, AuditFilter, at_text, details_of, local_midnight_utc
from ..limits import check_date
from .queries import fetch_all


def audit_rows(conn: Any, f: AuditFilter) -> list[AuditEntry]:
    """Log entries matching the filter, oldest first (the newest `limit` when limited); the
    dates are local days, compared as the UTC text change_log.at holds."""
    check_date(f.since, "Начало выборки журнала")
    check_date(f.until, "Конец выборки журнала")
    where: list[str] = []
    params: list[Any] = []
    if f.since:
        where.append("at >= ?")
        params.append(at_text(local_midnight_utc(f.since)))
    if f.until:
        where.append("at < ?")
        params.append(at_text(local_midnight_utc(f.until + dt.timedelta(days=1))))
    for column, value in (("user_login", f.user), ("action", f.action), ("entity", f.entity)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    sql = (
        "SELECT id, at, user_login, action, entity, entity_id, field, old_value, new_value "
        "FROM change_log"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    if f.limit:
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(f.limit)
    else:
        sql += " ORDER BY id"
    rows = fetch_all(conn, sql, params)
    if f.limit:
        rows.reverse()
    return [
        AuditEntry(
            row_id, _moment(at), user, action, entity, entity_id, details_of(action, *values)
        )
        for row_id, at, user, action, entity, entity_id, *values in rows
    ]


def _moment(value: Any) -> dt.datetime:
    """change_log.at as SQLAlchemy reads it: a naive datetime (stored as text on SQLite)."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
