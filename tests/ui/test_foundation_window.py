"""The main window driven as a user drives it, then the rows checked in the database."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import func, select

from app.models import Member, MemberTransfer, Organisation, OrgKind
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members.member_dialogs import LeaveDialog, MoveDialog
from app.ui.members.member_form import MemberForm
from app.ui.members.org_form import OrgForm
from app.ui.members.org_tree import OrgIdRole


@pytest.fixture
def window(qtbot, demo_db):
    install_translators(QApplication.instance())
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def when_dialog(cls, act):
    """Answer the modal dialog of type `cls` as soon as it is up (it blocks in exec())."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test hanging
                dialog.reject()

    QTimer.singleShot(0, poll)


def shown_ids(win) -> list[str]:
    model = win.member_model
    return [model.member_id(row) for row in range(model.rowCount())]


def select_org(win, org_id: str) -> None:
    """Click an organisation in the tree (the table follows)."""
    model = win.org_model
    found = model.match(
        model.index(0, 0), OrgIdRole, org_id, 1, Qt.MatchFlag.MatchRecursive | Qt.MatchExactly
    )
    assert found, org_id
    win.org_tree.setCurrentIndex(found[0])


def tree_count(win, org_id: str) -> int:
    model = win.org_model
    found = model.match(
        model.index(0, 0), OrgIdRole, org_id, 1, Qt.MatchFlag.MatchRecursive | Qt.MatchExactly
    )
    return int(re.sub(r"\D", "", found[0].siblingAtColumn(1).data()))


def test_mark_as_left_then_restore(window, demo_db):
    window.member_table.selectRow(0)
    member_id = window.current_member_id()
    name = window.member_table.model().index(0, 0).data()

    def leave(dialog: LeaveDialog) -> None:
        assert name in [label.text() for label in dialog.findChildren(QLabel)]
        dialog.left_on.set_value(dt.date(2025, 1, 15))
        dialog.reason.setCurrentIndex(dialog.reason.findData("retirement"))
        dialog.accept()

    when_dialog(LeaveDialog, leave)
    window.mark_left()
    with demo_db.session() as s:
        member = s.get(Member, member_id)
        assert (member.left_on, member.leave_reason) == (dt.date(2025, 1, 15), "retirement")
    assert member_id not in shown_ids(window)  # current members only

    window.status_filter.setCurrentIndex(window.status_filter.findData("left"))
    assert member_id in shown_ids(window)
    window.select_member(member_id)
    assert window.action_restore.isEnabled()
    window.restore_membership()
    with demo_db.session() as s:
        member = s.get(Member, member_id)
        assert (member.left_on, member.leave_reason) == (None, None)
    assert member_id not in shown_ids(window)


def test_leave_dialog_refuses_a_future_date_and_stays_open(qtbot, window, demo_db, monkeypatch):
    window.member_table.selectRow(0)
    member_id = window.current_member_id()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    dialog = LeaveDialog(demo_db, member_id, "", window)
    qtbot.addWidget(dialog)
    dialog.left_on.set_value(dt.date.today() + dt.timedelta(days=10))
    dialog.accept()
    assert shown == ["Дата выхода не может быть в будущем."]
    assert dialog.result() == 0
    with demo_db.session() as s:
        assert s.get(Member, member_id).left_on is None


def test_move_to_another_organisation(window, demo_db):
    window.member_table.selectRow(0)
    member_id = window.current_member_id()
    with demo_db.session() as s:
        old_org = s.get(Member, member_id).organisation_id
        target = s.scalars(
            select(Organisation.id).where(
                Organisation.kind == OrgKind.PRIMARY, Organisation.id != old_org
            )
        ).first()
    before = tree_count(window, target)

    def move(dialog: MoveDialog) -> None:
        dialog.target.set_org_id(target)
        dialog.moved_on.set_value(dt.date(2025, 9, 1))
        dialog.accept()

    when_dialog(MoveDialog, move)
    window.move_member()
    with demo_db.session() as s:
        assert s.get(Member, member_id).organisation_id == target
        moves = s.scalars(select(MemberTransfer).where(MemberTransfer.member_id == member_id))
        assert [(t.from_organisation_id, t.to_organisation_id, t.moved_on) for t in moves] == [
            (old_org, target, dt.date(2025, 9, 1))
        ]
    assert tree_count(window, target) == before + 1


