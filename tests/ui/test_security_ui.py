"""The GUI side of security: what each role is offered, sign-in, users, audit, backups."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from sqlalchemy import func, select

from app.models import Member
from app.models.audit import AuditFilter, audit_entries
from app.models.users import MAX_FAILED, create_user, sign_in
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.security.security_audit import AuditWindow
from app.ui.security.security_login import LoginDialog
from app.ui.security.security_users import UserDialog, UsersWindow

PASSWORDS = {"admin": "admin-pass-1", "oper": "oper-pass-1", "view": "view-pass-1"}
SECURITY_ACTIONS = (
    "actionUsers",
    "actionAuditLog",
    "actionBackupNow",
    "actionRestoreBackup",
    "actionPrintConsent",
    "actionConsentReceived",
    "actionAddMember",
    "actionExportMembers",
)
OFFERED = {
    "admin": set(SECURITY_ACTIONS),
    "oper": {
        "actionPrintConsent",
        "actionConsentReceived",
        "actionAddMember",
        "actionExportMembers",
    },
    "view": set(),
}


@pytest.fixture
def users_db(demo_db):
    with demo_db.session() as s:
        create_user(s, "admin", PASSWORDS["admin"], "administrator")
        create_user(s, "oper", PASSWORDS["oper"], "operator")
        create_user(s, "view", PASSWORDS["view"], "viewer")
    return demo_db


def make_window(qtbot, db) -> MainWindow:
    install_translators(QApplication.instance())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def offered(window: MainWindow) -> set[str]:
    return {
        a.objectName()
        for a in window.findChildren(QAction)
        if a.objectName() in SECURITY_ACTIONS and a.isVisible()
    }


@pytest.mark.parametrize("login", ["admin", "oper", "view"])
def test_each_role_is_offered_only_what_it_may_do(qtbot, users_db, login):
    sign_in(users_db, login, PASSWORDS[login])
    window = make_window(qtbot, users_db)
    assert offered(window) == OFFERED[login]
    titles = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    # an empty menu is not shown: backups, users and the log are the administrator's
    assert ("Сервис" in titles) == (login == "admin")
    if login == "admin":
        assert titles.index("Сервис") == titles.index("Справка") - 1


def test_login_dialog_refuses_then_locks_then_signs_in(qtbot, users_db):
    dialog = LoginDialog(users_db)
    qtbot.addWidget(dialog)
    dialog.login.setText("oper")
    for _ in range(MAX_FAILED):
        dialog.password.setText("wrong-password")
        dialog.try_sign_in()
    assert dialog.result() == 0 and "минуту" in dialog.error_label.text()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORDS["oper"])
    dialog.try_sign_in()  # the right password waits too
    assert dialog.result() == 0 and users_db.user_role == ""
    dialog2 = LoginDialog(users_db)
    qtbot.addWidget(dialog2)
    dialog2.login.setText("view")
    dialog2.password.setText(PASSWORDS["view"])
    dialog2.try_sign_in()
    assert dialog2.result() == 1 and (users_db.user_login, users_db.user_role) == ("view", "viewer")


def fill_modal(qtbot, fill) -> None:  # noqa: ANN001
    """Answer the next modal dialog: `fill(dialog)` sets fields and accepts it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        fill(dialog)

    QTimer.singleShot(20, answer)


def test_first_administrator_is_made_in_the_users_window(qtbot, region_db):
    window = make_window(qtbot, region_db)
    assert "actionUsers" in offered(window)  # no users yet: everything is offered
    users = UsersWindow(region_db, window.org_model.all_nodes(), window)
    qtbot.addWidget(users)

    def fill(dialog: UserDialog) -> None:
        assert dialog.role.count() == 1  # the first user can only be an administrator
        dialog.login.setText("boss")
        dialog.password.setText("first-admin-1")
        dialog.confirm.setText("first-admin-1")
        dialog.check()

    fill_modal(qtbot, fill)
    users.add_user()
    assert [u.login for u in users.users] == ["boss"]
    assert (region_db.user_login, region_db.user_role) == ("boss", "administrator")

    def fill_operator(dialog: UserDialog) -> None:
        dialog.login.setText("clerk")
        dialog.role.setCurrentIndex(dialog.role.findData("operator"))
        dialog.password.setText("clerk-pass-1")
        dialog.confirm.setText("clerk-pass-1")
        dialog.check()

    fill_modal(qtbot, fill_operator)
    users.add_user()
    assert {u.login: u.role for u in users.users} == {"boss": "administrator", "clerk": "operator"}
    users.table.selectRow(1)
    fill_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    users.toggle_active()
    assert not users.users[1].active


def test_audit_window_filters_and_exports(qtbot, users_db, tmp_path):
    sign_in(users_db, "admin", PASSWORDS["admin"])
    with pytest.raises(Exception):  # noqa: B017 - a failed sign-in for the log
        sign_in(users_db, "oper", "not-the-password")
    sign_in(users_db, "admin", PASSWORDS["admin"])
    audit = AuditWindow(users_db)
    qtbot.addWidget(audit)
    assert audit.table.rowCount() >= 3
    audit.action.setCurrentIndex(audit.action.findData("login_failed"))
    audit.reload()
    assert audit.table.rowCount() == 1
    assert audit.table.item(0, 1).text() == "oper"
    assert audit.table.item(0, 2).text() == "неудачный вход"
    assert "not-the-password" not in audit.table.item(0, 5).text()
    assert audit.export_to(tmp_path / "audit.xlsx") == 1
    assert (tmp_path / "audit.xlsx").stat().st_size > 0
    assert not audit.table.editTriggers()  # nobody edits the log


