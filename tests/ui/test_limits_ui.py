"""The member form refuses text beyond the limits or shaped like a formula, with a sentence
per field, and stores nothing (issue 21 point 6, issue 17 point 1)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from app.models import Member
from app.models.limits import SEARCH_MAX
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members.member_form import MemberForm


def test_member_form_says_what_is_too_long_or_a_formula(qtbot, demo_db, tmp_path):
    install_translators(QApplication.instance())
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Member))
    form = MemberForm(demo_db, window.org_model.all_nodes(), parent=window)
    qtbot.addWidget(form)
    form.show()
    form.last_name.insert('=HYPERLINK("http://x";"y")')
    form.first_name.insert("Анна")
    form.position.insert("Учитель " * 30)
    form.organisation.setCurrentIndex(3)
    form.save()
    form.grab().save(str(tmp_path / "member-form-limits.png"))
    text = form.error_label.text()
    assert form.result() == 0 and not form.error_label.isHidden()
    assert "«фамилия» не может начинаться со знака «=»" in text and "формулой" in text
    assert "«должность» длиннее 200 знаков (в нём 239)" in text
    assert form.position.toolTip().startswith("Поле «должность» длиннее")
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == before


def test_search_box_takes_no_more_than_a_search_needs(qtbot, demo_db):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    search = window.findChild(QLineEdit, "memberSearch")
    search.insert("слово " * 500)
    assert len(search.text()) == SEARCH_MAX
