"""Stored monthly snapshots: taken, rebuilt once for missing months, read by the chart."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from app.models import Card, Member, OrgKind, metadata
from app.models.members import create_member, move_member
from app.models.organisations import create_org, region
from app.models.progress import progress
from app.models.reconstruction import own_counts
from app.models.snapshots import (
    ProgressSnapshot,
    fill_missing,
    is_due,
    month_end,
    take_snapshot,
)

MARCH_END = dt.date(2026, 3, 31)
TODAY = dt.date(2026, 6, 15)


def _tree(s):  # noqa: ANN001, ANN202
    top = region(s)
    t = create_org(s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Район", code="T9")
    a = create_org(s, kind=OrgKind.PRIMARY, parent_id=t.id, name="Школа А", code="T9A")
    b = create_org(s, kind=OrgKind.PRIMARY, parent_id=t.id, name="Школа Б", code="T9B")
    return t, a, b


def _member(s, org, last: str, **values) -> Member:  # noqa: ANN001, ANN003
    """Dates the member form does not take (left, booklet, PROFKARDS) are set after."""
    late = {k: values.pop(k) for k in ("left_on", "booklet_on", "profkards_on") if k in values}
    member = create_member(
        s, {"last_name": last, "first_name": "Вера", "organisation_id": org.id} | values
    )
    for name, value in late.items():
        setattr(member, name, value)
    if "left_on" in late:
        member.leave_reason = "own_wish"
    s.flush()
    return member


def _rows(s, month: dt.date) -> dict[str, tuple]:  # noqa: ANN001
    query = select(ProgressSnapshot).where(ProgressSnapshot.month == month)
    return {
        r.organisation_id: (r.members, r.e_registered, r.cards, r.booklets, r.profkards)
        for r in s.scalars(query)
    }


def test_the_migration_makes_the_snapshot_table_the_model_describes(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        diffs = [d for d in compare_metadata(context, metadata) if "progress_snapshot" in repr(d)]
    assert diffs == []


def test_a_snapshot_stores_each_organisations_own_counts(region_db):
    with region_db.session() as s:
        _t, a, b = _tree(s)
        for i in range(3):
            _member(s, a, f"Адамова{i}", joined_on=dt.date(2025, 1, 1), e_registered_on=TODAY)
        _member(s, b, "Белова", joined_on=dt.date(2025, 1, 1), booklet_on=dt.date(2026, 6, 1))
        _member(s, b, "Ушла", joined_on=dt.date(2025, 1, 1), left_on=dt.date(2026, 6, 1))
        assert is_due(s, TODAY)
        assert take_snapshot(s, TODAY) == 2
        assert not is_due(s, TODAY)
        rows = _rows(s, dt.date(2026, 6, 1))
        assert rows == {a.id: (3, 3, 0, 0, 0), b.id: (1, 0, 0, 1, 0)}
        row = s.get(ProgressSnapshot, (a.id, dt.date(2026, 6, 1)))
        assert row.as_of == TODAY and not row.reconstructed
        # taken again the same month: replaced, not added
        _member(s, a, "Новая", joined_on=TODAY)
        take_snapshot(s, TODAY)
        assert _rows(s, dt.date(2026, 6, 1))[a.id][0] == 4
        assert s.scalar(select(func.count()).select_from(ProgressSnapshot)) == 2


def test_rebuilding_a_month_gives_what_was_taken_in_it(region_db):
    """The office takes March's snapshot on 31 March; then life goes on (joins, leaves,
    e-registrations, cards, booklets after March). March rebuilt from the history equals
    what was taken, organisation by organisation."""
    with region_db.session() as s:
        _t, a, b = _tree(s)
        early = dt.date(2025, 9, 1)
        m1 = _member(s, a, "Алова", joined_on=early, e_registered_on=dt.date(2026, 2, 1))
        m2 = _member(s, a, "Бекова", joined_on=early, booklet_on=dt.date(2026, 3, 10))
        m3 = _member(s, b, "Ветрова", joined_on=dt.date(2026, 3, 31), profkards_on=MARCH_END)
        _member(s, b, "Громова", joined_on=early, left_on=dt.date(2026, 3, 20))
        s.flush()
        s.add(
            Card(
                member_id=m2.id,
                number="2460000000017",
                status="issued",
                printed_on=dt.date(2026, 3, 1),
                handed_on=dt.date(2026, 3, 5),
            )
        )
        s.flush()
        take_snapshot(s, MARCH_END)
        taken = _rows(s, dt.date(2026, 3, 1))
        assert taken == {a.id: (2, 1, 1, 1, 0), b.id: (1, 0, 0, 0, 1)}
        # after March
        _member(s, a, "Апрельская", joined_on=dt.date(2026, 4, 2), e_registered_on=TODAY)
        m1.left_on, m1.leave_reason = dt.date(2026, 4, 10), "own_wish"
        m3.e_registered_on = dt.date(2026, 4, 1)
        m3.booklet_on = dt.date(2026, 5, 1)
        card = s.scalar(select(Card).where(Card.member_id == m2.id))
        card.status, card.closed_on, card.is_current = "lost", dt.date(2026, 5, 1), False
        s.flush()
        rebuilt = own_counts(s, [MARCH_END])[MARCH_END]
        assert rebuilt == taken


def test_missing_months_are_rebuilt_once_and_a_taken_month_is_kept(region_db):
    with region_db.session() as s:
        t, a, b = _tree(s)
        m = _member(s, a, "Алова", joined_on=dt.date(2026, 1, 15), e_registered_on=MARCH_END)
        take_snapshot(s, MARCH_END)
        # the member moves to school Б in May: the rebuilt months count her there, the
        # taken March keeps her in А
        s.flush()
        move_member(s, m.id, b.id, dt.date(2026, 5, 2))
        s.flush()
        filled = fill_missing(s, 6, TODAY)
        assert filled == [dt.date(2026, m, 1) for m in (1, 2, 4, 5)]
        assert fill_missing(s, 6, TODAY) == []  # once
        assert _rows(s, dt.date(2026, 3, 1)) == {a.id: (1, 1, 0, 0, 0)}
        assert _rows(s, dt.date(2026, 2, 1)) == {b.id: (1, 0, 0, 0, 0)}
        april = s.get(ProgressSnapshot, (b.id, dt.date(2026, 4, 1)))
        assert april.reconstructed and april.as_of == month_end(dt.date(2026, 4, 1))
        # December 2025: nobody yet, no row
        assert _rows(s, dt.date(2025, 12, 1)) == {}


def test_the_chart_reads_the_stored_months(region_db):
    with region_db.session() as s:
        t, a, _b = _tree(s)
        _member(s, a, "Алова", joined_on=dt.date(2026, 1, 15), e_registered_on=MARCH_END)
        _member(s, a, "Бекова", joined_on=dt.date(2026, 1, 15))
        series = progress(s, "T9", 3, TODAY)
        assert [(m.day, m.members, m.e_registered) for m in series] == [
            (dt.date(2026, 4, 30), 2, 1),
            (dt.date(2026, 5, 31), 2, 1),
            (TODAY, 2, 1),
        ]
        assert [m.reconstructed for m in series] == [True, True, False]
        # what is stored is what the chart shows: a correction of the stored April shows
        row = s.get(ProgressSnapshot, (a.id, dt.date(2026, 4, 1)))
        row.e_registered = 2
        s.flush()
        assert progress(s, "T9", 3, TODAY)[0].e_registered == 2
        assert progress(s, None, 3, TODAY)[0].e_registered == 2  # the region: the sum
