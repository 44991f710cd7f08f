"""`progress`: the stored months' sums in SQLite's SQL, over a DB-API connection.

app.models.snapshots.stored_months on SQLite runs `stored_months` here on its session's
connection, and `progress` on the light path runs `light_progress` on its read-only one;
PostgreSQL keeps the SQLAlchemy query (tests/unit/test_fastread_progress.py compares them).
The light path answers only when the normal path would store nothing first: every month of
the window taken or rebuilt here already (app.models.snapshots.ensure_months); otherwise
the normal path takes the month's snapshot (an audit entry) or rebuilds the months missing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from typing import Any

from ..kinds import OrgKind
from ..progress_months import (
    COUNTS,
    MONTHS_DONE,
    MonthFigures,
    StoredMonth,
    last_months,
    month_key,
    series,
)
from .queries import fetch_all, quoted
from .worklists import subtree_ids

STORED_SUMS = (
    "SELECT month, max(as_of), "
    + ", ".join(f"sum({c})" for c in COUNTS)
    + ", max(CASE WHEN reconstructed = 1 THEN 1 ELSE 0 END) "
    "FROM progress_snapshot WHERE month >= ? AND month <= ?"
)


def stored_months(
    conn: Any, org_ids: Collection[str] | None, months: int, today: dt.date
) -> list[StoredMonth]:
    """The sums of the organisations' rows for each stored month of the window, oldest
    first; `org_ids` None: every row."""
    window = last_months(today, months)
    sql = STORED_SUMS
    params: list[Any] = [window[0].isoformat(), window[-1].isoformat()]
    if org_ids is not None:  # ids from our own database, written in: SQLite reads a literal
        sql += " AND organisation_id IN (" + ",".join(map(quoted, org_ids)) + ")"
    sql += " GROUP BY month ORDER BY month"
    rows = fetch_all(conn, sql, params)
    result = []
    for month, as_of, *values, rebuilt in rows:
        counts = tuple(int(v or 0) for v in values)
        result.append(
            StoredMonth(_day(month), _day(as_of), counts, bool(rebuilt))  # type: ignore[arg-type]
        )
    return result


def light_progress(
    conn: Any, org_code: str | None, months: int, today: dt.date | None = None
) -> list[MonthFigures] | None:
    """app.models.progress.progress for a database without users (the light path); None
    when the normal path must answer: a month of the window not yet taken or rebuilt here
    (it stores it first), or a code that is not there (it says so)."""
    today = today or dt.date.today()
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (MONTHS_DONE,)).fetchone()
    done = set(json.loads(row[0]) or []) if row is not None and row[0] is not None else set()
    if any(month_key(m) not in done for m in last_months(today, months)):
        return None
    org_ids = None
    if org_code:
        found = conn.execute("SELECT id FROM organisation WHERE code = ?", (org_code,)).fetchone()
        if found is None:
            return None
        top = conn.execute(
            "SELECT id FROM organisation WHERE kind = ?", (OrgKind.REGION.value,)
        ).fetchone()
        if top is None or top[0] != found[0]:  # the region's own code: every row
            org_ids = subtree_ids(conn, org_code)
    found_months = {m.month: m for m in stored_months(conn, org_ids, months, today)}
    return series(found_months)


def _day(value: Any) -> dt.date:
    """A Date column as SQLAlchemy reads it (stored as ISO text on SQLite)."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])
