"""The start page's figures on both engines (PostgreSQL when PROFDESK_TEST_PG_URL is set)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Card, Member, demo
from app.models.office_figures import office_figures


@pytest.fixture
def demo_any(db):
    """A small demo region on SQLite or on the test PostgreSQL server."""
    with db.session(log_changes=False) as s:
        demo.generate(s, members=300, seed=3)
    return db


def test_figures_equal_counting_the_rows(demo_any):
    today = dt.date.today()
    with demo_any.session() as s:
        members = s.execute(select(Member.id, Member.left_on, Member.e_registered_on)).all()
        cards = s.execute(select(Card.member_id, Card.status, Card.is_current)).all()
        figures = office_figures(s)
    active = [m for m in members if m.left_on is None]
    holders = {c.member_id for c in cards if c.is_current}
    waiting = sum(1 for c in cards if c.is_current and c.status == "to_print")
    assert figures.members == len(active) > 0
    assert figures.e_registered == sum(
        1 for m in active if m.e_registered_on and m.e_registered_on <= today
    )
    assert figures.cards_to_print == waiting + sum(1 for m in active if m.id not in holders)


def test_card_and_booklet_shares_equal_counting_the_rows_whole_and_for_one_district(demo_any):
    from app.models import Organisation, OrgKind
    from app.models.organisations import subtree_ids

    with demo_any.session() as s:
        some = s.scalars(select(Member).where(Member.left_on.is_(None)).limit(25)).all()
        for member in some:
            member.booklet_on = member.booklet_on or dt.date.today()
    with demo_any.session() as s:
        members = s.execute(
            select(Member.id, Member.organisation_id, Member.left_on, Member.booklet_on)
        ).all()
        handed = set(s.scalars(select(Card.member_id).where(Card.handed_on.is_not(None))))
        district = s.scalars(
            select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL).limit(1)
        ).one()
        district_ids = subtree_ids(s, district.id)
        whole = office_figures(s)
        scoped = office_figures(s, org_ids=district_ids)
    for figures, rows in (
        (whole, members),
        (scoped, [m for m in members if m.organisation_id in district_ids]),
    ):
        active = [m for m in rows if m.left_on is None]
        assert figures.members == len(active) > 0
        assert figures.cards == sum(1 for m in active if m.id in handed) > 0
        assert figures.booklets == sum(1 for m in active if m.booklet_on is not None)
        assert figures.percent("cards") == round(100.0 * figures.cards / figures.members, 1)
    assert whole.booklets >= 25
