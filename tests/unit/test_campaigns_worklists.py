"""The campaigns' work lists, each checked against members built to be in it or not."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Card, CardStatus, ChangeLogEntry, Member, OrgKind
from app.models.campaign_marks import (
    import_profkards,
    mark_booklets,
    mark_e_registered,
    mark_profkards,
    read_number_list,
)
from app.models.card_numbers import ean13_check_digit
from app.models.errors import ValidationError
from app.models.members import create_member
from app.models.organisations import create_org, region, subtree_ids
from app.models.worklists import (
    KINDS,
    member_ids_for_rowids,
    worklist_member_ids,
    worklist_query,
    worklist_records,
    worklist_rowids,
)

TODAY = dt.date(2026, 6, 15)


def ean(first12: str) -> str:
    return first12 + ean13_check_digit(first12)


@pytest.fixture
def town(region_db):
    """Two districts' schools and members, each built to land in exactly the lists named."""
    db = region_db
    people: dict[str, str] = {}
    with db.session() as s:
        top = region(s)
        north = create_org(s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Север", code="T2")
        south = create_org(s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Юг", code="T1")
        school_b = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=north.id, name="Школа Б", code="T2-01"
        )
        school_a = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=south.id, name="Школа А", code="T1-01"
        )
        done = {"e_registered_on": TODAY, "consent_on": TODAY}

        def member(key: str, org, last: str, card: tuple | None = None, **values) -> None:  # noqa: ANN001
            fields = {"last_name": last, "first_name": "Анна", "organisation_id": org.id}
            fields.update({k: v for k, v in done.items() if k not in values})
            fields.update(values)
            m = create_member(s, fields)
            people[key] = m.id
            if card:
                number, status, printed_on, handed_on = card
                s.add(
                    Card(
                        member_id=m.id,
                        number=number,
                        status=status,
                        printed_on=printed_on,
                        handed_on=handed_on,
                    )
                )

        member("no_ereg", school_b, "Яковлева", e_registered_on=None)
        member("no_ereg_a", school_a, "Юдина", e_registered_on=None)
        member("no_consent", school_a, "Борисова", consent_on=None)
        member("to_print", school_a, "Васильева", (ean("246000000001"), "to_print", None, None))
        member(
            "printed_old",
            school_a,
            "Громова",
            (ean("246000000002"), "printed", TODAY - dt.timedelta(days=30), None),
        )
        member(
            "printed_new",
            school_a,
            "Дёмина",
            (ean("246000000003"), "printed", TODAY - dt.timedelta(days=29), None),
        )
        member(
            "handed",
            school_a,
            "Егорова",
            (ean("246000000004"), "issued", TODAY - dt.timedelta(days=60), TODAY),
        )
        member(
            "handed_booklet",
            school_a,
            "Жукова",
            (ean("246000000005"), "issued", TODAY, TODAY),
        )
        member("left", school_a, "Зайцева", e_registered_on=None, consent_on=None)
        s.flush()
        s.get(Member, people["left"]).left_on = TODAY
        s.get(Member, people["left"]).leave_reason = "own_wish"
        # the campaign marks are not fields of the member form: set as the actions set them
        s.get(Member, people["handed_booklet"]).booklet_on = TODAY
        s.get(Member, people["handed_booklet"]).profkards_on = TODAY
    return db, people


def names(db, key: str, org_code: str | None = None) -> list[str]:  # noqa: ANN001
    with db.session() as s:
        org_ids = None
        if org_code:
            from app.models.organisations import get_by_code

            org_ids = subtree_ids(s, get_by_code(s, org_code).id)
        rowids = worklist_rowids(s, key, org_ids, TODAY)
        ids = member_ids_for_rowids(s, rowids)
        assert ids == worklist_member_ids(s, key, org_ids, TODAY)
        # SQLite walks a partial index by hand: the same members as the plain query
        assert ids == list(s.scalars(worklist_query(s, key, org_ids, TODAY, Member.id)))
        return [s.get(Member, i).last_name for i in ids]


def test_each_list_holds_exactly_the_members_built_for_it(town):
    db, _ = town
    # sorted by organisation code (T1-01 before T2-01), then surname; the member who left
    # (Зайцева) is on none
    assert names(db, "not-e-registered") == ["Юдина", "Яковлева"]
    assert names(db, "no-consent") == ["Борисова"]
    assert names(db, "card-not-printed") == ["Васильева"]
    assert names(db, "card-not-handed") == ["Громова"]  # 30 days, not 29
    assert names(db, "no-booklet") == ["Егорова"]
    assert names(db, "not-in-profkards") == [
        *("Борисова", "Васильева", "Громова", "Дёмина", "Егорова", "Юдина"),
        "Яковлева",
    ]


