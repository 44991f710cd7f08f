"""The GUI's part of several workstations: the password dialog, a refused second save,
and the main window on a PostgreSQL server (when PROFDESK_TEST_PG_URL names one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QTableView
from sqlalchemy import select

from app.models import Member, open_database
from app.models.members import get_member, update_member
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members import member_form as member_form_module
from app.ui.members.member_form import MemberForm
from app.ui.security.db_password import ask_password
from tests.pgtest import fresh_pg_database


def _answer_dialog(text: str | None) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
    assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
    assert "anna@server/profdesk" in dialog.labelText()
    if text is None:
        dialog.reject()
    else:
        dialog.setTextValue(text)
        dialog.accept()


def test_password_dialog_hides_the_text_and_returns_it(qtbot):
    install_translators(QApplication.instance())
    QTimer.singleShot(100, lambda: _answer_dialog("Секрет1"))
    assert ask_password("anna@server/profdesk") == "Секрет1"
    QTimer.singleShot(100, lambda: _answer_dialog(None))
    assert ask_password("anna@server/profdesk") is None


def test_member_form_refuses_a_save_after_someone_elses(qtbot, demo_db, monkeypatch):
    install_translators(QApplication.instance())
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    with demo_db.session() as s:
        member_id = s.scalar(select(Member.id).order_by(Member.sort_key).limit(1))
    form = MemberForm(demo_db, window.org_model.all_nodes(), member_id=member_id, parent=window)
    qtbot.addWidget(form)
    with demo_db.session() as s:  # a colleague saves the same member meanwhile
        update_member(s, member_id, {"position": "Заместитель директора"})
    shown: list[str] = []
    monkeypatch.setattr(
        member_form_module, "show_error", lambda parent, error: shown.append(str(error))
    )
    form.position.setText("Учитель истории")
    form.save()
    assert shown and "должность — «Заместитель директора»" in shown[0]
    with demo_db.session() as s:
        assert get_member(s, member_id).position == "Заместитель директора"


@pytest.fixture
def server_db():
    """Set up before qtbot, so torn down after the window is gone."""
    from app.models import demo

    with fresh_pg_database() as url:
        database = open_database(url)
        with database.session(log_changes=False) as s:
            demo.generate(s, members=300, seed=5)
        yield database
        database.close()


def test_main_window_on_a_server_database(server_db, qtbot):
    install_translators(QApplication.instance())
    window = MainWindow(server_db)
    qtbot.addWidget(window)
    window.show()
    table = window.findChild(QTableView, "memberTable")
    with server_db.session() as s:
        active = len(s.scalars(select(Member.id).where(Member.left_on.is_(None))).all())
    assert table.model().rowCount() == active > 0
    assert table.model().index(0, 0).data()  # rows fetched by the server's row ids
    database = server_db.engine.url.database
    assert f"«{database}» на сервере {server_db.engine.url.host}" in window.windowTitle()
    window.search.blockSignals(True)  # no delayed search left to run after the test
    window.search.setText("ИВАН")
    window.apply_filter()
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert shown and all("иван" in name.lower() for name in shown)


@pytest.fixture(autouse=True)
def _no_leftover_dialogs():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QInputDialog):
            widget.reject()


def test_service_menu_backups_on_a_server_database(server_db, qtbot, monkeypatch):
    import shutil

    from app.ui.security import security_service

    install_translators(QApplication.instance())
    window = MainWindow(server_db)
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(security_service, "show_error", lambda parent, e: errors.append(str(e)))
    if shutil.which("pg_dump"):
        copy = window.security_actions.backup_now()
        assert copy is not None and copy.read_bytes()[:5] == b"PGDMP"
        assert str(copy) in window.statusBar().currentMessage()
    window.security_actions.restore()  # no list of files to pick: the server's administrator
    assert errors and "только администратор сервера" in errors[-1]
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert window.security_actions.backup_now() is None
    assert "резервные копии делает сам сервер" in errors[-1]
