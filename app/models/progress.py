"""Progress over time: the campaign figures at the end of each past month, from the members'
own dates, and the day the current pace reaches 100 %.

A figure at the end of month M counts the members who belonged then (joined on or before the
day, or with no joining date, and not left on or before it), as the statistical report does
(app.models.report): e-registered (e_registered_on on or before the day), holding a handed
card (a card handed on or before the day, whatever became of it later), with a booklet
(booklet_on) and in PROFKARDS (profkards_on). Because every one of these is a date on the
member or the card, any past month is rebuilt the same way as the current one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from .entities import Card, Member
from .member_list import scope_conditions
from .organisations import get_by_code, subtree_ids
from .permissions import Permission, require

FIGURES = ("e_registered", "cards", "booklets", "profkards")


@dataclass
class MonthFigures:
    day: dt.date  # the last day of the month (today for the current month)
    members: int
    e_registered: int
    cards: int
    booklets: int
    profkards: int

    def percent(self, figure: str) -> float:
        return round(100.0 * getattr(self, figure) / self.members, 1) if self.members else 0.0


def month_ends(today: dt.date, months: int) -> list[dt.date]:
    """The last days of the `months` months up to this one; this month ends today."""
    days = [today]
    first = today.replace(day=1)
    for _ in range(months - 1):
        first_prev = (first - dt.timedelta(days=1)).replace(day=1)
        days.append(first - dt.timedelta(days=1))
        first = first_prev
    return sorted(days)


def progress(
    session: Session, org_code: str | None = None, months: int = 24, today: dt.date | None = None
) -> list[MonthFigures]:
    """The figures at each month's end, oldest first, in one pass over the member table."""
    require(session, Permission.REPORTS)
    today = today or dt.date.today()
    days = month_ends(today, months)
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
        select(*columns)
        .select_from(Member)
        .outerjoin(first_handed, first_handed.c.member_id == Member.id)
        .where(*scope_conditions(session))
    )
    if org_code:
        query = query.where(
            Member.organisation_id.in_(subtree_ids(session, get_by_code(session, org_code).id))
        )
    row = session.execute(query).one()
    values = [int(v or 0) for v in row]
    return [MonthFigures(day, *values[i * 5 : i * 5 + 5]) for i, day in enumerate(days)]


def pace_date(series: list[MonthFigures], figure: str, window: int = 6) -> dt.date | None:
    """The day the figure reaches every member at the pace of the last `window` months
    (percentage points a day, a straight line); None when it is not moving forward.
    Today's date when it is already there."""
    if not series:
        return None
    last = series[-1]
    if last.percent(figure) >= 100.0:
        return last.day
    first = series[max(0, len(series) - 1 - window)]
    days = (last.day - first.day).days
    gained = last.percent(figure) - first.percent(figure)
    if days <= 0 or gained <= 0:
        return None
    return last.day + dt.timedelta(days=round((100.0 - last.percent(figure)) * days / gained))
