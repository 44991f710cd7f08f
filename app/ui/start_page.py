"""The start page: the office's numbers and big buttons for the everyday jobs.

A panel at the top of the main window. The numbers come from app.models.office_figures
(SQL aggregates); each button triggers an existing action of the main window by its
objectName, so it does exactly what the menu does. A button whose action is missing in
this build, or hidden for the user's role, is not shown.
"""

from __future__ import annotations

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

from ..models.office_figures import OfficeFigures, office_figures
from ..models.progress import campaign_figures
from ..models.stock import fmt
from ..models.text import ru_percent, ru_points

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

        self.numbers = QHBoxLayout()
        self.value_labels: dict[str, QLabel] = {}
        for key, caption, hint in (
            ("members", self.tr("members"), self.tr("Current members (not left)")),
            (
                "e_registered",
                self.tr("on e-registration"),
                self.tr("Share of current members put on electronic registration by today"),
            ),
            (
                "cards_to_print",
                self.tr("cards to print"),
                self.tr("Cards waiting for printing plus current members without a card"),
            ),
            (
                "booklets",
                self.tr("booklets on hand"),
                self.tr("Booklets held by the regional organisation now"),
            ),
        ):
            self.numbers.addWidget(self._figure(key, caption, hint))
        self.numbers.addStretch(1)
        self.campaign_row = self._campaign_row()

        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self.numbers)
        layout.addLayout(self.campaign_row)
        layout.addLayout(self.grid)
        self._built = False

    def _figure(self, key: str, caption: str, hint: str) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setToolTip(hint)
        box.setWhatsThis(hint)
        value = QLabel("—", objectName=f"figure_{key}")
        value.setStyleSheet("font-size: 20pt; font-weight: bold;")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(12, 4, 12, 4)
        inner.addWidget(value, alignment=Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(QLabel(caption), alignment=Qt.AlignmentFlag.AlignHCenter)
        self.value_labels[key] = value
        return box

    def _campaign_row(self) -> QHBoxLayout:
        """The region's three campaign shares from the monthly snapshots, each with its change
        since last month (app.models.progress.campaign_figures)."""
        row = QHBoxLayout()
        self.campaign_title = QLabel(self.tr("Campaigns:"), objectName="campaignTitle")
        row.addWidget(self.campaign_title)
        self.campaign_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption, hint in (
            (
                "e_registered",
                self.tr("on e-registration"),
                self.tr("Share of members on electronic registration"),
            ),
            ("cards", self.tr("hold a card"), self.tr("Share of members handed the plastic card")),
            (
                "booklets",
                self.tr("have the booklet"),
                self.tr("Share of members handed the booklet «Как работать в Профкардс?»"),
            ),
        ):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setToolTip(hint)
            value = QLabel("—", objectName=f"campaign_{key}")
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            change = QLabel("", objectName=f"campaignChange_{key}")
            inner = QHBoxLayout(box)
            inner.setContentsMargins(10, 2, 10, 2)
            inner.addWidget(value)
            text = QVBoxLayout()
            text.setSpacing(0)
            text.addWidget(QLabel(caption))
            text.addWidget(change)
            inner.addLayout(text)
            row.addWidget(box)
            self.campaign_labels[key] = (value, change)
        row.addStretch(1)
        return row

    # --- buttons: built when shown, after every capability has added its actions -----------
    def build_buttons(self) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons.clear()
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
            button.setMinimumHeight(40)
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, a=action: a.trigger())
            self.grid.addWidget(button, 0, shown)
            self.buttons[button_name] = button
            shown += 1
        self._built = True

    def find_action(self, names: tuple[str, ...]) -> QAction | None:
        for name in names:
            action = self.window_.findChild(QAction, name)
            if action is not None:
                return action
        return None

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self._built:
            self.build_buttons()
            # counted after the window is painted: the member table first (issue 18)
            QTimer.singleShot(0, self.refresh)
        super().showEvent(event)

    # --- numbers -------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            with self.window_.db.session() as s:
                self.figures = office_figures(s)
        except Exception:  # noqa: BLE001 - the page only informs; the menus still work
            return
        self.refresh_campaigns()
        f = self.figures
        self.value_labels["members"].setText(fmt(f.members))
        self.value_labels["e_registered"].setText(f"{f.e_registered_percent:.0f} %")
        self.value_labels["cards_to_print"].setText(fmt(f.cards_to_print))
        self.value_labels["booklets"].setText(fmt(f.booklets_on_hand))

    def refresh_campaigns(self) -> None:
        """The shares from this month's stored snapshot (taken in the background after the
        start, or on demand); «—» until it is taken."""
        try:
            with self.window_.db.session() as s:
                day, figures = campaign_figures(s)
        except Exception:  # noqa: BLE001 - the page only informs; the menus still work
            return
        if day is None:
            self.campaign_title.setText(self.tr("Campaigns:"))
            for value, change in self.campaign_labels.values():
                value.setText("—")
                change.setText(self.tr("no snapshot this month yet"))
            return
        self.campaign_title.setText(self.tr("Campaigns on {0}:").format(day.strftime("%d.%m.%Y")))
        for figure in figures:
            value, change = self.campaign_labels[figure.figure]
            value.setText(ru_percent(figure.percent))
            if figure.change is None:
                change.setText(self.tr("no snapshot of last month"))
            else:
                change.setText(self.tr("{0} in a month").format(ru_points(figure.change)))


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
    # the figures follow the window's changes (a member added, a list imported)
    original_refresh = window.refresh

    def refresh_all(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        original_refresh(*args, **kwargs)
        QTimer.singleShot(0, page.refresh)

    window.refresh = refresh_all
