"""Ranking: organisations ordered by what is left to do, so the office phones the right
chairmen first.

«Left to do» of an organisation is the number of its active members (its subtree's, for a
territorial one) who are on at least one work list (app.models.worklists), and the same as a
share of its active members; each list's own count comes with it. Ordered by the number left,
then the share, then the code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from .entities import Member, Organisation, OrgKind
from .member_list import scope_conditions
from .organisations import get_by_code, subtree_ids
from .permissions import Permission, require
from .worklists import KINDS, list_condition


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


def _counts_by_org(
    session: Session, org_ids: list[str] | None, today: dt.date
) -> dict[str, list[int]]:
    """organisation id -> [active members, left to do, then one count per list]."""
    conditions = [list_condition(key, today) for key in KINDS]
    columns = [func.count(), func.sum(case((or_(*conditions), 1), else_=0))]
    columns += [func.sum(case((c, 1), else_=0)) for c in conditions]
    query = (
        select(Member.organisation_id, *columns)
        .where(Member.left_on.is_(None), *scope_conditions(session))
        .group_by(Member.organisation_id)
    )
    if org_ids is not None:
        query = query.where(Member.organisation_id.in_(org_ids))
    return {row[0]: [int(v or 0) for v in row[1:]] for row in session.execute(query)}


def ranking(
    session: Session,
    level: str = OrgKind.PRIMARY,
    org_code: str | None = None,
    today: dt.date | None = None,
) -> list[RankRow]:
    """Territorial (level="territorial") or primary organisations, most left to do first."""
    require(session, Permission.REPORTS)
    today = today or dt.date.today()
    org_ids = subtree_ids(session, get_by_code(session, org_code).id) if org_code else None
    counts = _counts_by_org(session, org_ids, today)
    orgs = session.execute(
        select(
            Organisation.id,
            Organisation.parent_id,
            Organisation.code,
            Organisation.name,
            Organisation.short_name,
            Organisation.kind,
            Organisation.chair,
            Organisation.chair_phone,
        )
    ).all()
    parent = {o.id: o.parent_id for o in orgs}
    rows: dict[str, RankRow] = {
        o.id: RankRow(
            o.code, o.short_name or o.name, o.kind, o.chair or "", o.chair_phone or "", o.id
        )
        for o in orgs
        if o.kind == level and (org_ids is None or o.id in org_ids)
    }
    for org_id, values in counts.items():
        node: str | None = org_id
        while node is not None and node not in rows:  # a primary's figures roll up
            node = parent.get(node)
        if node is None:
            continue
        row = rows[node]
        row.members += values[0]
        row.left += values[1]
        for key, value in zip(KINDS, values[2:], strict=True):
            row.by_list[key] = row.by_list.get(key, 0) + value
    for row in rows.values():
        for key in KINDS:
            row.by_list.setdefault(key, 0)
    return sorted(rows.values(), key=lambda r: (-r.left, -r.left_share, r.code))
