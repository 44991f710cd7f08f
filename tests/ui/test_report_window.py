import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTreeView
from sqlalchemy import select

from app.models import ChangeLogEntry
from app.models.report import attention_threshold, build_report
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.report.report_menu import open_report_window
from app.ui.report.report_window import CodeRole, ValueRole

AS_OF = dt.date(2026, 5, 31)


def make_window(qtbot, db):
    install_translators(QApplication.instance())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def built_report_window(qtbot, window, compare=None):
    report_window = open_report_window(window)
    qtbot.addWidget(report_window)
    report_window.as_of.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    report_window.period_from.set_value(dt.date(2026, 1, 1))
    report_window.period_to.set_value(AS_OF)
    report_window.compare_with.set_value(compare)
    report_window.built = None
    report_window.build()
    qtbot.waitUntil(lambda: report_window.built is not None, timeout=20000)
    return report_window


def rows_of(model, parent=None):
    parent = parent or model.invisibleRootItem()
    for r in range(parent.rowCount()):
        yield parent, r
        yield from rows_of(model, parent.child(r, 0))


def test_menu_opens_the_report_and_the_tree_shows_the_domain_figures(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    action = window.findChild(type(window.menuBar().actions()[0]), "actionStatisticalReport")
    assert action is not None and action.shortcut().toString() == "Ctrl+R"
    assert "Отчёты" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    report_window = built_report_window(qtbot, window, compare=dt.date(2025, 12, 31))
    with demo_db.session() as s:
        expected = build_report(s, AS_OF, dt.date(2026, 1, 1), AS_OF).by_code()
        earlier = build_report(s, dt.date(2025, 12, 31)).by_code()
    model = report_window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Организация"
    members_col = headers.index("Члены\nПрофсоюза")
    pct_col = headers.index("На эл. учёте, %")
    growth_col = headers.index("Изменение\nчисла членов")
    seen = 0
    for parent, r in rows_of(model):
        code = parent.child(r, 0).data(CodeRole)
        assert parent.child(r, members_col).data(ValueRole) == expected[code].figures.members
        assert parent.child(r, pct_col).data(ValueRole) == expected[code].figures.e_registered_pct
        assert parent.child(r, growth_col).data(ValueRole) == (
            expected[code].figures.members - earlier[code].figures.members
        )
        seen += 1
    assert seen == len(expected)
    tree = report_window.findChild(QTreeView, "reportTree")
    root = model.index(0, 0)
    assert tree.isExpanded(root)
    first_territorial = model.index(0, 0, root)
    assert not tree.isExpanded(first_territorial)
    tree.expandAll()
    assert tree.isExpanded(first_territorial)


def test_threshold_highlights_rows_and_is_kept(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    report_window = built_report_window(qtbot, window)
    report = report_window.built.report
    pcts = sorted(r.figures.e_registered_pct for r in report.rows() if r.figures.e_registered_pct)
    threshold = pcts[len(pcts) // 2]  # half of the organisations fall below
    report_window.threshold.setValue(threshold)
    report_window.save_threshold()
    below = {r.code for r in report.rows() if (r.figures.e_registered_pct or 101) < threshold}
    assert below and set(report_window.attention_codes()) == below
    with demo_db.session() as s:
        assert attention_threshold(s) == threshold
    chart = report_window.chart_values()
    assert [name for name, _ in chart] == [r.name for r in report.territorials()]
    assert [v for _, v in chart] == [r.figures.e_registered_pct for r in report.territorials()]


def test_export_buttons_write_files_through_the_task_runner(qtbot, demo_db, tmp_path):
    window = make_window(qtbot, demo_db)
    report_window = built_report_window(qtbot, window)
    for name in ("отчёт.xlsx", "отчёт.pdf"):
        target = tmp_path / name
        report_window.export_to(target)
        qtbot.waitUntil(lambda t=target: report_window.last_export == t, timeout=20000)
        assert target.stat().st_size > 1000
    with demo_db.session() as s:
        entries = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "export")).all()
    assert [e.entity for e in entries] == ["report", "report"]
    assert "отчёт.pdf" in report_window.status.text()


def test_viewer_may_read_reports_but_not_change_the_threshold(qtbot, demo_db):
    demo_db.user_role = "viewer"
    window = make_window(qtbot, demo_db)
    action = window.findChild(type(window.menuBar().actions()[0]), "actionStatisticalReport")
    assert action.isVisible()
    report_window = open_report_window(window)
    qtbot.addWidget(report_window)
    assert not report_window.threshold.isEnabled()


def test_left_in_the_period_tells_the_reasons(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    report_window = built_report_window(qtbot, window)
    model = report_window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    left_col = headers.index("Выбыло\nза период")
    root = model.invisibleRootItem()
    cell = root.child(0, left_col)
    reasons = report_window.built.report.root.figures.left_by_reason
    assert cell.data(ValueRole) == sum(reasons.values()) > 0
    assert "по собственному желанию" in cell.toolTip()
