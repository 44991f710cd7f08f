"""The same domain on SQLite and on a PostgreSQL server: search, locking, card numbers.

Every test here runs on both engines through `any_db`; the PostgreSQL variant needs
PROFDESK_TEST_PG_URL (see tests/pgtest.py) and is skipped without it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading

import pytest
from sqlalchemy import func, select, text

from app.models import Card, Member, OrgKind, ProfdeskError, cipher
from app.models import card_numbers as card_numbers_module
from app.models.card_numbers import assign_numbers, is_valid_ean13
from app.models.installation import init_region
from app.models.member_list import MemberFilter, fetch_rows, member_rowids
from app.models.members import (
    ConcurrentEditError,
    create_member,
    find_duplicates,
    get_member,
    update_member,
)
from app.models.organisations import create_org, update_org


@pytest.fixture
def any_db(db):
    """A fresh, empty Profdesk database: a SQLite file, or a database on the test server
    (the `db` fixture of tests/conftest.py runs on both engines)."""
    return db


@pytest.fixture
def school(any_db):
    with any_db.session() as s:
        top = init_region(s, "Тестовая областная организация", "46")
        org = create_org(s, kind=OrgKind.PRIMARY, parent_id=top.id, name="СОШ № 1", code="S-01")
    return any_db, org.id


def add(db, org_id, last, first, patronymic="", birth=dt.date(1980, 5, 1), **extra):
    with db.session() as s:
        values = {
            "last_name": last,
            "first_name": first,
            "patronymic": patronymic,
            "birth_date": birth,
            "organisation_id": org_id,
            **extra,
        }
        return create_member(s, values).id


def search(db, query, **kw):
    with db.session() as s:
        return [
            r.full_name for r in fetch_rows(s, member_rowids(s, MemberFilter(query=query, **kw)))
        ]


def test_search_ignores_case_and_yo_on_both_engines(school):
    db, org = school
    add(db, org, "Ёлкина", "Алёна", "Петровна")
    add(db, org, "Иванов", "Пётр", "Семёнович", phone="8 (910) 555-12-34")
    add(db, org, "Проценко_Вася", "Иван")  # '_' and '%' are letters for search, not patterns
    assert search(db, "елкина") == ["Ёлкина Алёна Петровна"]
    assert search(db, "ЁЛКИНА") == ["Ёлкина Алёна Петровна"]
    assert search(db, "петр семенович") == ["Иванов Пётр Семёнович"]
    assert search(db, "лкин") == ["Ёлкина Алёна Петровна"]
    assert search(db, "ив") == ["Иванов Пётр Семёнович"]
    assert search(db, "Ё") == ["Ёлкина Алёна Петровна"]
    assert search(db, "+7 910 555-12-34") == ["Иванов Пётр Семёнович"]
    assert search(db, "о_в") == ["Проценко_вася Иван"]
    assert search(db, "о%в") == []
    assert search(db, "Сидоров") == []


def test_create_update_and_duplicates_on_both_engines(school):
    db, org = school
    member_id = add(db, org, "Ёлкина", "Алёна", "Петровна")
    with db.session() as s:
        update_member(s, member_id, {"position": "Учитель", "phone": "+7 910 000-00-01"})
    with db.session() as s:
        member = get_member(s, member_id)
        assert (member.position, member.phone, member.version) == ("Учитель", "+79100000001", 2)
        twins = find_duplicates(s, "ЕЛКИНА", "алена", "петровна", dt.date(1980, 5, 1))
        assert [m.id for m in twins] == [member_id]


def test_second_save_of_the_same_member_is_refused_naming_what_changed(school):
    db, org = school
    member_id = add(db, org, "Ёлкина", "Алёна", position="Учитель")
    # workstation A opens the form
    with db.session() as s:
        seen = get_member(s, member_id)
        seen_version, seen_values = seen.version, {"position": seen.position, "phone": seen.phone}
    # workstation B saves first
    with db.session() as s:
        update_member(s, member_id, {"phone": "+7 910 555-12-34", "position": "Завуч"})
    # A's save is refused and tells what B saved
    with pytest.raises(ConcurrentEditError) as refused, db.session() as s:
        update_member(
            s,
            member_id,
            {"position": "Учитель музыки"},
            expected_version=seen_version,
            original=seen_values,
        )
    message = str(refused.value)
    assert "другой пользователь" in message
    assert "телефон — «+79105551234»" in message
    assert "должность — «Завуч»" in message
    with db.session() as s:
        assert get_member(s, member_id).position == "Завуч"


def test_two_open_sessions_saving_at_once_never_overwrite(school):
    """Both read the member, both write: the slower one hits the version check in UPDATE."""
    db, org = school
    member_id = add(db, org, "Иванов", "Пётр")
    with (
        pytest.raises(ConcurrentEditError, match="должность — «Директор»"),
        db.session() as slow,
    ):
        loaded = get_member(slow, member_id)  # version 1, kept in this session's identity map
        with db.session() as fast:
            update_member(fast, member_id, {"position": "Директор"})
        assert loaded.version == 1
        update_member(slow, member_id, {"position": "Сторож"})
    with db.session() as s:
        assert get_member(s, member_id).position == "Директор"


def test_second_save_of_an_organisation_is_refused(school):
    from app.models import Organisation

    db, org_id = school
    with pytest.raises(ProfdeskError, match="изменил другой пользователь"), db.session() as slow:
        loaded = slow.get(Organisation, org_id)
        with db.session() as fast:
            update_org(fast, org_id, chair="Петрова А. А.")
        assert loaded.version == 1
        update_org(slow, org_id, chair="Сидорова Б. Б.")
    with db.session() as s:
        assert s.get(Organisation, org_id).chair == "Петрова А. А."


def test_concurrent_card_batches_never_share_a_number(school, monkeypatch):
    """Two workstations number two batches at the same moment, on two connections."""
    db, org = school
    with db.session(log_changes=False) as s:
        batches = [[], []]
        for i in range(40):
            member = Member(
                last_name=f"Тестова{i}", first_name="Анна", organisation_id=org, category="worker"
            )
            s.add(member)
            s.flush()
            batches[i % 2].append(member.id)
    # Make the race certain: after reading the highest number each batch waits (up to a
    # second) for the other to read too. Without the numbering lock both read the same
    # highest number and pick the same serials.
    both_read = threading.Barrier(2, timeout=1)
    real_next_serial = card_numbers_module._next_serial

    def next_serial_then_wait(session, prefix):
        serial = real_next_serial(session, prefix)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait()
        return serial

    monkeypatch.setattr(card_numbers_module, "_next_serial", next_serial_then_wait)
    results: dict[int, dict[str, str]] = {}
    errors: list[BaseException] = []

    def batch(index: int) -> None:
        try:
            with db.session() as s:
                results[index] = assign_numbers(s, batches[index])
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=batch, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    numbers = [n for r in results.values() for n in r.values()]
    assert len(numbers) == 40 and len(set(numbers)) == 40
    assert all(is_valid_ean13(n) for n in numbers)
    with db.session() as s:
        assert s.scalar(select(func.count(func.distinct(Card.number)))) == 40


def test_a_row_held_by_another_workstation_is_a_clear_busy_sentence(school):
    """Another workstation in the middle of a long write: the save waits (busy_timeout,
    lock_timeout), then hears that the database is busy, and nothing is half saved."""
    db, org_id = school
    member_id = add(db, org_id, "Лебедева", "Ольга")
    if db.is_server:
        other = db.engine.connect()
        other.execute(text("SELECT id FROM member WHERE id = :id FOR UPDATE"), {"id": member_id})
    else:
        other = cipher.connect(db.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProfdeskError, match="База данных занята"), db.session() as s:
            # the waits of the program (10 s, 5 s) shortened for the test
            wait = "SET lock_timeout = '300ms'" if db.is_server else "PRAGMA busy_timeout = 300"
            s.execute(text(wait))
            update_member(s, member_id, {"position": "Методист"})
    finally:
        other.rollback()
        other.close()
    with db.session() as s:
        assert get_member(s, member_id).position in (None, "")
