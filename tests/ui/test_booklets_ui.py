"""The booklet editor and print actions as the office uses them."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from app.models import ChangeLogEntry
from app.models.settings import get_setting
from app.services import booklets as bk
from app.ui.booklets.booklet_editor import BookletEditor
from app.ui.booklets.booklet_print import BookletPrintDialog
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow


def test_editor_edits_saves_and_previews(qtbot, region_db):
    install_translators(QApplication.instance())
    editor = BookletEditor(region_db)
    qtbot.addWidget(editor)
    assert "черновик" in editor.findChild(type(editor.warning_label), "draftNote").text()
    assert not editor.side_one.pixmap().isNull() and not editor.side_two.pixmap().isNull()
    assert "места для заполнения" in editor.warning_label.text()

    editor.edits["title"].setText("Как пользоваться Профкардс")
    editor.edits["contacts"].setPlainText("Адрес: г. Курск\nТелефон: 8 (4712) 00-00-00")
    # a long list does not fit page 4: the preview says so before anything is printed
    editor.edits["directions"].setPlainText(
        "\n".join(f"Направление работы {n}, описанное подробно и длинно." for n in range(45))
    )
    qtbot.waitUntil(lambda: "Страница 4" in editor.warning_label.text(), timeout=5000)
    editor.edits["directions"].setPlainText("Защита трудовых прав.")
    qtbot.waitUntil(lambda: "Страница 4" not in editor.warning_label.text(), timeout=5000)

    editor.save()
    assert editor.saved and editor.result() == QDialog.DialogCode.Accepted
    with region_db.session() as s:
        stored = get_setting(s, bk.CONTENT_KEY)
        assert stored["title"] == "Как пользоваться Профкардс"
        assert stored["contacts"] == ["Адрес: г. Курск", "Телефон: 8 (4712) 00-00-00"]
        assert stored["directions"] == ["Защита трудовых прав."]
        assert "app_steps" not in stored  # untouched draft fields are not copied
        assert bk.load_texts(s).organisation_name == "Тестовая областная организация"


def test_editor_restores_the_draft(qtbot, region_db):
    with region_db.session() as s:
        bk.save_texts(s, {"title": "Другое"})
    editor = BookletEditor(region_db)
    qtbot.addWidget(editor)
    assert editor.edits["title"].text() == "Другое"
    editor.restore_draft()
    editor.save()
    with region_db.session() as s:
        assert get_setting(s, bk.CONTENT_KEY) == {}


def test_print_booklets_for_selected_members_from_the_menu(qtbot, demo_db, monkeypatch):
    install_translators(QApplication.instance())
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    menu_titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Буклеты" in menu_titles
    window.member_table.selectRow(0)
    window.member_table.selectRow(1)
    chosen = window.selected_member_ids()
    assert chosen

    shown: list = []
    monkeypatch.setattr(BookletPrintDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        "app.ui.pdf_preview.PdfPreviewDialog.exec", lambda self: shown.append(self) or 0
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("warning"))
    window.findChild(type(window.action_add_member), "actionPrintBooklets").trigger()
    qtbot.waitUntil(lambda: any(not isinstance(x, str) for x in shown), timeout=20000)
    actions = window.booklet_actions
    assert actions.last_result.booklets == len(chosen) and actions.last_pdf.exists()
    assert "warning" in shown  # the draft's places to fill in are pointed out
    with demo_db.session() as s:
        entry = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity == "booklet")).one()
        assert json.loads(entry.new_value)["count"] == len(chosen)
    window.tasks.wait(5000)
