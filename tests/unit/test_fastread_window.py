"""The main window's first view on the light path (app.models.fastread.window) shows what
the normal path shows: the same row ids in the same order, the same rows."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select, update

from app.models import Card, Member
from app.models.fastread import window as light
from app.models.member_list import (
    MemberFilter,
    _first_column,
    fetch_rows,
    member_rowids,
    query_fetch_rows,
    rowids_query,
)


def _plain(db) -> sqlite3.Connection:  # noqa: ANN001
    return sqlite3.connect(db.path.resolve().as_uri() + "?mode=ro", uri=True)


@pytest.fixture
def varied(demo_db):
    """The demo with a member who left, a current card, and a member without dates."""
    with demo_db.session() as s:
        first, second, third = s.scalars(select(Member).order_by(Member.id).limit(3))
        first.left_on, first.leave_reason = dt.date(2026, 3, 1), "own_wish"
        for old in s.scalars(select(Card).where(Card.member_id == second.id)):
            old.is_current = False
        s.flush()
        s.add(Card(member_id=second.id, number="4600000000123"))
        s.execute(
            update(Member)
            .where(Member.id == third.id)
            .values(birth_date=None, joined_on=None, phone=None, position="")
        )
    return demo_db


@pytest.mark.sqlite_only
@pytest.mark.plain_file
def test_first_list_and_rows_read_plainly_match_sqlalchemys(varied):
    conn = _plain(varied)
    try:
        with varied.session() as s:
            # the SQLAlchemy query the member list ran for the first view before
            expected = _first_column(s, rowids_query(s, MemberFilter()))
            assert light.browse_rowids(conn) == expected
            assert member_rowids(s, MemberFilter()) == expected  # the normal path's caller
            everyone = _first_column(s, rowids_query(s, MemberFilter(status="all")))
            assert len(everyone) > len(expected)  # those who left are not in the first list
            sample = everyone[:40] + everyone[-40:]
            assert light.member_rows(conn, sample) == query_fetch_rows(s, sample)
            assert fetch_rows(s, sample) == query_fetch_rows(s, sample)
            rows = light.member_rows(conn, everyone)
        assert [r.rowid for r in rows] == everyone
        assert sum(r.left_on is not None for r in rows) == len(everyone) - len(expected)
        assert "4600000000123" in {r.card_number for r in rows}
        assert any(r.birth_date is None and r.phone is None for r in rows)
        assert light.member_rows(conn, [everyone[5], 10**9, everyone[2]]) == [
            rows[5],
            rows[2],
        ]  # order as asked, an unknown id left out
        assert light.has_organisations(conn)
    finally:
        conn.close()


def test_rows_on_either_engine_are_the_sqlalchemy_rows(varied):
    """PostgreSQL keeps the SQLAlchemy query; on SQLite fetch_rows is the plain one."""
    with varied.session() as s:
        rowids = member_rowids(s, MemberFilter(status="all"))[:300]
        assert fetch_rows(s, rowids) == query_fetch_rows(s, rowids)
        assert fetch_rows(s, list(reversed(rowids))) == list(reversed(query_fetch_rows(s, rowids)))
