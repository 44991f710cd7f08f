"""The light read path (app.models.fastread): when it may read a file, and that it answers
what the normal path answers (the SQLAlchemy queries, run on the same SQLite file)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import select

from app.models import Card, Member, Organisation, OrgKind, open_database
from app.models.export import query_search_records, search_records
from app.models.fastread import open_reader, queries
from app.models.organisations import (
    organisation_rows,
    query_load_tree,
    query_organisation_rows,
    subtree_ids,
)
from app.models.soundness import MARK_SUFFIX, SUSPECT, marks_dir
from app.models.users import create_user
from app.paths import backups_dir_for

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

QUERIES = [
    "ова",
    "ИВАНОВА",
    "иванова",
    "елкина",
    "ёлкина",
    "Пономарёва",
    "пономарева",
    "Семёнова Алёна",
    "семенова алена",
    "Анна Петровна",
    "ов ив",
    "ив",
    "к",
    "Е",
    "ё",
    "ович",
    "-иван",
    "иван-",
    "9",
    "91",
    "910",
    "+7 910",
    "8 (910)",
    "8-910-1",
    "4600000",
    "46",
    "460000000001",
    "ов 910",
    "«кавычки»",
    '"ова"',
    "%",
    "_",
]


@pytest.fixture
def reading(demo_db, db_path):
    """The demo database closed cleanly after a second open (which made the day's copy):
    a file the light path may read. Two members get current cards whose numbers share
    their start, one member an ё in the surname."""
    with demo_db.session() as s:
        members = list(
            s.scalars(select(Member).where(Member.left_on.is_(None)).order_by(Member.id).limit(3))
        )
        for member, number in zip(members, ("4600000000017", "4600000000109"), strict=False):
            for old in s.scalars(select(Card).where(Card.member_id == member.id)):
                old.is_current = False
            s.flush()
            s.add(Card(member_id=member.id, number=number))
        members[2].last_name = "Пономарёва"
    demo_db.close()
    open_database(db_path).close()  # the second open of the day makes the checked copy
    return db_path


def _search_cases(db) -> list[tuple[str, str, int | None]]:
    with db.session() as s:
        phones = [p for p in s.scalars(select(Member.phone).where(Member.phone.is_not(None)))]
    digits = "".join(ch for ch in phones[0] if ch.isdigit())
    extra = [digits, digits[-7:], digits[1:5], phones[1]]
    return [
        (query, status, limit)
        for query in [*QUERIES, *extra]
        for status in ("active", "all", "left")
        for limit in (None, 1, 10)
    ]


def _agree(light: list[dict], normal: list[dict], sort_keys: dict[str, str], limit) -> None:
    """The same members in the same name order; members of equal names may come in either
    order (the SQLAlchemy query does not break ties), and at a limit either of them."""
    assert [sort_keys[r["id"]] for r in light] == [sort_keys[r["id"]] for r in normal]
    if limit is None or len(light) < limit:
        assert sorted(light, key=lambda r: r["id"]) == sorted(normal, key=lambda r: r["id"])
    else:
        last = sort_keys[light[-1]["id"]] if light else None
        inner = [r for r in light if sort_keys[r["id"]] != last]
        assert inner == [r for r in normal if sort_keys[r["id"]] != last] or sorted(
            inner, key=lambda r: r["id"]
        ) == sorted((r for r in normal if sort_keys[r["id"]] != last), key=lambda r: r["id"])


def test_search_answers_as_the_member_list_query(reading):
    db = open_database(reading)
    try:
        with db.session() as s:
            sort_keys = dict(s.execute(select(Member.id, Member.sort_key)).all())
        cases = _search_cases(db)
        reader = open_reader(str(reading))
        assert reader is not None
        found = 0
        for query, status, limit in cases:
            with db.session() as s:
                normal = query_search_records(s, query, status=status, limit=limit)
                through_session = search_records(s, query, status=status, limit=limit)
            light = reader.search_records(query, status=status, limit=limit)
            assert light == through_session, (query, status, limit)
            _agree(light, normal, sort_keys, limit)
            found += len(light)
        reader.close()
    finally:
        db.close()
    assert found > 1000  # the searches do find people


def test_search_and_orgs_within_a_users_subtree(reading):
    db = open_database(reading)
    try:
        with db.session() as s:
            territorial = s.scalars(
                select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
            ).first()
            scope = frozenset(subtree_ids(s, territorial.id))
            sort_keys = dict(s.execute(select(Member.id, Member.sort_key)).all())
            create_user(s, "admin", "пароль-админа-1", "administrator")
        db.user_role, db.user_org_id = "operator", territorial.id
        conn = sqlite3.connect(reading)
        with db.session() as s:
            assert query_organisation_rows(s) == queries.organisation_rows(conn, scope)
            assert organisation_rows(s) == queries.organisation_rows(conn, scope)
            for query in QUERIES:
                light = queries.search_records(conn, query, status="all", limit=None, orgs=scope)
                normal = query_search_records(s, query, status="all", limit=None)
                _agree(light, normal, sort_keys, None)
                orgs = dict(s.execute(select(Member.id, Member.organisation_id)).all())
                assert all(orgs[r["id"]] in scope for r in light)
        assert queries.search_records(conn, "ова", status="all", limit=None, orgs=frozenset()) == []
        conn.close()
    finally:
        db.close()


def test_organisations_as_the_orm_lists_them(reading):
    db = open_database(reading)
    try:
        with db.session() as s:
            normal = query_organisation_rows(s)
    finally:
        db.close()
    reader = open_reader(str(reading))
    assert reader is not None
    assert reader.organisation_rows() == normal
    assert len(normal) > 20
    reader.close()


def test_the_light_path_reads_only_a_file_the_open_would_not_touch(reading, tmp_path):
    path = reading
    before = (path.stat().st_size, path.stat().st_mtime_ns)
    reader = open_reader(str(path))
    assert reader is not None
    reader.close()
    assert (path.stat().st_size, path.stat().st_mtime_ns) == before
    assert not list(marks_dir(path).glob(f"*{MARK_SUFFIX}"))  # it takes no open mark

    def refused(change, undo) -> None:
        change()
        try:
            assert open_reader(str(path)) is None, change.__name__
        finally:
            undo()
        assert open_reader(str(path)) is not None  # and readable again once undone

    suspect = marks_dir(path) / SUSPECT
    refused(lambda: suspect.write_text("x"), suspect.unlink)  # SQLite reported damage
    stale = marks_dir(path) / f"1-abc{MARK_SUFFIX}"
    refused(lambda: stale.write_text("1\n"), stale.unlink)  # an unclean shutdown
    hidden = tmp_path / "marks"
    refused(
        lambda: shutil.move(marks_dir(path), hidden),  # never opened here by this version
        lambda: shutil.move(hidden, marks_dir(path)),
    )
    copies = backups_dir_for(path)
    aside = tmp_path / "copies"
    refused(lambda: shutil.move(copies, aside), lambda: shutil.move(aside, copies))  # copy due

    def set_revision(value: str):
        def run() -> None:
            with sqlite3.connect(path) as conn:
                conn.execute("UPDATE alembic_version SET version_num = ?", (value,))

        return run

    with sqlite3.connect(path) as conn:
        head = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    refused(set_revision("postgres_0001"), set_revision(head))  # an older schema: a migration


def test_users_send_every_command_the_normal_way(reading):
    db = open_database(reading)
    try:
        with db.session() as s:
            create_user(s, "admin", "пароль-админа-1", "administrator")
    finally:
        db.close()
    assert open_reader(str(reading)) is None  # signing in is the normal path's (it writes)


def test_no_light_path_for_other_files(tmp_path, reading):
    assert open_reader("postgresql+psycopg://u@localhost/profdesk") is None
    assert open_reader(f"sqlite:///{reading}") is None
    assert open_reader(str(tmp_path / "missing.sqlite3")) is None
    noise = tmp_path / "encrypted.sqlite3"
    noise.write_bytes(b"\x8f" * 4096)  # a SQLCipher file has no plain header
    assert open_reader(str(noise)) is None
    empty = tmp_path / "new.sqlite3"
    sqlite3.connect(empty).close()
    assert open_reader(str(empty)) is None


def test_stock_balances_and_the_tree_as_the_orm_reads_them(reading):
    """Booklets received, shipped (one confirmed later, one still on the way), handed out
    and written off: the light path's balances are the normal path's, row for row."""
    from app.models.stock import receive_edition
    from app.models.stock_handouts import hand_out, write_off
    from app.models.stock_queries import flat_balances, query_stock_sums
    from app.models.stock_shipments import confirm_shipment, ship

    db = open_database(reading)
    try:
        with db.session() as s:
            territorials = list(
                s.scalars(
                    select(Organisation)
                    .where(Organisation.kind == OrgKind.TERRITORIAL)
                    .order_by(Organisation.code)
                    .limit(2)
                )
            )
            receive_edition(s, "Как работать в Профкардс?", 500)
            first = ship(s, territorials[0].id, 120)
            ship(s, territorials[1].id, 40)  # sent, not yet received: in transit
        with db.session() as s:
            confirm_shipment(s, first.id, "Иванова А. П.")
        with db.session() as s:
            hand_out(s, territorials[0].id, 30)
            write_off(s, territorials[0].id, 2, "испорчены при перевозке")
        with db.session() as s:
            normal = [r.as_dict() for r in flat_balances(s)]
            below = [r.as_dict() for r in flat_balances(s, territorials[0].id)]
            raw = s.connection().connection.driver_connection
            assert queries.stock_sums(raw) == query_stock_sums(s)
            assert queries.load_tree(raw, None) == query_load_tree(s)
            assert queries.load_tree(raw, territorials[1].id) == [
                n for n in query_load_tree(s) for n in n.walk() if n.id == territorials[1].id
            ]
    finally:
        db.close()
    reader = open_reader(str(reading))
    assert reader is not None
    light = [r.as_dict() for r in reader.stock_balances(None)]
    assert light == normal
    assert [r.as_dict() for r in reader.stock_balances(territorials[0].code)] == below
    assert reader.stock_balances("нет такого кода") is None  # the normal path says so
    reader.close()
    figures = {r["code"]: r for r in light}
    assert figures[territorials[0].code]["on_hand"] == 120 - 30 - 2
    assert figures[territorials[1].code]["in_transit"] == 40


def test_text_that_is_not_utf8_counts_as_damage():
    """A row of garbage in a damaged page may still be read: Python's sqlite3 refuses its
    text, and that is the damage sentence, not an internal failure."""
    from app.models.soundness import is_corruption

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES (CAST(x'deadbeef' AS TEXT))")
    with pytest.raises(sqlite3.Error) as failure:
        conn.execute("SELECT x FROM t").fetchall()
    assert is_corruption(failure.value)
    assert not is_corruption(sqlite3.OperationalError("database is locked"))