def test_org_editor_adds_a_primary_under_a_territorial_and_refuses_a_taken_code(
    qtbot, window, demo_db
):
    with demo_db.session() as s:
        district = s.scalars(select(Organisation).where(Organisation.code == "T03")).one()
        taken = s.scalars(select(Organisation.code).where(Organisation.code == "T03-001")).one()
    select_org(window, district.id)

    def fill(form: OrgForm) -> None:
        assert form.parent_org.org_id() == district.id  # offered the selected organisation
        form.kind.setCurrentIndex(form.kind.findData("primary"))
        form.name.setText("МБОУ «Средняя общеобразовательная школа № 99»")
        form.short_name.setText("СОШ № 99")
        form.code.setText("T03-099")
        form.employees.setValue(42)
        form.registrar_phone.setText("8 (4712) 51-23-45")
        form.save()

    when_dialog(OrgForm, fill)
    window.add_org()
    with demo_db.session() as s:
        school = s.scalars(select(Organisation).where(Organisation.code == "T03-099")).one()
        assert (school.kind, school.parent_id, school.employees) == ("primary", district.id, 42)
        assert school.registrar_phone == "+74712512345"
        count = s.scalar(select(func.count()).select_from(Organisation))
    assert tree_count(window, school.id) == 0  # shown in the tree

    form = OrgForm(demo_db, window.org_model.all_nodes(), parent_id=district.id, parent=window)
    qtbot.addWidget(form)
    form.name.setText("Ещё одна школа")
    form.code.setText(taken)
    form.save()
    assert form.result() == 0 and form.error_label.isVisibleTo(form)
    assert form.error_label.text() == f"Код «{taken}» уже занят другой организацией."
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == count


def test_tree_selection_filters_the_table(window, demo_db):
    with demo_db.session() as s:
        district = s.scalars(select(Organisation).where(Organisation.code == "T02")).one()
        schools = set(
            s.scalars(select(Organisation.id).where(Organisation.parent_id == district.id))
        )
        active = dict(
            s.execute(
                select(Member.id, Member.organisation_id).where(Member.left_on.is_(None))
            ).all()
        )
    school = sorted(schools)[0]
    select_org(window, school)
    assert sorted(shown_ids(window)) == sorted(m for m, o in active.items() if o == school)
    select_org(window, district.id)
    assert sorted(shown_ids(window)) == sorted(m for m, o in active.items() if o in schools)
    assert tree_count(window, district.id) == window.member_model.rowCount()
    select_org(window, window.org_model.roots[0].id)
    assert window.member_model.rowCount() == len(active)
    shown = window.count_label.text().replace("\xa0", " ")
    assert shown == f"{len(active):,} членов Профсоюза".replace(",", " ")
    assert window.org_label.text() == window.org_model.roots[0].display_name


def test_status_and_category_filters(window, demo_db):
    with demo_db.session() as s:
        members = s.execute(select(Member.id, Member.left_on, Member.category)).all()
    window.status_filter.setCurrentIndex(window.status_filter.findData("left"))
    assert sorted(shown_ids(window)) == sorted(m for m, left, _ in members if left)
    window.status_filter.setCurrentIndex(window.status_filter.findData("all"))
    window.category_filter.setCurrentIndex(window.category_filter.findData("student"))
    students = sorted(m for m, _, category in members if category == "student")
    assert students and sorted(shown_ids(window)) == students
    assert {window.member_model.index(r, 2).data() for r in range(len(students))} == {"студент"}


def test_clicking_a_column_header_sorts_by_it(qtbot, window, demo_db):
    header = window.member_table.horizontalHeader()
    column = window.member_model.COLUMNS.index("birth_date")
    spot = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    def births() -> list[dt.date]:
        texts = [window.member_model.index(r, column).data() for r in range(50)]
        return [dt.datetime.strptime(t, "%d.%m.%Y").date() for t in texts]

    with demo_db.session() as s:
        oldest = s.scalar(select(func.min(Member.birth_date)).where(Member.left_on.is_(None)))
        youngest = s.scalar(select(func.max(Member.birth_date)).where(Member.left_on.is_(None)))
    assert births() == sorted(births()) and births()[0] == oldest
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert births() == sorted(births(), reverse=True) and births()[0] == youngest


