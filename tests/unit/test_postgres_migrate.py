"""Opening by URL, moving a database between engines, backups of a server database."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select, text

from app.models import (
    Card,
    ChangeLogEntry,
    DatabaseOpenError,
    Member,
    ProfdeskError,
    demo,
    open_database,
)
from app.models.backup import backup_open_database
from app.models.card_numbers import assign_numbers
from app.models.db_transfer import copy_database
from app.models.member_list import MemberFilter, fetch_rows, member_rowids
from app.models.members import create_member, update_member
from app.paths import is_database_url
from tests.pgtest import ENGINES, fresh_pg_database, skip_without_pg


def test_paths_and_urls_are_told_apart():
    assert is_database_url("postgresql+psycopg://office@server/profdesk")
    assert is_database_url("sqlite:///C:/Profdesk/base.sqlite3")
    assert not is_database_url(r"C:\Users\Анна\Профсоюз\profdesk.sqlite3")
    assert not is_database_url("/home/anna/profdesk.sqlite3")


def test_a_password_in_the_url_is_refused_before_connecting():
    with pytest.raises(DatabaseOpenError, match="Пароль в командной строке виден другим"):
        open_database("postgresql+psycopg://office:secret@127.0.0.1:1/profdesk")


def test_sqlite_url_opens_the_file(sqlite_path):
    database = open_database(f"sqlite:///{sqlite_path}")
    try:
        assert database.path == sqlite_path and database.dialect == "sqlite"
    finally:
        database.close()
    assert sqlite_path.exists()


@pytest.fixture
def office_file(demo_db):
    """A one-PC office's database with cards, edits in the change log and a transfer."""
    with demo_db.session() as s:
        ids = list(s.scalars(select(Member.id).order_by(Member.sort_key).limit(50)))
        assign_numbers(s, ids)
        update_member(s, ids[0], {"position": "Завуч"})
    return demo_db


@pytest.fixture(params=ENGINES)
def empty_target(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'новая база.sqlite3'}"
        return
    with fresh_pg_database() as url:
        yield url


def _counts(database) -> dict[str, int]:
    from app.models import metadata

    with database.engine.connect() as conn:
        return {
            t.name: conn.scalar(select(func.count()).select_from(t)) for t in metadata.sorted_tables
        }


@pytest.mark.sqlite_only  # the source is an office's file; the target runs on both engines
def test_migrate_copies_every_table_and_the_target_works_after(office_file, empty_target):
    source_counts = _counts(office_file)
    office_file.close()
    copied = copy_database(str(office_file.path), empty_target)
    assert {c.name: c.rows for c in copied} == source_counts
    assert source_counts["member"] == 600 and source_counts["card"] >= 50
    assert source_counts["change_log"] > 0

    target = open_database(empty_target)
    try:
        assert _counts(target) == source_counts
        with target.session() as s:
            found = fetch_rows(s, member_rowids(s, MemberFilter(query="ЁЛКИН", status="all")))
            assert found and all("Ёлкин" in r.last_name for r in found)
            org_id = s.scalar(select(Member.organisation_id).limit(1))
            # new rows after the copy: the change log's numbering continues past the old ids
            create_member(
                s,
                {
                    "last_name": "Новикова",
                    "first_name": "Ирина",
                    "birth_date": dt.date(1991, 3, 3),
                    "organisation_id": org_id,
                },
            )
        with target.session() as s:
            assert (
                s.scalar(select(func.count()).select_from(ChangeLogEntry))
                > source_counts["change_log"]
            )
            assert s.scalar(select(func.count()).select_from(Card)) == source_counts["card"]
    finally:
        target.close()


@pytest.mark.sqlite_only
def test_migrate_refuses_a_target_with_data(office_file, empty_target):
    target = open_database(empty_target)
    with target.session(log_changes=False) as s:
        demo.generate(s, members=20, seed=3)
    target.close()
    with pytest.raises(ProfdeskError, match="уже есть данные"):
        copy_database(str(office_file.path), empty_target)
    target = open_database(empty_target)
    try:
        assert _counts(target)["member"] == 20  # left as it was
    finally:
        target.close()


def test_backup_of_a_server_database_uses_pg_dump_or_says_the_server_backs_up(
    tmp_path, monkeypatch
):
    with fresh_pg_database() as url:
        database = open_database(url)
        try:
            if shutil.which("pg_dump"):
                out = backup_open_database(database, out=tmp_path / "копия.dump")
                assert out.read_bytes().startswith(b"PGDMP")
            monkeypatch.setattr(shutil, "which", lambda name: None)
            with pytest.raises(ProfdeskError, match="резервные копии делает сам сервер"):
                backup_open_database(database)
        finally:
            database.close()


def test_server_errors_are_sentences(monkeypatch):
    skip_without_pg()
    from sqlalchemy.engine import make_url

    from tests.pgtest import pg_admin_url

    admin = make_url(pg_admin_url())
    missing = admin.set(database="profdesk_no_such_database")._replace(password=None)
    if admin.password:  # the program takes it from the environment, never from the URL
        monkeypatch.setenv("PGPASSWORD", admin.password)
    with pytest.raises(DatabaseOpenError, match="нет базы данных «profdesk_no_such_database»"):
        open_database(missing.render_as_string(hide_password=False))


@pytest.fixture(params=ENGINES)
def location_and_engine(request, sqlite_path):
    """An empty database of either engine, for a schema built step by step."""
    from sqlalchemy import create_engine

    from app.models.engine import make_engine

    if request.param == "sqlite":
        engine = make_engine(sqlite_path)
        yield str(sqlite_path), engine
        engine.dispose()
        return
    with fresh_pg_database() as url:
        engine = create_engine(url)
        yield url, engine
        engine.dispose()


def test_a_database_made_before_this_migration_is_upgraded_and_still_searched(
    location_and_engine,
):
    """An office's existing database (schema 0001_initial with members) gets the version
    columns, and on PostgreSQL the row ids and search indexes, on its next open."""
    from app.models import migrate

    location, engine = location_and_engine
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001_initial")
    engine.dispose()
    with engine.begin() as conn:
        assert migrate.current_revision(conn) == "0001_initial"
        conn.execute(
            text(
                "INSERT INTO organisation (id, kind, name, short_name, code, institution_type, "
                "employees, students, chair, registrar_name, registrar_phone, registrar_email, "
                "active, created_at, updated_at) VALUES ('o1', 'primary', 'СОШ', 'СОШ', 'S1', '', "
                "0, 0, '', '', '', '', true, '2020-01-01', '2020-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO member (id, last_name, first_name, patronymic, category, position, "
                "organisation_id, notes, sort_key, search_text, identity_key, created_at, "
                "updated_at) VALUES ('m1', 'Ёлкина', 'Анна', '', 'worker', '', 'o1', '', "
                "'елкина анна', 'елкина анна', 'елкина анна|', '2020-01-01', '2020-01-01')"
            )
        )
    database = open_database(location)  # the new program opens the old database
    try:
        with database.session() as s:
            assert s.get(Member, "m1").version == 1
            create_member(s, {"last_name": "Ёлкин", "first_name": "Пётр", "organisation_id": "o1"})
        with database.session() as s:
            found = fetch_rows(s, member_rowids(s, MemberFilter(query="ЕЛКИН")))
            assert sorted(r.full_name for r in found) == ["Ёлкин Пётр", "Ёлкина Анна"]
            update_member(s, "m1", {"position": "Учитель"})
        with database.session() as s:
            assert s.get(Member, "m1").version == 2
    finally:
        database.close()
