"""The member table sorted by organisation or card number: the quick paths of
app.models.member_sort give the order the plain SQL gives (issue 18: sorting 250,000
members by any column)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.models import Card, Member, Organisation
from app.models.member_list import (
    MemberFilter,
    SearchPlan,
    _first_column,
    member_rowids,
    rowids_query,
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


@pytest.mark.parametrize("sort", ["organisation", "card_number"])
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