@pytest.mark.sqlite_only  # on a server: tests/ui/test_postgres_ui.py
def test_backup_and_restore_from_the_service_menu(qtbot, users_db, monkeypatch):
    sign_in(users_db, "admin", PASSWORDS["admin"])
    window = make_window(qtbot, users_db)
    actions = window.security_actions
    copy = actions.backup_now()
    assert copy is not None and copy.exists()
    with users_db.session() as s:
        logged = audit_entries(s, AuditFilter(action="backup"))
    assert [(e.user, e.details["file"]) for e in logged] == [("admin", copy.name)]
    with users_db.session() as s:
        member = s.scalars(select(Member).where(Member.left_on.is_(None))).first()
        member_id, position = member.id, member.position
        member.position = "После копии"
    monkeypatch.setattr("app.ui.security.security_service.QMessageBox.information", lambda *a: None)
    saved = actions.restore_from(copy)
    assert saved is not None and saved.exists()
    with users_db.session() as s:
        assert s.get(Member, member_id).position == position
        assert [e.user for e in audit_entries(s, AuditFilter(action="restore"))] == ["admin"]


def test_without_consent_filter_and_consent_actions(qtbot, users_db, tmp_path, monkeypatch):
    sign_in(users_db, "oper", PASSWORDS["oper"])
    window = make_window(qtbot, users_db)
    box = window.findChild(QCheckBox, "withoutConsent")
    with users_db.session() as s:
        missing = s.scalar(
            select(func.count())
            .select_from(Member)
            .where(Member.left_on.is_(None), Member.consent_on.is_(None))
        )
    box.setChecked(True)
    assert window.member_model.rowCount() == missing > 0
    member_id = window.member_model.member_id(0)
    actions = window.security_actions
    monkeypatch.setattr(
        "app.ui.security.security_service.QDesktopServices.openUrl", lambda *_: True
    )
    assert actions.write_consent(member_id, tmp_path / "c.pdf", open_after=True)
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    assert actions.set_consent(member_id, dt.date(2026, 9, 3))
    assert window.member_model.rowCount() == missing - 1
    with users_db.session() as s:
        assert s.get(Member, member_id).consent_on == dt.date(2026, 9, 3)


def test_user_limited_to_an_organisation_sees_its_subtree(qtbot, users_db):
    with users_db.session() as s:
        create_user(s, "district", "district-pw-1", "operator", "T07")
    sign_in(users_db, "district", "district-pw-1")
    window = make_window(qtbot, users_db)
    assert window.org_model.rowCount() == 1
    assert window.org_model.roots[0].code == "T07"
    codes = {n.code for n in window.org_model.all_nodes()}
    assert codes and all(c.startswith("T07") for c in codes)


def test_a_limited_user_is_offered_and_given_only_its_subtree(qtbot, users_db, monkeypatch):
    """Issue 21.1 in the window: the actions that run narrow to the subtree or refuse."""
    from app.models.entities import Card, Organisation
    from app.models.organisations import subtree_ids
    from app.ui.cards.cards_dialogs import SOURCE_UNPRINTED, PrintChoice

    with users_db.session() as s:
        create_user(s, "t07op", "t07op-pass-1", "operator", "T07")
        create_user(s, "t07admin", "t07admin-pass-1", "administrator", "T07")
        t07 = s.scalar(select(Organisation.id).where(Organisation.code == "T07"))
        inside = sorted(subtree_ids(s, t07))

    def cards(where) -> int:  # noqa: ANN001
        with users_db.session() as s:
            return s.scalar(
                select(func.count())
                .select_from(Card)
                .join(Member, Member.id == Card.member_id)
                .where(where(Member.organisation_id))
            )

    outside_before = cards(lambda c: c.not_in(inside))
    inside_before = cards(lambda c: c.in_(inside))
    sign_in(users_db, "t07op", "t07op-pass-1")
    window = make_window(qtbot, users_db)
    assert offered(window) == OFFERED["oper"]  # no backup, users or audit log
    choice = PrintChoice(SOURCE_UNPRINTED, [], None, None, "default", "card", "", True)
    records = window.cards.records_for(choice)  # numbers the members without a card first
    assert records and {r.organisation_code[:3] for r in records} == {"T07"}
    assert cards(lambda c: c.not_in(inside)) == outside_before
    assert cards(lambda c: c.in_(inside)) > inside_before
    window.close()

    # an administrator limited to T07 is offered the backup, and running it refuses
    sign_in(users_db, "t07admin", "t07admin-pass-1")
    window = make_window(qtbot, users_db)
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.errors.QMessageBox.critical", lambda _parent, _title, text: shown.append(text)
    )
    assert window.security_actions.backup_now() is None
    assert len(shown) == 1 and "администратор" in shown[0]
