"""The card side on a canvas, in millimetres: trim, bleed, safe area, grid, rulers, elements.

Each element is drawn from app.printing.card_layout.place_side, the same results the PDF is
drawn from (fitted sizes, lines and their positions, barcode bars), so the canvas shows what
prints. Scene units are millimetres; the view's zoom maps them to pixels.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from ....paths import resource
from ....printing import fonts
from ....printing.card_layout import Placed
from ....printing.card_templates import BLEED, CARD_H, CARD_W, SAFE_MM

PT_MM = 25.4 / 72
GRID_MM = 0.5
SNAP_MM = 0.8  # an edge this close to another element's edge or centre snaps to it
HANDLE_MM = 1.6

_FAMILIES: dict[str, tuple[str, bool, bool]] = {}


def qt_font(name: str) -> QFont:
    """PT Sans for Qt, from the same files the PDF embeds."""
    if not _FAMILIES:
        for font_name, filename in fonts._FILES.items():  # noqa: SLF001 - the one list
            QFontDatabase.addApplicationFont(str(resource("fonts", filename)))
            family = "PT Sans Narrow" if "Narrow" in font_name else "PT Sans"
            _FAMILIES[font_name] = (family, "Bold" in font_name, "Italic" in font_name)
    family, bold, italic = _FAMILIES.get(name, ("PT Sans", False, False))
    font = QFont(family)
    font.setPixelSize(100)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)  # reportlab places glyphs by their advances only, no kerning
    return font


class ElementItem(QGraphicsRectItem):
    """One element: moved and resized with the mouse; changes reach the window on release."""

    def __init__(self, placed: Placed, pixmap: QPixmap | None) -> None:
        super().__init__(0, 0, max(placed.w, 0.01), max(placed.h, 0.01))
        self.placed = placed
        self.pixmap = pixmap
        self.index = placed.index
        self.setPos(placed.x, placed.y)
        locked = bool(placed.element.get("locked"))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not locked)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.resizing = False

    # --- drawing: the placed results, as the PDF draws them -----------------------------------
    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:  # noqa: ARG002
        p, e = self.placed, self.placed.element
        ox, oy = p.x, p.y
        painter.save()
        painter.translate(-ox, -oy)
        if p.kind == "box":
            pen = QPen(QColor(e["stroke"]), e.get("stroke_width", 0.3)) if e.get("stroke") else None
            painter.setPen(pen or QPen(Qt.PenStyle.NoPen))
            painter.setBrush(QBrush(QColor(e["fill"])) if e.get("fill") else Qt.BrushStyle.NoBrush)
            r = e.get("radius", 0)
            painter.drawRoundedRect(QRectF(p.x, p.y, p.w, p.h), r, r)
        elif p.kind == "line":
            painter.setPen(QPen(QColor(e.get("color", "#000000")), e.get("width", 0.3)))
            painter.drawLine(QPointF(e["x1"], e["y1"]), QPointF(e["x2"], e["y2"]))
        elif p.kind == "image" and self.pixmap is not None and not self.pixmap.isNull():
            box = QRectF(p.x, p.y, p.w, p.h)
            size = self.pixmap.size().scaled(1000, 1000, Qt.AspectRatioMode.KeepAspectRatio)
            k = min(p.w / size.width(), p.h / size.height())
            w, h = size.width() * k, size.height() * k
            # reportlab centres a proportional image in its box (anchor "c")
            target = QRectF(box.x() + (p.w - w) / 2, box.y() + (p.h - h) / 2, w, h)
            painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        elif p.kind == "barcode":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#000000"))
            for left, width in p.bars:
                painter.drawRect(QRectF(left, p.y, width, p.h))
        elif p.kind == "text":
            painter.setPen(QColor("#000000"))
            font = qt_font(p.font)
            painter.setFont(font)
            k = p.size * PT_MM / 100
            for line in p.lines:
                painter.save()
                painter.translate(line.x, line.baseline)
                painter.scale(k, k)
                painter.drawText(QPointF(0, 0), line.text)
                painter.restore()
        painter.restore()
        self._frame(painter)

    def _frame(self, painter: QPainter) -> None:
        r = self.rect()
        selected = self.isSelected()
        color = QColor("#d03030") if self.placed.cut else QColor("#2a6fdb")
        pen = QPen(color, 0)
        pen.setStyle(Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DotLine)
        if not selected and not self.placed.cut:
            pen.setColor(QColor(42, 111, 219, 90))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        if selected and not self.placed.element.get("locked"):
            painter.setBrush(color)
            painter.drawRect(self._handle())

    def _handle(self) -> QRectF:
        r = self.rect()
        return QRectF(r.right() - HANDLE_MM / 2, r.bottom() - HANDLE_MM / 2, HANDLE_MM, HANDLE_MM)

    # --- moving and resizing ----------------------------------------------------------------
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene():
            scene = self.scene()
            if isinstance(scene, CardScene) and scene.snapping and not self.resizing:
                return scene.snap_position(self, value)
        return super().itemChange(change, value)

    def mousePressEvent(self, event: Any) -> None:
        if (
            self.isSelected()
            and not self.placed.element.get("locked")
            and self._handle().adjusted(-0.5, -0.5, 0.5, 0.5).contains(event.pos())
        ):
            self.resizing = True
            self.grab_offset = self.rect().bottomRight() - event.pos()
            event.accept()
            return
        self.start = self.pos()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if self.resizing:
            corner = event.pos() + self.grab_offset
            w = max(1.0, round(corner.x() / 0.1) * 0.1)
            h = max(1.0, round(corner.y() / 0.1) * 0.1)
            self.prepareGeometryChange()
            self.setRect(0, 0, w, h)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        scene = self.scene()
        if self.resizing:
            self.resizing = False
            if isinstance(scene, CardScene):
                scene.resized(self, self.rect().width(), self.rect().height())
            return
        super().mouseReleaseEvent(event)
        if isinstance(scene, CardScene) and self.pos() != getattr(self, "start", self.pos()):
            scene.moved()


class CardScene(QGraphicsScene):
    """One side of the card; rebuilt from the placed elements after every change."""

    def __init__(self, on_moved: Callable[[list[tuple[int, float, float]]], None],
                 on_resized: Callable[[int, float, float], None], parent: Any = None) -> None:  # fmt: skip
        margin = BLEED + 6
        super().__init__(-margin, -margin, CARD_W + 2 * margin, CARD_H + 2 * margin, parent)
        self.on_moved, self.on_resized = on_moved, on_resized
        self.snapping = True
        self.items_by_index: dict[int, ElementItem] = {}

    def show(self, placed: list[Placed], selected: set[int]) -> None:
        self.clear()
        self.items_by_index = {}
        for z, p in enumerate(placed):
            item = ElementItem(p, _pixmap(p.element) if p.kind == "image" else None)
            item.setZValue(z)
            self.addItem(item)
            item.setSelected(p.index in selected)
            self.items_by_index[p.index] = item

    def selected_indices(self) -> list[int]:
        return sorted(i.index for i in self.selectedItems() if isinstance(i, ElementItem))

    def moved(self) -> None:
        self.on_moved(
            [(i.index, i.pos().x(), i.pos().y()) for i in self.selectedItems()
             if isinstance(i, ElementItem)]
        )  # fmt: skip

    def resized(self, item: ElementItem, w: float, h: float) -> None:
        self.on_resized(item.index, w, h)

    def snap_position(self, item: ElementItem, value: QPointF) -> QPointF:
        """The grid, then the edges and centres of the other elements (and of the card)."""
        w, h = item.rect().width(), item.rect().height()
        xs = [0.0, CARD_W / 2, CARD_W, SAFE_MM, CARD_W - SAFE_MM]
        ys = [0.0, CARD_H / 2, CARD_H, SAFE_MM, CARD_H - SAFE_MM]
        for other in self.items_by_index.values():
            if other is item or other.isSelected():
                continue
            r = other.sceneBoundingRect()
            xs += [r.left(), r.center().x(), r.right()]
            ys += [r.top(), r.center().y(), r.bottom()]

        def snap(pos: float, size: float, lines: list[float]) -> float:
            best = None
            for offset in (0.0, size / 2, size):
                for line in lines:
                    d = line - (pos + offset)
                    if abs(d) <= SNAP_MM and (best is None or abs(d) < abs(best)):
                        best = d
            return pos + best if best is not None else round(pos / GRID_MM) * GRID_MM

        return QPointF(snap(value.x(), w, xs), snap(value.y(), h, ys))

    # --- the card: bleed, trim, safe area, grid, rulers ---------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#e6e6e6"))
        painter.fillRect(QRectF(-BLEED, -BLEED, CARD_W + 2 * BLEED, CARD_H + 2 * BLEED),
                         QColor("#f4f4f4"))  # fmt: skip
        painter.fillRect(QRectF(0, 0, CARD_W, CARD_H), QColor("#ffffff"))
        grid = QPen(QColor(0, 0, 0, 18), 0)
        painter.setPen(grid)
        x = 0.0
        while x <= CARD_W:
            painter.drawLine(QPointF(x, 0), QPointF(x, CARD_H))
            x += 1
        y = 0.0
        while y <= CARD_H:
            painter.drawLine(QPointF(0, y), QPointF(CARD_W, y))
            y += 1
        self._rulers(painter)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: ARG002
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#000000"), 0))
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 3.18, 3.18)  # the trim
        dashed = QPen(QColor("#c05050"), 0, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawRect(QRectF(-BLEED, -BLEED, CARD_W + 2 * BLEED, CARD_H + 2 * BLEED))
        painter.setPen(QPen(QColor("#3aa05a"), 0, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(SAFE_MM, SAFE_MM, CARD_W - 2 * SAFE_MM, CARD_H - 2 * SAFE_MM))

    @staticmethod
    def _rulers(painter: QPainter) -> None:
        top, left = -BLEED - 0.8, -BLEED - 0.8
        painter.setPen(QPen(QColor("#555555"), 0))
        font = QFont("PT Sans")
        font.setPixelSize(100)
        for mm_ in range(0, int(CARD_W) + 1):
            tick = 2.0 if mm_ % 10 == 0 else 1.2 if mm_ % 5 == 0 else 0.6
            painter.drawLine(QPointF(mm_, top), QPointF(mm_, top - tick))
            if mm_ % 10 == 0:
                _label(painter, font, str(mm_), mm_ + 0.3, top - 1.2)
        for mm_ in range(0, int(CARD_H) + 1):
            tick = 2.0 if mm_ % 10 == 0 else 1.2 if mm_ % 5 == 0 else 0.6
            painter.drawLine(QPointF(left, mm_), QPointF(left - tick, mm_))
            if mm_ % 10 == 0 and mm_:
                _label(painter, font, str(mm_), left - 3.2, mm_ - 0.3)


def _label(painter: QPainter, font: QFont, text: str, x: float, y: float) -> None:
    painter.save()
    painter.setFont(font)
    painter.translate(x, y)
    painter.scale(0.016, 0.016)
    painter.drawText(QPointF(0, 0), text)
    painter.restore()


def _pixmap(e: dict[str, Any]) -> QPixmap:
    pixmap = QPixmap()
    if e.get("data"):
        pixmap.loadFromData(base64.b64decode(e["data"]))
        return pixmap
    source = e.get("source", "emblem")
    path = _EMBLEM[0] if source == "emblem" and _EMBLEM else resource("images", "emblem.png")
    if source != "emblem":
        path = resource("images", source)
    pixmap.load(str(path))
    return pixmap


_EMBLEM: list[str] = []  # the office's emblem file, set by the window


def set_emblem(path: str | None) -> None:
    _EMBLEM[:] = [path] if path else []
