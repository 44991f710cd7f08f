"""The chairman's ФИО and phone on the organisation: stored through the member phone rules,
shown by the ranking and its .xlsx, printed on the sheets for the chairmen, carried by the
exchange, filled in by the demo (with booklet and PROFKARDS marks)."""

from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.models import Card, Member, Organisation, OrgKind, demo
from app.models.errors import ValidationError
from app.models.organisations import create_org, get_by_code, update_org
from app.models.ranking import ranking
from app.services.org_sheets import write_org_sheets, write_ranking_xlsx


def a_primary(db) -> str:  # noqa: ANN001
    """The first school or kindergarten of district T01 (which has several)."""
    with db.session() as s:
        return s.scalars(
            select(Organisation.code)
            .where(
                Organisation.kind == OrgKind.PRIMARY,
                Organisation.parent_id == get_by_code(s, "T01").id,
            )
            .order_by(Organisation.code)
            .limit(1)
        ).one()


def test_the_phone_is_stored_as_a_member_phone_is_and_nonsense_is_refused(demo_db):
    code = a_primary(demo_db)
    with demo_db.session() as s:
        org = get_by_code(s, code)
        update_org(s, org.id, chair="Сидорова Анна Петровна", chair_phone="8 (910) 115-44-33")
    with demo_db.session() as s:
        org = get_by_code(s, code)
        assert (org.chair, org.chair_phone) == ("Сидорова Анна Петровна", "+79101154433")
        with pytest.raises(ValidationError) as error:
            update_org(s, org.id, chair_phone="позвонить завтра")
    assert str(error.value) == (
        "Телефон председателя не похож на российский номер: нужно 10 цифр после +7."
    )
    with demo_db.session() as s:
        assert get_by_code(s, code).chair_phone == "+79101154433"  # nothing half-written
        parent = get_by_code(s, "T01")
        new = create_org(
            s,
            kind="primary",
            parent_id=parent.id,
            name="ППО школы № 99",
            code="X-99",
            chair_phone="",
        )
        assert new.chair_phone == ""  # no phone is fine


def test_the_ranking_and_its_xlsx_show_the_chairman_and_his_phone(demo_db, tmp_path):
    with demo_db.session() as s:
        rows = ranking(s, "primary")
        first = s.get(Organisation, rows[0].org_id)
        assert rows[0].chair == first.chair != ""
        assert rows[0].phone == first.chair_phone != ""
        assert all(r.chair and r.phone for r in rows)  # the demo names every chairman
        out = tmp_path / "рейтинг.xlsx"
        write_ranking_xlsx(s, out, "primary", None, rows)
    sheet = load_workbook(out).active
    heads = [c.value for c in sheet[1]]
    line = {h: c.value for h, c in zip(heads, sheet[2], strict=False)}
    assert line["Председатель"] == first.chair
    digits = first.chair_phone[2:]
    assert line["Телефон"] == f"+7 {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}"


def test_the_sheets_for_the_chairmen_name_them(demo_db, tmp_path):
    code = a_primary(demo_db)
    with demo_db.session() as s:
        org = get_by_code(s, code)
        update_org(s, org.id, chair="Ёлкина Мария Семёновна", chair_phone="+79101154433")
        # one without a chairman gets a line to fill in by hand
        other = s.scalars(
            select(Organisation).where(
                Organisation.kind == OrgKind.PRIMARY, Organisation.id != org.id
            )
        ).first()
        update_org(s, other.id, chair="", chair_phone="")
        other_code = other.code
    pdf, xlsx = tmp_path / "листы.pdf", tmp_path / "листы.xlsx"
    with demo_db.session() as s:
        write_org_sheets(s, pdf)  # every primary of the region, one sheet each
        write_org_sheets(s, xlsx)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Председатель: Ёлкина Мария Семёновна, тел. +7 910 115-44-33" in text
    assert "Председатель: ______" in text
    book = load_workbook(xlsx)
    assert book[code]["A3"].value == "Председатель: Ёлкина Мария Семёновна, тел. +7 910 115-44-33"
    assert book[other_code]["A3"].value.startswith("Председатель: ____")
    assert [c.value for c in book[code][5]] == [
        "№",
        "ФИО",
        "Номер билета",
        "Что ещё нужно",
        "Подпись",
    ]


def test_the_chairman_travels_with_the_exchange(tmp_path):
    from app.exchange import export_exchange, import_exchange
    from app.models import open_database

    region_db = open_database(tmp_path / "region.sqlite3")
    district_db = open_database(tmp_path / "t01.sqlite3")
    try:
        with region_db.session(log_changes=False) as s:
            demo.generate(s, members=300, seed=5)
        with region_db.session() as s:
            export_exchange(s, tmp_path / "to-t01.pdx", "общая фраза обмена", "T01")
        with district_db.session() as s:
            import_exchange(s, tmp_path / "to-t01.pdx", "общая фраза обмена")
        with region_db.session() as s:
            school = s.scalars(
                select(Organisation)
                .where(Organisation.parent_id == get_by_code(s, "T01").id)
                .limit(1)
            ).one()
            code = school.code
        with district_db.session() as s:  # the district learns the new chairman first
            update_org(
                s,
                get_by_code(s, code).id,
                chair="Новикова Ольга Ивановна",
                chair_phone="+7 951 000-12-34",
            )
            export_exchange(s, tmp_path / "from-t01.pdx", "общая фраза обмена")
        with region_db.session() as s:
            import_exchange(s, tmp_path / "from-t01.pdx", "общая фраза обмена")
        with region_db.session() as s:
            school = get_by_code(s, code)
            assert (school.chair, school.chair_phone) == (
                "Новикова Ольга Ивановна",
                "+79510001234",
            )
    finally:
        region_db.close()
        district_db.close()


def test_the_demo_hands_booklets_and_marks_profkards_among_them(demo_db):
    with demo_db.session() as s:
        current = Member.left_on.is_(None)
        handed = (
            select(func.count())
            .select_from(Member)
            .join(Card, (Card.member_id == Member.id) & Card.is_current.is_(True))
            .where(current, Card.handed_on.is_not(None))
        )
        holders = s.scalar(handed)
        booklets = s.scalar(handed.where(Member.booklet_on.is_not(None)))
        profkards = s.scalar(select(func.count()).where(current, Member.profkards_on.is_not(None)))
        with_both = s.scalar(
            select(func.count()).where(
                current, Member.profkards_on.is_not(None), Member.booklet_on.is_not(None)
            )
        )
        early = s.scalar(select(func.count()).where(Member.profkards_on < Member.booklet_on))
        no_chair = s.scalar(
            select(func.count()).where(
                (Organisation.chair == "") | (Organisation.chair_phone == "")
            )
        )
    assert 0.5 < booklets / holders < 0.75  # a campaign under way
    assert profkards == with_both  # only those who got the booklet
    assert 0.4 < profkards / booklets < 0.7
    assert early == 0
    assert no_chair == 0
