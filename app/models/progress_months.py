"""The months of the progress chart as plain data (no SQLAlchemy): the figures, a month's
sums, the window of months, the pace to 100 %.

Shared by app.models.progress and app.models.snapshots (the normal path, the GUI's chart)
and the light path's `progress` (app.models.fastread.progress), so both print alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FIGURES = ("e_registered", "cards", "booklets", "profkards")
COUNTS = ("members", *FIGURES)  # what one stored month of one organisation holds
Counts = tuple[int, int, int, int, int]  # in the order of COUNTS
MONTHS_DONE = "progress.months_done"  # setting: "YYYY-MM" of the months taken or rebuilt here


@dataclass
class StoredMonth:
    """A subtree's sums for one month."""

    month: dt.date
    as_of: dt.date
    counts: Counts
    reconstructed: bool  # some of its rows were rebuilt, not taken


@dataclass
class MonthFigures:
    day: dt.date  # the day the month's figures are of (its last day when rebuilt)
    members: int
    e_registered: int
    cards: int
    booklets: int
    profkards: int
    reconstructed: bool = False  # rebuilt from the history, not taken in that month

    def percent(self, figure: str) -> float:
        return round(100.0 * getattr(self, figure) / self.members, 1) if self.members else 0.0


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(month: dt.date) -> dt.date:
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def last_months(today: dt.date, months: int) -> list[dt.date]:
    """The first days of the `months` months up to this one, oldest first."""
    result = [month_start(today)]
    while len(result) < months:
        result.append(month_start(result[-1] - dt.timedelta(days=1)))
    return sorted(result)


def month_key(month: dt.date) -> str:
    return f"{month:%Y-%m}"


def series(found: dict[dt.date, StoredMonth]) -> list[MonthFigures]:
    """The stored months as the chart's figures, oldest first; months with nobody left out."""
    return [
        MonthFigures(m.as_of, *m.counts, reconstructed=m.reconstructed)
        for _month, m in sorted(found.items())
        if m.counts[0]
    ]


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
