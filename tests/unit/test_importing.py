"""Importing member lists: messy spreadsheets in, the database checked afterwards."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from app.importing import ImportCancelled, import_members, inspect_file, sheet_names
from app.importing.headers import normalise_title, recognise
from app.models import (
    Card,
    ChangeLogEntry,
    Member,
    MemberTransfer,
    OrgKind,
    ValidationError,
    cipher,
)
from app.models.backup import list_open_database_backups
from app.models.errors import PermissionDeniedError
from app.models.export import EXPORT_COLUMNS, export_members
from app.models.member_list import MemberFilter, member_ids
from app.models.members import create_member
from app.models.organisations import create_org, region

TODAY = dt.date.today()


@pytest.fixture
def orgs(region_db):
    with region_db.session() as s:
        top = region(s)
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Обоянская РО", code="T01"
        )
        school = create_org(
            s,
            kind=OrgKind.PRIMARY,
            parent_id=district.id,
            name="МБОУ «СОШ № 1» г. Обояни",
            short_name="СОШ № 1",
            code="T01-001",
        )
        garden = create_org(
            s,
            kind=OrgKind.PRIMARY,
            parent_id=district.id,
            name="МБДОУ «Детский сад № 2»",
            code="T01-002",
        )
    return region_db, school.id, garden.id


def write_xlsx(path: Path, rows: list[list], sheet: str = "Лист1") -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def members_by_name(db) -> dict[str, Member]:
    with db.session() as s:
        return {m.full_name: m for m in s.scalars(select(Member))}


def messy_rows() -> list[list]:
    return [
        ["Список членов Профсоюза МБОУ «СОШ № 1»", None, None],
        ["по состоянию на 01.09.2025"],
        [],
        [
            "№ п/п",
            "  ФИО ",
            "ДАТА  РОЖДЕНИЯ",
            "должность",
            "Телефон:",
            "Дата вступления",
            "№ билета",
            "Дата постановки на электронный учет",
        ],
        [
            1,
            "ИВАНОВА  анна петровна",
            dt.datetime(1985, 3, 8),
            "учитель",
            "8 (910) 123-45-67",
            "01.09.2010",
            2460000000017,
            "2021-05-10",
        ],
        [
            2,
            "Семёнов Пётр Ильич",
            "5.7.1979",
            "директор",
            None,
            dt.datetime(2001, 9, 1),
            None,
            None,
        ],
        [3, "СЕМЕНОВ ПЕТР ИЛЬИЧ", "05.07.1979", None, "+7 920 000-11-22", None, None, None],
        [4, "Петров Иван Иванович", "31.02.1990", "учитель", None, None, None, None],
        [5, "Сидорова Мария Ивановна", (TODAY + dt.timedelta(days=30)).strftime("%d.%m.%Y")],
        [6, None, "01.01.1980", "завхоз"],
        [None, None, None, None],
        [7, "Кузнецова Ольга Сергеевна", "1990-12-01", None, None, None, "2460000000017"],
        [8, "Алиев Рашид Гусейн оглы", "12.4.1975", "учитель", "9101234567"],
        [9, "Итого: 8 человек"],
    ]


def test_messy_xlsx_goes_in_and_bad_rows_are_reported(orgs, tmp_path):
    db, school_id, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001")

    errors = {e.row: e for e in result.errors}
    assert sorted(errors) == [7, 8, 9, 10]
    # the second row of the same person is reported, never merged into the first
    assert "строки 6" in errors[7].message and "не сливаются" in errors[7].message
    assert "такой даты нет" in errors[8].message and errors[8].value == "31.02.1990"
    assert errors[8].column == "ДАТА  РОЖДЕНИЯ"  # the title as written
    assert "будущем" in errors[9].message
    assert "фамилия" in errors[10].message and errors[10].column == "ФИО"
    # a card number of somebody else: the person comes in, the number is a warning
    (warning,) = result.warnings
    assert (warning.row, warning.column, warning.value) == (12, "№ билета", "2460000000017")
    assert "другому" in warning.message
    assert [(r.row, r.reason) for r in result.skipped_rows] == [
        (11, "пустая строка"),
        (14, "итоговая строка «Итого: 8 человек»"),
    ]
    assert (result.created, result.updated, result.skipped) == (4, 0, 2)

    people = members_by_name(db)
    assert set(people) == {
        "Иванова Анна Петровна",
        "Семёнов Пётр Ильич",
        "Кузнецова Ольга Сергеевна",
        "Алиев Рашид Гусейн оглы",
    }
    anna = people["Иванова Анна Петровна"]
    assert anna.birth_date == dt.date(1985, 3, 8)
    assert anna.phone == "+79101234567"
    assert anna.joined_on == dt.date(2010, 9, 1)
    assert anna.e_registered_on == dt.date(2021, 5, 10)
    assert anna.position == "учитель"
    assert anna.organisation_id == school_id
    petr = people["Семёнов Пётр Ильич"]  # the first of his two rows only
    assert petr.birth_date == dt.date(1979, 7, 5)
    assert petr.phone is None and petr.position == "директор"
    assert petr.joined_on == dt.date(2001, 9, 1)
    assert people["Алиев Рашид Гусейн оглы"].patronymic == "Гусейн оглы"
    with db.session() as s:
        card = s.scalars(select(Card)).one()
        assert card.number == "2460000000017" and card.member_id == anna.id
        assert card.issued_here is False and card.is_current
        # derived keys are there: the member is found by search and by identity
        assert anna.identity_key == "иванова анна петровна|1985-03-08"
        assert petr.sort_key == "семенов петр ильич"
        assert petr.search_text == "семенов петр ильич"
        assert anna.search_text == "иванова анна петровна 9101234567"
        created = s.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.action == "create", ChangeLogEntry.entity == "member"
            )
        ).all()
        assert {c.entity_id for c in created} == {m.id for m in people.values()}
        snapshot = json.loads(next(c for c in created if c.entity_id == anna.id).new_value)
        assert snapshot["last_name"] == "Иванова" and snapshot["birth_date"] == "1985-03-08"
        event = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "import")).one()
        assert json.loads(event.new_value) == {
            "file": "список.xlsx",
            "created": 4,
            "updated": 0,
            "skipped": 2,
            "errors": 4,
            "warnings": 1,
        }


def test_importing_the_same_file_twice_creates_nobody(orgs, tmp_path):
    db, _, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with db.session() as s:
        import_members(s, path, org_code="T01-001")
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(Member))
        log_count = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    with db.session() as s:
        again = import_members(s, path, org_code="T01-001")
    assert again.created == 0 and again.updated == 0
    unchanged = [r.row for r in again.skipped_rows if r.reason.startswith("без изменений")]
    assert unchanged == [5, 6, 12, 13] and again.skipped == 6
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == count
        # only the import event itself: no member changed
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == log_count + 1
        assert s.scalar(select(func.count()).select_from(Card)) == 1


def test_existing_member_is_updated_not_added(orgs, tmp_path):
    db, school_id, garden_id = orgs
    with db.session() as s:
        existing = create_member(
            s,
            {
                "last_name": "Ёлкина",
                "first_name": "Алёна",
                "patronymic": "Сергеевна",
                "birth_date": dt.date(1990, 1, 2),
                "organisation_id": school_id,
            },
        )
    path = write_xlsx(
        tmp_path / "сад.xlsx",
        [
            ["Фамилия", "Имя", "Отчество", "Дата рождения", "Организация", "Телефон"],
            [
                "ЕЛКИНА",
                "алена",
                "сергеевна",
                "02.01.1990",
                'мбдоу "Детский сад №2"',  # other quotes, no space after №
                "89051112233",
            ],
        ],
    )
    with db.session() as s:
        result = import_members(s, path)
    assert (result.created, result.updated) == (0, 1)
    with db.session() as s:
        member = s.scalars(select(Member)).one()
        assert member.id == existing.id
        assert member.full_name == "Ёлкина Алёна Сергеевна"  # the stored spelling stays
        assert member.phone == "+79051112233"
        assert member.organisation_id == garden_id  # moved, with the move recorded
        move = s.scalars(select(MemberTransfer)).one()
        assert (move.from_organisation_id, move.to_organisation_id) == (school_id, garden_id)
        fields = set(
            s.scalars(
                select(ChangeLogEntry.field).where(
                    ChangeLogEntry.action == "update", ChangeLogEntry.entity_id == existing.id
                )
            )
        )
        assert fields == {"phone", "organisation_id"}


def test_windows_1251_csv_with_semicolons_and_organisation_column(orgs, tmp_path):
    db, school_id, garden_id = orgs
    text = (
        "Выгрузка из 1С;;;;\r\n"
        "Фамилия;Имя;Отчество;Дата рождения;Код организации;Категория;Пол\r\n"
        "Жукова;Елена;Павловна;03.04.1972;T01-002;работающий;ж\r\n"
        'Орлов;Денис;;1.2.2001;t01-001;"студент";М\r\n'
        "Белов;Олег;Олегович;10.10.1970;НЕТ-ТАКОЙ;;\r\n"
        "Седов;Иван;;10.10.1970;T01-001;космонавт;\r\n"
    )
    path = tmp_path / "members.csv"
    path.write_bytes(text.encode("cp1251"))
    with db.session() as s:
        result = import_members(s, path)
    assert result.created == 3
    assert [(e.row, e.column, e.value, e.message) for e in result.errors] == [
        (
            5,
            "Код организации",
            "НЕТ-ТАКОЙ",
            "Организация «НЕТ-ТАКОЙ» не найдена: проверьте код или название.",
        ),
    ]
    (warning,) = result.warnings  # an unknown category does not lose the person
    assert (warning.row, warning.column, warning.value) == (6, "Категория", "космонавт")
    assert "у нового члена Профсоюза — «работающий»" in warning.message
    people = members_by_name(db)
    zhukova = people["Жукова Елена Павловна"]
    assert (zhukova.organisation_id, zhukova.category, zhukova.sex) == (garden_id, "worker", "F")
    assert people["Седов Иван"].category == "worker"
    orlov = people["Орлов Денис"]
    assert (orlov.organisation_id, orlov.category, orlov.sex) == (school_id, "student", "M")
    assert orlov.birth_date == dt.date(2001, 2, 1)


def test_utf8_bom_csv_with_commas_and_quoted_values(orgs, tmp_path):
    db, school_id, _ = orgs
    text = (
        "ФИО,Дата рождения,Должность\n"
        '"Ковалёва Ирина Юрьевна",1980-05-06,"учитель, классный руководитель"\n'
    )
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001")
    assert result.created == 1 and not result.errors
    member = members_by_name(db)["Ковалёва Ирина Юрьевна"]
    assert member.position == "учитель, классный руководитель"
    assert member.birth_date == dt.date(1980, 5, 6)


def test_export_then_import_changes_nothing(demo_db, tmp_path):
    out = tmp_path / "выгрузка.xlsx"
    with demo_db.session() as s:
        # a few members get imported-looking numbers (kept as they are, leading zeros too)
        with_card = select(Card.member_id).where(Card.is_current.is_(True))
        ids = s.scalars(select(Member.id).where(Member.id.not_in(with_card)).limit(5)).all()
        for n, member_id in enumerate(ids):
            s.add(Card(member_id=member_id, number=f"00123{n}", issued_here=False))
    with demo_db.session() as s:
        export_members(s, out)
        before = [tuple(r) for r in s.execute(select(Member.__table__).order_by(Member.id))]
        cards = [tuple(r) for r in s.execute(select(Card.__table__).order_by(Card.id))]
        log_count = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    with demo_db.session() as s:
        result = import_members(s, out)
    assert result.errors == []
    assert (result.created, result.updated, result.skipped) == (0, 0, len(before))
    with demo_db.session() as s:
        assert [tuple(r) for r in s.execute(select(Member.__table__).order_by(Member.id))] == before
        assert [tuple(r) for r in s.execute(select(Card.__table__).order_by(Card.id))] == cards
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == log_count + 1


def test_export_into_an_empty_copy_brings_everyone_back(demo_db, tmp_path, db_path):
    """The exported XLSX loses nothing: importing it elsewhere recreates the same people."""
    out = tmp_path / "выгрузка.xlsx"
    with demo_db.session() as s:
        export_members(s, out)
        before = people_with_cards(s)
    # empty the member tables behind the program's back (other tables may point at them)
    if demo_db.is_server:
        with demo_db.engine.begin() as conn:
            conn.execute(text("SET LOCAL session_replication_role = replica"))  # no FK checks
            conn.execute(text("DELETE FROM card"))
            conn.execute(text("DELETE FROM member"))
    else:
        con = cipher.connect(demo_db.path)
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("DELETE FROM card")
        con.execute("DELETE FROM member")
        con.commit()
        con.close()
    with demo_db.session() as s:
        result = import_members(s, out)
    assert result.created == len(before) and not result.errors
    with demo_db.session() as s:
        assert people_with_cards(s) == before


def people_with_cards(s) -> list[tuple]:
    fields = [c for c in EXPORT_COLUMNS if c not in ("id", "organization_code", "card_number")]
    current = select(Card.member_id, Card.number).where(Card.is_current.is_(True))
    cards = dict(s.execute(current).all())
    return sorted(
        (*(getattr(m, f) for f in fields), m.organisation_id, cards.get(m.id))
        for m in s.scalars(select(Member))
    )


def test_dry_run_and_cancel_write_nothing(orgs, tmp_path):
    db, _, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with db.session() as s:
        log_count = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001", dry_run=True)
    assert (result.created, result.updated, len(result.errors)) == (4, 0, 4)
    assert not import_backups(db)  # a dry run writes nothing
    with pytest.raises(ImportCancelled), db.session() as s:
        import_members(s, path, org_code="T01-001", report=lambda done, total, text: done == 0)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0
        assert s.scalar(select(func.count()).select_from(Card)) == 0
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == log_count


def test_backup_is_made_before_a_real_import(orgs, tmp_path):
    db, _, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with db.session() as s:
        import_members(s, path, org_code="T01-001")
    if db.is_server and not shutil.which("pg_dump"):
        assert not import_backups(db)  # the server's own backups apply
    else:
        assert len(import_backups(db)) == 1


def test_unreadable_files_are_refused_whole(orgs, tmp_path):
    db, _, _ = orgs
    broken = tmp_path / "испорчен.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    old = tmp_path / "старый.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    no_header = write_xlsx(tmp_path / "без заголовков.xlsx", [["Иванов", "01.01.1980"]])
    no_org = write_xlsx(tmp_path / "без организации.xlsx", [["ФИО", "Дата рождения"]])
    cases = [
        (broken, "не удаётся прочитать"),
        (old, "не книга Excel и не таблица LibreOffice"),
        (tmp_path / "нет.csv", "нет"),
        (no_header, "строка заголовков"),
        (no_org, "Организация"),
    ]
    for path, words in cases:
        with pytest.raises(ValidationError, match=words), db.session() as s:
            import_members(s, path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_viewer_may_not_import(orgs, tmp_path):
    db, _, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    db.user_role = "viewer"
    with pytest.raises(PermissionDeniedError), db.session() as s:
        import_members(s, path, org_code="T01-001")


def test_region_is_not_a_place_for_members(orgs, tmp_path):
    db, _, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with pytest.raises(ValidationError, match="первичную"), db.session() as s:
        import_members(s, path, org_code="R46")


def test_every_export_title_and_office_variants_are_recognised():
    for key, title in EXPORT_COLUMNS.items():
        expected = "organisation_code" if key == "organization_code" else key
        assert recognise(title) == expected, title
        assert recognise(f"  {title.upper()}  ") == expected
        assert recognise(title.replace("ё", "е")) == expected
    assert normalise_title("Дата  рождения (дд.мм.гггг):") == "дата рождения"
    assert recognise("Ф.И.О.") == "full_name"
    assert recognise("№ профсоюзного билета") == "card_number"
    assert recognise("Телефон", {"телефон": None}) is None
    assert recognise("Примечание", {"примечание": "position"}) == "position"


def test_inspect_finds_header_below_titles_and_sheets(tmp_path):
    workbook = Workbook()
    workbook.active.title = "Пояснения"
    ws = workbook.create_sheet("Список")
    for row in messy_rows():
        ws.append(row)
    workbook.save(tmp_path / "книга.xlsx")
    assert sheet_names(tmp_path / "книга.xlsx") == ["Пояснения", "Список"]
    preview = inspect_file(tmp_path / "книга.xlsx", sheet="Список", preview_rows=3)
    assert preview.layout.header_row == 4
    assert preview.layout.mapping == {
        1: "full_name",
        2: "birth_date",
        3: "position",
        4: "phone",
        5: "joined_on",
        6: "card_number",
        7: "e_registered_on",
    }
    assert [n for n, _ in preview.rows] == [5, 6, 7]
    with pytest.raises(ValidationError, match="нет листа"):
        inspect_file(tmp_path / "книга.xlsx", sheet="Нет такого")


def import_backups(db) -> list:
    return [b for b in list_open_database_backups(db) if b.reason == "before-import"]


def fts_triggers(db) -> set[str]:
    """The triggers that keep the search index current (SQLite's FTS5 table; PostgreSQL's
    trigram index needs none, and the set must stay whatever it is)."""
    query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    if db.is_server:
        query = "SELECT trigger_name FROM information_schema.triggers"
    with db.session() as s:
        return set(s.scalars(text(query)).all())


def found(db, query: str) -> set[str]:
    with db.session() as s:
        ids = member_ids(s, MemberFilter(query=query, status="all"))
        return {s.get(Member, i).full_name for i in ids}


def test_search_finds_imported_and_updated_members(orgs, tmp_path, monkeypatch):
    db, school_id, _ = orgs
    triggers = fts_triggers(db)
    with db.session() as s:
        create_member(
            s,
            {
                "last_name": "Громова",
                "first_name": "Вера",
                "birth_date": dt.date(1970, 6, 1),
                "phone": "+79001110000",
                "organisation_id": school_id,
            },
        )
    # tiny batches: an old member's row lands in a later batch than the new ones
    monkeypatch.setattr("app.importing.importer.BATCH_ROWS", 2)
    path = write_xlsx(
        tmp_path / "список.xlsx",
        messy_rows() + [[10, "ГРОМОВА ВЕРА", "01.06.1970", None, "89005554433"]],
    )
    with db.session() as s:
        import_members(s, path, org_code="T01-001")
    assert fts_triggers(db) == triggers
    assert found(db, "иванова") == {"Иванова Анна Петровна"}
    assert found(db, "СЕМЕНОВ") == {"Семёнов Пётр Ильич"}
    assert found(db, "9200001122") == set()  # his second row is refused, not merged
    assert found(db, "5554433") == {"Громова Вера"}  # an old member's new phone
    assert found(db, "1110000") == set()
    if not db.is_server:
        with db.session() as s:
            s.execute(text("INSERT INTO member_fts(member_fts) VALUES ('integrity-check')"))


def test_triggers_come_back_after_dry_run_cancel_and_errors(orgs, tmp_path):
    db, _, _ = orgs
    triggers = fts_triggers(db)
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with db.session() as s:
        import_members(s, path, org_code="T01-001", dry_run=True)
    assert fts_triggers(db) == triggers
    with pytest.raises(ImportCancelled), db.session() as s:
        import_members(s, path, org_code="T01-001", report=lambda d, t, x: d == 0)
    assert fts_triggers(db) == triggers
    with db.session() as s:
        import_members(s, path, org_code="T01-001")
    assert found(db, "анна") == {"Иванова Анна Петровна"}


def test_the_csv_export_reads_back_too(demo_db, tmp_path):
    out = tmp_path / "выгрузка.csv"
    with demo_db.session() as s:
        count = export_members(s, out)
    with demo_db.session() as s:
        result = import_members(s, out)
    assert (result.created, result.updated, result.skipped, result.errors) == (0, 0, count, [])


def test_cell_values_as_offices_type_them():
    from app.importing.values import CellError, card_number, parse_category, parse_date

    assert parse_date(dt.datetime(1990, 1, 5, 0, 0), "x") == dt.date(1990, 1, 5)
    assert parse_date("5.1.1990", "x") == dt.date(1990, 1, 5)
    assert parse_date(" 05.01.1990 ", "x") == dt.date(1990, 1, 5)
    assert parse_date("1990-01-05", "x") == dt.date(1990, 1, 5)
    assert parse_date("05.01.90", "x") == dt.date(1990, 1, 5)
    assert parse_date("05.01.1990 г.", "x") == dt.date(1990, 1, 5)
    assert parse_date("05/01/1990", "x") == dt.date(1990, 1, 5)
    for partial in (32878, 1990, 1990.0, "1990", "1990 г.", "сентябрь 2010", "09.2010"):
        with pytest.raises(CellError):  # never read as Excel's day count or the 1st
            parse_date(partial, "Дата вступления")
    assert parse_date("", "x") is None
    for bad in ("31.02.1990", "1990", "завтра", "13.13.2000"):
        with pytest.raises(CellError):
            parse_date(bad, "Дата рождения")
    assert parse_category("  НЕРАБОТАЮЩИЙ   пенсионер ") == "pensioner"
    assert parse_category("Студент") == "student"
    assert card_number(2460000000017.0) == "2460000000017"
    assert card_number(" 00123 ") == "00123"


def test_both_full_name_and_name_columns_prefer_the_separate_ones(orgs, tmp_path):
    db, _, _ = orgs
    path = write_xlsx(
        tmp_path / "список.xlsx",
        [
            ["ФИО", "Фамилия", "Имя", "Отчество", "Дата рождения"],
            ["Иванова А. П.", "Иванова", "Анна", "Павловна", "01.02.1983"],
        ],
    )
    with db.session() as s:
        result = import_members(s, path, org_code="T01-002")
    assert result.created == 1
    assert set(members_by_name(db)) == {"Иванова Анна Павловна"}


def test_excel_unicode_text_with_tabs(orgs, tmp_path):
    db, _, _ = orgs
    path = tmp_path / "список.txt"
    path.write_text("ФИО\tДата рождения\nСоколова Нина Ивановна\t02.03.1961\n", encoding="utf-16")
    with db.session() as s:
        assert import_members(s, path, org_code="T01-001").created == 1
    assert set(members_by_name(db)) == {"Соколова Нина Ивановна"}


def test_a_user_limited_to_one_organisation_imports_only_there(orgs, tmp_path):
    db, school_id, garden_id = orgs
    with db.session() as s:
        create_member(
            s,
            {
                "last_name": "Чужая",
                "first_name": "Вера",
                "birth_date": dt.date(1980, 1, 1),
                "organisation_id": garden_id,
            },
        )
    path = write_xlsx(
        tmp_path / "список.xlsx",
        [
            ["ФИО", "Дата рождения", "Код организации", "Телефон"],
            ["Своя Анна", "01.01.1981", "T01-001", None],
            ["Чужой Пётр", "01.01.1982", "T01-002", None],
            ["Чужая Вера", "01.01.1980", "T01-001", "89000000000"],
        ],
    )
    db.user_role, db.user_org_id = "operator", school_id
    with db.session() as s:
        result = import_members(s, path)
    assert result.created == 1
    assert [(e.row, "вне вашего доступа" in e.message) for e in result.errors] == [
        (3, True),
        (4, True),
    ]
    with pytest.raises(PermissionDeniedError), db.session() as s:
        import_members(s, path, org_code="T01-002")
    db.user_role, db.user_org_id = "", None
    people = members_by_name(db)
    assert people["Своя Анна"].organisation_id == school_id
    assert people["Чужая Вера"].organisation_id == garden_id and people["Чужая Вера"].phone is None
    assert "Чужой Пётр" not in people


def test_new_cards_are_in_the_change_log_when_cards_are_tracked(orgs, tmp_path, monkeypatch):
    """The exchange between offices tracks cards; imported ones must not slip past it."""
    from app.models import changes

    monkeypatch.setitem(changes.TRACKED, Card, "card")
    db, _, _ = orgs
    path = write_xlsx(tmp_path / "список.xlsx", messy_rows())
    with db.session() as s:
        import_members(s, path, org_code="T01-001")
    with db.session() as s:
        card = s.scalars(select(Card)).one()
        entry = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity == "card")).one()
        assert (entry.action, entry.entity_id) == ("create", card.id)
        snapshot = json.loads(entry.new_value)
        assert snapshot["number"] == "2460000000017" and snapshot["issued_here"] == "0"
        assert snapshot["member_id"] == card.member_id


def test_a_list_imported_again_keeps_the_indexes_and_a_new_one_rebuilds_them(
    orgs, tmp_path, monkeypatch
):
    """The indexes are dropped and made again only for a list of mostly new members; the
    same list again (all found, unchanged or corrected) updates them in place. Either way
    the database is whole and the search finds what the rows say."""
    db, _, _ = orgs
    if db.is_server:
        pytest.skip("the server keeps its own indexes")
    monkeypatch.setattr("app.importing.importer.BATCH_ROWS", 2)
    header = ["ФИО", "Дата рождения", "Телефон"]
    people = [
        ["Иванова Анна Петровна", "12.03.1975", "89001112233"],
        ["Семёнов Пётр Ильич", "01.02.1980", "89004445566"],
        ["Громова Вера Олеговна", "01.06.1970", "89007778899"],
    ]

    def run(rows: list[list]) -> tuple[object, list[str]]:
        path = write_xlsx(tmp_path / "список.xlsx", [header, *rows])
        statements: list[str] = []
        with db.session() as s:
            s.connection().connection.driver_connection.set_trace_callback(statements.append)
            result = import_members(s, path, org_code="T01-001")
            s.connection().connection.driver_connection.set_trace_callback(None)
        return result, [x for x in statements if x.startswith(("DROP INDEX", "CREATE INDEX"))]

    created, rebuilt = run(people)
    assert created.created == 3 and rebuilt and len(rebuilt) % 2 == 0
    again, rebuilt = run(people)
    assert (again.created, again.updated, again.skipped, rebuilt) == (0, 0, 3, [])
    corrected = [[name, born, phone.replace("8900", "8901")] for name, born, phone in people]
    fixed, rebuilt = run(corrected)
    assert (fixed.created, fixed.updated, rebuilt) == (0, 3, [])
    assert found(db, "9011112233") == {"Иванова Анна Петровна"}
    assert found(db, "9001112233") == set()
    with db.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        s.execute(text("INSERT INTO member_fts(member_fts) VALUES ('integrity-check')"))
