"""Member lists as LibreOffice 7.4 writes them (.xls, .ods, .xlsx in tests/data/import),
imported through profdesk-cli: every person and every field checked afterwards."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Member, OrgKind, open_database
from app.models.import_values import ImportedValue
from app.models.organisations import create_org, region

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def school(region_db):
    with region_db.session() as s:
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=region(s).id, name="Обоянская РО", code="T01"
        )
        create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district.id, name="МБОУ «СОШ № 1»", code="T01-001"
        )
    return region_db


def people(db_path) -> dict[str, tuple]:
    db = open_database(db_path)
    try:
        with db.session() as s:
            kept: dict[str, dict] = {}
            for value in s.scalars(select(ImportedValue).where(ImportedValue.value != "")):
                kept.setdefault(value.member_id, {})[value.field] = (
                    value.column_title,
                    value.value,
                )
            return {
                m.full_name: (
                    m.birth_date,
                    m.position,
                    m.phone,
                    m.joined_on,
                    m.e_registered_on,
                    m.sex,
                    kept.get(m.id, {}),
                )
                for m in s.scalars(select(Member))
            }
    finally:
        db.close()


@pytest.mark.parametrize("name", ["список-ппо.xls", "список-ппо.ods", "список-ппо.xlsx"])
def test_a_libreoffice_list_comes_in_whole_and_nothing_wrong(cli, db_path, school, name):
    done = cli("members", "import", str(DATA / name), "--org", "T01-001", "--json", db=db_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["created"], report["updated"], report["skipped"]) == (5, 0, 4)
    assert report["errors"] == [
        {"row": 11, "column": "ФИО", "value": "Жуков", "message": "Не указано имя."}
    ]
    warnings = [(w["row"], w["column"], w["value"]) for w in report["warnings"]]
    assert warnings == [
        (5, "Телефон", "8-910-123-45-67, 55-12-34"),
        (5, "Дата вступления", "2015"),
        (6, "Телефон", "551234"),
        (6, "Дата вступления", "сентябрь 2010"),
        (10, "Дата рождения", "1998"),
    ]
    messages = [w["message"] for w in report["warnings"]]
    assert "только год «2015»" in messages[1]
    assert "только месяц и год «сентябрь 2010»" in messages[3]
    assert "без даты рождения" in messages[4]
    assert report["skipped_rows"] == [
        {"row": 9, "reason": "заголовок раздела «Технический персонал»"},
        {"row": 12, "reason": "итоговая строка «Итого: 6 чел.»"},
        {"row": 13, "reason": "пустая строка"},
        {"row": 14, "reason": "строка подписи «Председатель ППО ____________ Н.В. Сёмина»"},
    ]
    assert people(db_path) == {
        "Иванова Анна Петровна": (
            dt.date(1985, 3, 8),
            "учитель",
            None,
            None,
            dt.date(2021, 5, 10),
            "F",
            {
                "phone": ("Телефон", "8-910-123-45-67, 55-12-34"),
                "joined_on": ("Дата вступления", "2015"),
            },
        ),
        "Семёнов Пётр Ильич": (
            dt.date(1968, 3, 14),
            "директор",
            None,
            None,
            dt.date(2021, 6, 1),
            "M",
            {
                "phone": ("Телефон", "551234"),
                "joined_on": ("Дата вступления", "сентябрь 2010"),
            },
        ),
        "Кузнецова Ольга Сергеевна": (
            dt.date(1970, 3, 14),
            "учитель",
            "+79200001122",
            dt.date(1998, 9, 1),
            None,
            "F",
            {},
        ),
        # a =HYPERLINK(...) name cell: its shown text, never the formula
        "Орлов Денис Олегович": (
            dt.date(1990, 12, 1),
            "учитель физкультуры",
            "+79101112233",
            dt.date(2012, 9, 1),
            None,
            "M",
            {},
        ),
        "Белова Мария Ивановна": (
            None,
            "завхоз",
            None,
            None,
            None,
            "F",
            {"birth_date": ("Дата рождения", "1998")},
        ),
    }


def test_the_cli_says_it_in_words_and_saves_the_problem_rows(cli, db_path, school, tmp_path):
    out = tmp_path / "исправить.xlsx"
    done = cli(
        "members",
        "import",
        str(DATA / "список-ппо.xls"),
        "--org",
        "T01-001",
        "--problems",
        str(out),
        db=db_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "Загружено: добавлено 5, обновлено 0, пропущено 4, с ошибками 1, предупреждений 5."
    )
    assert "строка 11, столбец «ФИО» (ошибка): Не указано имя." in done.stderr
    assert (
        "строка 5, столбец «Дата вступления» (предупреждение): Дата вступления: указан "
        "только год «2015», а не дата." in done.stderr
    )
    assert "строка 12 (пропущена): итоговая строка «Итого: 6 чел.»" in done.stderr
    from openpyxl import load_workbook

    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[1] for r in rows] == [
        "ФИО",
        "Иванова Анна Петровна",
        "Семёнов Пётр Ильич",
        "Белова Мария Ивановна",
        "Жуков",
    ]


def test_a_birth_year_column_is_warned_once_and_kept(cli, db_path, school):
    done = cli(
        "members",
        "import",
        str(DATA / "годы-рождения.xls"),
        "--org",
        "T01-001",
        "--json",
        db=db_path,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["created"], report["errors"]) == (3, [])
    (warning,) = report["warnings"]
    assert (warning["row"], warning["column"], warning["value"]) == (1, "Год рождения", "")
    assert "строк: 2" in warning["message"]
    found = people(db_path)
    assert found["Смирнова Елена Викторовна"][0] is None
    assert found["Смирнова Елена Викторовна"][6] == {"birth_date": ("Год рождения", "1975")}
    assert found["Смирнов Игорь"][6] == {"birth_date": ("Год рождения", "1973")}
    assert found["Лебедева Нина Петровна"][0] == dt.date(1980, 4, 5)  # a real date is a date
    assert found["Лебедева Нина Петровна"][6] == {}


def test_a_workbook_with_a_password_is_refused_in_one_sentence(cli, db_path, school):
    # .xls and .ods saved with a password by LibreOffice 7.4, .xlsx encrypted as Excel does
    # (ECMA-376 agile encryption); the password of all three is «пароль123»
    for name in ("защищён-паролем.xls", "защищён-паролем.xlsx", "защищён-паролем.ods"):
        done = cli("members", "import", str(DATA / name), "--org", "T01-001", db=db_path)
        assert done.returncode == 1
        assert done.stderr.strip() == (
            f"Ошибка: Файл «{name}» защищён паролем: снимите пароль в Excel или LibreOffice "
            "и сохраните файл заново."
        )
        assert done.stdout == ""
    assert people(db_path) == {}


def test_an_xls_that_would_end_the_program_is_one_sentence(cli, db_path, school, tmp_path):
    """A damaged .xls that makes the spreadsheet reader ask for 137 GB: one sentence, no
    words of the reader's own (Rust's «memory allocation … failed»), nothing written."""
    from tests.unit.test_import_damage import huge_cell_xls

    path = huge_cell_xls(tmp_path / "повреждён.xls")
    done = cli("members", "import", str(path), "--org", "T01-001", db=db_path)
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "Ошибка: Файл «повреждён.xls» не удаётся прочитать: книга повреждена."
    )
    assert people(db_path) == {}
