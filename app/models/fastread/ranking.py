"""The ranking's counting in SQLite's SQL, over a DB-API connection (no SQLAlchemy).

`ranking` on the light path runs `light_ranking` on its read-only connection, and
app.models.ranking.ranking on SQLite runs `counts_by_org` and `org_rows` on its session's
connection; PostgreSQL keeps the SQLAlchemy query (tests/unit/test_fastread_ranking.py
compares the two). The rows, their roll-up and order (`rank`) are the same code on every
path.

At 250,000 members the one pass over the member rows with the six lists' conditions took
0.4 s of CPU; over the covering partial index ix_member_ranking (migration ranking_0001:
the active members' organisation and the columns the lists read) it takes 0.08 s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..worklist_kinds import KINDS
from .queries import fetch_all, quoted
from .worklists import WAIT_DAYS, WALKS

RANKING_INDEX = "ix_member_ranking"
ORG_COLUMNS = "id, parent_id, code, name, short_name, kind, chair, chair_phone"


@dataclass
class RankRow:
    code: str
    name: str
    kind: str
    chair: str = ""  # the chairman's ФИО, as the organisation's card has it
    phone: str = ""  # the chairman's phone ('+7XXXXXXXXXX' or '')
    org_id: str = ""
    members: int = 0
    left: int = 0
    by_list: dict[str, int] = field(default_factory=dict)

    @property
    def left_share(self) -> float:
        """Percent of the active members still to be served, one decimal."""
        return round(100.0 * self.left / self.members, 1) if self.members else 0.0


def counts_by_org(
    conn: Any, org_ids: Collection[str] | None, scope_ids: Collection[str] | None, today: dt.date
) -> dict[str, list[int]]:
    """organisation id -> [active members, left to do, then one count per list (KINDS)];
    `org_ids` the chosen subtree, `scope_ids` the user's (None: no limit). Each list's
    condition is the one its walk reads (app.models.fastread.worklists.WALKS)."""
    conditions = [f"({WALKS[key][1]})" for key in KINDS]
    columns = ["count(*)", f"count(*) FILTER (WHERE {' OR '.join(conditions)})"]
    columns += [f"count(*) FILTER (WHERE {c})" for c in conditions]
    where = ["m.left_on IS NULL"]
    for ids in (org_ids, scope_ids):
        if ids is not None:  # ids from our own database, written in: SQLite reads a literal
            where.append("m.organisation_id IN (" + ",".join(map(quoted, ids)) + ")")
    sql = (
        f"SELECT m.organisation_id, {', '.join(columns)} "
        f"FROM member AS m INDEXED BY {RANKING_INDEX} "
        f"WHERE {' AND '.join(where)} GROUP BY m.organisation_id"
    )
    printed_by = (today - dt.timedelta(days=WAIT_DAYS)).isoformat()
    rows = fetch_all(conn, sql, {"printed_by": printed_by})
    return {row[0]: list(row[1:]) for row in rows}


def org_rows(conn: Any) -> list[tuple]:
    """Every organisation: id, parent_id, code, name, short_name, kind, chair, chair_phone."""
    return fetch_all(conn, f"SELECT {ORG_COLUMNS} FROM organisation")


def rank(
    orgs: Iterable[Any],
    counts: dict[str, list[int]],
    level: str,
    org_ids: Collection[str] | None,
) -> list[RankRow]:
    """The organisations of `level` (within `org_ids`) with their members' counts rolled up
    from the organisations under them, most left to do first (then share, then code).
    `orgs`: rows of ORG_COLUMNS."""
    orgs = list(orgs)
    parent = {o[0]: o[1] for o in orgs}
    rows: dict[str, RankRow] = {
        org_id: RankRow(code, short_name or name, kind, chair or "", phone or "", org_id)
        for org_id, _parent, code, name, short_name, kind, chair, phone in orgs
        if kind == level and (org_ids is None or org_id in org_ids)
    }
    for org_id, values in counts.items():
        node: str | None = org_id
        while node is not None and node not in rows:  # a primary's figures roll up
            node = parent.get(node)
        if node is None:
            continue
        row = rows[node]
        row.members += int(values[0] or 0)
        row.left += int(values[1] or 0)
        for key, value in zip(KINDS, values[2:], strict=True):
            row.by_list[key] = row.by_list.get(key, 0) + int(value or 0)
    for row in rows.values():
        for key in KINDS:
            row.by_list.setdefault(key, 0)
    return sorted(rows.values(), key=lambda r: (-r.left, -r.left_share, r.code))


def light_ranking(
    conn: Any, level: str, org_code: str | None, today: dt.date | None = None
) -> list[RankRow] | None:
    """app.models.ranking.ranking for a database without users (the light path); None for
    a code that is not there (the normal path says so)."""
    from .worklists import subtree_ids

    org_ids = None
    if org_code:
        org_ids = subtree_ids(conn, org_code)
        if org_ids is None:
            return None
    counts = counts_by_org(conn, org_ids, None, today or dt.date.today())
    return rank(org_rows(conn), counts, level, set(org_ids) if org_ids is not None else None)
