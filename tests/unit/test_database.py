import sqlite3

import pytest
from sqlalchemy import text

from app.models import DatabaseOpenError, open_database
from app.models.migrate import head_revision


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
    conn = sqlite3.connect(db_path)
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
