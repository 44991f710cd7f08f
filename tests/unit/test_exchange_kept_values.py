"""Cells an import kept (a phone with two numbers, a year alone in a date column) travel
between a district copy and the region in real exchange files, like any member field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.exchange import export_exchange, import_exchange, list_conflicts, resolve_conflict
from app.importing import import_members
from app.models import Member, Organisation, demo, open_database
from app.models.import_values import kept_values
from app.models.organisations import get_by_code

PASS = "общая фраза обмена 2026"
TITLES = ["ФИО", "Дата рождения", "Телефон", "Дата вступления"]


class Office:
    """One installation: its database and the exchange files it writes."""

    def __init__(self, folder: Path, name: str, location: Path | str | None = None) -> None:
        self.folder, self.name, self.files = folder, name, 0
        self.db = open_database(location or folder / f"{name}.sqlite3")

    def export(self, org: str | None = None) -> Path:
        self.files += 1
        path = self.folder / f"{self.name}-{self.files}.pdx"
        with self.db.session() as s:
            export_exchange(s, path, PASS, org)
        return path

    def load(self, path: Path):  # noqa: ANN201 - ImportReport
        with self.db.session() as s:
            return import_exchange(s, path, PASS)

    def import_list(self, rows: list[list], org_code: str):  # noqa: ANN201 - ImportResult
        workbook = Workbook()
        for row in [TITLES, *rows]:
            workbook.active.append(row)
        self.files += 1
        path = self.folder / f"{self.name}-список-{self.files}.xlsx"
        workbook.save(path)
        with self.db.session() as s:
            return import_members(s, path, org_code=org_code)

    def kept(self, member_id: str) -> list[tuple[str, str, str]]:
        with self.db.session() as s:
            return [(k.field, k.column_title, k.value) for k in kept_values(s, member_id)]

    def member(self, member_id: str) -> Member:
        with self.db.session() as s:
            return s.get(Member, member_id)

    def conflicts(self):  # noqa: ANN201
        with self.db.session() as s:
            return list_conflicts(s)


@pytest.fixture
def offices(tmp_path: Path, db_path):
    """The region (SQLite or PostgreSQL) with a demo tree, and the copy of district T01."""
    region = Office(tmp_path, "region", db_path)
    with region.db.session(log_changes=False) as s:
        demo.generate(s, members=60, seed=11)
        district = get_by_code(s, "T01")
        school = s.scalar(
            select(Organisation.code).where(Organisation.parent_id == district.id).limit(1)
        )
    t01 = Office(tmp_path, "t01")
    t01.load(region.export("T01"))
    yield region, t01, school
    region.db.close()
    t01.db.close()


def sync(region: Office, t01: Office) -> None:
    region.load(t01.export())
    t01.load(region.export("T01"))


def find(office: Office, last_name: str) -> str:
    with office.db.session() as s:
        return s.scalar(select(Member.id).where(Member.last_name == last_name))


def test_kept_cells_reach_the_region_and_a_fix_there_reaches_the_district(offices) -> None:
    region, t01, school = offices
    result = t01.import_list(
        [["Сёмина Наталья Васильевна", "14.03.1968", "8-910-123-45-67, 55-12-34", 2015]], school
    )
    assert (result.created, len(result.warnings)) == (1, 2)
    semina = find(t01, "Сёмина")
    kept = [
        ("joined_on", "Дата вступления", "2015"),
        ("phone", "Телефон", "8-910-123-45-67, 55-12-34"),
    ]
    assert t01.kept(semina) == kept

    report = region.load(t01.export())
    assert report.refused == 0 and report.conflicts == 0
    assert region.member(semina).phone is None and region.kept(semina) == kept

    # the region corrects the list: the fields are filled, nothing is kept any more
    fixed = region.import_list(
        [["Сёмина Наталья Васильевна", "14.03.1968", "8-910-123-45-67", "01.09.2015"]], school
    )
    assert (fixed.created, fixed.updated, fixed.warnings) == (0, 1, [])
    assert region.kept(semina) == []
    t01.load(region.export("T01"))
    assert t01.member(semina).phone == "+79101234567"
    assert t01.member(semina).joined_on == dt.date(2015, 9, 1)
    assert t01.kept(semina) == []

    # kept again later at the district (the same id): an update, not a deleted record
    t01.import_list([["Сёмина Наталья Васильевна", "14.03.1968", "", "сентябрь 2016"]], school)
    assert t01.kept(semina) == [("joined_on", "Дата вступления", "сентябрь 2016")]
    report = region.load(t01.export())
    assert report.refused == 0 and report.conflicts == 0
    assert region.kept(semina) == [("joined_on", "Дата вступления", "сентябрь 2016")]
    assert not region.conflicts() and not t01.conflicts()


def test_the_same_cell_kept_differently_in_two_offices_is_a_conflict(offices) -> None:
    region, t01, school = offices
    t01.import_list([["Орлова Нина Петровна", "02.11.1975", "", ""]], school)
    orlova = find(t01, "Орлова")
    sync(region, t01)
    assert region.member(orlova).birth_date == dt.date(1975, 11, 2)

    t01.import_list([["Орлова Нина Петровна", "02.11.1975", "", "2015"]], school)
    region.import_list([["Орлова Нина Петровна", "02.11.1975", "", "весна 2014"]], school)
    assert region.kept(orlova) == [("joined_on", "Дата вступления", "весна 2014")]

    report = region.load(t01.export())
    assert report.conflicts == 1  # nothing silently overwritten
    [conflict] = region.conflicts()
    assert (conflict.field, conflict.here, conflict.there) == ("value", "весна 2014", "2015")
    assert conflict.record == "Орлова Нина Петровна 02.11.1975: «Дата вступления» из загрузки"
    assert report.conflict_items[0]["record"] == "Орлова Нина: «Дата вступления» из загрузки"
    assert region.kept(orlova) == [("joined_on", "Дата вступления", "весна 2014")]

    # the region decides; the decision travels and settles the district's copy too
    with region.db.session() as s:
        resolve_conflict(s, conflict.id, "there")
    for _ in range(2):
        sync(region, t01)
    assert region.kept(orlova) == t01.kept(orlova) == [("joined_on", "Дата вступления", "2015")]
    assert not region.conflicts() and not t01.conflicts()
