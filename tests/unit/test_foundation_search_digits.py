"""Search by phone and card digits: resolved to row ids before the list query, on both engines.

A digit fragment is answered from the search index (phone) and the card numbers (a prefix)
as a list of row ids, intersected with the name words; the plans for broad fragments (the
name index walked, a card-number start tested row by row) find the same members.
"""

from __future__ import annotations

import datetime as dt

import pytest

import app.models.member_list as member_list
from app.models import Card, OrgKind
from app.models.installation import init_region
from app.models.member_list import MemberFilter, fetch_rows, member_rowids, search_plan
from app.models.members import create_member
from app.models.organisations import create_org


@pytest.fixture
def any_db(db):
    """An empty database on SQLite or on the test server (`db` runs on both engines)."""
    return db


@pytest.fixture
def people(any_db):
    """Two schools; phones 915-2…, 915-3…, 916-…; cards 4600000000017 and 4600000000024."""
    db = any_db
    with db.session() as s:
        top = init_region(s, "Тестовая областная организация", "46")
        one = create_org(s, kind=OrgKind.PRIMARY, parent_id=top.id, name="СОШ № 1", code="S-01")
        two = create_org(s, kind=OrgKind.PRIMARY, parent_id=top.id, name="СОШ № 2", code="S-02")
        one_id, two_id = one.id, two.id
    rows = [
        ("Иванов", "Пётр", "8 (915) 234-56-78", one_id, "4600000000017"),
        ("Иванов", "Олег", "+7 916 111-22-33", one_id, None),
        ("Петрова", "Анна", "+7 915 399-00-11", two_id, "4600000000024"),
        ("Сидорова", "Ольга", None, two_id, None),
    ]
    ids = {}
    with db.session() as s:
        for last, first, phone, org_id, card in rows:
            member = create_member(
                s,
                {
                    "last_name": last,
                    "first_name": first,
                    "birth_date": dt.date(1980, 5, 1),
                    "organisation_id": org_id,
                    "phone": phone,
                },
            )
            ids[f"{last} {first}"] = member.id
            if card:
                s.add(Card(member_id=member.id, number=card))
    return db, ids, one_id, two_id


def names(db, query, **kw):
    with db.session() as s:
        rows = fetch_rows(s, member_rowids(s, MemberFilter(query=query, **kw)))
    return sorted(f"{r.last_name} {r.first_name}" for r in rows)


def test_phone_fragment_written_either_way_finds_the_member(people):
    db, *_ = people
    for query in (
        "8 (915) 2",
        "+7 915 2",
        "8 915 234",
        "+7 (915) 234-56",
        "79152345678",
        "2345678",
    ):
        assert names(db, query) == ["Иванов Пётр"], query
    assert names(db, "915") == ["Иванов Пётр", "Петрова Анна"]
    assert names(db, "8 (917)") == []


def test_card_number_prefix_finds_the_holder(people):
    db, *_ = people
    assert names(db, "4600000000017") == ["Иванов Пётр"]
    assert names(db, "460000000002") == ["Петрова Анна"]
    assert names(db, "46000") == ["Иванов Пётр", "Петрова Анна"]


def test_name_and_phone_fragment_narrow_each_other(people):
    db, *_ = people
    assert names(db, "Иванов") == ["Иванов Олег", "Иванов Пётр"]
    assert names(db, "Иванов 915") == ["Иванов Пётр"]
    assert names(db, "иванов 916") == ["Иванов Олег"]
    assert names(db, "Петрова 916") == []
    assert names(db, "Иванов 4600000000017") == ["Иванов Пётр"]
    with db.session() as s:  # both parts came back as row ids: no index query left to run
        plan = search_plan(s, "Иванов 915")
    assert not plan.broad and plan.words_resolved and plan.numbers_resolved == {0}
    assert len(plan.rowids) == 1


def test_a_user_limited_to_one_organisation_sees_only_its_members(people):
    db, _, one_id, two_id = people
    db.user_org_id = two_id
    try:
        assert names(db, "915") == ["Петрова Анна"]
        assert names(db, "46000") == ["Петрова Анна"]
        assert names(db, "Иванов 915") == []
    finally:
        db.user_org_id = None
    assert names(db, "915") == ["Иванов Пётр", "Петрова Анна"]


@pytest.mark.parametrize(
    "query", ["915", "+7 915 2", "46000", "4600000000017", "Иванов 915", "46", "ива 46"]
)
def test_narrow_broad_and_dense_plans_agree(people, monkeypatch, query):
    db, *_ = people
    found = []
    for broad_search, dense_cards in ((10**9, 10**9), (-1, 10**9), (-1, 0), (10**9, 0)):
        monkeypatch.setattr(member_list, "BROAD_SEARCH", broad_search)
        monkeypatch.setattr(member_list, "DENSE_CARDS", dense_cards)
        for status in ("active", "all"):
            with db.session() as s:
                found.append(member_rowids(s, MemberFilter(query=query, status=status)))
    assert all(f == found[0] for f in found[::2]) and all(f == found[1] for f in found[1::2])
    assert found[1]  # the query does find somebody
