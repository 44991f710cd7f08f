"""The open policy (app.models.soundness): a clean open pays no check; an unclean shutdown,
a file from elsewhere or damage SQLite reported while working makes the next open check."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select, text

import app.models.open_check as open_check
from app.models import DatabaseOpenError, Member, open_database
from app.models.backup import backup_database
from app.models.errors import DatabaseDamagedError
from app.models.soundness import SUSPECT, marks_dir
from tests.damage import damage

pytestmark = pytest.mark.sqlite_only  # marks beside a SQLite file; a server has no file


@pytest.fixture
def checks(monkeypatch):
    """Every integrity check run at open: 'quick' or 'full'."""
    ran = []
    real = open_check.integrity_problem  # looked up there by policy_check

    def spy(path, *, quick=False):
        ran.append("quick" if quick else "full")
        return real(path, quick=quick)

    monkeypatch.setattr(open_check, "integrity_problem", spy)
    return ran


def test_a_clean_open_pays_no_check(demo_db, db_path, checks):
    demo_db.close()
    for _ in range(3):
        open_database(db_path).close()
    assert checks == []
    assert list(marks_dir(db_path).glob("*.open")) == []  # every close took its mark away


def test_a_file_never_opened_here_is_checked_once(demo_db, db_path, checks):
    demo_db.close()
    for mark in marks_dir(db_path).iterdir():
        mark.unlink()
    marks_dir(db_path).rmdir()  # as a file copied from another computer comes
    open_database(db_path).close()
    open_database(db_path).close()
    assert checks == ["quick"]


def _hold_open(path) -> subprocess.Popen:
    """Another process that has the database open until it is killed."""
    code = textwrap.dedent(
        f"""
        import os, sys, time
        from app.models import open_database
        password = os.environ.get("PROFDESK_DB_PASSWORD")
        db = open_database({str(path)!r}, file_password=lambda name: password)
        print("open", flush=True)
        time.sleep(120)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
    )
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_a_killed_process_makes_the_next_open_check_and_a_live_one_does_not(
    demo_db, db_path, checks
):
    demo_db.close()
    holder = _hold_open(db_path)
    try:
        open_database(db_path).close()  # the other process is alive: its mark is no doubt
        assert checks == []
        os.kill(holder.pid, signal.SIGKILL)  # as Task Manager or a power cut ends it
        holder.wait(10)
        open_database(db_path).close()
        assert checks == ["quick"]
        open_database(db_path).close()  # checked and sound: the stale mark is gone
        assert checks == ["quick"]
    finally:
        holder.kill()
        holder.wait(10)


def test_damage_after_a_killed_process_is_refused_at_open(demo_db, db_path, checks):
    demo_db.close()
    damage(db_path)  # with the mark a killed process leaves
    with pytest.raises(DatabaseDamagedError, match="повреждена"):
        open_database(db_path)
    assert checks == ["quick"]
    with pytest.raises(DatabaseOpenError, match="повреждена"):
        open_database(db_path)  # refused again: the doubt stays until the file is restored
    assert checks == ["quick", "full"]


def test_damage_met_while_working_is_one_sentence_and_checked_in_full_next_time(
    demo_db, db_path, checks
):
    good = backup_database(db_path, reason="manual")
    demo_db.close()
    damage(db_path, unclean=False)  # no unclean shutdown: the open pays no check
    with pytest.raises(DatabaseDamagedError) as refused:
        # an encrypted file's damaged page already fails the open's first read (SQLCipher
        # checks every page it reads); a plain file's, the first query that reads it
        db = open_database(db_path, daily_backup=False)
        try:
            with db.session() as s:
                s.scalars(select(Member)).all()  # reads every page of the member table
                s.execute(text("SELECT count(*) FROM change_log")).scalar()
        finally:
            db.close()
    assert "повреждена" in str(refused.value) and str(good) in str(refused.value)
    assert (marks_dir(db_path) / SUSPECT).exists()
    with pytest.raises(DatabaseDamagedError, match="повреждена"):
        open_database(db_path)
    assert checks[-1] == "full"


def test_marks_that_cannot_be_kept_mean_a_check_every_open(demo_db, db_path, checks):
    demo_db.close()
    folder = marks_dir(db_path)
    for mark in folder.iterdir():
        mark.unlink()
    folder.rmdir()
    folder.write_text("")  # a file where the folder should be: no marks can be written
    open_database(db_path).close()
    open_database(db_path).close()
    assert checks == ["quick", "quick"]
