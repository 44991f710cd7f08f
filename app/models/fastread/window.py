"""The main window's first view from a plain sqlite3 connection (no SQLAlchemy).

`profdesk` on a file the light path may read (gate.open_reader) shows its window with the
organisation tree and the member list read here, and imports SQLAlchemy only after the first
paint (app.__main__). The member table of the normal path on SQLite runs these same
functions on its session's connection (app.models.member_list), so both show the same rows
by construction; PostgreSQL keeps the SQLAlchemy queries (tests/unit/test_fastread_window.py
compares them).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..member_view import MemberRow
from .queries import MAX_BOUND, _marks

# everyone current, in name order: the (left_on, sort_key) index walked as it stands
BROWSE_ROWIDS = (
    "SELECT member.rowid FROM member WHERE member.left_on IS NULL ORDER BY member.sort_key"
)
_ROWS = (
    "SELECT member.rowid, member.id, member.last_name, member.first_name, member.patronymic, "
    "member.birth_date, member.category, organisation.short_name, member.position, "
    "member.phone, member.joined_on, member.e_registered_on, member.left_on, "
    "member.consent_on, (SELECT card.number FROM card WHERE card.member_id = member.id "
    "AND card.is_current IS 1 LIMIT 1) "
    "FROM member JOIN organisation ON organisation.id = member.organisation_id "
    "WHERE member.rowid IN ({})"
)
_DATES = (5, 10, 11, 12, 13)  # birth, joined, e-registered, left, consent


def browse_rowids(conn: Any) -> list[int]:
    """The row ids of every current member in name order (the window's first list)."""
    return [row[0] for row in conn.execute(BROWSE_ROWIDS).fetchall()]


def member_rows(conn: Any, rowids: list[int]) -> list[MemberRow]:
    """The member table's rows for these row ids, in the order given."""
    found: dict[int, MemberRow] = {}
    for start in range(0, len(rowids), MAX_BOUND):
        chunk = [int(r) for r in rowids[start : start + MAX_BOUND]]
        cursor = conn.cursor()
        try:
            cursor.execute(_ROWS.format(_marks(len(chunk))), chunk)
            for row in cursor.fetchall():
                values = list(row)
                for i in _DATES:
                    values[i] = _date(values[i])
                found[values[0]] = MemberRow(*values)
        finally:
            cursor.close()
    return [found[r] for r in rowids if r in found]


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def setting(conn: Any, key: str, default: Any = None) -> Any:
    """A stored setting as app.models.settings.get_setting reads it (JSON text)."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if row is None or row[0] is None else json.loads(row[0])


def has_organisations(conn: Any) -> bool:
    """An empty database opens on the first-start wizard (the normal path)."""
    return conn.execute("SELECT 1 FROM organisation LIMIT 1").fetchone() is not None
