"""The monthly snapshot in the GUI (background after the start, and on demand), the start
page's campaign figures with their change since last month, the ranking window."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from app.models import Member
from app.models.ranking import ranking
from app.models.snapshots import ProgressSnapshot, month_start, take_snapshot
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow

THIN, NBSP = "\u202f", "\u00a0"


def make_window(qtbot, db) -> MainWindow:  # noqa: ANN001
    install_translators(QApplication.instance())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1)


def test_the_start_page_shows_each_share_once_with_its_change_since_last_month(qtbot, demo_db):
    today = dt.date.today()
    last_month_end = month_start(today) - dt.timedelta(days=1)
    with demo_db.session() as s:
        take_snapshot(s, last_month_end)
        before = s.execute(
            select(
                func.sum(ProgressSnapshot.members),
                func.sum(ProgressSnapshot.e_registered),
                func.sum(ProgressSnapshot.cards),
            )
        ).one()
        # this month the office put 40 more members on electronic registration
        waiting = s.scalars(
            select(Member)
            .where(Member.left_on.is_(None), Member.e_registered_on.is_(None))
            .limit(40)
        ).all()
        assert len(waiting) == 40
        for member in waiting:
            member.e_registered_on = today
    with demo_db.session() as s:
        active = select(func.count()).select_from(Member).where(Member.left_on.is_(None))
        members = s.scalar(active)
        e_registered = s.scalar(active.where(Member.e_registered_on.is_not(None)))
    window = make_window(qtbot, demo_db)
    page = window.start_page
    shown = page.findChild(QLabel, "figure_e_registered")
    qtbot.waitUntil(lambda: shown.text() != "—", timeout=5000)  # counted now, no snapshot needed
    share, old = percent(e_registered, members), percent(before[1], before[0])
    assert shown.text() == f"{share:.1f}{NBSP}%".replace(".", ",")  # «92,2 %», one decimal
    change = page.findChild(QLabel, "change_e_registered").text()
    points = round(share - old, 1)
    assert points > 0
    number = f"{points:.1f}".replace(".", ",")
    assert change == f"+{number}{NBSP}п.{NBSP}п. за месяц"  # «+0,8 п. п. за месяц»
    assert f"{last_month_end:%d.%m.%Y}" in page.findChild(QLabel, "change_cards").toolTip()
    assert page.findChild(QLabel, "change_cards").text() == "без изменений за месяц"
    assert page.findChild(QLabel, "figure_cards").text() == (
        f"{percent(before[2], before[0]):.1f}{NBSP}%".replace(".", ",")
    )
    # each measure once: no second e-registration figure anywhere on the page
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert texts.count("на электронном учёте") == 1

    # this month's snapshot taken in the background changes none of the figures
    window.work.start_background()  # what the window does by itself 3 s after it is shown
    assert window.work.wait_background(30000)
    qtbot.waitUntil(lambda: window.work.background_result is not None, timeout=10000)
    assert isinstance(window.work.background_result, tuple)
    assert shown.text() == f"{share:.1f}{NBSP}%".replace(".", ",")
    assert page.findChild(QLabel, "change_e_registered").text() == change
    window.close()


def test_the_start_page_without_last_month_says_so(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    page = window.start_page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=5000)
    assert page.findChild(QLabel, "change_booklets").text() == "среза за прошлый месяц ещё нет"
    with demo_db.session() as s:
        active = select(func.count()).select_from(Member).where(Member.left_on.is_(None))
        booklets = s.scalar(active.where(Member.booklet_on.is_not(None)))
        members = s.scalar(active)
    shown = f"{percent(booklets, members):.1f}{NBSP}%".replace(".", ",")
    assert page.findChild(QLabel, "figure_booklets").text() == shown
    window.close()


def test_the_snapshot_on_demand_from_the_work_menu(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    action = window.findChild(type(window.menuBar().actions()[0]), "actionTakeSnapshot")
    assert action.text() == "Снять помесячный &срез сейчас"
    action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    assert window.work.last_message.startswith(f"Срез снят на {dt.date.today():%d.%m.%Y}")
    with demo_db.session() as s:
        month = month_start(dt.date.today())
        taken = s.scalar(
            select(func.count())
            .select_from(ProgressSnapshot)
            .where(ProgressSnapshot.month == month)
        )
    assert taken > 10
    window.close()


def test_the_ranking_window_orders_sorts_and_saves(qtbot, demo_db, tmp_path):
    window = make_window(qtbot, demo_db)
    panel = window.work.show_panel()
    qtbot.addWidget(panel)
    assert panel.buttons["ranking"].text() == "Рейтинг…"
    panel.buttons["ranking"].click()  # from the «Работа» panel, as from the menu
    ranking_window = window.work.ranking
    qtbot.addWidget(ranking_window)
    assert ranking_window.isVisible()
    qtbot.waitUntil(lambda: ranking_window.model.rowCount() > 0, timeout=30000)
    assert ranking_window.windowTitle() == "Рейтинг организаций"
    with demo_db.session() as s:
        expected = ranking(s, "primary")
    shown = [ranking_window.model.item(r, 1).text() for r in range(ranking_window.model.rowCount())]
    assert shown == [r.code for r in expected]  # most left to do first
    assert ranking_window.model.item(0, 6).text() == f"{expected[0].left:,}".replace(",", THIN)

    # sorted by the share left, smallest first, as the user clicks the heading
    ranking_window.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    by_share = [r.code for r in ranking_window.shown_rows()]
    assert [r.left_share for r in ranking_window.shown_rows()] == sorted(
        r.left_share for r in expected
    )
    out = tmp_path / "рейтинг.xlsx"
    assert ranking_window.save(out) == len(expected)
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][:8] == [
        "№",
        "Код",
        "Организация",
        "Председатель",
        "Телефон",
        "Членов",
        "Осталось",
        "Осталось, %",
    ]
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == by_share

    # territorial organisations within the whole region; then one district's primaries
    ranking_window.level_box.setCurrentIndex(ranking_window.level_box.findData("territorial"))
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    with demo_db.session() as s:
        districts = ranking(s, "territorial")
        first = districts[0]
        inside = ranking(s, "primary", first.code)
    rows = ranking_window.shown_rows()
    assert [r.code for r in rows] == [r.code for r in districts]
    assert rows[0].chair == first.chair
    ranking_window.level_box.setCurrentIndex(ranking_window.level_box.findData("primary"))
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    ranking_window.org_box.setCurrentIndex(ranking_window.org_box.findData(first.org_id))
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    assert [r.code for r in ranking_window.shown_rows()] == [r.code for r in inside]
    ranking_window.close()
    window.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_the_background_snapshot_runs_at_the_lowest_priority(monkeypatch) -> None:  # noqa: ANN001
    """A search typed while it runs goes first (bench/README.md, the search figures)."""
    import threading

    from app.background import LINUX_NICE, thread_nice
    from app.ui.work import work_menu

    seen: list[int | None] = []
    monkeypatch.setattr(work_menu, "snapshot_job", lambda db: seen.append(thread_nice()))
    job = work_menu._Job(None, work_menu._Signals())
    thread = threading.Thread(target=job.run)
    thread.start()
    thread.join()
    assert seen == [LINUX_NICE]
