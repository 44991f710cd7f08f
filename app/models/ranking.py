"""Ranking: organisations ordered by what is left to do, so the office phones the right
chairmen first.

«Left to do» of an organisation is the number of its active members (its subtree's, for a
territorial one) who are on at least one work list (app.models.worklists), and the same as a
share of its active members; each list's own count comes with it. Ordered by the number left,
then the share, then the code.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from .entities import Member, Organisation, OrgKind
from .fastread.ranking import RankRow, counts_by_org, org_rows, rank
from .member_list import scope_conditions
from .organisations import get_by_code, subtree_ids
from .permissions import Permission, access, require
from .worklists import KINDS, list_condition


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
    """Territorial (level="territorial") or primary organisations, most left to do first
    (RankRow, app.models.fastread.ranking)."""
    require(session, Permission.REPORTS)
    today = today or dt.date.today()
    org_ids = subtree_ids(session, get_by_code(session, org_code).id) if org_code else None
    if session.connection().dialect.name == "sqlite":  # the light path's SQL, written once
        session.flush()
        conn = session.connection().connection.driver_connection
        counts = counts_by_org(conn, org_ids, access(session).orgs, today)
        orgs = org_rows(conn)
    else:
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
    return rank(orgs, counts, level, org_ids)
