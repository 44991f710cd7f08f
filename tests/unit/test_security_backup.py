"""Backups, restore, the integrity check at open, audit entries for events, consent."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from app.models import (
    ChangeLogEntry,
    DatabaseOpenError,
    Member,
    ValidationError,
    cipher,
    open_database,
)
from app.models.audit import AuditFilter, audit_entries, export_audit
from app.models.backup import KEEP_BACKUPS, backup_daily, backup_database, list_backups
from app.models.consent import consent_form_data, record_consent
from app.models.members import update_member
from app.models.restore import restore_database
from app.models.users import SignInError, create_user, sign_in
from app.paths import backups_dir_for
from tests.damage import damage


def count_members(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Member))


@pytest.mark.sqlite_only
def test_backup_and_restore_round_trip(demo_db, db_path):
    before = count_members(demo_db)
    copy = backup_database(db_path, reason="manual")
    with demo_db.session() as s:
        member = s.scalars(select(Member)).first()
        member_id, old_position = member.id, member.position
        update_member(s, member_id, {"position": "Изменено после копии"})
    demo_db.close()
    saved = restore_database(db_path, copy)
    assert saved is not None and "before-restore" in saved.name
    db = open_database(db_path)
    try:
        with db.session() as s:
            assert s.get(Member, member_id).position == old_position
        assert count_members(db) == before
    finally:
        db.close()
    # what was replaced can be restored in turn
    restore_database(db_path, saved)
    db = open_database(db_path)
    with db.session() as s:
        assert s.get(Member, member_id).position == "Изменено после копии"
    db.close()


@pytest.mark.sqlite_only
def test_restore_refuses_files_that_are_not_sound_profdesk_databases(db, db_path, tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    for bad, words in ((text, "не резервная копия"), (other, "не база данных Profdesk")):
        with pytest.raises(ValidationError, match=words):
            restore_database(db_path, bad)
    newer = tmp_path / "newer.sqlite3"
    backup_database(db_path, out=newer)
    conn = cipher.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="более новой версией"):
        restore_database(db_path, newer)


@pytest.mark.sqlite_only
def test_damaged_database_is_reported_with_the_newest_good_backup(demo_db, db_path):
    good = backup_database(db_path, reason="manual")
    demo_db.close()
    damage(db_path)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(db_path)
    assert "повреждена" in str(err.value) and str(good) in str(err.value)
    restore_database(db_path, good)
    db = open_database(db_path)
    assert count_members(db) > 0
    db.close()


@pytest.mark.sqlite_only
def test_daily_backup_once_a_day_and_only_the_last_thirty_kept(db, db_path):
    folder = backups_dir_for(db_path)
    assert backup_daily(db_path) is not None
    assert backup_daily(db_path) is None  # the same day
    for _ in range(KEEP_BACKUPS + 3):
        backup_database(db_path)
    assert len(list(folder.glob("*.sqlite3"))) == KEEP_BACKUPS
    infos = list_backups(db_path)
    assert infos[0].made_at >= infos[-1].made_at and infos[0].reason == "manual"


@pytest.mark.sqlite_only
def test_opening_an_existing_database_makes_the_daily_backup(db, db_path):
    db.close()
    assert list_backups(db_path) == []
    open_database(db_path).close()
    open_database(db_path).close()
    assert [b.reason for b in list_backups(db_path)] == ["daily"]


def test_audit_has_an_entry_for_each_kind_of_event(demo_db, tmp_path):
    from app.models.export import export_members

    with demo_db.session() as s:
        create_user(s, "admin", "admin-pass-1", "administrator")
    with pytest.raises(SignInError):
        sign_in(demo_db, "admin", "s3cret-wrong")
    sign_in(demo_db, "admin", "admin-pass-1")
    with demo_db.session() as s:
        member_id = s.scalars(select(Member.id)).first()
        update_member(s, member_id, {"position": "Учитель физики"})
        export_members(s, tmp_path / "all.xlsx")
        consent_form_data(s, member_id)
        record_consent(s, member_id, dt.date(2026, 9, 2))
    with demo_db.session() as s:
        entries = audit_entries(s, AuditFilter(since=dt.date.today()))
        actions = {e.action for e in entries}
        assert {"user_add", "login", "login_failed", "update", "export", "print"} <= actions
        failed = next(e for e in entries if e.action == "login_failed")
        assert failed.user == "admin" and "s3cret" not in str(failed.details)
        update = next(
            e for e in entries if e.action == "update" and e.details["field"] == "position"
        )
        assert update.user == "admin" and update.details["new"] == "Учитель физики"
        consent = [e for e in entries if e.details.get("field") == "consent_on"]
        assert consent and consent[-1].details["new"] == "2026-09-02"
        only_logins = audit_entries(s, AuditFilter(action="login", user="admin"))
        assert only_logins and {e.action for e in only_logins} == {"login"}
        out = tmp_path / "audit.csv"
        assert export_audit(s, out, entries) == len(entries)
    assert "Подробности" in out.read_text(encoding="utf-8-sig")
    with demo_db.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(ChangeLogEntry)
                .where(ChangeLogEntry.entity == "audit")
            )
            == 1
        )
    # no password anywhere in the log
    with demo_db.session() as s:
        rows = s.execute(select(ChangeLogEntry.old_value, ChangeLogEntry.new_value)).all()
    assert not any("admin-pass" in str(r) or "s3cret" in str(r) for r in rows)


def test_consent_pdf_is_filled_from_the_record(demo_db, tmp_path):
    import subprocess

    from app.printing.consent import ConsentForm, consent_pdf

    with demo_db.session() as s:
        member = s.scalars(select(Member).where(Member.birth_date.is_not(None))).first()
        data = consent_form_data(s, member.id)
    out = consent_pdf(ConsentForm(**data), tmp_path / "consent.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "ЗАЯВЛЕНИЕ" in text and "СОГЛАСИЕ" in text and "152-ФЗ" in text
    assert member.last_name in text and member.birth_date.strftime("%d.%m.%Y") in text
    assert text.count("\f") == 2  # two pages: the application and the separate consent


def test_checks_work_in_folders_with_uri_characters(tmp_path):
    from app.models.backup_checks import check_backup_file, integrity_problem

    folder = tmp_path / "Отдел #2 100% копии"
    folder.mkdir()
    db = open_database(folder / "база.sqlite3")
    db.close()
    assert integrity_problem(folder / "база.sqlite3") is None
    assert check_backup_file(folder / "база.sqlite3")
