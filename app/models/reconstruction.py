"""The campaign figures of each organisation on past days, rebuilt from the members' own dates.

A figure on day D counts the organisation's own members (not its subtree's) who belonged then
(joined on or before D, or with no joining date, and not left on or before D), as the
statistical report does (app.models.report): e-registered (e_registered_on on or before D),
holding a handed card (a card handed on or before D, whatever became of it later), with a
booklet (booklet_on) and in PROFKARDS (profkards_on). Every one of these is a date on the
member or the card, so a past month is rebuilt the same way as today.

What it cannot see: a member moved to another organisation counts where they are now, and a
mark taken off or a member deleted is gone from every past month. That is why the figures
are stored each month (app.models.snapshots) and rebuilt only for months never stored.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from .entities import Card, Member
from .progress_months import COUNTS, FIGURES, Counts  # noqa: F401 - their home before


def own_counts(
    session: Session, days: list[dt.date], org_ids: list[str] | None = None
) -> dict[dt.date, dict[str, Counts]]:
    """day -> organisation id -> its own members' counts on that day, in one pass.

    Organisations with nobody on a day are left out of that day. The signed-in user's scope
    is not applied: these are the office's figures, stored for every organisation.
    """
    first_handed = (
        select(Card.member_id, func.min(Card.handed_on).label("handed_on"))
        .where(Card.handed_on.is_not(None))
        .group_by(Card.member_id)
        .subquery()
    )
    handed = first_handed.c.handed_on
    columns = []
    for day in days:
        belongs = and_(
            or_(Member.joined_on.is_(None), Member.joined_on <= day),
            or_(Member.left_on.is_(None), Member.left_on > day),
        )

        def count(condition, belongs=belongs):  # noqa: ANN001, ANN202
            return func.sum(case((and_(belongs, condition), 1), else_=0))

        columns += [
            func.sum(case((belongs, 1), else_=0)),
            count(Member.e_registered_on <= day),
            count(handed <= day),
            count(Member.booklet_on <= day),
            count(Member.profkards_on <= day),
        ]
    query = (
        select(Member.organisation_id, *columns)
        .select_from(Member)
        .outerjoin(first_handed, first_handed.c.member_id == Member.id)
        .group_by(Member.organisation_id)
    )
    if org_ids is not None:
        query = query.where(Member.organisation_id.in_(org_ids))
    result: dict[dt.date, dict[str, Counts]] = {day: {} for day in days}
    width = len(COUNTS)
    for org_id, *values in session.execute(query):
        numbers = [int(v or 0) for v in values]
        for i, day in enumerate(days):
            counts = tuple(numbers[i * width : (i + 1) * width])
            if any(counts):
                result[day][org_id] = counts  # type: ignore[assignment]
    return result
