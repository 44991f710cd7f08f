"""The report's SQLite counting (app.models.fastread.report) against the SQLAlchemy queries,
and `report --json`'s light path against build_report: many dates, periods and subtrees
over the members on every boundary of tests/unit/test_report_figures.py (moves included)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select
from test_report_figures import PERIOD, D, report_db  # noqa: F401 - the fixture

from app.models import MemberTransfer, Organisation, open_database
from app.models.errors import ValidationError
from app.models.fastread import open_reader
from app.models.fastread import report as light
from app.models.report import build_report, report_records
from app.models.report_counts import query_own_figures

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

DAYS = [
    D,
    D - dt.timedelta(days=1),
    D + dt.timedelta(days=1),
    dt.date(2024, 2, 29),
    dt.date(2001, 1, 1),
    dt.date.today(),
]
PERIODS = [(None, None), PERIOD, (None, D), (D, None)]


def _path(db) -> str:
    return str(db.location)


def test_the_counts_equal_the_sqlalchemy_queries(report_db):  # noqa: F811
    conn = sqlite3.connect(_path(report_db), check_same_thread=False)
    second = sqlite3.connect(_path(report_db), check_same_thread=False)
    try:
        with report_db.session() as s:
            assert s.scalar(select(MemberTransfer.id).limit(1)) is not None  # moves are there
            for day in DAYS:
                for period in PERIODS:
                    want = query_own_figures(s, day, *period)
                    assert light.own_figures(conn, day, *period) == want, (day, period)
                    assert light.own_figures(conn, day, *period, second) == want, (day, period)
                    assert any(f.cards_issued for f in want.values()) or day.year < 2020
    finally:
        conn.close()
        second.close()


def test_the_light_report_is_the_normal_report(report_db):  # noqa: F811
    with report_db.session() as s:
        codes = [None, *s.scalars(select(Organisation.code).order_by(Organisation.code))]
    path = report_db.location
    report_db.close()
    open_database(path).close()  # the day's checked copy: the light path may read the file
    reader = open_reader(str(path))
    assert reader is not None
    db = open_database(path)
    try:
        for day, period in [(D, PERIOD), (D + dt.timedelta(days=1), (None, None))]:
            for code in codes:
                with db.session() as s:
                    want = report_records(build_report(s, day, *period, code))
                got = light.light_report(reader.conn, reader.path, day, *period, code)
                assert got is not None and report_records(got) == want, (day, code)
        # what the normal path must say, it is left to say
        assert light.light_report(reader.conn, reader.path, D, None, None, "НЕТ") is None
        with pytest.raises(ValidationError):
            light.light_report(reader.conn, reader.path, D, D, D - dt.timedelta(days=1), None)
    finally:
        reader.close()
        db.close()
