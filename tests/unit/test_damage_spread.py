"""Issue 21, point 5: damage that quick_check misses is found before it spreads.

A byte flipped in an index page passes quick_check; the day's backup must not copy it over
the good copies, "the newest good backup" must be one that passes the full check, and an
older good copy must be offered when newer ones are damaged."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import app.models.backup_checks as checks_module
from app.models import Member, demo, open_database
from app.models.backup import (
    backup_daily,
    backup_database,
    damaged_message,
    list_backups,
    newest_good_backup,
)
from app.models.backup_checks import (
    DAMAGED,
    GOOD,
    UNCHECKED,
    CheckCancelled,
    CheckStop,
    verify_backup,
)
from app.models.errors import DatabaseDamagedError
from app.models.restore import restore_database
from app.paths import backups_dir_for
from tests.damage import damage_index

# a byte flipped in the plain file (an encrypted page would fail its HMAC instead)
pytestmark = [pytest.mark.plain_file, pytest.mark.slow]
MEMBERS = 2000


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A 2,000-member demo region, made once for the module."""
    path = tmp_path_factory.mktemp("template") / "profdesk.sqlite3"
    db = open_database(path)
    with db.session(log_changes=False) as s:
        demo.generate(s, members=MEMBERS, seed=1)
    db.close()
    return path


@pytest.fixture
def region(template, tmp_path) -> Path:
    folder = tmp_path / "Мои документы"
    folder.mkdir()
    path = folder / "profdesk.sqlite3"
    shutil.copy(template, path)
    open_database(path, daily_backup=False).close()  # opened here once: its marks exist
    return path


def check(path: Path, pragma: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {pragma}").fetchone()[0]
    finally:
        conn.close()


def dated_backup(db_path: Path, when: dt.datetime, reason: str) -> Path:
    """A copy as the program names it, made at `when`."""
    folder = backups_dir_for(db_path)
    folder.mkdir(exist_ok=True)
    out = folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    return backup_database(db_path, out=out)


def test_a_flipped_index_byte_passes_quick_check_but_not_the_full_one(region):
    damage_index(region)
    assert check(region, "quick_check") == "ok"
    assert check(region, "integrity_check") != "ok"


def test_the_file_opens_but_the_daily_backup_is_not_made_from_it(region):
    good = dated_backup(region, dt.datetime.now() - dt.timedelta(days=1), "daily")
    damage_index(region)
    before = list_backups(region)

    db = open_database(region, background_check=True)  # the GUI's way: the file opens
    try:
        db.confirm_sound()  # nothing to refuse at open: the window would be shown
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == MEMBERS
        deadline = time.monotonic() + 60
        while not db.background_done() and time.monotonic() < deadline:
            time.sleep(0.05)
        damage = db.background_damage()
    finally:
        db.close()
    assert isinstance(damage, DatabaseDamagedError)
    assert "копия не сделана" in str(damage) and str(good) in str(damage)
    assert list_backups(region) == before  # the good copies kept, no damaged one added
    assert not list(backups_dir_for(region).glob(".*.checking"))

    with pytest.raises(DatabaseDamagedError, match="повреждена"):
        open_database(region)  # from now on every open checks in full and refuses
    assert list_backups(region) == before


def test_the_cli_open_of_the_day_refuses_and_keeps_the_good_copies(region):
    good = dated_backup(region, dt.datetime.now() - dt.timedelta(days=1), "daily")
    damage_index(region)
    with pytest.raises(DatabaseDamagedError) as refused:
        open_database(region)  # the CLI's way: the day's copy is made at the open
    message = str(refused.value)
    assert message.startswith("Проверка перед ежедневной резервной копией нашла повреждение")
    assert str(good) in message and message.count(". ") == 0 and message.endswith(".")
    assert [b.path for b in list_backups(region)] == [good]


def test_the_newest_good_backup_skips_damaged_copies_and_restore_gives_a_sound_file(
    region, monkeypatch
):
    older = dated_backup(region, dt.datetime.now() - dt.timedelta(days=2), "daily")
    damage_index(region)
    newer = dated_backup(region, dt.datetime.now() - dt.timedelta(days=1), "before-import")
    newest = dated_backup(region, dt.datetime.now() - dt.timedelta(hours=1), "manual")
    assert [b.state for b in list_backups(region)] == [UNCHECKED] * 3

    found = newest_good_backup(region)
    assert found is not None and found.path == older
    assert {b.path: b.state for b in list_backups(region)} == {
        newest: DAMAGED,
        newer: DAMAGED,
        older: GOOD,
    }
    checked = []
    real = checks_module.integrity_problem  # looked up there by verify_backup
    monkeypatch.setattr(
        checks_module, "integrity_problem", lambda p, **kw: checked.append(p) or real(p, **kw)
    )
    message = damaged_message(region)
    assert checked == []  # the verdicts are remembered: nothing is checked again
    assert f"резервной копии «{older}»" in message

    restore_database(region, older)
    assert check(region, "integrity_check") == "ok"
    db = open_database(region)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == MEMBERS
    finally:
        db.close()


def test_a_write_that_meets_the_damaged_index_is_refused_and_nothing_is_written(region):
    damage_index(region)
    db = open_database(region, daily_backup=False)
    try:
        # renames every member: meets the damaged index entry
        with pytest.raises(DatabaseDamagedError, match="повреждена"), db.session() as s:
            s.execute(text("UPDATE member SET sort_key = sort_key || ' '"))
    finally:
        db.close()
    conn = sqlite3.connect(region)
    assert conn.execute("SELECT count(*) FROM member WHERE sort_key LIKE '% '").fetchone() == (0,)
    conn.close()
    with pytest.raises(DatabaseDamagedError):
        open_database(region)  # checked in full from now on


def test_a_copy_before_an_import_does_not_stand_in_for_the_checked_daily_one(region):
    backup_database(region, reason="before-import")  # unchecked, made today
    made = backup_daily(region)
    assert made is not None and list_backups(region)[0].state == GOOD
    assert backup_daily(region) is None  # today's checked copy exists


def test_a_changed_copy_is_checked_again(region):
    copy = dated_backup(region, dt.datetime.now() - dt.timedelta(days=1), "manual")
    info = list_backups(region)[0]
    assert verify_backup(info) == GOOD
    damage_index(copy)  # the copy itself damaged later (its size and time change)
    assert list_backups(region)[0].state == UNCHECKED
    assert verify_backup(list_backups(region)[0]) == DAMAGED


def test_a_check_stopped_by_closing_leaves_no_copy(region):
    stop = CheckStop()
    stop.stop()
    with pytest.raises(CheckCancelled):
        backup_daily(region, cancel=stop)
    assert list_backups(region) == []
    assert list(backups_dir_for(region).iterdir()) == []
    assert backup_daily(region) is not None  # the next open makes the day's copy
