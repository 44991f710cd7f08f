"""The SQLite SQL of the reading commands, over a DB-API connection (no SQLAlchemy).

The light path runs these on its read-only connection; the normal path on SQLite runs the
same functions on its session's connection (app.models.organisations, app.models.export),
so both answer alike by construction. PostgreSQL keeps the SQLAlchemy queries, and
tests/unit/test_fastread.py compares the two over many searches and scopes.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..kinds import ShipmentStatus
from ..org_nodes import NODE_COLUMNS, OrgNode, assemble_tree
from ..search_words import SearchWords

MAX_BOUND = 500  # ids per statement: well under SQLite's limit of bound parameters

ORG_COLUMNS = (
    "id",
    "code",
    "name",
    "kind",
    "parent_code",
    "employees",
    "students",
    "chair",
    "chair_phone",
)
RECORD_COLUMNS = (
    "id",
    "last_name",
    "first_name",
    "patronymic",
    "birth_date",
    "sex",
    "category",
    "position",
    "organization_code",
    "phone",
    "email",
    "joined_on",
    "left_on",
    "leave_reason",
    "e_registered_on",
    "consent_on",
    "card_number",
)
_FTS = "member.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ?)"
_CARD_HOLDERS = (
    "member.rowid IN (SELECT card_holder.rowid FROM member AS card_holder "
    "JOIN card ON card.member_id = card_holder.id WHERE card.number >= ? AND card.number < ?)"
)


def _marks(count: int) -> str:
    return ",".join("?" * count)


def organisation_rows(conn: Any, orgs: Collection[str] | None) -> list[dict[str, Any]]:
    """`orgs list`: organisations by code with their parent's code; `orgs` the user's
    subtree (None: all of them)."""
    sql = (
        "SELECT o.id, o.code, o.name, o.kind, p.code, o.employees, o.students, o.chair, "
        "o.chair_phone "
        "FROM organisation AS o LEFT JOIN organisation AS p ON p.id = o.parent_id"
    )
    params: list[str] = []
    if orgs is not None:
        params = sorted(orgs)
        sql += f" WHERE o.id IN ({_marks(len(params))})" if params else " WHERE 0"
    rows = conn.execute(sql + " ORDER BY o.code", params).fetchall()
    return [dict(zip(ORG_COLUMNS, row, strict=True)) for row in rows]


def search_member_ids(
    conn: Any, text: str, *, status: str, limit: int | None, orgs: Collection[str] | None
) -> list[str]:
    """`members search`: the ids of the members the search box's text finds, in name order
    (ties by id), the first `limit`; `status` active | left | all; `orgs` the user's
    subtree (None: everyone). Reads the text as the member list does (SearchWords)."""
    found = SearchWords.parse(text)
    where: list[str] = []
    params: list[Any] = []
    # the search index finds the few rows: the unary + keeps SQLite off the status index
    if status == "active":
        where.append("+member.left_on IS NULL")
    elif status == "left":
        where.append("+member.left_on IS NOT NULL")
    if orgs is not None:
        scope = sorted(orgs)
        where.append(f"member.organisation_id IN ({_marks(len(scope))})" if scope else "0")
        params += scope
    if found.word_match:
        where.append(_FTS)
        params.append(found.word_match)
    for start in found.starts:  # one or two letters: the start of the name
        where.append("member.sort_key >= ? AND member.sort_key < ?")
        params += [start, start + "\uffff"]
    for digits in found.numbers:  # a card number's start, or part of a phone number
        match = found.number_match(digits)
        either = f"({_CARD_HOLDERS} OR {_FTS})" if match else _CARD_HOLDERS
        where.append(either)
        params += [digits, digits + ":", *([match] if match else [])]
    sql = "SELECT member.id FROM member"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY member.sort_key, member.id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in conn.execute(sql, params).fetchall()]


def member_records(conn: Any, member_ids: list[str]) -> list[dict[str, Any]]:
    """These members as the export's records (dates as ISO text), in the order given."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(member_ids), MAX_BOUND):
        chunk = member_ids[start : start + MAX_BOUND]
        rows = conn.execute(
            "SELECT m.id, m.last_name, m.first_name, m.patronymic, m.birth_date, m.sex, "
            "m.category, m.position, o.code, m.phone, m.email, m.joined_on, m.left_on, "
            "m.leave_reason, m.e_registered_on, m.consent_on, c.number "
            "FROM member AS m JOIN organisation AS o ON o.id = m.organisation_id "
            "LEFT JOIN card AS c ON c.member_id = m.id AND c.is_current = 1 "
            f"WHERE m.id IN ({_marks(len(chunk))})",
            chunk,
        ).fetchall()
        found.update((row[0], dict(zip(RECORD_COLUMNS, row, strict=True))) for row in rows)
    return [found[i] for i in member_ids if i in found]


def search_records(
    conn: Any, text: str, *, status: str, limit: int | None, orgs: Collection[str] | None
) -> list[dict[str, Any]]:
    ids = search_member_ids(conn, text, status=status, limit=limit, orgs=orgs)
    return member_records(conn, ids)


def load_tree(conn: Any, scope: str | None) -> list[OrgNode]:
    """The organisation tree with each organisation's own active members counted (the
    tree view, the stock balances); `scope` the root of a limited user's subtree."""
    # the unary + steers SQLite to the covering (organisation_id, left_on, sort_key) index
    counts = dict(
        conn.execute(
            "SELECT member.organisation_id, count(*) FROM member "
            "WHERE +member.left_on IS NULL GROUP BY member.organisation_id"
        ).fetchall()
    )
    rows = conn.execute(f"SELECT {', '.join(NODE_COLUMNS)} FROM organisation").fetchall()
    return assemble_tree(rows, counts, scope)


def stock_sums(conn: Any) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """The booklet ledger summed: (organisation, kind) -> net quantity, reversals included;
    and per organisation the booklets sent to it and not yet received."""
    sums = {
        (org, kind): int(total or 0)
        for org, kind, total in conn.execute(
            "SELECT organisation_id, kind, sum(quantity) FROM stock_movement "
            "GROUP BY organisation_id, kind"
        )
    }
    transit = {
        org: int(total or 0)
        for org, total in conn.execute(
            "SELECT to_org_id, sum(quantity) FROM stock_shipment WHERE status = ? "
            "GROUP BY to_org_id",
            (ShipmentStatus.SENT.value,),
        )
    }
    return sums, transit


def fetch_all(conn: Any, sql: str, params: Any = ()) -> list[tuple]:
    """All rows of `sql` on a DB-API connection: the light path's own or a session's (whose
    pooled connection offers cursors only), the cursor closed after."""
    cursor = conn.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def quoted(value: str) -> str:
    """A value written into SQL as a literal (ids from our own database: SQLite plans a
    literal list better than bound parameters)."""
    return "'" + str(value).replace("'", "''") + "'"