def test_lists_follow_the_tree(town):
    db, _ = town
    assert names(db, "not-e-registered", "T2") == ["Яковлева"]
    assert names(db, "not-e-registered", "T1-01") == ["Юдина"]


def test_user_limited_to_one_district_sees_only_it(town):
    db, _ = town
    with db.session() as s:
        from app.models.organisations import get_by_code

        db.user_org_id = get_by_code(s, "T2").id
    try:
        assert names(db, "not-e-registered") == ["Яковлева"]
    finally:
        db.user_org_id = None


def test_records_for_json_name_the_organisation(town):
    db, people = town
    with db.session() as s:
        records = worklist_records(s, "card-not-handed", None, TODAY)
    assert [(r["id"], r["organization_code"], r["card_number"]) for r in records] == [
        (people["printed_old"], "T1-01", ean("246000000002"))
    ]


def test_one_click_actions_empty_the_lists_and_are_logged(town):
    db, people = town
    with db.session() as s:
        assert mark_e_registered(s, [people["no_ereg"], people["left"]], TODAY) == 1
        assert mark_booklets(s, [people["handed"]], TODAY) == 1
    assert names(db, "not-e-registered") == ["Юдина"]
    assert names(db, "no-booklet") == []
    with db.session() as s:
        logged = s.scalar(
            select(ChangeLogEntry.new_value).where(
                ChangeLogEntry.entity_id == people["handed"], ChangeLogEntry.field == "booklet_on"
            )
        )
        assert logged == TODAY.isoformat()
        with pytest.raises(ValidationError):
            mark_profkards(s, [people["handed"]], dt.date.today() + dt.timedelta(days=1))


def test_profkards_list_bad_numbers_are_counted_and_never_applied(town):
    db, people = town
    good = ean("246000000004")  # Егорова's card
    wrong_check = good[:-1] + str((int(good[-1]) + 1) % 10)
    unknown = ean("246000009999")
    already = ean("246000000005")  # Жукова has the mark
    lines = ["Номер карты", good, good, wrong_check, unknown, "12ab", already, ""]
    with db.session() as s:
        result = import_profkards(s, lines, TODAY)
    assert result.marked == 1 and result.already == 1
    assert result.repeated == [good]
    assert result.bad_check == [wrong_check]
    assert result.unknown == [unknown]
    assert result.malformed == ["12ab"]
    assert "неверной контрольной цифрой: 1" in result.summary()
    with db.session() as s:
        marked = s.scalars(select(Member.last_name).where(Member.profkards_on.is_not(None)))
        assert sorted(marked) == ["Егорова", "Жукова"]


def test_number_list_is_read_from_csv_and_xlsx(tmp_path):
    from openpyxl import Workbook

    csv = tmp_path / "list.csv"
    csv.write_text("Номер;ФИО\n2460000000046;Егорова\n 2460000000053 ;x\n", encoding="utf-8")
    assert read_number_list(csv) == ["Номер", "2460000000046", "2460000000053"]
    book = Workbook()
    book.active.append(["Номер"])
    book.active.append([2460000000046])
    book.save(tmp_path / "list.xlsx")
    assert read_number_list(tmp_path / "list.xlsx") == ["Номер", "2460000000046"]


def test_every_kind_has_its_words():
    assert set(KINDS) == {
        "not-e-registered",
        "no-consent",
        "card-not-printed",
        "card-not-handed",
        "no-booklet",
        "not-in-profkards",
    }
    assert CardStatus.PRINTED == "printed"


def test_ranking_puts_most_left_first_and_rolls_up(town, tmp_path):
    from openpyxl import load_workbook

    from app.models.ranking import ranking
    from app.services.org_sheets import write_ranking_xlsx

    db, _ = town
    with db.session() as s:
        primaries = ranking(s, "primary", today=TODAY)
        districts = ranking(s, "territorial", today=TODAY)
        assert write_ranking_xlsx(s, tmp_path / "r.xlsx", "territorial", None) == 2
    # Школа А: 7 active, all but Жукова on some list; Школа Б: its one member
    assert [(r.code, r.members, r.left) for r in primaries] == [("T1-01", 7, 6), ("T2-01", 1, 1)]
    assert primaries[0].left_share == 85.7 and primaries[1].left_share == 100.0
    assert primaries[0].by_list["card-not-handed"] == 1
    assert [(r.code, r.left) for r in districts] == [("T1", 6), ("T2", 1)]
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[2]][:8] == [1, "T1", "Юг", None, None, 7, 6, 85.7]
