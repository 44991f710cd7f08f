"""`audit` reads the log by one SQLite query (app.models.fastread.audit) that answers what
SQLAlchemy's query answers (PostgreSQL's), for every filter: dates at local midnight,
user, action, entity, the newest N."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select, update

from app.models import ChangeLogEntry, Member
from app.models.audit import AuditFilter, audit_entries, log_event, orm_audit_entries
from app.models.audit_view import local_midnight_utc
from app.models.fastread.audit import audit_rows
from app.models.members import update_member


def _fill(db) -> list[dt.date]:  # noqa: ANN001 - the Database fixture
    """Changes and events over five days, by two users, with details of every shape; the
    days they are on."""
    with db.session() as s:
        member_ids = list(s.scalars(select(Member.id).order_by(Member.id).limit(3)))
    for member_id in member_ids:
        with db.session() as s:
            update_member(s, member_id, {"position": "Учитель «физики»"})
    with db.session() as s:
        s.info["user_login"] = "admin"
        log_event(s, "print", "member", member_ids[0], {"count": 3, "file": "билеты.pdf"})
        log_event(s, "login", "user", "admin")
        log_event(s, "export", "audit", details={"file": "журнал.csv", "count": 12})
        s.add(
            ChangeLogEntry(
                at=dt.datetime(2026, 1, 1),
                installation_id="",
                user_login="",
                action="delete",
                entity="member",
                entity_id="x",
                field="",
                old_value='["not", "an object"]',
            )
        )
        s.add(
            ChangeLogEntry(
                at=dt.datetime(2026, 1, 1),
                installation_id="",
                user_login="kate",
                action="import",
                entity="member",
                entity_id="",
                field="",
                new_value="not json at all",
            )
        )
    today = dt.date.today()
    days = [today - dt.timedelta(days=n) for n in range(5)]
    with db.session() as s:
        ids = list(s.scalars(select(ChangeLogEntry.id).order_by(ChangeLogEntry.id)))
        for n, entry_id in enumerate(ids):
            day = days[n % len(days)]
            # around local midnight too: the filter's edges
            moment = local_midnight_utc(day) + dt.timedelta(seconds=(n % 3 - 1) * 30)
            s.execute(update(ChangeLogEntry).where(ChangeLogEntry.id == entry_id).values(at=moment))
    return days


FILTERS = [
    AuditFilter(),
    AuditFilter(limit=4),
    AuditFilter(user="admin"),
    AuditFilter(action="update"),
    AuditFilter(entity="member", limit=2),
    AuditFilter(action="login", user="nobody"),
]


def _filters(days: list[dt.date]) -> list[AuditFilter]:
    return [
        *FILTERS,
        AuditFilter(since=days[2]),
        AuditFilter(until=days[3]),
        AuditFilter(since=days[3], until=days[1], entity="member"),
        AuditFilter(since=days[0], until=days[0], limit=1),
    ]


@pytest.mark.sqlite_only
@pytest.mark.plain_file
def test_sqlite_reads_the_log_as_sqlalchemys_query_does(demo_db, db_path):
    days = _fill(demo_db)
    conn = sqlite3.connect(db_path)
    try:
        for f in _filters(days):
            with demo_db.session() as s:
                expected = orm_audit_entries(s, f)
                assert audit_entries(s, f) == expected, f  # the normal path on SQLite
            assert audit_rows(conn, f) == expected, f  # the light path
        everything = audit_rows(conn, AuditFilter())
    finally:
        conn.close()
    assert any(e.details == {"value": ["not", "an object"]} for e in everything)
    assert any(e.details.get("new") == "Учитель «физики»" for e in everything)


def test_each_filter_keeps_what_it_says(demo_db):
    days = _fill(demo_db)
    with demo_db.session() as s:
        everything = audit_entries(s, AuditFilter())
        assert [e.id for e in everything] == sorted(e.id for e in everything)
        for f in _filters(days):
            kept = [
                e
                for e in everything
                if (f.since is None or e.at >= local_midnight_utc(f.since))
                and (f.until is None or e.at < local_midnight_utc(f.until + dt.timedelta(days=1)))
                and (f.user is None or e.user == f.user)
                and (f.action is None or e.action == f.action)
                and (f.entity is None or e.entity == f.entity)
            ]
            assert audit_entries(s, f) == (kept[-f.limit :] if f.limit else kept), f
    assert {"update", "print", "login", "export", "delete", "import"} <= {
        e.action for e in everything
    }
    imported = next(e for e in everything if e.action == "import")
    assert imported.details == {"value": "not json at all"}
