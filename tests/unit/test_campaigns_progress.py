"""Progress by month, rebuilt from the members' own dates, and the day the pace reaches 100 %."""

from __future__ import annotations

import datetime as dt

from app.models import Card, Member, OrgKind
from app.models.members import create_member
from app.models.organisations import create_org, region
from app.models.progress import MonthFigures, month_ends, pace_date, progress

TODAY = dt.date(2026, 6, 15)


def test_month_ends_end_today():
    assert month_ends(TODAY, 3) == [dt.date(2026, 4, 30), dt.date(2026, 5, 31), TODAY]
    assert month_ends(dt.date(2026, 1, 10), 2) == [dt.date(2025, 12, 31), dt.date(2026, 1, 10)]


def test_past_months_are_rebuilt_from_the_member_dates(region_db):
    db = region_db
    with db.session() as s:
        school = create_org(s, kind=OrgKind.PRIMARY, parent_id=region(s).id, name="Ш", code="R1")

        def member(last: str, **values) -> Member:  # noqa: ANN003
            return create_member(
                s, {"last_name": last, "first_name": "Анна", "organisation_id": school.id} | values
            )

        member("Апрельская", joined_on=dt.date(2026, 4, 1), e_registered_on=dt.date(2026, 4, 20))
        may = member("Майская", joined_on=dt.date(2026, 5, 3), e_registered_on=dt.date(2026, 6, 2))
        gone = member("Ушедшая", joined_on=dt.date(2020, 1, 1), e_registered_on=dt.date(2021, 1, 1))
        s.flush()
        gone.left_on, gone.leave_reason = dt.date(2026, 5, 31), "own_wish"  # left on May 31
        s.add(
            Card(
                member_id=may.id,
                number="2460000000017",
                status="issued",
                printed_on=dt.date(2026, 5, 20),
                handed_on=dt.date(2026, 5, 25),
            )
        )
        may.booklet_on = dt.date(2026, 6, 1)
        may.profkards_on = dt.date(2026, 6, 10)
    with db.session() as s:
        april, may_end, june = progress(s, months=3, today=TODAY)
    assert (april.day, april.members, april.e_registered) == (dt.date(2026, 4, 30), 2, 2)
    assert (may_end.members, may_end.e_registered, may_end.cards) == (2, 1, 1)  # Ушедшая gone
    assert (june.members, june.e_registered, june.booklets, june.profkards) == (2, 2, 1, 1)
    assert june.percent("e_registered") == 100.0 and may_end.percent("cards") == 50.0


def test_pace_date_follows_the_line_of_the_last_months():
    def month(day: dt.date, done: int) -> MonthFigures:
        return MonthFigures(day, 100, done, 0, 0, 0)

    series = [month(dt.date(2026, 4, 30), 80), month(dt.date(2026, 5, 30), 90)]
    assert pace_date(series, "e_registered") == dt.date(2026, 6, 29)  # 10 points in 30 days
    assert pace_date(series, "cards") is None  # not moving
    assert pace_date([month(TODAY, 100)], "e_registered") == TODAY
