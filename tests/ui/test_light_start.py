"""The light start (app.ui.light_start): the window shown from plain sqlite3 before
SQLAlchemy, then handed its Database just after the first paint. What a user sees must be
what the normal start shows, and nothing done in the moment between may go wrong."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

import app.__main__ as entry
import app.models
from app.models import open_database
from app.models.errors import DatabaseDamagedError
from app.models.fastread import open_reader
from app.models.member_list import MemberFilter, member_rowids
from app.models.snapshots import month_start, take_snapshot
from app.models.users import create_user
from app.ui.i18n import install_translators
from app.ui.light_start import LightStart
from app.ui.main_window import MainWindow
from app.ui.members.org_tree import OrgIdRole
from app.ui.security.security_login import LoginDialog

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]


@pytest.fixture
def readable(demo_db, db_path):
    """The demo closed cleanly after the day's second open: the light path may read it."""
    demo_db.close()
    open_database(db_path).close()
    reader = open_reader(str(db_path))
    assert reader is not None
    reader.close()
    return db_path


def started_light(path) -> tuple[LightStart, MainWindow]:
    started = entry.start(str(path))
    assert not isinstance(started, int)
    handle, window = started
    assert isinstance(handle, LightStart) and window.db is None  # the moment before
    return handle, window


def table_texts(window: MainWindow, rows: int = 30) -> list[list[str]]:
    model = window.member_model
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(min(rows, model.rowCount()))
    ]


def tree_texts(window: MainWindow) -> list[tuple[str, str]]:
    model, found = window.org_model, []

    def walk(parent) -> None:  # noqa: ANN001
        for row in range(model.rowCount(parent)):
            name = model.index(row, 0, parent)
            found.append((name.data(), model.index(row, 1, parent).data()))
            walk(name)

    walk(model.index(-1, -1))
    return found


def test_the_light_window_shows_what_the_normal_window_shows(qtbot, readable):
    handle, window = started_light(readable)
    try:
        light_rows, light_tree = table_texts(window), tree_texts(window)
        light_count, light_title = window.member_model.rowCount(), window.windowTitle()
        assert window.count_label.text() == window.tr("%Ln member(s)", "", light_count)
        qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
        # handed over: the same rows stay, nothing reloaded
        assert table_texts(window) == light_rows and window.windowTitle() == light_title
        normal_db = open_database(readable)
        normal = MainWindow(normal_db)
        try:
            assert table_texts(normal) == light_rows
            assert tree_texts(normal) == light_tree
            assert normal.member_model.rowCount() == light_count
            assert normal.windowTitle() == light_title
            assert [m for m in normal.menus] == [m for m in window.menus]
        finally:
            normal.close()
            normal_db.close()
    finally:
        window.close()
        handle.close()


def test_actions_wait_for_the_database_and_come_with_it(qtbot, readable):
    handle, window = started_light(readable)
    try:
        assert not window.action_add_member.isEnabled()
        assert not window.action_export.isEnabled()
        assert not window.action_add_org.isEnabled()
        window.member_table.selectRow(0)
        assert window.current_member_id() is not None
        assert not window.action_edit_member.isEnabled()  # a row chosen: still waits
        window.member_table.doubleClicked.emit(window.member_model.index(0, 0))
        assert QApplication.activeModalWidget() is None  # no form opened without a database
        page = window.start_page  # there from the first paint, its figures counted later
        assert page.value_labels["members"].text() == "—" and page.buttons == {}
        assert len(window.menus) == 3  # the features' menus come with the database
        qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
        assert window.action_add_member.isEnabled() and window.action_add_org.isEnabled()
        assert window.action_export.isEnabled() and window.action_edit_member.isEnabled()
        assert len(window.menus) > 3 and "startAddMember" in page.buttons
        listed = str(window.member_model.rowCount())  # the region's current members
        qtbot.waitUntil(lambda: page.value_labels["members"].text() == listed, timeout=5000)
    finally:
        window.close()
        handle.close()


def test_a_search_typed_before_the_handover_is_answered_after_it(qtbot, readable):
    handle, window = started_light(readable)
    try:
        query = "ова"
        window.search.setText(query)  # typed (keyClicks knows no Cyrillic)
        window.apply_filter()  # as the search pacer would, still before the handover
        assert window.db is None and window.member_model.pending
        qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
        qtbot.waitUntil(lambda: not window.member_model.pending, timeout=5000)
        with window.db.session() as s:
            expected = member_rowids(s, MemberFilter(query=query))
        assert window.search.text() == query
        assert window.member_model._rowids == expected and 0 < len(expected) < 600
    finally:
        window.close()
        handle.close()


