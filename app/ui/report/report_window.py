"""The statistical report window: pick a date, a period and an organisation, read the tree.

The figures come from app.models.report (the same function the CLI calls), built off the
GUI thread through the main window's task runner. E-registration below the office's
threshold is highlighted; a second date adds growth columns; the chart compares the
territorial organisations; Excel and PDF files are written by app.services.report_export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.limits import EARLIEST_DATE, latest_date
from ...models.organisations import OrgNode
from ...models.permissions import Permission, allowed
from ...models.report import (
    Growth,
    Report,
    ReportRow,
    attention_threshold,
    build_report,
    growth,
    set_attention_threshold,
)
from ...services.report_export import export_report, reason_title
from ..errors import show_error
from ..tasks import TaskRunner
from ..widgets import OptionalDateEdit, OrgPicker

ValueRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2
ATTENTION_BACKGROUND = QColor("#fde2e1")
ATTENTION_TEXT = QColor("#b3261e")
BAR_COLOR = QColor("#3b73b9")


@dataclass
class _Built:
    report: Report
    previous: Report | None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def format_number(value: int | float | None, kind: str = "int") -> str:
    if value is None:
        return "—"
    if kind == "pct":
        return f"{value:.1f}".replace(".", ",")
    if kind == "delta":
        return f"{value:+,}".replace(",", "\u00a0") if value else "0"
    if kind == "delta_pct":
        return f"{value:+.1f}".replace(".", ",") if value else "0,0"
    return f"{int(value):,}".replace(",", "\u00a0")


class ReportWindow(QWidget):
    """A window of its own (not modal): the report stays open beside the member list."""

    def __init__(
        self,
        db: Database,
        tasks: TaskRunner,
        org_nodes: list[OrgNode],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reportWindow")
        self.setWindowTitle(self.tr("Statistical report"))
        self.db = db
        self.tasks = tasks
        self.built: _Built | None = None
        self.last_export: Path | None = None

        today = dt.date.today()
        self.as_of = QDateEdit(_qdate(today), objectName="reportAsOf")
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDateRange(_qdate(EARLIEST_DATE), _qdate(latest_date()))  # app/models/limits
        self.period_from = OptionalDateEdit()
        self.period_from.setObjectName("reportFrom")
        self.period_from.set_value(today.replace(month=1, day=1))
        self.period_to = OptionalDateEdit()
        self.period_to.setObjectName("reportTo")
        self.period_to.set_value(today)
        self.compare_with = OptionalDateEdit()
        self.compare_with.setObjectName("reportCompare")
        self.compare_with.setToolTip(self.tr("Leave empty for no comparison"))
        self.codes = {node.id: node.code for node in org_nodes}
        self.org = OrgPicker(org_nodes)
        self.org.setObjectName("reportOrg")
        self.org.setMinimumContentsLength(30)
        if org_nodes:
            self.org.set_org_id(org_nodes[0].id)
        self.build_button = QPushButton(self.tr("&Build"), objectName="reportBuild")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)

        self.threshold = QDoubleSpinBox(objectName="reportThreshold")
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(0.5)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(
            self.tr("E-registration below this share is highlighted (kept for the whole office)")
        )
        with db.session() as s:
            self.threshold.setValue(attention_threshold(s))
        self.threshold.setEnabled(allowed(db.user_role, Permission.SETTINGS))
        self.threshold.editingFinished.connect(self.save_threshold)
        self.excel_button = QPushButton(self.tr("Export to &Excel…"), objectName="reportExcel")
        self.pdf_button = QPushButton(self.tr("Export to &PDF…"), objectName="reportPdf")
        self.excel_button.clicked.connect(lambda: self.choose_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        expand = QPushButton(self.tr("E&xpand all"))
        collapse = QPushButton(self.tr("&Collapse all"))
        self.status = QLabel(objectName="reportStatus")

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(objectName="reportTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        expand.clicked.connect(self.tree.expandAll)
        collapse.clicked.connect(lambda: (self.tree.collapseAll(), self.tree.expandToDepth(0)))

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, objectName="reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.tabs = QTabWidget(objectName="reportTabs")
        self.tabs.addTab(self.tree, self.tr("Table"))
        self.tabs.addTab(self.chart_view, self.tr("Chart"))

        pick = QHBoxLayout()
        for label, widget in (
            (self.tr("As of:"), self.as_of),
            (self.tr("Period from:"), self.period_from),
            (self.tr("to:"), self.period_to),
            (self.tr("Organisation:"), self.org),
            (self.tr("Compare with:"), self.compare_with),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            pick.addWidget(caption)
            pick.addWidget(widget, 2 if widget is self.org else 0)
        pick.addWidget(self.build_button)
        actions = QHBoxLayout()
        caption = QLabel(self.tr("Highlight e-registration below:"))
        caption.setBuddy(self.threshold)
        actions.addWidget(caption)
        actions.addWidget(self.threshold)
        actions.addWidget(expand)
        actions.addWidget(collapse)
        actions.addStretch(1)
        actions.addWidget(self.status)
        actions.addWidget(self.excel_button)
        actions.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        self.resize(1300, 720)

    # --- building ------------------------------------------------------------------------
    def parameters(self) -> dict:
        code = self.codes.get(self.org.org_id() or "")
        return {
            "as_of": _pydate(self.as_of.date()),
            "period_from": self.period_from.value(),
            "period_to": self.period_to.value(),
            "org_code": code,
            "compare_with": self.compare_with.value(),
        }

    def build(self) -> None:
        params = self.parameters()
        db = self.db

        def work(report) -> _Built:  # noqa: ANN001 - the task runner's progress callback
            report(0, 0, "")
            with db.session() as s:
                current = build_report(
                    s,
                    params["as_of"],
                    params["period_from"],
                    params["period_to"],
                    params["org_code"],
                )
                previous = None
                if params["compare_with"] is not None:
                    previous = build_report(
                        s,
                        params["compare_with"],
                        params["period_from"],
                        params["period_to"],
                        params["org_code"],
                    )
            return _Built(current, previous)

        self.build_button.setEnabled(False)
        self.tasks.run(
            self.tr("Building the report…"), work, self.show_built, on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.build_button.setEnabled(True)
        show_error(self, error)

    def show_built(self, built: _Built) -> None:
        self.build_button.setEnabled(True)
        self.built = built
        self.fill_tree()
        self.fill_chart()
        self._update_buttons()
        report = built.report
        self.status.setText(
            self.tr("%n organisation(s)", "", len(report.rows()))
            + " · "
            + self.tr("as of {0}").format(report.as_of.strftime("%d.%m.%Y"))
        )

    # --- the table ----------------------------------------------------------------------
    def columns(self) -> list[tuple[str, str, str]]:
        """(key, title, kind) of the tree's value columns for the current report."""
        compare = self.built is not None and self.built.previous is not None
        period = self.built is not None and self.built.report.has_period
        # the figures people look at first come first; the rest scroll in from the right
        columns = [("primaries", self.tr("Primaries"), "int")]
        columns.append(("members", self.tr("Members"), "int"))
        if compare:
            columns.append(("growth_members", self.tr("Members\nchange"), "delta"))
        columns += [
            ("e_registered", self.tr("E-registered"), "int"),
            ("e_registered_pct", self.tr("E-registered, %"), "pct"),
        ]
        if compare:
            columns.append(
                ("growth_e_registered_pct", self.tr("E-registered\nchange, pp"), "delta_pct")
            )
        columns += [
            ("youth", self.tr("Youth\nunder 35"), "int"),
            ("youth_pct", self.tr("Youth, %"), "pct"),
            ("employees", self.tr("Employees"), "int"),
            ("workers", self.tr("Workers"), "int"),
            ("coverage_workers_pct", self.tr("Coverage of\nworkers, %"), "pct"),
            ("student_headcount", self.tr("Students\n(headcount)"), "int"),
            ("students", self.tr("Student\nmembers"), "int"),
            ("coverage_students_pct", self.tr("Coverage of\nstudents, %"), "pct"),
            ("pensioners", self.tr("Pensioners"), "int"),
            ("cards_issued", self.tr("Cards\nissued"), "int"),
            ("no_consent", self.tr("Without\nconsent"), "int"),
        ]
        if period:
            columns += [
                ("joined", self.tr("Joined in\nthe period"), "int"),
                ("left", self.tr("Left in\nthe period"), "int"),
            ]
        return columns

    def fill_tree(self) -> None:
        built = self.built
        if built is None:
            return
        columns = self.columns()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Organisation")] + [c[1] for c in columns])
        changes = growth(built.report, built.previous) if built.previous else {}
        threshold = self.threshold.value()
        self._add_row(
            self.model.invisibleRootItem(), built.report.root, columns, changes, threshold
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tree.expandToDepth(0)
        header.resizeSection(0, 300)
        for index in range(1, len(columns) + 1):
            self.tree.resizeColumnToContents(index)

    def _add_row(
        self,
        parent: QStandardItem,
        row: ReportRow,
        columns: list[tuple[str, str, str]],
        changes: dict[str, Growth],
        threshold: float,
    ) -> None:
        name = QStandardItem(row.name)
        name.setData(row.code, CodeRole)
        code_label = self.tr("Code")
        name.setToolTip(f"{row.full_name}\n{code_label}: {row.code}")
        if row.kind != "primary":
            font = name.font()
            font.setBold(True)
            name.setFont(font)
        items = [name]
        for key, _, kind in columns:
            if key == "growth_members":
                value = changes[row.code].members
            elif key == "growth_e_registered_pct":
                value = changes[row.code].e_registered_pct_points
            else:
                value = getattr(row.figures, key)
            item = QStandardItem(format_number(value, kind))
            item.setData(value, ValueRole)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "left" and row.figures.left_by_reason:
                item.setToolTip(
                    "\n".join(
                        f"{reason_title(reason)}: {count}"
                        for reason, count in sorted(row.figures.left_by_reason.items())
                    )
                )
            if key == "e_registered_pct" and value is not None and value < threshold:
                item.setBackground(QBrush(ATTENTION_BACKGROUND))
                item.setForeground(QBrush(ATTENTION_TEXT))
                item.setToolTip(self.tr("Below the threshold of {0} %").format(threshold))
            items.append(item)
        parent.appendRow(items)
        for child in row.children:
            self._add_row(name, child, columns, changes, threshold)

    def attention_codes(self) -> list[str]:
        """Codes of the rows whose e-registration cell is highlighted (what the eye sees)."""
        column = 1 + [c[0] for c in self.columns()].index("e_registered_pct")
        found: list[str] = []

        def visit(parent: QStandardItem) -> None:
            for r in range(parent.rowCount()):
                cell = parent.child(r, column)
                if cell.background().color() == ATTENTION_BACKGROUND:
                    found.append(parent.child(r, 0).data(CodeRole))
                visit(parent.child(r, 0))

        visit(self.model.invisibleRootItem())
        return found

    # --- the chart ----------------------------------------------------------------------
    def fill_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if self.built is None:
            return
        threshold = self.threshold.value()
        bars = [
            (row.name, row.figures.e_registered_pct)
            for row in self.built.report.territorials()
            if row.figures.e_registered_pct is not None
        ]
        bars.reverse()  # Qt draws the first category at the bottom
        good = QBarSet(self.tr("At or above the threshold"))
        low = QBarSet(self.tr("Below the threshold"))
        good.setColor(BAR_COLOR)
        low.setColor(ATTENTION_TEXT)
        for _, value in bars:
            good.append(value if value >= threshold else 0)
            low.append(value if value < threshold else 0)
        series = QHorizontalStackedBarSeries()
        series.append(good)
        series.append(low)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _ in bars])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d")
        values.setTickCount(11)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(
            self.tr("E-registration by territorial organisation, % (threshold {0} %)").format(
                format_number(threshold, "pct")
            )
        )

    def chart_values(self) -> list[tuple[str, float]]:
        """(territorial, e-registration %) as the chart shows them, top to bottom."""
        if not self.chart.series():
            return []
        series = self.chart.series()[0]
        names = self.chart.axes(Qt.Orientation.Vertical)[0].categories()
        good, low = series.barSets()
        values = [max(good.at(i), low.at(i)) for i in range(good.count())]
        return list(reversed(list(zip(names, values, strict=True))))

    # --- threshold and export -------------------------------------------------------------
    def save_threshold(self) -> None:
        value = self.threshold.value()
        try:
            with self.db.session() as s:
                if attention_threshold(s) == round(value, 1):
                    return
                set_attention_threshold(s, value)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.fill_tree()
        self.fill_chart()

    def _update_buttons(self) -> None:
        ready = self.built is not None
        self.excel_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def choose_export(self, kind: str) -> None:
        if self.built is None:
            return
        day = self.built.report.as_of.strftime("%d.%m.%Y")
        if kind == "pdf":
            filters = self.tr("PDF document (*.pdf)")
        else:
            filters = self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.tr("Report as of {0}").format(day), filters
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{kind}":
                target = target.with_name(target.name + f".{kind}")
            self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Write the shown report to `target` (.xlsx or .pdf) off the GUI thread."""
        if self.built is None:
            return
        report = self.built.report
        threshold = self.threshold.value()
        db = self.db

        def work(progress) -> Path:  # noqa: ANN001 - the task runner's progress callback
            progress(0, 0, "")
            with db.session() as s:
                return export_report(s, report, target, threshold)

        def done(path: Path) -> None:
            self.last_export = path
            self.status.setText(self.tr("Saved: {0}").format(path.name))

        self.tasks.run(self.tr("Saving the report…"), work, done)
