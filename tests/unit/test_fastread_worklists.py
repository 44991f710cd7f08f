"""`worklist` as SQLite writes it (app.models.fastread.worklists) says what the records of
app.models.worklists say: every list, the whole tree, a subtree and a limited user's."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from sqlalchemy import select, update

from app.models import Card, Member, Organisation, OrgKind, open_database
from app.models.fastread import open_reader
from app.models.fastread import worklists as light
from app.models.organisations import subtree_ids
from app.models.worklists import KINDS, worklist_lines, worklist_records

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

JSON_KEYS = (
    "id",
    "last_name",
    "first_name",
    "patronymic",
    "organization_code",
    "organization",
    "card_number",
    "e_registered_on",
    "consent_on",
    "profkards_on",
    "booklet_on",
)


def _expected(records: list[dict]) -> tuple[list[dict], list[str]]:
    """What `worklist --json` and `worklist` printed from the records before SQLite wrote
    them (app/cli/worklist.py of main 601b5ca)."""
    objects = [
        {k: r[k].isoformat() if isinstance(r[k], dt.date) else r[k] for k in JSON_KEYS}
        for r in records
    ]
    lines = []
    for r in records:
        name = " ".join(p for p in (r["last_name"], r["first_name"], r["patronymic"]) if p)
        lines.append(f"{r['organization_code']}\t{name}\t{r['card_number'] or ''}\t{r['id']}")
    return objects, lines


@pytest.fixture
def lists_db(demo_db, db_path):
    """The demo with a bit of everything: cards still to print, a printed card waiting 40
    days, an organisation without a short name, a member without a patronymic, and the
    day's copy made."""
    with demo_db.session() as s:
        some = select(Card.id).where(Card.is_current.is_(True)).order_by(Card.id).limit(7)
        s.execute(
            update(Card)
            .where(Card.id.in_(some.scalar_subquery()))
            .values(status="to_print", printed_on=None, handed_on=None)
        )
        waiting = some.offset(7)
        s.execute(
            update(Card)
            .where(Card.id.in_(waiting.scalar_subquery()))
            .values(
                status="printed",
                printed_on=dt.date.today() - dt.timedelta(days=40),
                handed_on=None,
            )
        )
        member = s.scalars(select(Member).where(Member.consent_on.is_(None))).first()
        member.patronymic = ""
        org = s.get(Organisation, member.organisation_id)
        org.short_name = ""
    demo_db.close()
    open_database(db_path).close()  # the day's checked copy: the light path may read it
    return db_path


def test_every_list_as_the_records_say(lists_db):
    db = open_database(lists_db)
    conn = sqlite3.connect(lists_db)
    today = dt.date.today()
    try:
        with db.session() as s:
            territorial = s.scalars(
                select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
            ).first()
            subtree = subtree_ids(s, territorial.id)
            assert sorted(light.subtree_ids(conn, territorial.code)) == sorted(subtree)
            assert light.subtree_ids(conn, "нет такого") is None
            seen = 0
            for key in KINDS:
                for scope in (None, subtree):
                    objects, lines = _expected(worklist_records(s, key, scope))
                    as_json = light.json_lines(conn, key, scope, None, today)
                    assert [json.loads(x) for x in as_json] == objects, (key, scope)
                    assert light.text_lines(conn, key, scope, None, today) == lines, key
                    # the normal path's lines: the same SQL on the session's connection
                    assert worklist_lines(s, key, scope, as_json=True) == as_json
                    assert worklist_lines(s, key, scope, as_json=False) == lines
                    seen += len(lines)
                    if scope is None:
                        assert lines, key  # the demo has members on every list
            assert seen > 500
            assert any(o["card_number"] for o in objects)
    finally:
        conn.close()
        db.close()


def test_a_limited_user_sees_the_lines_of_their_subtree(lists_db):
    db = open_database(lists_db)
    try:
        with db.session() as s:
            territorial = s.scalars(
                select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
            ).first()
            everyone = worklist_lines(s, "no-consent", None, as_json=False)
        db.user_role, db.user_org_id = "operator", territorial.id
        with db.session() as s:
            mine = worklist_lines(s, "no-consent", None, as_json=False)
            _, expected = _expected(worklist_records(s, "no-consent"))
        assert mine == expected and 0 < len(mine) < len(everyone)
    finally:
        db.close()


def test_the_light_reader_reads_the_same_lines(lists_db):
    reader = open_reader(str(lists_db))
    assert reader is not None
    try:
        got = light.json_lines(reader.conn, "no-consent", None, None, dt.date.today())
    finally:
        reader.close()
    db = open_database(lists_db)
    try:
        with db.session() as s:
            assert worklist_lines(s, "no-consent", None, as_json=True) == got
    finally:
        db.close()
