"""The canvas view (zoom, keys, rulers) and the undo command every edit is."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QUndoCommand
from PySide6.QtWidgets import QGraphicsView

from .rulers import Rulers
from .scene import CardScene

if TYPE_CHECKING:
    from .editor import LayoutEditor


class Snapshot(QUndoCommand):
    def __init__(self, window: LayoutEditor, before: dict, after: dict, text: str) -> None:
        super().__init__(text)
        self.window, self.before, self.after = window, before, after

    def redo(self) -> None:
        self.window.set_body(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.window.set_body(copy.deepcopy(self.before))


class CardView(QGraphicsView):
    """Arrow keys move the selection by 0.1 mm, with Shift by 1 mm; Ctrl+wheel zooms."""

    def __init__(self, window: LayoutEditor, scene: CardScene) -> None:
        super().__init__(scene)
        self.window = window
        self.setObjectName("designerCanvas")
        self.setMouseTracking(True)
        self.rulers = Rulers(self)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.zoom = 1.0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(8.0, max(1.0, zoom))
        px_per_mm = self.logicalDpiX() / 25.4 * self.zoom
        self.resetTransform()
        self.scale(px_per_mm, px_per_mm)
        self.rulers.update()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.rulers.place()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.rulers.update()

    def mouseMoveEvent(self, event: Any) -> None:
        super().mouseMoveEvent(event)
        self.rulers.track(self.mapToScene(event.position().toPoint()))

    def keyPressEvent(self, event: Any) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if event.key() in steps:
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.1
            dx, dy = steps[event.key()]
            self.window.nudge(dx * step, dy * step)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.window.delete_selected()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.window.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            return
        super().wheelEvent(event)
