"""Rulers in millimetres that stay at the view's top and left edges while it scrolls and zooms.

They are plain widgets in the view's margins, drawn from the view's transform (viewport pixel
-> scene millimetre), so a tick is where that millimetre is on screen at any zoom."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

RULER_PX = 22


def _step(px_per_mm: float) -> tuple[float, int]:
    """The smallest tick (mm) at least ~4 px apart, and every how many ticks a label goes."""
    for tick, label_every in ((0.5, 20), (1, 10), (2, 5), (5, 4), (10, 5), (20, 5), (50, 2)):
        if tick * px_per_mm >= 4:
            return tick, label_every
    return 100, 1


class Ruler(QWidget):
    def __init__(self, view: QGraphicsView, horizontal: bool) -> None:
        super().__init__(view)
        self.view, self.horizontal = view, horizontal
        self.setObjectName("designerRulerTop" if horizontal else "designerRulerLeft")
        self.cursor_mm: float | None = None

    def mm_at(self, pixel: int) -> float:
        """The scene millimetre under this pixel of the ruler (the viewport's coordinates)."""
        point = QPoint(pixel, 0) if self.horizontal else QPoint(0, pixel)
        scene = self.view.mapToScene(point)
        return scene.x() if self.horizontal else scene.y()

    def pixel_at(self, value: float) -> int:
        point = self.view.mapFromScene(QPointF(value, value))
        return point.x() if self.horizontal else point.y()

    def paintEvent(self, event: Any) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f0f0f0"))
        painter.setPen(QPen(QColor("#9a9a9a")))
        length = self.width() if self.horizontal else self.height()
        if self.horizontal:
            painter.drawLine(0, RULER_PX - 1, length, RULER_PX - 1)
        else:
            painter.drawLine(RULER_PX - 1, 0, RULER_PX - 1, length)
        px_per_mm = self.view.transform().m11()
        if px_per_mm <= 0:
            return
        tick, label_every = _step(px_per_mm)
        start, end = self.mm_at(0), self.mm_at(length)
        font = QFont(self.font())
        font.setPixelSize(9)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#444444")))
        n = math.floor(start / tick)
        while n * tick <= end:
            value = n * tick
            at = self.pixel_at(value)
            big = n % label_every == 0
            size = 10 if big else 6 if n % max(1, label_every // 2) == 0 else 3
            if self.horizontal:
                painter.drawLine(at, RULER_PX - 1 - size, at, RULER_PX - 1)
                if big:
                    painter.drawText(at + 2, 10, f"{value:g}")
            else:
                painter.drawLine(RULER_PX - 1 - size, at, RULER_PX - 1, at)
                if big:
                    painter.save()
                    painter.translate(10, at - 2)
                    painter.rotate(-90)
                    painter.drawText(0, 0, f"{value:g}")
                    painter.restore()
            n += 1
        if self.cursor_mm is not None:  # where the mouse is, in red
            at = self.pixel_at(self.cursor_mm)
            painter.setPen(QPen(QColor("#d03030")))
            if self.horizontal:
                painter.drawLine(at, 0, at, RULER_PX)
            else:
                painter.drawLine(0, at, RULER_PX, at)


class Rulers:
    """Both rulers of one view: margins reserved, geometry and repaint kept in step."""

    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        view.setViewportMargins(RULER_PX, RULER_PX, 0, 0)
        self.top = Ruler(view, True)
        self.left = Ruler(view, False)
        self.corner = QWidget(view)
        self.corner.setStyleSheet("background: #f0f0f0;")
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.place()

    def place(self) -> None:
        r: QRect = self.view.viewport().geometry()
        self.top.setGeometry(r.left(), r.top() - RULER_PX, r.width(), RULER_PX)
        self.left.setGeometry(r.left() - RULER_PX, r.top(), RULER_PX, r.height())
        self.corner.setGeometry(r.left() - RULER_PX, r.top() - RULER_PX, RULER_PX, RULER_PX)

    def update(self, *_args: Any) -> None:
        self.top.update()
        self.left.update()

    def track(self, scene_point: QPointF | None) -> None:
        self.top.cursor_mm = scene_point.x() if scene_point is not None else None
        self.left.cursor_mm = scene_point.y() if scene_point is not None else None
        self.update()
