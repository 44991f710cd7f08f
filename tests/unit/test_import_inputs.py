"""Import round 2: the encodings and separators of CSV, bad input of every kind, and ids
deciding who is who."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import delete, func, select

from app.importing import import_members
from app.models import Card, ChangeLogEntry, Member, OrgKind, ValidationError
from app.models.export import export_members
from app.models.members import create_member
from app.models.organisations import create_org, region


@pytest.fixture
def orgs(region_db):
    with region_db.session() as s:
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=region(s).id, name="Обоянская РО", code="T01"
        )
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district.id, name="СОШ № 1", code="T01-001"
        )
        garden = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district.id, name="Детский сад № 2", code="T01-002"
        )
    return region_db, school.id, garden.id


ROWS = [
    ["ФИО", "Дата рождения", "Телефон", "Дата вступления"],
    ["Ковалёва Ирина Юрьевна", "06.05.1980", "8-910-123-45-67, 55-12-34", "01.09.2005"],
    ["Зуев Олег", "14.03.1968 г.", "+7 920 000-11-22", "2015"],
]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("utf-8", ","), ("cp1251", ";"), ("utf-16", "\t")],
)
def test_csv_in_every_encoding_and_separator_reads_the_same(orgs, tmp_path, encoding, delimiter):
    db, school_id, _ = orgs
    text = "\r\n".join(delimiter.join(f'"{v}"' if "," in v else v for v in r) for r in ROWS)
    path = tmp_path / "список.csv"
    path.write_bytes(text.encode(encoding))
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001")
    assert (result.created, result.errors) == (2, [])
    assert [(w.row, w.column, w.value) for w in result.warnings] == [
        (2, "Телефон", "8-910-123-45-67, 55-12-34"),
        (3, "Дата вступления", "2015"),
    ]
    with db.session() as s:
        people = {m.full_name: m for m in s.scalars(select(Member))}
    kovaleva, zuev = people["Ковалёва Ирина Юрьевна"], people["Зуев Олег"]
    assert (kovaleva.birth_date, kovaleva.phone, kovaleva.joined_on) == (
        dt.date(1980, 5, 6),
        None,
        dt.date(2005, 9, 1),
    )
    assert (zuev.birth_date, zuev.phone, zuev.joined_on) == (
        dt.date(1968, 3, 14),
        "+79200001122",
        None,
    )
    assert {kovaleva.organisation_id, zuev.organisation_id} == {school_id}


@pytest.mark.parametrize("batch", [1000, 1])
def test_ids_decide_two_namesakes_of_an_export_stay_two(orgs, tmp_path, monkeypatch, batch):
    """Two people with one name and birth date (different organisations and phones) in
    Profdesk's own export, imported into the tree without members: two members again
    (also when they fall into different batches: the claims are kept between batches)."""
    monkeypatch.setattr("app.importing.importer.BATCH_ROWS", batch)
    db, school_id, garden_id = orgs
    with db.session() as s:
        for org_id, phone in ((school_id, "+79101112233"), (garden_id, "+79204445566")):
            create_member(
                s,
                {
                    "last_name": "Иванова",
                    "first_name": "Мария",
                    "birth_date": dt.date(1980, 1, 2),
                    "phone": phone,
                    "organisation_id": org_id,
                },
            )
    out = tmp_path / "выгрузка.xlsx"
    with db.session() as s:
        export_members(s, out)
        ids = set(s.scalars(select(Member.id)))
        s.execute(delete(Card))
        s.execute(delete(ChangeLogEntry))
        s.execute(delete(Member))
    with db.session() as s:
        result = import_members(s, out)
    assert (result.created, result.updated, result.errors) == (2, 0, [])
    with db.session() as s:
        members = {m.id: (m.organisation_id, m.phone) for m in s.scalars(select(Member))}
    assert set(members) == ids  # the file's ids are kept
    assert sorted(members.values()) == sorted(
        [(school_id, "+79101112233"), (garden_id, "+79204445566")]
    )
    with db.session() as s:  # and the same file again changes nobody
        again = import_members(s, out)
    assert (again.created, again.updated, again.skipped) == (0, 0, 2)


@pytest.mark.parametrize("batch", [1000, 1])
def test_a_file_without_ids_reports_two_rows_of_one_member(orgs, tmp_path, monkeypatch, batch):
    monkeypatch.setattr("app.importing.importer.BATCH_ROWS", batch)
    db, _, _ = orgs
    path = write_xlsx(
        tmp_path / "список.xlsx",
        [
            ["ФИО", "Дата рождения", "Телефон"],
            ["Петрова Ольга", "01.02.1983", "89101112233"],
            ["ПЕТРОВА ОЛЬГА", "01.02.1983", "89204445566"],
        ],
    )
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001")
    assert result.created == 1
    ((error),) = result.errors
    assert error.row == 3 and "строки 2" in error.message
    with db.session() as s:
        assert s.scalar(select(Member.phone)) == "+79101112233"


def write_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_bad_files_get_one_sentence_and_nothing_is_written(orgs, tmp_path):
    db, _, _ = orgs
    text_as_ods = tmp_path / "список.ods"
    text_as_ods.write_text("ФИО;Дата рождения\nИванов Иван;01.01.1980\n", encoding="utf-8")
    picture_as_xls = tmp_path / "список.xls"
    picture_as_xls.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    # what Excel writes for a workbook with a password: an OLE container holding
    # EncryptionInfo and EncryptedPackage streams instead of the zip
    locked = tmp_path / "с паролем.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(504)
        + "EncryptionInfo".encode("utf-16-le")
        + bytes(100)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(2000)
    )
    cases = [
        (text_as_ods, "текстовый файл, а не книга: если это CSV, дайте ему расширение .csv"),
        (picture_as_xls, "не книга Excel и не таблица LibreOffice"),
        (locked, "защищён паролем: снимите пароль в Excel или LibreOffice"),
        (tmp_path / "список.pdf", "загружаются файлы .xlsx, .xlsm, .xls, .ods или .csv"),
    ]
    (tmp_path / "список.pdf").write_bytes(b"%PDF-1.4")
    for path, words in cases:
        with pytest.raises(ValidationError, match=re.escape(words)), db.session() as s:
            import_members(s, path, org_code="T01-001")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_a_million_empty_formatted_rows_are_not_rows(orgs, tmp_path):
    db, _, _ = orgs
    small = write_xlsx(
        tmp_path / "два.xlsx", [["ФИО", "Дата рождения"], ["Иванов Иван", "01.02.1980"]]
    )
    big = tmp_path / "миллион.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                rows = "".join(
                    f'<row r="{n}"><c r="A{n}" s="0"/><c r="B{n}" s="0"/></row>'
                    for n in range(3, 1_000_003)
                )
                data = data.decode().replace("</sheetData>", rows + "</sheetData>").encode()
            out.writestr(item, data)
    with db.session() as s:
        result = import_members(s, big, org_code="T01-001")
    assert (result.created, result.errors, result.skipped_rows) == (1, [], [])


def test_long_cells_and_formulas(orgs, tmp_path):
    db, _, _ = orgs
    long = "учитель " * 625  # 5,000 characters
    path = write_xlsx(
        tmp_path / "список.xlsx",
        [
            ["ФИО", "Дата рождения", "Должность"],
            ["Сомова Анна", "01.02.1983", long],
            ["Ф" * 5000 + " Имя", "01.02.1983", "учитель"],
            ['=HYPERLINK("http://example.org","Злой Хакер")', "01.02.1983", "учитель"],
            ["Белов Иван", "01.02.1984", "=1+2"],
        ],
    )
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001")
    # openpyxl wrote the formulas without a cached value: nothing is shown in those cells
    errors = {e.row: e for e in result.errors}
    assert sorted(errors) == [3, 4]
    assert errors[3].column == "ФИО" and len(errors[3].value) == 5004
    warnings = {(w.row, w.column) for w in result.warnings}
    assert (2, "Должность") in warnings
    with db.session() as s:
        people = {m.full_name: m for m in s.scalars(select(Member))}
    assert set(people) == {"Сомова Анна", "Белов Иван"}
    assert people["Сомова Анна"].position == ""
    assert not people["Белов Иван"].position.startswith("=")


def test_a_formula_typed_as_a_name_is_refused_not_stored(orgs, tmp_path):
    db, _, _ = orgs
    path = tmp_path / "список.csv"
    path.write_text(
        'ФИО;Дата рождения\n"=HYPERLINK(""http://example.org"";""Злой Хакер"")";01.02.1983\n'
        "+Петров Пётр;01.02.1983\n",
        encoding="utf-8",
    )
    with db.session() as s:
        result = import_members(s, path, org_code="T01-001")
    assert result.created == 0
    assert [(e.row, e.column) for e in result.errors] == [(2, "ФИО"), (3, "ФИО")]
    assert result.errors[0].value.startswith("=HYPERLINK(")
