import datetime as dt

import pytest
from sqlalchemy import select

from app.models import ChangeLogEntry, Member, OrgKind, ValidationError
from app.models.member_list import MemberFilter, fetch_rows, member_rowids
from app.models.members import create_member, find_duplicates, mark_left, move_member
from app.models.organisations import create_org, region


@pytest.fixture
def school(region_db):
    with region_db.session() as s:
        top = region(s)
        district = create_org(
            s,
            kind=OrgKind.TERRITORIAL,
            parent_id=top.id,
            name="Обоянская районная организация",
            code="T01",
        )
        first = create_org(
            s,
            kind=OrgKind.PRIMARY,
            parent_id=district.id,
            name="СОШ № 1 г. Обояни",
            code="T01-001",
            employees=40,
        )
        second = create_org(
            s,
            kind=OrgKind.PRIMARY,
            parent_id=district.id,
            name="Детский сад № 2",
            code="T01-002",
            employees=20,
        )
    return region_db, first.id, second.id


def add(db, org_id, last, first, patronymic="", birth=dt.date(1980, 5, 1), **extra):
    with db.session() as s:
        return create_member(
            s,
            {
                "last_name": last,
                "first_name": first,
                "patronymic": patronymic,
                "birth_date": birth,
                "organisation_id": org_id,
                "category": "worker",
                **extra,
            },
        ).id


def search(db, query, **kw):
    with db.session() as s:
        return [
            r.full_name for r in fetch_rows(s, member_rowids(s, MemberFilter(query=query, **kw)))
        ]


def test_search_ignores_case_and_yo_both_ways(school):
    db, org, _ = school
    add(db, org, "Ёлкина", "Алёна", "Петровна")
    add(db, org, "Иванов", "Пётр", "Семёнович")
    assert search(db, "елкина") == ["Ёлкина Алёна Петровна"]
    assert search(db, "ЁЛКИНА") == ["Ёлкина Алёна Петровна"]
    assert search(db, "ИВАНОВ") == ["Иванов Пётр Семёнович"]
    assert search(db, "петр семенович") == ["Иванов Пётр Семёнович"]
    assert search(db, "лкин") == ["Ёлкина Алёна Петровна"]
    assert search(db, "ив") == ["Иванов Пётр Семёнович"]
    assert search(db, "Сидоров") == []


def test_search_by_phone_in_any_form(school):
    db, org, _ = school
    add(db, org, "Петрова", "Анна", phone="8 (910) 555-12-34")
    assert search(db, "+7 910 555") == ["Петрова Анна"]
    assert search(db, "89105551234") == ["Петрова Анна"]
    assert search(db, "5551234") == ["Петрова Анна"]


def test_form_rules(school):
    db, org, _ = school
    with pytest.raises(ValidationError) as error:
        add(db, org, "", "Анна", birth=dt.date.today() + dt.timedelta(days=3), phone="12")
    assert set(error.value.field_errors) == {"last_name", "birth_date", "phone"}
    member_id = add(db, org, "  сидорова ", "МАРИЯ", phone="+7 (920) 111-22-33")
    with db.session() as s:
        member = s.get(Member, member_id)
        assert (member.last_name, member.first_name, member.phone) == (
            "Сидорова",
            "Мария",
            "+79201112233",
        )


def test_duplicates_found_with_yo(school):
    db, org, _ = school
    add(db, org, "Королёва", "Алёна", "Петровна", birth=dt.date(1990, 1, 2))
    with db.session() as s:
        assert len(find_duplicates(s, "королева", "алена", "петровна", dt.date(1990, 1, 2))) == 1
        assert find_duplicates(s, "Королёва", "Алёна", "Петровна", dt.date(1990, 1, 3)) == []


def test_leaving_keeps_the_record_and_moving_keeps_history(school):
    db, org, other = school
    member_id = add(db, org, "Орлова", "Нина")
    with db.session() as s:
        move_member(s, member_id, other, dt.date(2024, 9, 1))
    with db.session() as s:
        mark_left(s, member_id, dt.date(2025, 1, 15), "retirement")
    assert search(db, "орлова") == []
    assert search(db, "орлова", status="left") == ["Орлова Нина"]
    with db.session() as s:
        member = s.get(Member, member_id)
        assert member.organisation_id == other and member.leave_reason == "retirement"
        changes = s.scalars(
            select(ChangeLogEntry.field).where(
                ChangeLogEntry.entity_id == member_id, ChangeLogEntry.action == "update"
            )
        ).all()
    assert {"organisation_id", "left_on", "leave_reason"} <= set(changes)
