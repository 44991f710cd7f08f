"""The wizard with a list as LibreOffice writes it (.ods): warnings highlighted on the
preview, every problem on the last page, the problem rows saved in the file's own columns,
the kept cells in the member card, and the corrected file imported again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.importing import import_members
from app.models import Member, OrgKind
from app.models.import_values import kept_values
from app.models.organisations import create_org, region
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members.import_result import WARNING_COLOUR
from app.ui.members.import_wizard import WARNING_ROLE, open_import_wizard
from app.ui.members.member_form import MemberForm

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def school_db(region_db):
    with region_db.session() as s:
        create_org(
            s, kind=OrgKind.PRIMARY, parent_id=region(s).id, name="МБОУ «СОШ № 1»", code="P-001"
        )
    return region_db


def test_wizard_shows_warnings_saves_problem_rows_and_the_fix_goes_in(qtbot, school_db, tmp_path):
    install_translators(QApplication.instance())
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    page.file_edit.setText(str(DATA / "список-ппо.ods"))
    page.organisation.setCurrentIndex(page.organisation.findText("P-001", flags=_contains()))
    wizard.next()
    if wizard.currentPage() is wizard.sheet_page:
        wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    table = wizard.preview_page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    ivanova = rows["5"]
    phone = table.item(ivanova, headers.index("Телефон"))
    assert phone.text() == "8-910-123-45-67, 55-12-34"  # as written, highlighted
    assert phone.background().color() == WARNING_COLOUR
    assert "Телефон" in phone.toolTip() and phone.data(WARNING_ROLE)
    joined = table.item(ivanova, headers.index("Дата вступления"))
    assert joined.text() == "2015" and "только год" in joined.toolTip()
    assert table.item(ivanova, headers.index("Фамилия")).background().color() != WARNING_COLOUR
    assert table.item(rows["9"], 1).text().startswith("Пропускается, это не человек:")
    assert table.item(rows["11"], 1).text().startswith("Не загрузится:")

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=30000)
    result_page = wizard.result_page
    assert "Добавлено: 5" in result_page.summary.text()
    listed = [
        [
            result_page.errors.item(r, c).text() if result_page.errors.item(r, c) else ""
            for c in range(4)
        ]
        for r in range(result_page.errors.rowCount())
    ]
    assert [line[:3] for line in listed[:6]] == [
        ["5", "Телефон", "8-910-123-45-67, 55-12-34"],
        ["5", "Дата вступления", "2015"],
        ["6", "Телефон", "551234"],
        ["6", "Дата вступления", "сентябрь 2010"],
        ["10", "Дата рождения", "1998"],
        ["11", "ФИО", "Жуков"],
    ]
    assert listed[5][3] == "Не загружена: Не указано имя."
    assert [line[0] for line in listed[6:]] == ["9", "12", "13", "14"]
    assert result_page.save_button.isVisible()

    out = tmp_path / "исправить.xlsx"
    result_page.save_problems(str(out))
    assert "Строк сохранено для исправления: 4" in result_page.summary.text()
    sheet = load_workbook(out).active
    saved = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert saved[0][:8] == [
        "№ п/п",
        "ФИО",
        "Дата рождения",
        "Должность",
        "Телефон",
        "Дата вступления",
        "Дата постановки на электронный учет",
        "Пол",
    ]
    assert saved[0][8:] == ["Что исправить", "Строка в исходном файле"]
    assert [r[9] for r in saved[1:]] == [5, 6, 10, 11]
    assert saved[1][1:6] == [
        "Иванова Анна Петровна",
        dt.datetime(1985, 3, 8),
        "учитель",
        "8-910-123-45-67, 55-12-34",
        2015,
    ]
    assert "Предупреждение. «Телефон»:" in saved[1][8]
    assert saved[4][1] == "Жуков" and "Ошибка." in saved[4][8]
    wizard.accept()

    with school_db.session() as s:
        ivanova_id = s.scalar(select(Member.id).where(Member.last_name == "Иванова"))
    form = MemberForm(school_db, window.org_model.all_nodes(), member_id=ivanova_id)
    qtbot.addWidget(form)
    form.show()
    assert form.imported_label.isVisible()
    text = form.imported_label.text()
    assert "«Телефон»: 8-910-123-45-67, 55-12-34" in text
    assert "«Дата вступления»: 2015" in text
    form.grab().save(str(tmp_path / "member-form.png"))
    form.reject()

    # the office fixes the saved rows and imports that file: filled, never duplicated
    book = load_workbook(out)
    fixed = book.active
    fixed["E2"] = "8-910-123-45-67"
    fixed["F2"] = dt.datetime(2015, 9, 1)
    fixed["F2"].number_format = "DD.MM.YYYY"
    fixed["B5"] = "Жуков Павел"
    book.save(out)
    with school_db.session() as s:
        again = import_members(s, out, org_code="P-001")
    assert (again.created, again.updated) == (1, 1)
    with school_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 6
        ivanova = s.get(Member, ivanova_id)
        assert ivanova.phone == "+79101234567" and ivanova.joined_on == dt.date(2015, 9, 1)
        assert kept_values(s, ivanova_id) == []  # the member card shows nothing kept any more


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains
