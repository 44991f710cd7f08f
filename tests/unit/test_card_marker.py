"""The member's marker of its current card follows the card table through every operation.

The database's triggers keep Member.card_status, Member.card_waiting_since and
Member.card_number_sort (migrations card_marker_0001, card_number_marker_0001); after each
card operation the marker must say what the card table says, on both engines, and the work
lists and the card-number order that read it must hold the right people.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.exchange import export_exchange
from app.exchange.conflicts import resolve_conflict
from app.importing import import_members
from app.models import Card, ChangeLogEntry, Member, OrgKind
from app.models.card_marker import TRIGGERS, drifted_members, installed_triggers
from app.models.card_numbers import assign_numbers
from app.models.cards import mark_issued, mark_lost, mark_printed, reissue
from app.models.export import export_members
from app.models.members import create_member, move_member
from app.models.organisations import create_org, region
from app.models.worklists import worklist_member_ids
from tests.unit.test_exchange_sync import PASS, members_of, sync
from tests.unit.test_importing import write_xlsx

TODAY = dt.date(2026, 6, 15)
LONG_AGO = TODAY - dt.timedelta(days=45)


def marker(db, member_id: str) -> tuple:  # noqa: ANN001
    with db.session() as s:
        m = s.get(Member, member_id)
        return (m.card_status, m.card_waiting_since)


def number_of(db, member_id: str) -> str | None:  # noqa: ANN001
    """The member's copy of its current card's number (the card-number order reads it)."""
    with db.session() as s:
        return s.get(Member, member_id).card_number_sort


def current_number(db, member_id: str) -> str | None:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(select(Card.number).where(Card.member_id == member_id, Card.is_current))


def agrees(db) -> None:  # noqa: ANN001
    """Every member's marker is what its current card says."""
    with db.session() as s:
        assert drifted_members(s) == []


def card_of(db, member_id: str) -> str:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(select(Card.id).where(Card.member_id == member_id, Card.is_current))


def listed(db, key: str) -> set[str]:  # noqa: ANN001
    with db.session() as s:
        return set(worklist_member_ids(s, key, today=TODAY))


@pytest.fixture
def school(region_db):
    with region_db.session() as s:
        top = region(s)
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Обоянская РО", code="T01"
        )
        org = create_org(
            s,
            kind=OrgKind.PRIMARY,
            parent_id=district.id,
            name="МБОУ «СОШ № 1» г. Обояни",
            code="T01-001",
        )
        ids = [
            create_member(
                s,
                {
                    "last_name": last,
                    "first_name": "Анна",
                    "birth_date": dt.date(1980, 1, n + 1),
                    "organisation_id": org.id,
                },
            ).id
            for n, last in enumerate(("Авдеева", "Белова", "Волкова"))
        ]
    return region_db, org.id, ids


def test_the_triggers_are_there_at_head(db) -> None:
    with db.session() as s:
        assert installed_triggers(s) == set(TRIGGERS)


def test_every_card_operation_keeps_the_marker(school) -> None:
    db, org_id, (a, b, c) = school
    assert [marker(db, m) for m in (a, b, c)] == [(None, None)] * 3
    with db.session() as s:
        assign_numbers(s, [a, b, c])  # issue
    agrees(db)
    assert marker(db, a) == ("to_print", None)
    assert listed(db, "card-not-printed") == {a, b, c}
    numbers = {m: number_of(db, m) for m in (a, b, c)}
    assert all(numbers.values()) and len(set(numbers.values())) == 3
    assert all(numbers[m] == current_number(db, m) for m in (a, b, c))
    with db.session() as s:
        mark_printed(s, [card_of(db, a), card_of(db, b)], LONG_AGO)  # print
    agrees(db)
    assert marker(db, a) == ("printed", LONG_AGO)
    assert listed(db, "card-not-printed") == {c}
    assert number_of(db, a) == numbers[a]  # printing keeps the number
    assert listed(db, "card-not-handed") == {a, b}
    with db.session() as s:
        mark_issued(s, [card_of(db, a)], TODAY)  # hand out
    agrees(db)
    assert marker(db, a) == ("issued", None)
    assert listed(db, "card-not-handed") == {b}
    assert listed(db, "no-booklet") == {a}
    with db.session() as s:
        mark_lost(s, card_of(db, b), TODAY)  # cancel: lost or spoiled
    agrees(db)
    assert marker(db, b) == (None, None)
    assert number_of(db, b) is None  # a lost card is no current card
    assert number_of(db, a) == numbers[a]  # handing out keeps the number
    assert listed(db, "card-not-handed") == set()
    with db.session() as s:
        reissue(s, b, TODAY)  # a new number after the lost one
        reissue(s, a, TODAY)  # replace a handed card: the old one closes in the same session
    agrees(db)
    assert marker(db, a) == marker(db, b) == ("to_print", None)
    for m in (a, b):  # a reissue gives a new number
        assert (
            number_of(db, m) == current_number(db, m) and number_of(db, m) not in numbers.values()
        )
    assert listed(db, "no-booklet") == set()
    with db.session() as s:  # a card moved to another member (as a duplicate merge does)
        card = s.get(Card, card_of(db, c))
        card.status, card.printed_on = "printed", LONG_AGO
        s.flush()
        s.execute(text("DELETE FROM card WHERE member_id = :m"), {"m": a})
        card.member_id = a
    agrees(db)
    assert marker(db, a) == ("printed", LONG_AGO) and marker(db, c) == (None, None)
    assert number_of(db, a) == numbers[c] and number_of(db, c) is None  # the number moved too
    with db.session() as s:  # a card's number corrected in place
        s.get(Card, card_of(db, a)).number = "2469999999990"
    agrees(db)
    assert number_of(db, a) == "2469999999990"
    with db.session() as s:  # the member left: off the lists, the marker stays true
        s.get(Member, a).left_on = TODAY
        s.get(Member, a).leave_reason = "own_wish"
    agrees(db)
    assert listed(db, "card-not-handed") == set()
    assert number_of(db, a) == "2469999999990"


def test_a_marker_written_by_anything_else_is_put_back(school) -> None:
    db, org_id, (a, b, _c) = school
    with db.session() as s:
        assign_numbers(s, [a])
    with db.engine.begin() as conn:  # a stale whole-row write, a made-up value, a new row
        conn.execute(text("UPDATE member SET card_status = NULL WHERE id = :a"), {"a": a})
        conn.execute(
            text("UPDATE member SET card_status = 'issued', card_waiting_since = :d WHERE id = :b"),
            {"b": b, "d": TODAY},
        )
        conn.execute(text("UPDATE member SET card_number_sort = '0' WHERE id = :a"), {"a": a})
        conn.execute(text("UPDATE member SET card_number_sort = '1' WHERE id = :b"), {"b": b})
    agrees(db)
    assert marker(db, a) == ("to_print", None) and marker(db, b) == (None, None)
    assert number_of(db, a) == current_number(db, a) and number_of(db, b) is None
    with db.session() as s:
        m = create_member(
            s, {"last_name": "Гусева", "first_name": "Анна", "organisation_id": org_id}
        )
        m.card_status = "issued"  # nothing in the program does this; the guard undoes it
        m.card_number_sort = "2460000000000"
    agrees(db)


def test_the_marker_is_no_user_edit_and_does_not_travel(school, tmp_path: Path) -> None:
    db, _org_id, (a, _b, _c) = school
    with db.session() as s:
        before = s.scalar(
            select(func.count())
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "member")
        )
        version = s.get(Member, a).version
        assign_numbers(s, [a])
    with db.session() as s:
        after = s.scalars(
            select(ChangeLogEntry.field).where(ChangeLogEntry.entity == "member")
        ).all()
        assert len(after) == before  # the card is logged as a card, nothing for the member
        assert s.get(Member, a).version == version  # nobody editing the member is refused
        export_members(s, tmp_path / "members.xlsx")
        export_exchange(s, tmp_path / "region.pdx", PASS, "T01")
    from openpyxl import load_workbook

    titles = [c.value for c in next(load_workbook(tmp_path / "members.xlsx").active.rows)]
    assert not any(
        "card_status" in str(t) or "waiting" in str(t) or "_sort" in str(t) for t in titles
    )
    from app.exchange.records import Codec

    assert not {"card_status", "card_waiting_since", "card_number_sort"} & set(
        Codec.of(Member).columns
    )


def test_an_import_with_card_numbers_keeps_the_marker(school, tmp_path: Path) -> None:
    db, _org_id, (a, _b, _c) = school
    path = write_xlsx(
        tmp_path / "школа.xlsx",
        [
            ["Фамилия", "Имя", "Дата рождения", "Организация", "Телефон", "№ билета"],
            # an existing member: a new phone and a card (the import writes the whole row)
            [
                "Авдеева",
                "Анна",
                "01.01.1980",
                "МБОУ «СОШ № 1» г. Обояни",
                "89051112233",
                "2460000000017",
            ],
            ["Дмитриева", "Анна", "02.02.1982", "МБОУ «СОШ № 1» г. Обояни", "", "2460000000024"],
        ],
    )
    with db.session() as s:
        result = import_members(s, path)
    assert result.errors == [] and result.created == 1
    agrees(db)
    assert marker(db, a) == ("issued", None)  # a number from elsewhere: handed already
    assert number_of(db, a) == "2460000000017"
    with db.session() as s:
        new = s.scalar(select(Member.id).where(Member.last_name == "Дмитриева"))
    assert marker(db, new) == ("issued", None)
    assert listed(db, "no-booklet") == {a, new}
    # the import marks its cards itself and checks them at the end: the triggers are back
    with db.session() as s:
        assert installed_triggers(s) == set(TRIGGERS)


def test_an_import_of_new_members_only_writes_their_marker_with_them(
    school, tmp_path: Path
) -> None:
    """Every new card goes to a member the import creates: the marker comes with the
    member's row and no statement marks them afterwards; it must still be the rule's."""
    db, _org_id, _members = school
    path = write_xlsx(
        tmp_path / "новые.xlsx",
        [
            ["Фамилия", "Имя", "Дата рождения", "Организация", "№ билета"],
            ["Егорова", "Анна", "03.03.1983", "МБОУ «СОШ № 1» г. Обояни", "2460000000031"],
            ["Жукова", "Вера", "04.04.1984", "МБОУ «СОШ № 1» г. Обояни", ""],
        ],
    )
    with db.session() as s:
        result = import_members(s, path)
    assert result.errors == [] and result.created == 2
    agrees(db)
    with db.session() as s:
        carded = s.scalar(select(Member.id).where(Member.last_name == "Егорова"))
        plain = s.scalar(select(Member.id).where(Member.last_name == "Жукова"))
    assert marker(db, carded) == ("issued", None)
    assert number_of(db, carded) == "2460000000031"
    assert marker(db, plain) == (None, None) and number_of(db, plain) is None
    assert carded in listed(db, "no-booklet") and plain not in listed(db, "no-booklet")
    with db.session() as s:
        assert installed_triggers(s) == set(TRIGGERS)


@pytest.fixture
def copies(tmp_path: Path, db_path):
    from app.models import demo
    from tests.unit.test_exchange_sync import Copy

    reg = Copy(tmp_path, "region", db_path)
    with reg.db.session(log_changes=False) as s:
        demo.generate(s, members=300, seed=5)
    t1, t2 = Copy(tmp_path, "t01"), Copy(tmp_path, "t02")
    t1.load(reg.export("T01"))
    t2.load(reg.export("T02"))
    yield reg, t1, t2
    for copy in (reg, t1, t2):
        copy.close()


