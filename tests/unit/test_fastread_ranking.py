"""`ranking` counts by one SQLite query (app.models.fastread.ranking) that answers what
SQLAlchemy's query answers (PostgreSQL's): every organisation's members, those left to do
and each list's own count, for the whole tree, a subtree and a limited user."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from app.models import Organisation, OrgKind, open_database
from app.models.fastread import open_reader
from app.models.fastread import ranking as light
from app.models.organisations import subtree_ids
from app.models.ranking import _counts_by_org, ranking
from tests.unit.test_fastread_worklists import lists_db  # noqa: F401 - a fixture

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]


def test_sqlite_counts_as_sqlalchemys_query_does(lists_db):  # noqa: F811
    db = open_database(lists_db)
    conn = sqlite3.connect(lists_db)
    try:
        with db.session() as s:
            territorial = s.scalars(
                select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
            ).first()
            subtree = subtree_ids(s, territorial.id)
            for today in (dt.date.today(), dt.date.today() + dt.timedelta(days=25)):
                for scope in (None, subtree):
                    expected = _counts_by_org(s, scope, today)
                    assert light.counts_by_org(conn, scope, None, today) == expected
                    assert light.counts_by_org(conn, None, scope, today) == expected
                    assert all(v[0] >= v[1] >= max(v[2:]) for v in expected.values())
            whole = _counts_by_org(s, None, dt.date.today())
            for i in range(6):  # the demo has members on every list
                assert sum(v[2 + i] for v in whole.values()) > 0, i
            for level in ("primary", "territorial"):
                for code in (None, territorial.code):
                    normal = ranking(s, level, code)
                    assert light.light_ranking(conn, level, code) == normal, (level, code)
                    assert normal and normal[0].left >= normal[-1].left
            assert light.light_ranking(conn, "primary", "нет такого") is None
    finally:
        conn.close()
        db.close()


def test_a_limited_user_ranks_their_subtree(lists_db):  # noqa: F811
    db = open_database(lists_db)
    try:
        with db.session() as s:
            territorial = s.scalars(
                select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
            ).first()
            expected = ranking(s, "primary", territorial.code)
            subtree = set(subtree_ids(s, territorial.id))
        db.user_role, db.user_org_id = "operator", territorial.id
        with db.session() as s:
            mine = ranking(s, "primary")
        assert [r for r in mine if r.org_id in subtree] == expected
        assert all(r.members == 0 for r in mine if r.org_id not in subtree)
    finally:
        db.close()


def test_the_light_reader_ranks_the_same(lists_db):  # noqa: F811
    reader = open_reader(str(lists_db))
    assert reader is not None
    try:
        got = light.light_ranking(reader.conn, "territorial", None)
    finally:
        reader.close()
    db = open_database(lists_db)
    try:
        with db.session() as s:
            assert ranking(s, "territorial") == got
    finally:
        db.close()
