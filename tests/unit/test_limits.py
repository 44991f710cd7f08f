"""Limits (issue 21, points 6 and 7): the same values refused on both engines, each with one
sentence, never an internal failure and never half of an import or an exchange lost."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import String, func, select

from app.models import Member, Organisation, open_database
from app.models.base import Base
from app.models.entities import CARD_MARKER_FIELDS, OrgKind
from app.models.errors import ValidationError
from app.models.limits import TEXT_LIMITS, latest_date
from app.models.member_list import MemberFilter, member_ids
from app.models.members import create_member, update_member
from app.models.organisations import create_org, region
from app.models.report import build_report
from app.models.stock import Movement, receive_edition
from app.models.stock_shipments import ship
from tests.pgtest import fresh_pg_database

LONG_POSITION = "Заместитель директора по учебно-воспитательной работе " * 5  # 270
assert len(LONG_POSITION.strip()) > 200


@pytest.fixture
def school(region_db):
    with region_db.session() as s:
        top = region(s)
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Обоянская РО", code="T01"
        )
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district.id, name="СОШ № 1", code="T01-001"
        )
    return region_db, school.id, district.id


def member_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Member))


def test_the_table_of_limits_is_the_schema():
    """One table: every limit is its column's length, so neither engine stores more."""
    tables = Base.metadata.tables
    for table, fields in TEXT_LIMITS.items():
        for field, (limit, _label) in fields.items():
            column_type = tables[table].c[field].type
            if isinstance(column_type, String) and column_type.length:
                assert column_type.length == limit, (table, field)
    for table in ("member", "organisation"):
        typed = {
            c.name
            for c in tables[table].c
            if isinstance(c.type, String) and c.type.length and c.type.length > 20
        }
        # derived: kept by the program or the database, never typed (CARD_MARKER_FIELDS)
        derived = {"id", "sort_key", "search_text", "identity_key", "parent_id", "kind"}
        derived |= set(CARD_MARKER_FIELDS)
        assert typed - derived - {"organisation_id"} <= set(TEXT_LIMITS[table]), table


def test_long_position_is_refused_with_a_sentence(school):
    db, school_id, _ = school
    with db.session() as s, pytest.raises(ValidationError) as refused:
        create_member(
            s,
            {
                "last_name": "Иванова",
                "first_name": "Анна",
                "organisation_id": school_id,
                "position": LONG_POSITION,
            },
        )
    assert "«должность» длиннее 200 знаков" in str(refused.value)
    assert member_count(db) == 0


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("last_name", '=HYPERLINK("http://x";"y")', "«фамилия» не может начинаться"),
        ("position", "=1+2", "«должность» не может начинаться"),
        ("first_name", "@SUM(A1)", "«имя» не может начинаться"),
        ("notes", "+cmd|' /C calc'!A0", "«примечание» не может начинаться"),
    ],
)
def test_text_that_looks_like_a_formula_is_refused(school, field, value, words):
    db, school_id, _ = school
    values = {"last_name": "Иванова", "first_name": "Анна", "organisation_id": school_id}
    with db.session() as s, pytest.raises(ValidationError) as refused:
        create_member(s, {**values, field: value})
    assert words in str(refused.value) and "формулой" in str(refused.value)
    assert member_count(db) == 0


def test_editing_a_member_keeps_the_limits(school):
    db, school_id, _ = school
    with db.session() as s:
        member_id = create_member(
            s, {"last_name": "Иванова", "first_name": "Анна", "organisation_id": school_id}
        ).id
    with db.session() as s, pytest.raises(ValidationError, match="«фамилия» длиннее 100"):
        update_member(s, member_id, {"last_name": "Д" * 5000})
    with db.session() as s:
        assert s.get(Member, member_id).last_name == "Иванова"


def test_organisation_fields_are_limited(school):
    db, _, district_id = school
    with db.session() as s, pytest.raises(ValidationError, match="«название» длиннее 300"):
        create_org(s, kind=OrgKind.PRIMARY, parent_id=district_id, name="Ш" * 301, code="X1")
    with db.session() as s, pytest.raises(ValidationError, match="становится формулой"):
        create_org(s, kind=OrgKind.PRIMARY, parent_id=district_id, name="=1+2", code="X2")
    with db.session() as s, pytest.raises(ValidationError, match="больше 1 000 000"):
        create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district_id, name="СОШ", code="X3", employees=10**12
        )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 3


