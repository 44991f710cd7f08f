"""The GUI start: the integrity check runs while the window is built, and is waited for
before any dialog or window appears; a damaged file never shows one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import app.__main__ as entry
import app.models.db as db_module
import app.models.open_check as open_check
from app.models import DatabaseOpenError, open_database
from app.models.backup import backup_database, list_backups
from app.models.users import create_user
from app.ui.main_window import MainWindow
from app.ui.security.security_login import LoginDialog
from tests.damage import damage

# the quick_check of the SQLite file (a server database has no file to check)
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def checks(monkeypatch):
    """The background checks started (so a test knows the GUI path used one)."""
    started = []
    real = open_check.SoundnessCheck.__init__

    def spy(self, *args, **kwargs):
        started.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(open_check.SoundnessCheck, "__init__", spy)
    return started


@pytest.fixture
def shown(monkeypatch):
    """Every main window shown and every sign-in dialog opened during the test."""
    seen = {"windows": [], "logins": [], "critical": []}
    real_show = MainWindow.show

    def show(self):
        seen["windows"].append(self)
        real_show(self)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: seen["logins"].append(self) or 0)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: seen["critical"].append(text)
    )
    return seen


def visible_main_windows() -> list:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_a_sound_file_opens_with_the_check_in_the_background(qtbot, demo_db, db_path, checks):
    demo_db.close()
    started = entry.start(str(db_path))
    assert not isinstance(started, int)
    db, window = started
    try:
        assert len(checks) == 1 and checks[0].problem is None
        assert window.isVisible() and window.member_model.rowCount() > 0
    finally:
        window.close()
        db.close()


def test_a_damaged_file_is_refused_before_the_window_shows(
    qtbot, demo_db, db_path, checks, shown, monkeypatch
):
    backup_database(db_path, reason="manual")
    demo_db.close()
    damage(db_path)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.No,
    )
    assert entry.main(["--db", str(db_path)]) == 1
    assert len(checks) == 1  # the background check was the one that found it
    assert len(asked) == 1  # the newest good backup was offered
    assert shown["windows"] == [] and visible_main_windows() == []
    assert len(shown["critical"]) == 1
    assert "повреждена" in shown["critical"][0] and str(db_path) in shown["critical"][0]


def test_a_damaged_file_with_users_shows_no_sign_in(qtbot, demo_db, db_path, checks, shown):
    with demo_db.session() as s:
        create_user(s, "admin", "Пароль-надёжный-1", "administrator")
    demo_db.close()
    damage(db_path)
    assert entry.start(str(db_path), self_test=False) == 1
    assert shown["logins"] == [] and shown["windows"] == []
    assert "повреждена" in shown["critical"][0]


def test_a_damaged_file_restored_at_start_then_opens(
    qtbot, demo_db, db_path, checks, shown, monkeypatch
):
    backup_database(db_path, reason="manual")
    demo_db.close()
    damage(db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    started = entry.start(str(db_path))
    assert not isinstance(started, int), shown["critical"]
    db, window = started
    try:
        assert shown["windows"] == [window] and window.member_model.rowCount() > 0
        assert checks[-1].problem is None  # the restored file, checked again
    finally:
        window.close()
        db.close()


def test_self_test_fails_on_a_damaged_file_with_the_message(
    qtbot, demo_db, db_path, checks, shown, capsys
):
    demo_db.close()
    damage(db_path)
    assert entry.main(["--db", str(db_path), "--self-test"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("FAILED: ") and "повреждена" in err
    assert shown["windows"] == []


def test_background_check_makes_the_daily_backup_once(db, db_path):
    db.close()
    assert list_backups(db_path) == []
    first = open_database(db_path, background_check=True)
    first.confirm_sound()
    first.close()  # waits for the backup
    assert [b.reason for b in list_backups(db_path)] == ["daily"]
    open_database(db_path, background_check=True).close()
    assert [b.reason for b in list_backups(db_path)] == ["daily"]


def test_a_damaged_file_gets_no_daily_backup_and_the_cli_open_is_refused(demo_db, db_path):
    demo_db.close()
    damage(db_path)
    with pytest.raises(DatabaseOpenError, match="повреждена"):
        open_database(db_path)  # the CLI's way: checked before anything else
    try:
        db = open_database(db_path, background_check=True)
    except DatabaseOpenError as error:  # the damage broke the open itself
        assert "повреждена" in str(error)
    else:
        with pytest.raises(DatabaseOpenError, match="повреждена"):
            db.confirm_sound()
        with pytest.raises(DatabaseOpenError, match="повреждена"):
            db.confirm_sound()  # asked again, the same answer
        db.close()
    assert list_backups(db_path) == []


def test_a_file_due_for_a_migration_is_checked_first(db, db_path, checks, monkeypatch):
    db.close()
    monkeypatch.setattr(db_module.migrate, "is_at_head", lambda revision: False)
    monkeypatch.setattr(db_module.migrate, "upgrade", lambda conn: None)
    monkeypatch.setattr(db_module.migrate, "refuse_if_newer", lambda revision: None)
    calls = []
    real = open_check.integrity_problem  # looked up there by policy_check
    monkeypatch.setattr(
        open_check, "integrity_problem", lambda *a, **kw: calls.append(a) or real(*a, **kw)
    )
    open_database(db_path, background_check=True).close()
    assert checks == [] and len(calls) == 1  # synchronous, before the migration
