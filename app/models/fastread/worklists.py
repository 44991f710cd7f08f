"""The work lists' SQLite walk, over a DB-API connection (no SQLAlchemy).

app.models.worklists runs `walk_rows` on its session's connection (the panel's table, the
records of the sheets), and `worklist --json` / `worklist` read through `json_lines` and
`text_lines` on either path: on the light path on its read-only connection, on the normal
path (SQLite) on the session's. SQLite writes each member's JSON object or text line itself
(json_object, ||): with 36,000 to 235,000 members, building and encoding them in Python was
most of the command's time (tests/unit/test_fastread_worklists.py compares them with the
records app.models.worklists builds).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from .queries import fetch_all, quoted

WAIT_DAYS = 30  # a printed card not handed out for this long is overdue

# SQLite: walk the organisations in code order and, in each, the list's partial index (see
# app.models.entities) in surname order: no sort, and only the listed rows are read. The
# planner does not find that walk by itself (it sorts the whole member table instead).
# Each condition repeats its index's WHERE, so that SQLite may use the index.
WALKS = {  # key -> (member index, member condition)
    "not-e-registered": ("ix_member_wl_ereg", "m.e_registered_on IS NULL"),
    "no-consent": ("ix_member_wl_consent", "m.consent_on IS NULL"),
    "not-in-profkards": ("ix_member_wl_profkards", "m.profkards_on IS NULL"),
    "card-not-printed": ("ix_member_wl_to_print", "m.card_status = 'to_print'"),
    "card-not-handed": (
        "ix_member_wl_not_handed",
        "m.card_waiting_since IS NOT NULL AND m.card_waiting_since <= :printed_by",
    ),
    "no-booklet": (
        "ix_member_wl_no_booklet",
        "m.booklet_on IS NULL AND m.card_status = 'issued'",
    ),
}
CURRENT_CARD = "LEFT JOIN card AS c ON c.member_id = m.id AND c.is_current = 1"

# `worklist --json`: one object per member, these keys in this order (dates as ISO text, as
# SQLite stores them); the organisation by its short name, else its full name; the card
# number from the member's marker of the current card (Member.card_number_sort, kept equal
# to the card table by the triggers of card_number_marker_0001): a join to the card table
# per member was half the time
JSON_OBJECT = (
    "json_object('id', m.id, 'last_name', m.last_name, 'first_name', m.first_name, "
    "'patronymic', m.patronymic, 'organization_code', o.code, 'organization', "
    "CASE WHEN o.short_name IS NOT NULL AND o.short_name <> '' THEN o.short_name "
    "ELSE o.name END, 'card_number', m.card_number_sort, 'e_registered_on', m.e_registered_on, "
    "'consent_on', m.consent_on, 'profkards_on', m.profkards_on, 'booklet_on', m.booklet_on)"
)
# `worklist`: code TAB name TAB card number TAB id; the name's non-empty parts by one space
TEXT_LINE = (
    "o.code || char(9) || substr(coalesce(' ' || nullif(m.last_name, ''), '') || "
    "coalesce(' ' || nullif(m.first_name, ''), '') || "
    "coalesce(' ' || nullif(m.patronymic, ''), ''), 2) || char(9) || "
    "coalesce(m.card_number_sort, '') || char(9) || m.id"
)


def walk_rows(
    conn: Any,
    key: str,
    org_ids: Collection[str] | None,
    scope_ids: Collection[str] | None,
    today: dt.date,
    columns: str,
    join: str = "",
) -> list[tuple]:
    """`columns` of the list's members (`join`ed to more tables), in list order: by
    organisation code, then surname. `org_ids` the chosen subtree, `scope_ids` the user's
    (None: no limit)."""
    index, member_condition = WALKS[key]
    where = ["m.organisation_id = o.id", "m.left_on IS NULL", member_condition]
    for ids in (org_ids, scope_ids):
        if ids is not None:  # ids from our own database, written in: a literal list is faster
            where.append("o.id IN (" + ",".join(quoted(i) for i in ids) + ")")
    sql = (
        f"SELECT {columns} FROM organisation AS o CROSS JOIN member AS m INDEXED BY {index} "
        f"{join} WHERE {' AND '.join(where)} ORDER BY o.code, m.sort_key"
    )
    params = {}
    if ":printed_by" in sql:
        params["printed_by"] = (today - dt.timedelta(days=WAIT_DAYS)).isoformat()
    return fetch_all(conn, sql, params)


def json_lines(
    conn: Any,
    key: str,
    org_ids: Collection[str] | None,
    scope_ids: Collection[str] | None,
    today: dt.date,
) -> list[str]:
    """Each member of the list as one compact JSON object, in list order."""
    rows = walk_rows(conn, key, org_ids, scope_ids, today, JSON_OBJECT)
    return [row[0] for row in rows]


def text_lines(
    conn: Any,
    key: str,
    org_ids: Collection[str] | None,
    scope_ids: Collection[str] | None,
    today: dt.date,
) -> list[str]:
    """Each member of the list as the plain output's tab-separated line, in list order."""
    rows = walk_rows(conn, key, org_ids, scope_ids, today, TEXT_LINE)
    return [row[0] for row in rows]


def subtree_ids(conn: Any, code: str) -> list[str] | None:
    """The ids of the organisation with this code and everything under it; None when no
    organisation has the code (the normal path says so)."""
    row = conn.execute("SELECT id FROM organisation WHERE code = ?", (code,)).fetchone()
    if row is None:
        return None
    rows = conn.execute(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
        "SELECT o.id FROM organisation AS o JOIN tree ON o.parent_id = tree.id) "
        "SELECT id FROM tree",
        (row[0],),
    ).fetchall()
    return [r[0] for r in rows]
