"""The GUI and damage quick_check misses (issue 21, point 5): the window is shown before the
full check ends; when it finds damage, no daily copy is made, the user is told in one
sentence and offered the older good copy; the restore dialog shows each copy's state."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import app.__main__ as entry
import app.models.backup as backup_module
from app.models.backup import backup_database, list_backups
from app.paths import backups_dir_for
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.security.restore_dialog import STATE_COLUMN, RestoreDialog
from tests.damage import damage_index

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]


def dated_copy(db_path, days: int, reason: str):
    folder = backups_dir_for(db_path)
    folder.mkdir(exist_ok=True)
    when = dt.datetime.now() - dt.timedelta(days=days)
    return backup_database(
        db_path, out=folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    )


@pytest.fixture
def damaged(demo_db, db_path):
    """A demo database with a good copy of two days ago, then a flipped index byte, and a
    copy of yesterday made from the damaged file: (path, older good, newer damaged)."""
    older = dated_copy(db_path, 2, "daily")
    demo_db.close()
    damage_index(db_path)
    newer = dated_copy(db_path, 1, "before-import")
    return db_path, older, newer


def test_the_window_shows_first_then_the_older_good_copy_is_offered_and_restored(
    qtbot, damaged, monkeypatch
):
    path, older, newer = damaged
    gate = threading.Event()  # the full check waits until the window has been shown
    real = backup_module.integrity_problem  # looked up there by backup_daily

    def gated(p, *, quick=False, cancel=None):
        if not quick and p.name.endswith(".checking"):
            gate.wait(30)
        return real(p, quick=quick, cancel=cancel)

    monkeypatch.setattr(backup_module, "integrity_problem", gated)
    shown = []
    real_show = MainWindow.show
    monkeypatch.setattr(
        MainWindow, "show", lambda self: shown.append(self.db.background_done()) or real_show(self)
    )
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((parent.isVisible(), text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **kw: None)
    before = list_backups(path)

    started = entry.start(str(path))
    assert not isinstance(started, int)
    db, window = started
    try:
        assert shown == [False]  # the window came up while the full check was still running
        gate.set()
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)
        visible, text = asked[0]
        assert visible
        sentence = text.split("\n\n")[0]
        assert "нашла повреждение" in sentence and "копия не сделана" in sentence
        assert f"«{older}»" in sentence and str(newer) not in sentence
        assert sentence.count(". ") == 0 and sentence.endswith(".")
        after = list_backups(path)
        assert [b.reason for b in after if b not in before] == ["before-restore"]
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert window.member_model.rowCount() > 0
    finally:
        window.close()
        db.close()


def test_the_restore_dialog_shows_states_and_finds_the_newest_good_copy(qtbot, damaged):
    install_translators(QApplication.instance())
    path, older, newer = damaged
    dialog = RestoreDialog(list_backups(path))
    qtbot.addWidget(dialog)
    states = [dialog.table.item(r, STATE_COLUMN).text() for r in range(2)]
    assert states == ["не проверена", "не проверена"]
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    dialog.check_button.click()
    states = [dialog.table.item(r, STATE_COLUMN).text() for r in range(2)]
    assert states == ["повреждена", "исправна"]
    assert dialog.table.selectionModel().selectedRows()[0].row() == 1
    dialog.take_selected()
    assert dialog.chosen == older
    again = RestoreDialog(list_backups(path))  # the verdicts are remembered
    qtbot.addWidget(again)
    assert again.table.selectionModel().selectedRows()[0].row() == 1
