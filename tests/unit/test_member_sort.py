"""The member table sorted by organisation or card number: the quick paths give the order
the plain SQL gives (issue 18: sorting 250,000 members by any column). The organisation
order is merged in app.models.member_sort; the card-number order reads the member's copy
of its current card's number (card_number_marker_0001), which must give the order the
correlated look-up of the card table gave."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from app.models import Card, Member, Organisation
from app.models.member_list import (
    ROWID,
    MemberFilter,
    SearchPlan,
    _current_card,
    _first_column,
    list_conditions,
    member_rowids,
    rowids_query,
    search_plan,
)

VALUES = {
    "organisation": "(SELECT short_name FROM organisation o WHERE o.id = m.organisation_id)",
    "card_number": "(SELECT number FROM card c WHERE c.member_id = m.id AND c.is_current)",
}


def _keys(session, sort: str, rowids: list[int]) -> list[tuple]:
    """(sorted value, name key) of each row: equal runs may come in any order in SQL."""
    if not rowids:
        return []
    listed = ",".join(map(str, rowids))
    found = dict(
        (r[0], (r[1], r[2]))
        for r in session.execute(
            text(
                f"SELECT m.rowid, {VALUES[sort]}, m.sort_key FROM member m WHERE m.rowid IN ({listed})"
            )
        )
    )
    return [found[r] for r in rowids]


@pytest.fixture
def sortable(demo_db):
    """The demo region with two organisations sharing a short name and some members without
    a current card, so that ties and NULLs are in the list."""
    with demo_db.session() as s:
        orgs = s.scalars(select(Organisation).where(Organisation.kind == "primary")).all()
        orgs[0].short_name = orgs[1].short_name = "МБОУ СОШ № 1"
        members = s.scalars(select(Member).order_by(Member.sort_key)).all()
        for member in members[::7]:
            for card in s.scalars(select(Card).where(Card.member_id == member.id)):
                card.is_current = False
    return demo_db


@pytest.mark.parametrize("sort", ["organisation"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("status", ["active", "all", "left"])
def test_the_quick_orders_are_the_sql_orders(sortable, sort, descending, status):
    with sortable.session() as s:
        f = MemberFilter(status=status, sort=sort, descending=descending)
        quick = member_rowids(s, f)
        plain = _first_column(s, rowids_query(s, f, None, SearchPlan()))
        assert sorted(quick) == sorted(plain) and len(quick) > 10
        assert _keys(s, sort, quick) == _keys(s, sort, plain)
        assert member_rowids(s, f, limit=50) == quick[:50]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("status", ["active", "all", "left"])
@pytest.mark.parametrize("query", ["", "ова"])
def test_the_card_number_order_is_the_card_tables_order(sortable, descending, status, query):
    """The same rows in the same order as `ORDER BY (the current card's number), sort_key`,
    the way the list was sorted before the member row carried the number."""
    with sortable.session() as s:
        for card in s.scalars(select(Card).where(Card.is_current)).all()[:5]:
            card.is_current = False  # lost: the next card gets a new number
        s.flush()
        for card in s.scalars(select(Card).where(Card.is_current)).all()[:5]:
            card.number = "9" + card.number[1:]  # renumbered: last in the order
        s.flush()
        for card in s.scalars(select(Card).where(Card.is_current)).all()[-5:]:
            s.get(Member, card.member_id).left_on = dt.date(2026, 1, 31)  # left, card kept
        s.flush()
        f = MemberFilter(query=query, status=status, sort="card_number", descending=descending)
        new = member_rowids(s, f)
        plan = search_plan(s, query) if query else SearchPlan()
        order = (_current_card, Member.sort_key)
        old = _first_column(
            s,
            select(ROWID)
            .select_from(Member)
            .where(*list_conditions(s, f, plan))
            .order_by(*(c.desc() if descending else c.asc() for c in order)),
        )
        assert sorted(new) == sorted(old) and len(new) > 3
        assert _keys(s, "card_number", new) == _keys(s, "card_number", old)
        holders = [k for k, _ in _keys(s, "card_number", new) if k is not None]
        assert holders == sorted(holders, reverse=descending)
        assert len(set(holders)) > (3 if not query else 0)
