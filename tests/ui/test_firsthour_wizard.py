"""The first-start wizard driven end to end for each choice; what it leaves in the database."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import func, select

from app.models import Member, Organisation, OrgKind, open_database
from app.models.installation import is_empty, region_code
from app.models.settings import get_setting
from app.services import first_start as domain
from app.ui.first_start import (
    NEXT_IMPORT,
    NEXT_TREE,
    FirstStartWizard,
    continue_in_window,
)
from app.ui.i18n import install_translators

HAS_USERS = importlib.util.find_spec("app.models.users") is not None
HAS_EXCHANGE = importlib.util.find_spec("app.exchange") is not None


def make_wizard(qtbot, db) -> FirstStartWizard:
    install_translators(QApplication.instance())
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


@pytest.fixture
def dismiss_messages():
    """Answer (and remember) every error box the wizard shows, during one test only."""
    seen: list[str] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    yield seen
    timer.stop()


def finish(wizard: FirstStartWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def fill_region(wizard: FirstStartWizard, begin_tree: bool) -> None:
    assert wizard.currentId() == wizard.PAGE_WELCOME
    wizard.choose_region.setChecked(True)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_REGION
    wizard.region_name.setText("Курская областная организация")
    wizard.region_code.setText("46")
    wizard.next()
    if HAS_USERS:
        assert wizard.currentId() == wizard.PAGE_ADMIN
        wizard.admin_login.setText("admin")
        wizard.admin_password.setText("секрет-12345")
        wizard.admin_password2.setText("секрет-12345")
        wizard.next()
    assert wizard.currentId() == wizard.PAGE_BEGIN
    (wizard.begin_tree if begin_tree else wizard.begin_import).setChecked(True)


@pytest.mark.parametrize("begin_tree", [False, True])
def test_region_path_leaves_the_region_and_the_administrator(qtbot, db, begin_tree):
    wizard = make_wizard(qtbot, db)
    fill_region(wizard, begin_tree)
    finish(wizard)
    assert wizard.result() == wizard.DialogCode.Accepted
    assert wizard.outcome.db is db
    assert wizard.outcome.next_step == (NEXT_TREE if begin_tree else NEXT_IMPORT)
    with db.session() as s:
        orgs = s.scalars(select(Organisation)).all()
        assert [(o.kind, o.name) for o in orgs] == [
            (OrgKind.REGION, "Курская областная организация")
        ]
        assert region_code(s) == "46"
        assert not get_setting(s, "demo", False)
        if HAS_USERS:
            from app.models.users import User

            users = s.scalars(select(User)).all()
            assert [(u.login, u.role) for u in users] == [("admin", "administrator")]
    if HAS_USERS:
        assert db.user_role == "administrator"


def test_region_page_refuses_a_bad_code_and_writes_nothing(qtbot, db, dismiss_messages):
    wizard = make_wizard(qtbot, db)
    seen = dismiss_messages
    wizard.next()
    wizard.region_name.setText("Курская областная организация")
    wizard.region_code.setText("4")
    wizard.next()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert wizard.currentId() == wizard.PAGE_REGION
    assert "две цифры" in seen[0]
    with db.session() as s:
        assert is_empty(s)


def test_tree_choice_opens_the_organisation_editor_under_the_region(qtbot, db, monkeypatch):
    from app.ui.main_window import MainWindow

    wizard = make_wizard(qtbot, db)
    fill_region(wizard, begin_tree=True)
    finish(wizard)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    opened = []
    monkeypatch.setattr(window, "add_org", lambda: opened.append(window.current_org_id()))
    continue_in_window(window, wizard.outcome)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    with db.session() as s:
        region_id = s.scalar(select(Organisation.id))
    assert opened == [region_id]
    assert "Добавить организацию" in window.statusBar().currentMessage()


def test_demo_path_fills_a_separate_file_and_leaves_the_real_one_empty(qtbot, db, monkeypatch):
    monkeypatch.setattr(domain, "DEMO_MEMBERS", 300)
    wizard = make_wizard(qtbot, db)
    if db.is_server:  # the demo file has nowhere to go beside a server's database
        assert not wizard.choose_demo.isEnabled()
        return
    wizard.choose_demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_DEMO
    finish(wizard)
    assert wizard.result() == wizard.DialogCode.Accepted
    demo_db = wizard.outcome.db
    try:
        assert demo_db.path == db.path.with_name("profdesk-demo.sqlite3")
        assert demo_db.path != db.path
        with demo_db.session() as s:
            assert get_setting(s, "demo", False) is True
            assert s.scalar(select(func.count()).select_from(Member)) == 300
    finally:
        demo_db.close()
    with db.session() as s:
        assert is_empty(s)
        assert s.scalar(select(func.count()).select_from(Member)) == 0
    # the title says demo
    from app.ui.main_window import MainWindow

    again = open_database(db.path.with_name("profdesk-demo.sqlite3"))
    window = MainWindow(again)
    qtbot.addWidget(window)
    assert "ДЕМОНСТРАЦИОННЫЕ" in window.windowTitle()
    window.close()
    again.close()


@pytest.mark.sqlite_only
def test_demo_file_that_holds_real_data_is_refused(db, db_path):
    real_beside = open_database(domain.demo_path_for(db_path))
    from app.models import demo

    with real_beside.session() as s:
        demo.generate(s, members=10, seed=2)
    with real_beside.session() as s:
        from app.models.settings import set_setting

        set_setting(s, "demo", False)
    real_beside.close()
    with pytest.raises(domain.ValidationError, match="занят настоящей базой"):
        domain.open_demo_database(db_path, members=10)


def test_cancel_leaves_the_database_empty(qtbot, db):
    wizard = make_wizard(qtbot, db)
    wizard.next()
    wizard.region_name.setText("Курская областная организация")
    wizard.region_code.setText("46")
    wizard.next()
    wizard.reject()
    assert wizard.outcome is None
    with db.session() as s:
        assert is_empty(s)
        assert get_setting(s, "region.code") is None


def test_main_quits_cleanly_when_the_wizard_is_cancelled(qtbot, db_path, monkeypatch):
    import app.__main__ as entry
    import app.ui.first_start as first_start_ui

    monkeypatch.setattr(first_start_ui, "run_first_start", lambda db: None)
    assert entry.main(["--db", str(db_path)]) == 0
    check = open_database(db_path)
    with check.session() as s:
        assert is_empty(s)
    check.close()


def test_district_choice_is_offered_only_with_exchange(qtbot, db):
    wizard = make_wizard(qtbot, db)
    assert wizard.choose_district.isEnabled() == HAS_EXCHANGE


@pytest.mark.skipif(not HAS_EXCHANGE, reason="exchange arrives with its merge")
def test_district_path_makes_the_district_copy_from_the_region_file(qtbot, demo_db, tmp_path):
    from app.models.organisations import subtree_ids
    from app.models.settings import INSTALLATION_ROLE

    exchange = importlib.import_module("app.exchange")

    passphrase = "общая фраза обмена"
    with demo_db.session() as s:
        territorial = s.scalars(
            select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
        ).first()
        code, name = territorial.code, territorial.name
        wanted = set(subtree_ids(s, territorial.id))
        members = s.scalar(
            select(func.count()).select_from(Member).where(Member.organisation_id.in_(wanted))
        )
        exchange.export_exchange(s, tmp_path / "район.pdx", passphrase, code, full=True)
    district = open_database(tmp_path / "район" / "profdesk.sqlite3")
    try:
        wizard = make_wizard(qtbot, district)
        wizard.choose_district.setChecked(True)
        wizard.next()
        assert wizard.currentId() == wizard.PAGE_DISTRICT
        wizard.district_file.setText(str(tmp_path / "район.pdx"))
        wizard.district_passphrase.setText(passphrase)
        finish(wizard)
        assert wizard.result() == wizard.DialogCode.Accepted
        assert wizard.outcome.db is district
        with district.session() as s:
            assert get_setting(s, INSTALLATION_ROLE) == "district"
            held = set(s.scalars(select(Organisation.id)))
            assert wanted <= held  # its own subtree (and, read only, the ones above)
            assert name in set(s.scalars(select(Organisation.name)))
            assert s.scalar(select(func.count()).select_from(Member)) == members
            assert exchange.stored_passphrase(s) == passphrase
    finally:
        district.close()


@pytest.mark.skipif(not HAS_EXCHANGE, reason="exchange arrives with its merge")
def test_district_path_with_a_wrong_passphrase_leaves_the_database_empty(
    qtbot, demo_db, tmp_path, dismiss_messages
):
    exchange = importlib.import_module("app.exchange")
    with demo_db.session() as s:
        code = s.scalar(select(Organisation.code).where(Organisation.kind == OrgKind.TERRITORIAL))
        exchange.export_exchange(s, tmp_path / "район.pdx", "общая фраза обмена", code, full=True)
    district = open_database(tmp_path / "район" / "profdesk.sqlite3")
    try:
        wizard = make_wizard(qtbot, district)
        wizard.choose_district.setChecked(True)
        wizard.next()
        wizard.district_file.setText(str(tmp_path / "район.pdx"))
        wizard.district_passphrase.setText("другая фраза обмена")
        finish(wizard)
        qtbot.waitUntil(lambda: bool(dismiss_messages), timeout=3000)
        assert "парольная фраза" in dismiss_messages[0]
        assert wizard.outcome is None
        with district.session() as s:
            assert is_empty(s)
    finally:
        district.close()


def test_import_choice_opens_the_import_or_says_what_to_do(qtbot, db, monkeypatch):
    from PySide6.QtGui import QAction

    from app.ui.main_window import MainWindow

    wizard = make_wizard(qtbot, db)
    fill_region(wizard, begin_tree=False)
    finish(wizard)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    started = []
    action = window.findChild(QAction, "actionImportMembers")
    if action is not None:
        action.triggered.disconnect()
        action.triggered.connect(lambda: started.append("import"))
    monkeypatch.setattr(window, "add_org", lambda: started.append("org"))
    continue_in_window(window, wizard.outcome)
    if action is not None and importlib.util.find_spec("app.ui.members.import_wizard"):
        qtbot.waitUntil(lambda: bool(started), timeout=3000)
        assert started == ["import"]
    else:  # no import in this build: the hint to build the tree, no editor forced open
        qtbot.wait(50)
        assert started == []
        assert "Добавить организацию" in window.statusBar().currentMessage()
