"""`stock shipments` and `stock history` in SQLite's SQL, over a DB-API connection.

The light path runs these on its read-only connection; app.models.stock_queries runs the
same functions on its session's connection on SQLite, so both paths answer alike by
construction. PostgreSQL keeps the SQLAlchemy queries (tests/unit/test_fastread_stock.py
compares the two). Both build their rows with app.models.stock_rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from ..stock_rows import HistoryRow, ShipmentFilter, ShipmentRow, history_rows, make_shipment_row

# the columns of app.models.stock_rows.SHIPMENT_FIELDS
SHIPMENT_SQL = (
    "SELECT s.id, s.number, s.status, e.title, e.year, src.id, src.short_name, src.name, "
    "dst.id, dst.short_name, dst.name, s.quantity, s.created_on, s.sent_on, s.received_on, "
    "s.received_by, s.received_quantity, s.note "
    "FROM stock_shipment AS s JOIN stock_edition AS e ON e.id = s.edition_id "
    "JOIN organisation AS src ON src.id = s.from_org_id "
    "JOIN organisation AS dst ON dst.id = s.to_org_id"
)
# the columns of app.models.stock_rows.HISTORY_FIELDS; the other organisation of a
# shipment is the receiver for the sender's entries and the sender for the receiver's
HISTORY_SQL = (
    "SELECT m.id, m.entry_date, m.kind, e.title, m.quantity, s.id IS NOT NULL, s.number, "
    "other.short_name, other.name, m.reason, m.reverses_id, "
    "EXISTS (SELECT 1 FROM stock_movement AS r WHERE r.reverses_id = m.id), m.user_login "
    "FROM stock_movement AS m JOIN stock_edition AS e ON e.id = m.edition_id "
    "LEFT JOIN stock_shipment AS s ON s.id = m.shipment_id "
    "LEFT JOIN organisation AS other ON other.id = CASE WHEN s.from_org_id = m.organisation_id "
    "THEN s.to_org_id ELSE s.from_org_id END "
    "WHERE m.organisation_id = ? ORDER BY m.entry_date, m.created_at, m.id"
)


def shipment_rows(
    conn: Any,
    flt: ShipmentFilter,
    scope: Collection[str] | None = None,
    shipment_id: str | None = None,
) -> list[ShipmentRow]:
    """The shipments `flt` lets through, newest first; the period applies to the sending
    date (the drafting date for drafts). `scope` the user's subtree (None: all): a
    shipment from or to it; `shipment_id` one shipment only."""
    where: list[str] = []
    params: list[Any] = []
    if scope is not None:
        ids = sorted(scope)
        marks = ",".join("?" * len(ids))
        where.append(f"(s.from_org_id IN ({marks}) OR s.to_org_id IN ({marks}))" if ids else "0")
        params += ids + ids
    if shipment_id is not None:
        where.append("s.id = ?")
        params.append(shipment_id)
    if flt.status:
        where.append("s.status = ?")
        params.append(flt.status)
    if flt.org_id:
        where.append("(s.from_org_id = ? OR s.to_org_id = ?)")
        params += [flt.org_id, flt.org_id]
    for bound, op in ((flt.date_from, ">="), (flt.date_to, "<=")):
        if bound:
            where.append(f"coalesce(s.sent_on, s.created_on) {op} ?")
            params.append(_iso(bound))
    sql = SHIPMENT_SQL + (" WHERE " + " AND ".join(where) if where else "")
    rows = conn.execute(sql + " ORDER BY s.number DESC", params).fetchall()
    return [make_shipment_row(r) for r in rows]


def history(conn: Any, org_id: str) -> list[HistoryRow]:
    """Every entry of one organisation, oldest first, with the running balance."""
    return history_rows(conn.execute(HISTORY_SQL, (org_id,)).fetchall())


def org_id_by_code(conn: Any, code: str) -> str | None:
    """The id of the organisation with this code; None when there is none (the normal path
    says so)."""
    row = conn.execute("SELECT id FROM organisation WHERE code = ?", (code,)).fetchone()
    return row[0] if row else None


def _iso(day: dt.date) -> str:
    return day.isoformat()  # as SQLAlchemy binds a date on SQLite
