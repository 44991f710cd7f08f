"""A big write (the CLI's import) on a file nobody else has open goes through a rollback
journal; with the file in use it keeps the WAL and waits for no one; a program that meets
the file locked hears "занята", never "повреждена"."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.models import cipher, engine, open_database, soundness
from app.models.backup_checks import integrity_problem
from app.models.errors import DatabaseBusyError

pytestmark = pytest.mark.sqlite_only  # journal modes and locks of a SQLite file


def _journal_mode(path) -> str:
    conn = cipher.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def _people(path) -> int:
    conn = cipher.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM organisation").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def org_insert(region_db):
    """What a row of the organisation table needs here (the schema's own columns)."""
    with region_db.session() as s:
        row = s.execute(text("SELECT * FROM organisation LIMIT 1")).mappings().one()
    columns = [c for c in row if c != "rowid"]

    def add(s, code: str) -> None:
        values = dict(row)
        values.update(id=f"id-{code}", code=code, name=f"Проба {code}", parent_id=row["id"])
        if "sort_key" in values:
            values["sort_key"] = code
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join(f":{c}" for c in columns)
        s.execute(text(f"INSERT INTO organisation ({names}) VALUES ({marks})"), values)

    return add


def test_alone_the_write_goes_through_a_rollback_journal_and_the_wal_comes_back(
    region_db, db_path, org_insert
):
    before = _people(db_path)
    with region_db.session(bulk_write=True) as s:
        mode = s.execute(text("PRAGMA journal_mode")).scalar()
        sync = s.execute(text("PRAGMA synchronous")).scalar()
        org_insert(s, "B-1")
    assert (mode, sync) == ("delete", 2)  # FULL: the journal is on disk before the file
    assert _journal_mode(db_path) == "wal"
    assert _people(db_path) == before + 1
    with region_db.session() as s:  # the engine's next session is the usual one
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1


def test_beside_another_connection_the_wal_stays_and_nothing_waits(region_db, db_path, org_insert):
    other = cipher.connect(db_path)
    try:
        other.execute("SELECT count(*) FROM organisation").fetchone()
        with region_db.session(bulk_write=True) as s:
            mode = s.execute(text("PRAGMA journal_mode")).scalar()
            timeout = s.execute(text("PRAGMA busy_timeout")).scalar()
            org_insert(s, "B-2")
        assert (mode, timeout) == ("wal", engine.BUSY_TIMEOUT_MS)
        # the other connection still reads, and sees the write
        assert other.execute("SELECT count(*) FROM organisation WHERE code = 'B-2'").fetchone()[0]
    finally:
        other.close()


def test_a_failed_bulk_write_leaves_nothing_and_the_wal(region_db, db_path, org_insert):
    before = _people(db_path)
    with pytest.raises(RuntimeError), region_db.session(bulk_write=True) as s:
        org_insert(s, "B-3")
        s.flush()
        raise RuntimeError("stop")
    assert _people(db_path) == before
    assert _journal_mode(db_path) == "wal"


@pytest.fixture
def locked(region_db, db_path, monkeypatch):
    """The file as another program's import leaves it: a rollback journal, its lock held."""
    monkeypatch.setattr(cipher, "LOCK_WAIT_SECONDS", 0.2)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    region_db.close()
    holder = cipher.connect(db_path, isolation_level=None)
    assert holder.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    holder.execute("BEGIN EXCLUSIVE")
    yield db_path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_locked_file_is_busy_not_damaged(locked):
    with pytest.raises(DatabaseBusyError, match="занята") as refused:
        integrity_problem(locked, quick=True)
    assert "Повторите через минуту" in str(refused.value)


def test_opening_a_locked_file_says_busy_and_marks_no_damage(locked):
    # a check is due (a file never opened here): the lock must not pass for damage
    folder = soundness.marks_dir(locked)
    for mark in folder.iterdir():
        mark.unlink()
    folder.rmdir()
    for background in (False, True):
        with pytest.raises(DatabaseBusyError, match="занята"):
            open_database(locked, background_check=background)
    assert not (folder / soundness.SUSPECT).exists()