def write_csv(path, rows):
    lines = ["Фамилия;Имя;Отчество;Дата рождения;Должность;Код организации"]
    lines += [";".join(r) for r in rows]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def import_messages(result) -> dict[int, str]:
    """Row -> what the import said about it (refused rows, and warnings if it keeps them)."""
    said: dict[int, str] = {}
    for item in [*result.errors, *getattr(result, "warnings", [])]:
        said[item.row] = said.get(item.row, "") + item.message
    return said


def test_long_position_in_an_import_is_reported_and_the_rest_goes_in(school, tmp_path):
    """Before: SQLite stored 239 characters and PostgreSQL aborted the whole import."""
    db, _, _ = school
    path = write_csv(
        tmp_path / "список.csv",
        [
            ["Петрова", "Анна", "Ивановна", "01.02.1980", "учитель", "T01-001"],
            ["Сидоров", "Иван", "Петрович", "03.04.1975", "П" * 239, "T01-001"],
            ["Д" * 5000, "Ольга", "", "05.06.1990", "учитель", "T01-001"],
            ["=HYPERLINK(1)", "Ольга", "", "05.06.1990", "=1+2", "T01-001"],
            ["Кузнецова", "Мария", "", "07.08.1985", "завуч", "T01-001"],
        ],
    )
    from app.importing import import_members

    with db.session() as s:
        result = import_members(s, path)
    said = import_messages(result)
    assert "длиннее 200 знаков" in said[3]
    assert "«фамилия» длиннее 100 знаков" in said[4]
    assert "формулой" in said[5]
    with db.session() as s:
        names = set(s.scalars(select(Member.last_name)))
        positions = list(s.scalars(select(Member.position)))
    assert {"Петрова", "Кузнецова"} <= names
    assert not any(n.startswith("=") or len(n) > 100 for n in names)
    assert max(len(p) for p in positions) <= 200


def test_migrating_an_office_file_to_postgresql_after_the_import(sqlite_path, tmp_path):
    """The reproduction: import on SQLite, then `migrate` to PostgreSQL, which used to end
    in DataError (value too long for type character varying(200))."""
    from app.importing import import_members
    from app.models.db_transfer import copy_database
    from app.models.installation import init_region

    db = open_database(sqlite_path)
    try:
        with db.session() as s:
            top = init_region(s, "Тестовая областная организация", "46")
            t = create_org(s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="РО", code="T01")
            create_org(s, kind=OrgKind.PRIMARY, parent_id=t.id, name="СОШ", code="T01-001")
        path = write_csv(
            tmp_path / "список.csv",
            [
                ["Петрова", "Анна", "", "01.02.1980", "учитель", "T01-001"],
                ["Сидоров", "Иван", "", "03.04.1975", "П" * 239, "T01-001"],
            ],
        )
        with db.session() as s:
            import_members(s, path)
    finally:
        db.close()
    with fresh_pg_database(migrated=False) as url:
        copied = copy_database(str(sqlite_path), url)
        assert {c.name: c.rows for c in copied}["member"] >= 1  # the rest of the file went in


# --- stock: dates, years, quantities -------------------------------------------------------


def ledger_size(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Movement))


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"year": -5}, "Год издания должен быть от 1900"),
        ({"year": 99999}, "Год издания должен быть от 1900"),
        ({"quantity": 12345678901234567890123}, "больше 10 000 000 экз."),
        ({"quantity": 0}, "больше нуля"),
        ({"on": dt.date(1, 1, 1)}, "01.01.0001 — раньше 1900 года"),
        ({"on": dt.date(9999, 12, 31)}, "31.12.9999 — позже"),
        ({"title": "=1+2"}, "формулой"),
        ({"title": "Б" * 201}, "длиннее 200 знаков"),
    ],
)
def test_absurd_receipts_are_refused(school, kwargs, words):
    db, _, _ = school
    values = {"title": "Буклет 2026", "quantity": 100, **kwargs}
    with db.session() as s, pytest.raises(ValidationError, match=words):
        receive_edition(s, **values)
    assert ledger_size(db) == 0


