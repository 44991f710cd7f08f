"""The «Работа» panel as a user drives it: choose a list and an organisation, act on rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Member
from app.models.organisations import get_by_code, subtree_ids
from app.models.worklists import worklist_member_ids
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow


@pytest.fixture
def panel(qtbot, demo_db):
    install_translators(QApplication.instance())
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    panel = win.work.show_panel("not-e-registered")
    qtbot.addWidget(panel)
    return win, panel


def test_panel_shows_the_list_and_marks_the_selection(panel):
    win, panel = panel
    db = win.db
    assert panel.windowTitle() == "Рабочие списки"
    with db.session() as s:
        expected = worklist_member_ids(s, "not-e-registered")
    assert expected, "the demo has members without e-registration"
    assert panel.model.rowCount() == len(expected)
    assert [panel.model.member_id(r) for r in range(panel.model.rowCount())] == expected
    assert panel.count_label.text() == f"В списке: {len(expected)}"
    # the lists hold only members who have not left; every title reads whole
    header = panel.table.horizontalHeader()
    titles = {
        panel.model.headerData(c, Qt.Orientation.Horizontal): c
        for c in range(panel.model.columnCount())
    }
    assert panel.table.isColumnHidden(titles["Выбыл(а)"])
    birth = titles["Дата рождения"]
    assert header.sectionSize(birth) >= header.fontMetrics().horizontalAdvance("Дата рождения")

    selection = panel.table.selectionModel()
    for row in (0, 1):
        selection.select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    panel.buttons["eregToday"].click()
    assert panel.last_message == "Поставлены на электронный учёт: 2"
    assert panel.model.rowCount() == len(expected) - 2
    with db.session() as s:
        marked = s.scalars(select(Member.e_registered_on).where(Member.id.in_(expected[:2])))
        assert all(marked)


def test_panel_follows_the_organisation_and_writes_sheets(panel, tmp_path):
    win, panel = panel
    with win.db.session() as s:
        org = get_by_code(s, "T01")
        ids = subtree_ids(s, org.id)
        expected = worklist_member_ids(s, "no-consent", ids)
    panel.set_kind("no-consent")
    panel.org_box.setCurrentIndex(panel.org_box.findData(org.id))
    assert [panel.model.member_id(r) for r in range(panel.model.rowCount())] == expected
    out = tmp_path / "Списки.pdf"
    assert panel.write_sheets(out, only_this_list=True) >= 1
    assert out.stat().st_size > 1000


def test_profkards_import_in_the_panel_reports_bad_numbers(panel, tmp_path):
    _win, panel = panel
    numbers = tmp_path / "profkards.csv"
    numbers.write_text("Номер\n2460000000014\n", encoding="utf-8")
    panel.set_kind("not-in-profkards")
    before = panel.model.rowCount()
    message = panel.import_file(numbers)
    assert "с неверной контрольной цифрой: 1 (2460000000014)" in message
    assert panel.model.rowCount() == before


def test_progress_chart_shows_the_months_and_the_target(panel):
    from app.models.progress import pace_date, progress

    win, panel = panel
    chart = panel.show_progress()
    with win.db.session() as s:
        series = progress(s, None, 24)
    assert len(chart.points("e_registered")) == 24
    assert [y for _x, y in chart.points("e_registered")] == [
        m.percent("e_registered") for m in series
    ]
    assert chart.windowTitle().startswith("Ход работы: ")  # the panel's organisation
    text = chart.summary.text()
    members = f"{series[-1].members:,}".replace(",", "\u202f")  # «2 808», a thin space
    assert f"Членов Профсоюза сейчас: {members}" in text
    share = f"{series[-1].percent('e_registered'):.1f}".replace(".", ",")
    assert f"Электронный учёт: сейчас {share}\u00a0%" in text
    day = pace_date(series, "e_registered")
    assert (day.strftime("%d.%m.%Y") if day else "не достигается") in text
    chart.close()
