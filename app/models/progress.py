"""Progress over time: the campaign figures month by month, and the day the current pace
reaches 100 %.

The months come from the stored snapshots (app.models.snapshots): the subtree's rows summed
per month. A month of the window never stored here is rebuilt from the member history once
and stored (marked as rebuilt), so only the first look at a new window pays for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from . import kinds
from .office_figures import OfficeFigures, office_figures
from .organisations import get_by_code, region, subtree_ids
from .permissions import Permission, access, require
from .progress_months import (
    COUNTS,
    FIGURES,
    MonthFigures,
    StoredMonth,
    last_months,
    month_end,
    month_start,
    pace_date,
    series,
)
from .reconstruction import own_counts
from .snapshots import ensure_months, may_store, stored_months

__all__ = [
    "CAMPAIGN",
    "FIGURES",
    "MonthFigures",
    "StartFigures",
    "month_ends",
    "pace_date",
    "progress",
    "start_figures",
]

CAMPAIGN = kinds.CAMPAIGN  # the start page's three shares


def month_ends(today: dt.date, months: int) -> list[dt.date]:
    """The last days of the `months` months up to this one; this month ends today."""
    days = [today]
    first = today.replace(day=1)
    for _ in range(months - 1):
        first_prev = (first - dt.timedelta(days=1)).replace(day=1)
        days.append(first - dt.timedelta(days=1))
        first = first_prev
    return sorted(days)


def scope_org_ids(session: Session, org_code: str | None) -> list[str] | None:
    """The organisations whose rows make the figure: the subtree of `org_code`, of the
    user's own organisation for a limited user, None for the whole database."""
    rule = access(session)
    if org_code:
        org = get_by_code(session, org_code)
        rule.require_org(org.id)
        top = region(session)
        return (
            None
            if top is not None and top.id == org.id and rule.orgs is None
            else (subtree_ids(session, org.id))
        )
    db = session.info.get("db")
    own = getattr(db, "user_org_id", None)
    return subtree_ids(session, own) if own else None


def progress(
    session: Session, org_code: str | None = None, months: int = 24, today: dt.date | None = None
) -> list[MonthFigures]:
    """The figures of each stored month of the window, oldest first (months with nobody are
    left out); months missing are rebuilt and stored first."""
    require(session, Permission.REPORTS)
    today = today or dt.date.today()
    org_ids = scope_org_ids(session, org_code)
    storing = may_store(session)
    if storing:
        ensure_months(session, months, today)
    found = {m.month: m for m in stored_months(session, org_ids, months, today)}
    missing = [m for m in last_months(today, months) if m not in found]
    if missing and not storing:  # a limited user stores nothing: rebuilt for the look only
        days = [min(month_end(m), today) for m in missing]
        rebuilt = own_counts(session, days, org_ids)
        for month, day in zip(missing, days, strict=True):
            by_org = rebuilt[day]
            sums = [sum(c[i] for c in by_org.values()) for i in range(len(COUNTS))]
            found[month] = StoredMonth(month, day, tuple(sums), True)  # type: ignore[arg-type]
    return series(found)


@dataclass
class StartFigures:
    """The start page's figures: live now, and last month's stored ones to compare with."""

    now: OfficeFigures
    before: MonthFigures | None  # last month's snapshot (taken or rebuilt); None: none stored

    def change(self, figure: str) -> float | None:
        """Percentage points since last month, from the two rounded shares the page shows
        (so «90,8 %» with «+0,3» means last month read «90,5 %»); None without last month."""
        if self.before is None:
            return None
        return round(self.now.percent(figure) - self.before.percent(figure), 1)

    def members_change(self) -> int | None:
        return None if self.before is None else self.now.members - self.before.members


def start_figures(session: Session, today: dt.date | None = None) -> StartFigures:
    """The office's figures now (for a limited user, of their organisation's subtree) and
    last month's stored snapshot of the same organisations. Reads stored rows only for the
    past (the start page counts on every refresh); the background job stores last month."""
    today = today or dt.date.today()
    org_ids = scope_org_ids(session, None)
    now = office_figures(session, today, org_ids)
    last_month = month_start(month_start(today) - dt.timedelta(days=1))
    before = None
    for stored in stored_months(session, org_ids, 2, today):
        if stored.month == last_month and stored.counts[0]:
            before = MonthFigures(stored.as_of, *stored.counts, reconstructed=stored.reconstructed)
    return StartFigures(now, before)
