"""Search: the two query plans (narrow and broad) find the same members in the same order."""

import pytest
from sqlalchemy import select

import app.models.member_list as member_list
from app.models import Card, Member
from app.models.member_list import MemberFilter, first_member_rowids, member_rowids

QUERIES = [
    "ова",
    "ИВАНОВА",
    "елкина",
    "ёлкина",
    "Анна Петровна",
    "ов ив",
    "к",
    "Е",
    "ович",
    "9",
    "910",
    "+7 9",
    "4600000",
]


@pytest.fixture
def searchable(demo_db):
    """The demo region plus a current card for one member (number 4600000000017)."""
    with demo_db.session() as s:
        member = s.scalars(
            select(Member).where(Member.left_on.is_(None)).order_by(Member.sort_key)
        ).first()
        for old in s.scalars(select(Card).where(Card.member_id == member.id)):
            old.is_current = False  # one current card per member (a unique index holds it)
        s.flush()
        s.add(Card(member_id=member.id, number="4600000000017"))
    return demo_db, member.id


def test_broad_and_narrow_plans_agree(searchable, monkeypatch):
    db, _ = searchable
    seen = 0
    for query in QUERIES:
        for sort in ("name", "birth_date"):
            for status in ("active", "all", "left"):
                f = MemberFilter(query=query, sort=sort, status=status)
                with db.session() as s:
                    monkeypatch.setattr(member_list, "BROAD_SEARCH", 10**9)
                    narrow = member_rowids(s, f)
                    monkeypatch.setattr(member_list, "BROAD_SEARCH", -1)
                    broad = member_rowids(s, f)
                assert broad == narrow, (query, sort, status)
                seen += len(narrow)
    assert seen > 1000  # the queries do find people


def test_search_finds_by_card_number_prefix(searchable):
    db, member_id = searchable
    with db.session() as s:
        found = member_list.fetch_rows(s, member_rowids(s, MemberFilter(query="4600000")))
    assert [r.id for r in found] == [member_id]


def test_first_rows_of_a_broad_search_then_all(searchable, monkeypatch):
    db, _ = searchable
    monkeypatch.setattr(member_list, "BROAD_SEARCH", 5)
    f = MemberFilter(query="ова")
    with db.session() as s:
        everyone = member_rowids(s, f)
        first, complete = first_member_rowids(s, f, 25)
        whole, whole_complete = first_member_rowids(s, f, len(everyone))
        browse, browse_complete = first_member_rowids(s, MemberFilter(), 25)
    assert len(everyone) > 25
    assert (first, complete) == (everyone[:25], False)
    assert (whole, whole_complete) == (everyone, True)
    assert browse_complete and len(browse) > 25  # browsing is never cut


def test_narrow_search_comes_whole(searchable):
    db, member_id = searchable
    with db.session() as s:
        member = s.get(Member, member_id)
        query = f"{member.last_name.upper()} {member.first_name.replace('ё', 'е')}"
        rowids, complete = first_member_rowids(s, MemberFilter(query=query), 1)
        assert complete and len(rowids) >= 1
        assert rowids == member_rowids(s, MemberFilter(query=query))
