"""The «Работа» menu: the work lists panel, the ranking, the monthly snapshot.

The monthly snapshot (app.models.snapshots) is taken in the background a little after the
window is first shown, never on the start path: one pass over the members (about two seconds
at 250,000) and, the first time, the past months rebuilt from the history. Every start takes
it again, so the first start of a month takes the month and its row ends as of the last day
the office worked in it. It runs on its own thread with no cursor or dialog (the office keeps
working); the window waits for it when closed.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from ...background import lower_priority
from ...models.permissions import Permission
from ...models.snapshots import fill_missing, may_store, take_snapshot
from ...models.stock import fmt
from ...models.worklists import KINDS

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .ranking_window import RankingWindow
    from .work_panel import WorkPanel

BACKGROUND_AFTER_MS = 3000  # after the first show: the window is drawn and answering
MONTHS = 24  # the chart's window: the months rebuilt when never stored
# One writer of the stored months at a time in this program, held until its transaction
# ends: the background job, «Снять срез» and the chart (which stores months it rebuilds)
# would otherwise both insert the same month (SQLite: «database is locked»).
SNAPSHOTS = threading.Lock()


def snapshot_job(db: Any, today: dt.date | None = None) -> tuple[int, int] | None:
    """This month's snapshot and the missing past months; (rows, months rebuilt), or None
    for a user who may not store the office's figures."""
    with SNAPSHOTS, db.session() as s:
        if not may_store(s):
            return None
        rows = take_snapshot(s, today)
        rebuilt = fill_missing(s, MONTHS, today)
    return rows, len(rebuilt)


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, db: Any, signals: _Signals) -> None:
        super().__init__()
        self.db, self.signals = db, signals

    def run(self) -> None:
        lower_priority()  # nobody waits for it: a search typed meanwhile goes first
        try:
            result: Any = snapshot_job(self.db)
        except Exception as error:  # noqa: BLE001 - a background job informs, never interrupts
            result = error
        self.signals.done.emit(result)


def install(window: MainWindow) -> None:
    window.work = WorkMenu(window)  # type: ignore[attr-defined]


class WorkMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: WorkPanel | None = None
        self.ranking: RankingWindow | None = None
        self.background_result: Any = None  # what the last background snapshot gave
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._background_done)
        self._shown = False
        menu = self.tr("&Work")
        window.add_action(
            menu,
            self.tr("&Work lists…"),
            self.show_panel,
            shortcut="Ctrl+Shift+W",
            tip=self.tr("Who is still to be served: e-registration, consent, cards, booklets"),
            name="actionWorkLists",
            permission=Permission.VIEW_MEMBERS,
        )
        window.add_action(
            menu,
            self.tr("&Ranking of organisations…"),
            self.show_ranking,
            tip=self.tr("Organisations ordered by what is left to do: whom to phone first"),
            name="actionRanking",
            permission=Permission.REPORTS,
        )
        window.add_action(
            menu,
            self.tr("Take the monthly &snapshot now"),
            self.take_snapshot_now,
            tip=self.tr("Store this month's campaign figures of every organisation as of today"),
            name="actionTakeSnapshot",
            permission=Permission.REPORTS,
        )
        window.installEventFilter(self)

    def show_panel(self, kind: str | None = None) -> WorkPanel:
        from .work_panel import WorkPanel

        if self.panel is None:
            self.panel = WorkPanel(self.window, self.window.current_org_id())
        if kind in KINDS:
            self.panel.set_kind(kind)
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel

    def show_ranking(self) -> RankingWindow:
        from .ranking_window import RankingWindow

        if self.ranking is None:
            self.ranking = RankingWindow(self.window, self.window.current_org_id())
        self.ranking.show()
        self.ranking.raise_()
        self.ranking.activateWindow()
        return self.ranking

    # --- the monthly snapshot ----------------------------------------------------------------
    def take_snapshot_now(self) -> None:
        def work(report: Any) -> tuple[int, int] | None:
            report(0, 0, self.tr("Counting the figures of every organisation…"))
            return snapshot_job(self.window.db)

        self.window.tasks.run(self.tr("Monthly snapshot"), work, self._taken)

    def _taken(self, result: tuple[int, int] | None) -> None:
        if result is None:
            text = self.tr(
                "The snapshot covers every organisation: it is taken by a user not limited "
                "to one organisation."
            )
        else:
            rows, rebuilt = result
            text = self.tr("Snapshot taken on {0}: {1} organisations.").format(
                dt.date.today().strftime("%d.%m.%Y"), fmt(rows)
            )
            if rebuilt:
                text += " " + self.tr("Past months rebuilt from the history: {0}.").format(rebuilt)
        self.last_message = text
        self._refresh_figures()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Monthly snapshot"), text)
        box.setParent(self.window, box.windowFlags())
        box.setObjectName("snapshotTaken")
        box.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._shown:
                self._shown = True
                QTimer.singleShot(BACKGROUND_AFTER_MS, self, self.start_background)
            elif event.type() == QEvent.Type.Close:
                self._pool.waitForDone(30000)
        return False

    def start_background(self) -> None:
        if self.window.isVisible():  # not for a window already closed
            self._pool.start(_Job(self.window.db, self._signals))

    def wait_background(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _background_done(self, result: Any) -> None:
        self.background_result = result
        if isinstance(result, tuple):
            self._refresh_figures()

    def _refresh_figures(self) -> None:
        page = getattr(self.window, "start_page", None)  # the shell's page, when installed
        if page is not None:
            page.refresh()