@pytest.mark.parametrize(
    ("on", "words"),
    [
        (dt.date(1800, 1, 1), "раньше 1900 года"),
        (dt.date(1, 1, 1), "01.01.0001"),
        (dt.date(9999, 12, 31), "позже"),
        (dt.date(2026, 1, 31), r"раньше, чем пришёл тираж издания «Буклет 2026» \(01\.02\.2026\)"),
    ],
)
def test_no_shipment_outside_the_living_range_or_before_the_print_run(school, on, words):
    db, _, district_id = school
    with db.session() as s:
        receive_edition(s, "Буклет 2026", 100, on=dt.date(2026, 2, 1))
    with db.session() as s, pytest.raises(ValidationError, match=words):
        ship(s, district_id, 10, on=on)
    assert ledger_size(db) == 1
    with db.session() as s:
        ship(s, district_id, 10, on=dt.date(2026, 2, 1))  # the day it came is fine
    assert ledger_size(db) == 2


# --- report and search ---------------------------------------------------------------------


def test_report_dates_outside_the_living_range_get_a_sentence(school):
    db, _, _ = school
    with db.session() as s:
        for day in (dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(9999, 12, 31)):
            with pytest.raises(ValidationError, match="Дата отчёта"):
                build_report(s, day)
        with pytest.raises(ValidationError, match="Начало периода"):
            build_report(s, dt.date(2026, 1, 1), period_from=dt.date(1, 1, 1))
        assert build_report(s, latest_date()).as_of == latest_date()


def test_a_printer_profile_name_fits_the_print_batch(school):
    from app.models.print_settings import save_printer_profile

    db, _, _ = school
    with db.session() as s, pytest.raises(ValidationError, match="«профиль принтера» длиннее 100"):
        save_printer_profile(s, "Evolis Primacy " * 10, {})


def test_audit_dates_outside_the_living_range_get_a_sentence(school):
    from app.models.audit import AuditFilter, audit_entries

    db, _, _ = school
    with db.session() as s:
        with pytest.raises(ValidationError, match="Начало выборки журнала: 01.01.0001"):
            audit_entries(s, AuditFilter(since=dt.date(1, 1, 1)))
        with pytest.raises(ValidationError, match="Конец выборки журнала: 31.12.9999"):
            audit_entries(s, AuditFilter(until=dt.date(9999, 12, 31)))


def test_a_500_word_search_gets_a_sentence_and_a_dash_is_no_option(school):
    db, school_id, _ = school
    with db.session() as s:
        create_member(
            s, {"last_name": "Петрова-Иванова", "first_name": "Анна", "organisation_id": school_id}
        )
        words = " ".join(f"слово{i}" for i in range(500))
        with pytest.raises(ValidationError, match="Слишком длинный текст для поиска"):
            member_ids(s, MemberFilter(query=words))
        assert len(member_ids(s, MemberFilter(query="-иванова"))) == 1
        assert len(member_ids(s, MemberFilter(query="петрова-"))) == 1


# --- exchange ------------------------------------------------------------------------------


def test_an_exchange_record_too_long_for_the_columns_is_refused_alone(tmp_path, db_path):
    """A district copy on SQLite holding a 239-character position (typed before the limits)
    sends its file; the region refuses that record with a sentence and takes the rest."""
    from app.exchange import export_exchange, import_exchange
    from app.models import demo

    phrase = "общая фраза обмена 2026"
    reg = open_database(db_path)
    district = open_database(tmp_path / "t01.sqlite3")
    try:
        with reg.session(log_changes=False) as s:
            demo.generate(s, members=200, seed=3)
        with reg.session() as s:
            export_exchange(s, tmp_path / "to-t01.pdx", phrase, "T01")
        with district.session() as s:
            import_exchange(s, tmp_path / "to-t01.pdx", phrase)
        with district.session() as s:
            ids = list(s.scalars(select(Member.id).order_by(Member.sort_key).limit(2)))
            update_member(s, ids[1], {"position": "Завуч"})
        with sqlite3.connect(tmp_path / "t01.sqlite3") as raw:  # an older copy's record
            raw.execute("UPDATE member SET position = ? WHERE id = ?", ("П" * 239, ids[0]))
        with district.session() as s:
            update_member(s, ids[0], {"notes": "новая запись"})
            export_exchange(s, tmp_path / "to-region.pdx", phrase)
        with reg.session() as s:
            report = import_exchange(s, tmp_path / "to-region.pdx", phrase)
        refused = report.as_json()["refused_records"]
        assert [r["id"] for r in refused] == [ids[0]]
        assert "«должность» длиннее 200 знаков (239)" in refused[0]["reason"]
        with reg.session() as s:
            assert s.get(Member, ids[1]).position == "Завуч"
            assert len(s.get(Member, ids[0]).position) <= 200
    finally:
        reg.close()
        district.close()