def test_exchange_merges_and_duplicates_keep_the_marker(copies) -> None:
    reg, t1, t2 = copies
    for copy in (reg, t1, t2):  # the demo's bulk cards, and the districts' copies of them
        agrees(copy.db)
    with reg.db.session() as s:
        with_card = select(Card.member_id).where(Card.is_current)
        fresh = s.scalars(
            select(Member.id).where(
                Member.id.in_(members_of(reg, "T01")), Member.id.not_in(with_card)
            )
        ).all()[:2]
        assign_numbers(s, fresh)
    sync(reg, t1, "T01")  # new cards reach the district
    agrees(t1.db)
    assert all(marker(t1.db, m) == ("to_print", None) for m in fresh)
    with t1.db.session() as s:  # the district prints both and hands one out
        cards = [card_of(t1.db, m) for m in fresh]
        mark_printed(s, cards, LONG_AGO)
        mark_issued(s, cards[:1], TODAY)
    agrees(t1.db)
    reg.load(t1.export())  # the district's card work reaches the region
    agrees(reg.db)
    assert marker(reg.db, fresh[0]) == ("issued", None)
    assert marker(reg.db, fresh[1]) == ("printed", LONG_AGO)
    # the region moves a member with a card to the other district: the first copy forgets
    # the member and its cards, the second gets them
    moved = fresh[1]
    with reg.db.session() as s:
        other = s.scalar(
            select(Member.organisation_id).where(Member.id.in_(members_of(reg, "T02")))
        )
        move_member(s, moved, other, TODAY)
    sync(reg, t1, "T01")
    sync(reg, t2, "T02")
    for copy in (reg, t1, t2):
        agrees(copy.db)
    assert t1.member(moved) is None
    assert marker(t2.db, moved) == ("printed", LONG_AGO)
    # the same person typed in twice, both with a card: merged, the cards move to the kept
    with reg.db.session() as s:
        primary = s.scalar(
            select(Member.organisation_id).where(Member.id.in_(members_of(reg, "T01")))
        )
        person = {
            "last_name": "Петрова",
            "first_name": "Анна",
            "birth_date": dt.date(1990, 5, 5),
            "organisation_id": primary,
        }
        here = create_member(s, person).id
    with t1.db.session() as s:
        there = create_member(s, dict(person, last_name="ПЕТРОВА")).id
    reg.load(t1.export())
    with reg.db.session() as s:
        assign_numbers(s, [there])  # the record from the district got the card
    [dup] = [c for c in reg.conflicts() if c.kind == "duplicate"]
    with reg.db.session() as s:
        resolve_conflict(s, dup.id, "here")
    agrees(reg.db)
    assert marker(reg.db, here) == ("to_print", None)
    sync(reg, t1, "T01")
    agrees(t1.db)


def test_an_older_file_gets_its_marker_filled_when_migrated(school) -> None:
    """A database from before the marker (a restored backup, a district's old copy): the
    migration fills the marker from the cards and the lists see them at once."""
    from alembic import command

    from app.models.migrate import alembic_config, upgrade

    db, _org_id, (a, b, c) = school
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "startspeed_0001")
    with db.engine.begin() as conn:  # cards written by the older program
        for member_id, number, status, printed in (
            (a, "2460000000017", "to_print", None),
            (b, "2460000000024", "printed", LONG_AGO),
            (c, "2460000000031", "issued", LONG_AGO),
        ):
            conn.execute(
                text(
                    "INSERT INTO card (id, member_id, number, status, is_current, issued_here, "
                    "created_on, printed_on) VALUES (:id, :m, :n, :s, :cur, :here, :d, :p)"
                ),
                {
                    "id": f"card-{number}",
                    "m": member_id,
                    "n": number,
                    "s": status,
                    "cur": True,
                    "here": True,
                    "d": LONG_AGO,
                    "p": printed,
                },
            )
        upgrade(conn)
    agrees(db)
    assert marker(db, a) == ("to_print", None)
    assert marker(db, b) == ("printed", LONG_AGO)
    assert [number_of(db, m) for m in (a, b, c)] == [
        "2460000000017",
        "2460000000024",
        "2460000000031",
    ]
    assert listed(db, "no-booklet") == {c}
    with db.session() as s:
        assert installed_triggers(s) == set(TRIGGERS)
