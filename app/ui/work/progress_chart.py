"""The progress chart: the campaign shares by month for one organisation (or the region),
the membership on a second axis, the 100 % target line and the day the current pace reaches
it (app.models.progress, which reads the stored monthly snapshots). Numbers are written the
Russian way: «2 808», «91,1 %»."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ...models import Database
from ...models.progress import FIGURES, MonthFigures, pace_date, progress
from ...models.text import ru_int, ru_percent
from .work_menu import SNAPSHOTS


def members_axis(top: int) -> QCategoryAxis:
    """A value axis whose labels group digits (QValueAxis prints «250000»)."""
    step = _round_step(max(top, 1) / 4)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(0, step * 5)
    for i in range(6):
        axis.append(ru_int(step * i), step * i)
    return axis


def _round_step(raw: float) -> int:
    """1, 2 or 5 times a power of ten, at least `raw`."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if factor * power >= raw:
                return factor * power
        power *= 10


def _when(day: dt.date) -> float:
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()


class ProgressChart(QDialog):
    def __init__(
        self, db: Database, org_code: str | None, org_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setWindowTitle(self.tr("Progress: {0}").format(org_name))
        titles = {
            "e_registered": self.tr("E-registration"),
            "cards": self.tr("Cards handed"),
            "booklets": self.tr("Booklets"),
            "profkards": self.tr("PROFKARDS"),
        }
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with SNAPSHOTS, db.session() as s:  # after the background snapshot, if running
                self.series_data: list[MonthFigures] = progress(s, org_code, 24)
        finally:
            QGuiApplication.restoreOverrideCursor()
        chart = QChart()
        chart.setTitle(self.tr("Share of members, % (end of each month)"))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM.yyyy")
        x_axis.setTickCount(9)
        y_axis = QValueAxis()
        y_axis.setRange(0, 110)
        y_axis.setTickCount(12)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        data = self.series_data
        self.lines: dict[str, QLineSeries] = {}
        for figure in FIGURES:
            line = QLineSeries()
            line.setName(titles[figure])
            for month in data:
                line.append(_when(month.day), month.percent(figure))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            self.lines[figure] = line
        self.members_line = QLineSeries()
        self.members_line.setName(self.tr("Members (right axis)"))
        grey = QPen(Qt.GlobalColor.gray)
        grey.setWidth(2)
        grey.setStyle(Qt.PenStyle.DotLine)
        self.members_line.setPen(grey)
        for month in data:
            self.members_line.append(_when(month.day), month.members)
        right = members_axis(max((m.members for m in data), default=0))
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        chart.addSeries(self.members_line)
        self.members_line.attachAxis(x_axis)
        self.members_line.attachAxis(right)
        self.members_axis = right
        target = QLineSeries()
        target.setName(self.tr("Target 100 %"))
        pen = QPen(Qt.GlobalColor.darkRed)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        target.setPen(pen)
        if data:
            target.append(_when(data[0].day), 100.0)
            target.append(_when(data[-1].day), 100.0)
        chart.addSeries(target)
        target.attachAxis(x_axis)
        target.attachAxis(y_axis)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setObjectName("progressView")

        lines = []
        for figure in FIGURES:
            day = pace_date(data, figure)
            share = data[-1].percent(figure) if data else 0.0
            when = day.strftime("%d.%m.%Y") if day else self.tr("not reached at this pace")
            lines.append(
                self.tr("{0}: {1} now, 100 % on {2}").format(
                    titles[figure], ru_percent(share), when
                )
            )
        members = data[-1].members if data else 0
        head = self.tr("Members now: {0}").format(ru_int(members))
        if data:
            head += " " + self.tr("(figures of {0})").format(data[-1].day.strftime("%d.%m.%Y"))
        rebuilt = sum(1 for m in data if m.reconstructed)
        if rebuilt:
            lines.append(
                self.tr(
                    "Months rebuilt from the member history (not stored then): {0} of {1}"
                ).format(rebuilt, len(data))
            )
        self.summary = QLabel(head + "\n" + "\n".join(lines), objectName="progressSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(self.summary)
        self.resize(980, 620)

    def points(self, figure: str) -> list[Any]:
        return [(p.x(), p.y()) for p in self.lines[figure].points()]
