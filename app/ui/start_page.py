"""The start page: the office's numbers and big buttons for the everyday jobs.

A panel at the top of the main window. One box per measure: counted now (SQL aggregates,
app.models.office_figures), the members and the three campaign shares with their change
since last month's snapshot (app.models.progress.start_figures), one rounding for every
share. Each button triggers an existing action of the main window by its
objectName, so it does exactly what the menu does. A button whose action is missing in
this build, or hidden for the user's role, is not shown.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models.kinds import CAMPAIGN
from ..models.text import fmt, ru_percent, ru_points

if TYPE_CHECKING:
    from ..models.office_figures import OfficeFigures

# the widest a figure gets: members and stock in the hundreds of thousands, a share
WIDEST_FIGURES = (fmt(888_888), ru_percent(100.0))


def _widest(label: QLabel, texts) -> int:  # noqa: ANN001 - strings
    """The width the label needs for the widest of `texts` (as QLabel measures, a pixel to
    spare for the rounding)."""
    metrics = label.fontMetrics()
    return max(metrics.size(0, text).width() for text in texts) + 2


COMPARED = ("members", *CAMPAIGN)  # the boxes with their change since last month
FIGURES_DELAY_MS = 50  # the window's first paint comes before the figures' counting
BUTTON_HEIGHT = 40

# button objectName -> the objectNames its action may have (the first found is used)
JOBS: dict[str, tuple[str, ...]] = {
    "startAddMember": ("actionAddMember",),
    "startImport": ("actionImportMembers", "actionImport", "actionImportWizard"),
    "startPrintCards": ("actionPrintCards",),
    "startPrintBooklets": ("actionPrintBooklets",),
    "startShipBooklets": ("actionBookletStock",),
    "startReport": ("actionStatisticalReport", "actionReport"),
    "startExchange": ("actionExchangeExport",),
    "startExchangeImport": ("actionExchangeImport",),
}


class StartPage(QWidget):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.setObjectName("startPage")
        self.window_ = window
        self.figures: OfficeFigures | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._keeper: QWidget | None = None
        self._counting: threading.Event | None = None  # the figures being counted
        self._found: list = []
        self._count_again = False
        self._wait = QTimer(self, interval=20)
        self._wait.timeout.connect(self._counted)

        self.numbers = QHBoxLayout()
        self.value_labels: dict[str, QLabel] = {}
        self.change_labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QFrame] = {}
        for key, caption, hint in (
            ("members", self.tr("members"), self.tr("Current members (not left)")),
            (
                "e_registered",
                self.tr("on e-registration"),
                self.tr("Share of current members put on electronic registration by today"),
            ),
            (
                "cards",
                self.tr("hold a card"),
                self.tr("Share of current members handed the plastic card"),
            ),
            (
                "booklets",
                self.tr("have the booklet"),
                self.tr("Share of current members handed the booklet «Как работать в Профкардс?»"),
            ),
            (
                "cards_to_print",
                self.tr("cards to print"),
                self.tr("Cards waiting for printing plus current members without a card"),
            ),
            (
                "booklets_on_hand",
                self.tr("booklets on hand"),
                self.tr("Booklets held by the regional organisation now"),
            ),
        ):
            self.numbers.addWidget(self._figure(key, caption, hint))
        self.numbers.addStretch(1)

        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self.numbers)
        layout.addLayout(self.grid)
        self._built = False

    def _figure(self, key: str, caption: str, hint: str) -> QWidget:
        """A box: the figure in big type, what it counts, and for the members and the three
        campaign shares a small line with the change since last month."""
        box = QFrame(objectName=f"figureBox_{key}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setToolTip(hint)
        box.setWhatsThis(hint)
        value = QLabel("—", objectName=f"figure_{key}")
        font = value.font()
        font.setPointSize(20)
        font.setBold(True)
        value.setFont(font)
        value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # the box is as wide from the first paint as with its numbers (they come later)
        value.setMinimumWidth(_widest(value, WIDEST_FIGURES))
        inner = QVBoxLayout(box)
        inner.setContentsMargins(12, 4, 12, 4)
        inner.setSpacing(0)
        inner.addWidget(value, alignment=Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(QLabel(caption), alignment=Qt.AlignmentFlag.AlignHCenter)
        if key in COMPARED:
            change = QLabel("", objectName=f"change_{key}")
            change.setStyleSheet("color: palette(placeholder-text);")
            change.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            change.setMinimumWidth(_widest(change, self._change_texts()))
            inner.addWidget(change, alignment=Qt.AlignmentFlag.AlignHCenter)
            self.change_labels[key] = change
        self.value_labels[key] = value
        self.boxes[key] = box
        return box

    def _change_texts(self) -> list[str]:
        """The widest lines a change shows once a month's snapshot is there (see _show). The
        line of the first month, before any snapshot, is longer and widens the box then:
        reserving it for good would make the window wider than a 1280-pixel screen."""
        grown = self.tr("{0} in a month")
        return [
            self.tr("no change in a month"),
            grown.format("−" + fmt(888_888)),
            grown.format(ru_points(-88.8)),
        ]

    # --- buttons: built when shown, after every capability has added its actions -----------
    def build_buttons(self) -> None:
        for button in [*self.buttons.values(), *([self._keeper] if self._keeper else [])]:
            button.deleteLater()
        self.buttons.clear()
        self._keeper = None
        if self.window_.db is None:  # a light start: the row kept until the actions come
            self._keeper = QWidget(objectName="startButtonsComing")
            self._keeper.setFixedHeight(BUTTON_HEIGHT)
            self.grid.addWidget(self._keeper, 0, 0)
            self._built = True
            return
        texts = {
            "startAddMember": self.tr("Add a member"),
            "startImport": self.tr("Import a list"),
            "startPrintCards": self.tr("Print cards"),
            "startPrintBooklets": self.tr("Print booklets"),
            "startShipBooklets": self.tr("Ship booklets"),
            "startReport": self.tr("Make the report"),
            "startExchange": self.tr("Exchange: send a file"),
            "startExchangeImport": self.tr("Exchange: load a file"),
        }
        shown = 0
        for button_name, candidates in JOBS.items():
            action = self.find_action(candidates)
            if action is None or not action.isVisible():
                continue
            button = QPushButton(texts[button_name], objectName=button_name)
            button.setMinimumHeight(BUTTON_HEIGHT)
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, a=action: a.trigger())
            self.grid.addWidget(button, 0, shown)
            self.buttons[button_name] = button
            shown += 1
        self._built = True

    def database_attached(self) -> None:
        """A light start's Database is there: the buttons of every feature, the figures."""
        self.build_buttons()
        QTimer.singleShot(FIGURES_DELAY_MS, self.refresh)

    def find_action(self, names: tuple[str, ...]) -> QAction | None:
        for name in names:
            action = self.window_.findChild(QAction, name)
            if action is not None:
                return action
        return None

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self._built:
            self.build_buttons()
            # counted just after the window is painted: the member table first (issue 18)
            QTimer.singleShot(FIGURES_DELAY_MS, self.refresh)
        super().showEvent(event)

    # --- numbers -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Counted now (SQL aggregates, 0.3-0.9 s at 250,000 members: in a thread, so the
        window stays responsive); the change against last month's stored snapshot, which the
        background job stores after the start (then it calls this again)."""
        db = self.window_.db
        if db is None:
            return  # a light start: counted once the Database is handed over
        if self._counting is not None:
            self._count_again = True  # asked meanwhile: counted again after this one
            return
        from ..models.progress import start_figures

        done, found = threading.Event(), []

        def count() -> None:
            try:
                with db.session() as s:
                    found.append(start_figures(s))
            except Exception:  # noqa: BLE001 - the page only informs; the menus still work
                pass
            finally:
                done.set()

        self._counting = done
        self._found = found
        threading.Thread(target=count, name="profdesk-start-figures", daemon=True).start()
        self._wait.start()

    def _counted(self) -> None:
        if self._counting is None or not self._counting.is_set():
            return
        self._wait.stop()
        self._counting = None
        if self._found:
            self._show(self._found[0])
        if self._count_again:
            self._count_again = False
            self.refresh()

    def _show(self, figures) -> None:  # noqa: ANN001 - progress.StartFigures
        self.figures = f = figures.now
        self.value_labels["members"].setText(fmt(f.members))
        for key in CAMPAIGN:
            self.value_labels[key].setText(ru_percent(f.percent(key)))
        self.value_labels["cards_to_print"].setText(fmt(f.cards_to_print))
        self.value_labels["booklets_on_hand"].setText(fmt(f.booklets_on_hand))
        before = figures.before
        if before is None:
            for label in self.change_labels.values():
                label.setText(self.tr("no snapshot of last month yet"))
                label.setToolTip("")
            return
        since = self.tr("Compared with the snapshot of {0}").format(before.day.strftime("%d.%m.%Y"))
        grown = figures.members_change() or 0
        self.change_labels["members"].setText(
            self.tr("no change in a month")
            if grown == 0
            else self.tr("{0} in a month").format(("+" if grown > 0 else "−") + fmt(abs(grown)))
        )
        for key in CAMPAIGN:
            points = figures.change(key) or 0.0
            self.change_labels[key].setText(
                self.tr("no change in a month")
                if points == 0
                else self.tr("{0} in a month").format(ru_points(points))
            )
        for label in self.change_labels.values():
            label.setToolTip(since)


def install(window) -> None:  # noqa: ANN001 - MainWindow
    """The start page as a fixed panel above the tree and the member table."""
    page = StartPage(window)
    dock = QDockWidget(
        QCoreApplication.translate("StartPage", "Start page"), window, objectName="startDock"
    )
    dock.setWidget(page)
    dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    dock.setTitleBarWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
    window.start_page = page
    window.on_attach.append(page.database_attached)
    # the figures follow the window's changes (a member added, a list imported)
    original_refresh = window.refresh

    def refresh_all(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        original_refresh(*args, **kwargs)
        QTimer.singleShot(0, page.refresh)

    window.refresh = refresh_all
