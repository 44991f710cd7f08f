import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.models import DatabaseOpenError, cipher, open_database
from app.models.member_list import MemberFilter, fetch_rows, member_rowids
from app.models.migrate import head_revision, quick_head
from app.paths import backups_dir_for

# the SQLite file itself: WAL, damaged and read-only files, schema snapshots, backups
pytestmark = pytest.mark.sqlite_only


def test_new_database_is_migrated_with_wal_and_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    assert len(db.installation_id) == 36


def test_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "список.sqlite3"
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="не является базой данных"):
        open_database(path)
    assert path.read_bytes() == before


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="другой программы"):
        open_database(path)


def test_newer_database_is_refused(db_path):
    db = open_database(db_path)
    db.close()
    conn = cipher.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="более новой версией"):
        open_database(db_path)


def test_damaged_database_is_refused(db_path):
    db = open_database(db_path)
    db.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\x00garbage" * ((4096 - 100) // 8) + b"\x00" * ((4096 - 100) % 8)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError):
        open_database(db_path)


# --- upgrading a database made by an older Profdesk ---------------------------------------
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data" / "schema"


def _put_member_raw(path: Path) -> None:
    """A region, a school and one member written as the old program would have."""
    conn = sqlite3.connect(path)
    now = "2025-01-10 09:00:00.000000"
    conn.execute(
        "INSERT INTO organisation (id, kind, parent_id, name, short_name, code, institution_type,"
        " employees, students, chair, registrar_name, registrar_phone, registrar_email, active,"
        " created_at, updated_at) VALUES ('r', 'region', NULL, 'Область', '', 'R46', '', 0, 0,"
        " '', '', '', '', 1, ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO organisation (id, kind, parent_id, name, short_name, code, institution_type,"
        " employees, students, chair, registrar_name, registrar_phone, registrar_email, active,"
        " created_at, updated_at) VALUES ('s', 'primary', 'r', 'Школа № 1', '', 'R-01', '', 30,"
        " 0, '', '', '', '', 1, ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO member (id, last_name, first_name, patronymic, birth_date, sex, category,"
        " position, organisation_id, notes, sort_key, search_text, identity_key, created_at,"
        " updated_at) VALUES ('m', 'Ёлкина', 'Алёна', 'Петровна', '1980-05-01', 'F', 'worker',"
        " 'учитель', 's', '', 'елкина алена петровна', 'елкина алена петровна',"
        " 'елкина алена петровна|1980-05-01', ?, ?)",
        (now, now),
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("schema", sorted(p.name for p in SCHEMA_DIR.glob("*.sqlite3")))
def test_old_schema_is_upgraded_after_a_backup_and_keeps_its_rows(schema, db_path):
    shutil.copy(SCHEMA_DIR / schema, db_path)
    old_revision = sqlite3.connect(db_path).execute("SELECT version_num FROM alembic_version")
    old_revision = old_revision.fetchone()[0]
    _put_member_raw(db_path)

    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
        with db.session() as s:
            found = [
                r.full_name for r in fetch_rows(s, member_rowids(s, MemberFilter(query="лкина")))
            ]
        assert found == ["Ёлкина Алёна Петровна"]  # the search index survived the upgrade
    finally:
        db.close()

    backups = list(backups_dir_for(db_path).glob("*before-migration*.sqlite3"))
    if old_revision == head_revision():
        assert backups == []
    else:
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            old_revision
        )
        assert copy.execute("SELECT last_name FROM member").fetchall() == [("Ёлкина",)]
        copy.close()


def test_current_schema_opens_without_a_backup(db_path):
    open_database(db_path).close()
    open_database(db_path).close()
    folder = backups_dir_for(db_path)
    # the second open of the day makes the daily copy, never a before-migration one
    assert not list(folder.glob("*before-migration*")) if folder.exists() else True


def test_head_is_read_from_the_scripts_like_alembic_does():
    assert quick_head() == head_revision()


def test_schema_snapshot_for_the_first_revision_is_committed():
    # keep one empty database per released schema, so that upgrades from it stay tested
    assert (SCHEMA_DIR / "0001_initial.sqlite3").is_file()


# --- a location the program may not write to ---------------------------------------------
def _chmod_works(path: Path, mode: int) -> bool:
    path.chmod(mode)
    return not os.access(path, os.W_OK)


def test_read_only_file_gets_a_clear_message(db_path):
    open_database(db_path).close()
    before = db_path.read_bytes()
    try:
        if not _chmod_works(db_path, 0o444):
            pytest.skip("running as root: a read-only file mode does not stop writing")
        with pytest.raises(DatabaseOpenError, match="только для чтения"):
            open_database(db_path)
    finally:
        db_path.chmod(0o644)
    assert db_path.read_bytes() == before


def test_read_only_folder_gets_a_clear_message(db_path):
    folder = db_path.parent
    try:
        if not _chmod_works(folder, 0o555):
            pytest.skip("running as root: a read-only folder mode does not stop writing")
        with pytest.raises(DatabaseOpenError, match="закрыта для записи"):
            open_database(folder / "новая.sqlite3")
    finally:
        folder.chmod(0o755)
    assert not (folder / "новая.sqlite3").exists()


def test_unwritable_location_messages_without_chmod(db_path, monkeypatch):
    """The same two messages where chmod cannot help (root, a locked network share)."""
    open_database(db_path).close()
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(DatabaseOpenError, match="только для чтения"):
        open_database(db_path)
    with pytest.raises(DatabaseOpenError, match="закрыта для записи"):
        open_database(db_path.parent / "новая.sqlite3")
    assert not (db_path.parent / "новая.sqlite3").exists()


def test_folder_given_as_database_gets_a_clear_message(tmp_path):
    with pytest.raises(DatabaseOpenError, match="это папка"):
        open_database(tmp_path)
