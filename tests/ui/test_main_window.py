import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView, QTreeView
from sqlalchemy import select

from app.models import Member
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members.member_form import MemberForm


def make_window(qtbot, db):
    install_translators(QApplication.instance())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_shows_tree_members_and_russian_titles(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    tree = window.findChild(QTreeView, "orgTree")
    table = window.findChild(QTableView, "memberTable")
    assert tree.model().rowCount() == 1  # the region at the top
    with demo_db.session() as s:
        active = len(s.scalars(select(Member.id).where(Member.left_on.is_(None))).all())
    assert table.model().rowCount() == active
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "ФИО"
    assert "Члены Профсоюза" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "ДЕМОНСТРАЦИОННЫЕ" in window.windowTitle()


def test_search_filters_as_you_type(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    table = window.findChild(QTableView, "memberTable")
    first = table.model().index(0, 0).data()
    surname = first.split()[0]
    search = window.findChild(QLineEdit, "memberSearch")
    # QTest cannot type Cyrillic key by key (it asserts on non-ASCII); insert as a paste does
    for letter in surname.upper().replace("Ё", "Е"):
        search.insert(letter)
    key = surname.lower().replace("ё", "е")

    def shown() -> list[str]:
        return [table.model().index(r, 0).data() for r in range(table.model().rowCount())]

    qtbot.waitUntil(
        lambda: shown() and all(key in n.lower().replace("ё", "е") for n in shown()),
        timeout=3000,
    )
    assert first in shown()


def test_member_form_saves_a_valid_member_and_refuses_nonsense(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    form = MemberForm(demo_db, window.org_model.all_nodes(), parent=window)
    qtbot.addWidget(form)
    form.last_name.insert("СЕМЁНОВА")
    form.first_name.insert("алёна")
    form.birth_date.setDate(QDate(2099, 1, 1))
    form.phone.setText("123")
    form.organisation.setCurrentIndex(3)
    form.save()
    assert form.result() == 0 and not form.error_label.isHidden()
    assert "будущем" in form.error_label.text() and "Телефон" in form.error_label.text()
    form.birth_date.setDate(QDate(1988, 3, 8))
    form.phone.setText("8 (910) 000-11-22")
    form.save()
    assert form.saved_member_id is not None
    with demo_db.session() as s:
        member = s.get(Member, form.saved_member_id)
        assert (member.last_name, member.first_name, member.birth_date, member.phone) == (
            "Семёнова",
            "Алёна",
            dt.date(1988, 3, 8),
            "+79100001122",
        )


def test_duplicate_warning_can_cancel(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    with demo_db.session() as s:
        twin = s.scalars(select(Member).where(Member.birth_date.is_not(None))).first()
    form = MemberForm(demo_db, window.org_model.all_nodes(), parent=window)
    qtbot.addWidget(form)
    form.last_name.setText(twin.last_name.replace("ё", "е"))
    form.first_name.setText(twin.first_name)
    form.patronymic.setText(twin.patronymic)
    form.birth_date.set_value(twin.birth_date)
    form.organisation.set_org_id(twin.organisation_id)
    seen = []

    def answer_cancel():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            QTimer.singleShot(50, answer_cancel)

    QTimer.singleShot(50, answer_cancel)
    form.save()
    assert seen and "уже есть" in seen[0]
    assert form.saved_member_id is None


def test_export_from_the_members_menu_writes_the_list_and_says_so(
    qtbot, demo_db, tmp_path, monkeypatch
):
    from openpyxl import load_workbook
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, demo_db)
    target = tmp_path / "список"  # no extension typed: the workbook gets .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.findChild(QAction, "actionExportMembers").trigger()
    qtbot.waitUntil(lambda: "Выгружено" in window.statusBar().currentMessage(), timeout=20000)
    rows = list(load_workbook(target.with_suffix(".xlsx"), read_only=True).active.values)
    with demo_db.session() as s:
        members = len(s.scalars(select(Member.id)).all())
    assert len(rows) - 1 == members
    assert f"Выгружено {members} членов Профсоюза" in window.statusBar().currentMessage()


def test_about_names_the_database_in_russian(qtbot, demo_db, monkeypatch):
    from PySide6.QtGui import QAction

    window = make_window(qtbot, demo_db)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: shown.append((title, text))
    )
    window.findChild(QAction, "actionAbout").trigger()
    assert shown[0][0] == "О программе Profdesk"
    assert str(demo_db.location) in shown[0][1] and "не подключается к сети" in shown[0][1]