def test_broad_search_shows_its_first_rows_then_the_rest_on_scrolling(window, monkeypatch):
    import app.models.member_list as member_list
    import app.ui.members.member_table as member_table

    monkeypatch.setattr(member_list, "BROAD_SEARCH", 10)
    monkeypatch.setattr(member_table, "SEARCH_FIRST_ROWS", 20)
    window.search.setText("ова")
    window.apply_filter()
    assert window.member_model.is_partial and window.member_model.rowCount() == 20
    assert window.count_label.text() == "найдено больше 20"
    first = shown_ids(window)

    window.member_table.scrollToBottom()
    QApplication.processEvents()
    assert not window.member_model.is_partial
    total = window.member_model.rowCount()
    assert total > 20 and shown_ids(window)[:20] == first
    monkeypatch.setattr(member_list, "BROAD_SEARCH", 10**9)  # the same search, narrow plan
    window.apply_filter()
    assert window.member_model.rowCount() == total
    assert re.sub(r"\D", "", window.count_label.text()) == str(total)


def test_member_form_works_from_the_keyboard(qtbot, window, demo_db):
    form = MemberForm(demo_db, window.org_model.all_nodes(), parent=window)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.last_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.last_name)

    fields = list(form._fields.values())
    visited = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        owner = next((f for f in fields if f is focused or f.isAncestorOf(focused)), None)
        if owner is None:  # left the fields: the Save/Cancel buttons
            break
        if not visited or visited[-1] is not owner:
            visited.append(owner)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == fields  # Tab walks the form top to bottom, every field once

    # every field has a label with its own Alt+letter, in the Russian the user sees
    letters = []
    for label in form.findChildren(QLabel):
        if label.buddy() is not None:
            assert "&" in label.text(), label.text()
            letters.append(label.text()[label.text().index("&") + 1].lower())
    assert len(letters) == len(fields) and len(set(letters)) == len(letters), letters


@pytest.mark.parametrize("typed", ["15.03.1990", "15031990", "15.3.1990", "5.3.1990"])
def test_dates_can_be_typed_into_an_empty_field_and_deleted(qtbot, typed):
    from app.ui.widgets import OptionalDateEdit

    field = OptionalDateEdit()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    expected = dt.date(1990, 3, 5 if typed.startswith("5") else 15)
    assert field.value() == expected and field.text() == expected.strftime("%d.%m.%Y")
    field.lineEdit().selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_org_form_mnemonics_are_unique(qtbot, window, demo_db):
    form = OrgForm(demo_db, window.org_model.all_nodes(), parent=window)
    qtbot.addWidget(form)
    letters = [
        label.text()[label.text().index("&") + 1].lower()
        for label in form.findChildren(QLabel)
        if "&" in label.text()
    ]
    assert len(letters) >= 12 and len(set(letters)) == len(letters), letters


def test_damaged_database_file_gets_one_russian_sentence(tmp_path, monkeypatch, qapp):
    from app.__main__ import main

    broken = tmp_path / "база.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert main(["--db", str(broken)]) == 1
    assert len(shown) == 1
    assert str(broken) in shown[0]
    message = shown[0].replace(str(broken), "FILE")
    assert re.fullmatch(r"[^.!?]*[А-Яа-яЁё][^.!?]*\.", message), message  # one sentence
    assert "поврежд" in message
    assert "Traceback" not in message


def test_org_form_keeps_the_chairman_and_refuses_a_nonsense_phone(qtbot, window, demo_db):
    with demo_db.session() as s:
        school = s.scalars(select(Organisation).where(Organisation.code == "T03-001")).one()
    form = OrgForm(demo_db, window.org_model.all_nodes(), org_id=school.id, parent=window)
    qtbot.addWidget(form)
    assert form.chair.text() == school.chair != ""  # the demo names every chairman
    digits = school.chair_phone[2:]
    assert form.chair_phone.text() == f"+7 {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}"
    form.chair.setText("Ёлкина Мария Семёновна")
    form.chair_phone.setText("спросить у директора")
    form.save()
    assert form.result() == 0 and form.error_label.isVisibleTo(form)
    assert form.error_label.text() == (
        "Телефон председателя не похож на российский номер: нужно 10 цифр после +7."
    )
    with demo_db.session() as s:  # nothing stored
        assert s.get(Organisation, school.id).chair == school.chair
    form.chair_phone.setText("8 (910) 115-44-33")
    form.save()
    assert form.result() == 1
    with demo_db.session() as s:
        stored = s.get(Organisation, school.id)
        assert (stored.chair, stored.chair_phone) == ("Ёлкина Мария Семёновна", "+79101154433")
