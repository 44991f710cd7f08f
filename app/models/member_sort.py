"""The member list in organisation or card-number order without sorting every row.

As SQL, `ORDER BY (the organisation's short name), sort_key` and `ORDER BY (the current
card's number), sort_key` look up a correlated value for every row and sort them all:
0.8-1.3 s at 250,000 members. On SQLite, when the list is not a short search result:
- by organisation, the organisations are walked in short-name order (CROSS JOIN keeps
  SQLite from turning the loops around) and each one's members come from the index
  (organisation_id, left_on, sort_key), already in name order;
- by card number, the current members are read in name order from one covering index
  (row id, member id) and the current cards in number order from theirs, and the two are
  merged here.
The order is the SQL's: NULL first when ascending, equal values in name order.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import Member, Organisation
from .member_list import (
    ROWID,
    MemberFilter,
    SearchPlan,
    driver_rows,
    list_conditions,
    rowids_query,
)
from .permissions import access


def sorted_rowids(
    session: Session, f: MemberFilter, plan: SearchPlan, limit: int | None = None
) -> list[int] | None:
    """Row ids sorted by f.sort ("organisation" or "card_number") for a long list; None
    when the plain SQL sorts few enough rows (a search that found a few, one category, an
    organisation's subtree, a user limited to one)."""
    if plan.rowids is not None or f.org_ids is not None or f.category or f.without_consent:
        return None
    if access(session).narrow(Member.organisation_id):
        return None
    if f.sort == "organisation":
        return _by_organisation(session, f, plan, limit)
    if f.sort == "card_number" and f.status == "active":
        return _by_card_number(session, f, plan, limit)
    return None


def _by_organisation(
    session: Session, f: MemberFilter, plan: SearchPlan, limit: int | None
) -> list[int]:
    order = (Organisation.short_name, Member.sort_key)
    query = (
        select(ROWID)
        .select_from(Organisation)
        .join(Member, Member.organisation_id == Organisation.id)
        .where(*list_conditions(session, f, plan))
        .order_by(*(c.desc() if f.descending else c.asc() for c in order))
    )
    if limit:
        query = query.limit(limit)
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    sql = str(compiled).replace(
        "FROM organisation JOIN member ON", "FROM organisation CROSS JOIN member ON", 1
    )
    params = compiled.construct_params()
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, [params[name] for name in compiled.positiontup or ()])
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def _by_card_number(
    session: Session, f: MemberFilter, plan: SearchPlan, limit: int | None
) -> list[int]:
    by_name = replace(f, sort="name")  # the same direction: ties stay in the SQL's order
    rows = driver_rows(session, rowids_query(session, by_name, None, plan, (ROWID, Member.id)))
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        holders = cursor.execute(
            "SELECT member_id FROM card WHERE is_current = 1 ORDER BY number"
            + (" DESC" if f.descending else "")
        ).fetchall()
    finally:
        cursor.close()
    rowid_of = {member_id: rowid for rowid, member_id in rows}
    with_card = [rowid_of.pop(m) for (m,) in holders if m in rowid_of]
    without = [rowid for rowid, member_id in rows if member_id in rowid_of]
    # no card is NULL: first when ascending, last when descending
    rowids = with_card + without if f.descending else without + with_card
    return rowids[:limit] if limit else rowids
