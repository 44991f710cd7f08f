"""The checks for damage on both engines: a SQLite file has its open marks and its checked
copies; a PostgreSQL database has no file to check (the server guards its pages) and keeps
its pg_dump copies as before (docs/integrity.md)."""

from __future__ import annotations

import shutil

import pytest

from app.models import open_database
from app.models.backup import backup_open_database, list_open_database_backups
from app.models.soundness import marks_dir


def test_both_engines_open_without_a_file_check_and_keep_their_backups(demo_db, db_path):
    demo_db.close()
    db = open_database(db_path, background_check=True)
    try:
        db.confirm_sound()
        if db.is_server:
            assert db.background_done() and db.background_damage() is None
            if shutil.which("pg_dump") is None:
                pytest.skip("pg_dump is not installed here")
        made = backup_open_database(db, reason="manual")
        listed = [b.path for b in list_open_database_backups(db)]
        assert made in listed
        if db.is_server:
            assert made.suffix == ".dump" and made.stat().st_size > 0
        else:
            assert marks_dir(db.path).is_dir()
            assert len(list(marks_dir(db.path).glob("*.open"))) == 1  # this open's own
    finally:
        db.close()
    if not db.is_server:
        assert list(marks_dir(db.path).glob("*.open")) == []
