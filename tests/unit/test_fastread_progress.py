"""`progress` sums the stored months by one SQLite query (app.models.fastread.progress)
that answers what SQLAlchemy's query answers (PostgreSQL's); the light path answers only
when the normal path would store nothing first."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select, update

from app.models import Organisation, OrgKind
from app.models.fastread import progress as light
from app.models.organisations import region, subtree_ids
from app.models.progress import progress
from app.models.snapshots import ProgressSnapshot, orm_stored_months, stored_months

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]


def test_sqlite_sums_the_months_as_sqlalchemys_query_does(demo_db, db_path):
    today = dt.date.today()
    with demo_db.session() as s:
        assert progress(s, months=6)  # takes this month and rebuilds five
        territorial = s.scalars(
            select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
        ).first()
        subtree = subtree_ids(s, territorial.id)
        top = region(s)
        # one month partly rebuilt, one organisation's row taken later in the month
        s.execute(
            update(ProgressSnapshot)
            .where(ProgressSnapshot.organisation_id == subtree[-1])
            .values(reconstructed=False, as_of=today)
        )
    conn = sqlite3.connect(db_path)
    try:
        with demo_db.session() as s:
            for months in (1, 6, 30):
                for scope in (None, subtree, []):
                    expected = orm_stored_months(s, scope, months, today)
                    assert stored_months(s, scope, months, today) == expected
                    assert light.stored_months(conn, scope, months, today) == expected
            for code in (None, territorial.code, top.code):
                expected = progress(s, code, 6)
                assert light.light_progress(conn, code, 6) == expected, code
                assert len(expected) == 6 and expected[-1].members > 0
            assert any(m.reconstructed for m in expected)
            assert light.light_progress(conn, "нет такого", 6) is None
            # a window longer than the months stored: the normal path rebuilds them first
            assert light.light_progress(conn, None, 7) is None
    finally:
        conn.close()
    with demo_db.session() as s:
        assert len(progress(s, months=7)) == 7