def test_the_first_paint_keeps_its_layout_when_the_database_comes(qtbot, readable):
    """Nothing jumps at the handover: the consent filter is there from the first paint (and a
    tick before the handover filters after it), the figure boxes are as wide as they will be
    with their numbers and changes."""
    install_translators(QApplication.instance())  # the widths of the Russian texts
    db = open_database(readable)  # last month's snapshot: the changes show as every month
    with db.session() as s:
        take_snapshot(s, month_start(dt.date.today()) - dt.timedelta(days=1))
    db.close()
    open_database(readable).close()
    handle, window = started_light(readable)
    try:
        window.resize(1366, 768)
        QApplication.processEvents()
        page = window.start_page
        box = window.findChild(QCheckBox, "withoutConsent")
        assert box is not None and box.isVisible() and box.text() == "Без согласия"
        search_width = window.search.width()
        widths = {key: frame.width() for key, frame in page.boxes.items()}
        box.setChecked(True)
        qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
        qtbot.waitUntil(lambda: not window.member_model.pending, timeout=5000)
        qtbot.waitUntil(lambda: page.value_labels["members"].text() != "—", timeout=5000)
        QApplication.processEvents()
        assert all(label.text() for label in page.change_labels.values())  # the changes came
        assert window.search.width() == search_width
        assert {key: frame.width() for key, frame in page.boxes.items()} == widths
        with window.db.session() as s:
            expected = member_rowids(s, MemberFilter(without_consent=True))
        assert window.member_model._rowids == expected and len(expected) > 0
    finally:
        window.close()
        handle.close()


def test_an_organisation_chosen_before_the_handover_is_shown_after_it(qtbot, readable):
    handle, window = started_light(readable)
    try:
        region = window.org_model.index(0, 0)
        district = window.org_model.index(0, 0, region)
        window.org_tree.setCurrentIndex(district)  # the user clicks a district at once
        header = window.member_table.horizontalHeader()
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # and sorts by birth date
        assert window.db is None and window.member_model.pending
        qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
        org_id = district.data(OrgIdRole)
        with window.db.session() as s:
            expected = member_rowids(
                s,
                MemberFilter(org_ids=window.org_model.subtree_ids(org_id), sort="birth_date"),
            )
        assert window.member_model._rowids == expected and expected
        assert window.org_label.text() == district.data()
    finally:
        window.close()
        handle.close()


def test_closed_before_the_handover_opens_nothing(qtbot, readable, monkeypatch):
    opened = []
    real = app.models.open_database
    monkeypatch.setattr(
        app.models, "open_database", lambda *a, **k: opened.append(1) or real(*a, **k)
    )
    handle, window = started_light(readable)
    window.close()
    handle.close()
    qtbot.wait(400)  # past the first paint and the fallback timer
    assert opened == [] and window.db is None


def test_with_users_the_start_signs_in_first(qtbot, readable, monkeypatch):
    db = open_database(readable)
    with db.session() as s:
        create_user(s, "admin", "пароль-администратора", "administrator")
    db.close()
    assert open_reader(str(readable)) is None
    logins = []
    monkeypatch.setattr(LoginDialog, "exec", lambda self: logins.append(self) or 0)
    assert entry.start(str(readable)) == 0  # the sign-in was cancelled: no window
    assert len(logins) == 1


def test_a_failed_handover_falls_back_to_the_normal_start(qtbot, readable, monkeypatch):
    """Damage found at the handover: the light window goes, the normal start explains it
    and offers the newest good backup, as when the file is refused at once."""
    real = app.models.open_database
    calls = []

    def failing_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseDamagedError("Файл базы данных повреждён.")
        return real(*args, **kwargs)

    monkeypatch.setattr(app.models, "open_database", failing_once)
    monkeypatch.setattr(entry, "_offer_restore", lambda location, error: False)
    criticals = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: criticals.append(a[2]))
    handle, window = started_light(readable)
    light_window = window
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=10000)
    try:
        assert criticals == []  # the second open worked: the normal window instead
        assert handle.window is not light_window and handle.window.isVisible()
        assert handle.db is not None and handle.window.db is handle.db
        assert not shiboken6.isValid(light_window) or not light_window.isVisible()  # gone
    finally:
        handle.window.close()
        handle.close()


def test_the_window_is_shown_before_sqlalchemy_is_imported(readable):
    """What the light start saves is SQLAlchemy's import: the shown window must not pull
    it in (a module imported at the top of the window, its table or its start page)."""
    probe = (
        "import sys\n"
        "from app.__main__ import make_application, start\n"
        "app, tr = make_application()\n"
        "handle, window = start(sys.argv[1])\n"
        "app.processEvents()\n"
        "shown = window.isVisible() and window.member_model.rowCount() > 0\n"
        "light = window.db is None\n"
        "print(shown, light, sorted(m for m in sys.modules if m.startswith('sqlalchemy'))[:3])\n"
        "handle.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe, str(readable)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
        check=True,
    )
    assert out.stdout.split("\n")[-2] == "True True []"


def test_the_self_test_waits_for_the_handover(qtbot, readable, capsys, monkeypatch):
    """`profdesk --self-test` (the installed program's smoke test) checks the whole window,
    the features' menus included, not only the light one."""
    attached = []
    real_attach = MainWindow.attach
    monkeypatch.setattr(
        MainWindow, "attach", lambda w, db: attached.append(w) or real_attach(w, db)
    )
    assert entry.main(["--self-test", "--db", str(readable)]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")
    assert len(attached) == 1
