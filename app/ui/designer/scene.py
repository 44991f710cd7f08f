"""A card side or a booklet page on a canvas, in millimetres: trim, bleed, safe area, grid,
elements.

Each element is drawn from app.printing.card_layout's placed results, the same results the PDF
is drawn from (fitted sizes, lines and their positions, barcode bars), so the canvas shows what
prints. Scene units are millimetres; the view's zoom maps them to pixels. A hidden element is
not printed: the canvas leaves it out, or draws it faintly while «Show hidden» is on.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from ...paths import resource
from ...printing import fonts
from ...printing.card_layout import Placed, card_place_marks
from ...printing.card_templates import BLEED, CARD_H, CARD_W, SAFE_MM

PT_MM = 25.4 / 72
GRID_MM = 0.5
SNAP_MM = 0.8  # an edge this close to another element's edge or centre snaps to it
HANDLE_MM = 1.6

_FAMILIES: dict[str, tuple[str, bool, bool]] = {}


@dataclass(frozen=True)
class Page:
    """The sheet the elements sit on, in mm: a CR80 card side or an A5 booklet page."""

    w: float = CARD_W
    h: float = CARD_H
    bleed: float = BLEED
    safe: float = SAFE_MM
    radius: float = 3.18  # the card's rounded corners; 0 for paper
    grid: float = 1.0  # the drawn grid's step


CARD_PAGE = Page()


def qt_font(name: str) -> QFont:
    """PT Sans for Qt, from the same files the PDF embeds."""
    if not _FAMILIES:
        for font_name, filename in fonts.FILES.items():
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
        self.hidden = bool(placed.element.get("hidden"))
        if self.hidden:
            self.setOpacity(0.25)
        locked = bool(placed.element.get("locked"))
        self.resizable = not locked and placed.kind != "card_place"  # the card's size is fixed
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
        elif p.kind == "card_place":
            _card_place(painter, p.x, p.y)
        elif p.kind == "text":
            painter.setPen(QColor(e.get("color") or "#000000"))
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
        if self.hidden:
            pen.setStyle(Qt.PenStyle.DashDotLine)
        if not selected and not self.placed.cut:
            pen.setColor(QColor(42, 111, 219, 90))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        if selected and self.resizable:
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
            and self.resizable
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
    """One card side or booklet page; rebuilt from the placed elements after every change."""

    def __init__(self, on_moved: Callable[[list[tuple[int, float, float]]], None],
                 on_resized: Callable[[int, float, float], None], parent: Any = None,
                 page: Page = CARD_PAGE) -> None:  # fmt: skip
        margin = page.bleed + 6
        super().__init__(-margin, -margin, page.w + 2 * margin, page.h + 2 * margin, parent)
        self.page = page
        self.on_moved, self.on_resized = on_moved, on_resized
        self.snapping = True
        self.show_hidden = False
        self.items_by_index: dict[int, ElementItem] = {}

    def show(self, placed: list[Placed], selected: set[int]) -> None:
        self.clear()
        self.items_by_index = {}
        for z, p in enumerate(placed):
            if p.element.get("hidden") and not self.show_hidden:
                continue  # not printed, not shown
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
        pw, ph, safe = self.page.w, self.page.h, self.page.safe
        xs = [0.0, pw / 2, pw, safe, pw - safe]
        ys = [0.0, ph / 2, ph, safe, ph - safe]
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

    # --- the sheet: bleed, trim, safe area, grid ---------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        pg = self.page
        painter.fillRect(rect, QColor("#e6e6e6"))
        painter.fillRect(QRectF(-pg.bleed, -pg.bleed, pg.w + 2 * pg.bleed, pg.h + 2 * pg.bleed),
                         QColor("#f4f4f4"))  # fmt: skip
        painter.fillRect(QRectF(0, 0, pg.w, pg.h), QColor("#ffffff"))
        painter.setPen(QPen(QColor(0, 0, 0, 18), 0))
        x = 0.0
        while x <= pg.w:
            painter.drawLine(QPointF(x, 0), QPointF(x, pg.h))
            x += pg.grid
        y = 0.0
        while y <= pg.h:
            painter.drawLine(QPointF(0, y), QPointF(pg.w, y))
            y += pg.grid

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: ARG002
        pg = self.page
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#000000"), 0))
        painter.drawRoundedRect(QRectF(0, 0, pg.w, pg.h), pg.radius, pg.radius)  # the trim
        if pg.bleed:
            painter.setPen(QPen(QColor("#c05050"), 0, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(-pg.bleed, -pg.bleed, pg.w + 2 * pg.bleed, pg.h + 2 * pg.bleed))
        painter.setPen(QPen(QColor("#3aa05a"), 0, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(pg.safe, pg.safe, pg.w - 2 * pg.safe, pg.h - 2 * pg.safe))


def _card_place(painter: QPainter, x: float, y: float) -> None:
    """The card's mounting place as the booklet prints it (app.printing.card_layout)."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    outline, slits, label = card_place_marks(x, y)
    painter.setPen(QPen(QColor.fromRgbF(*(outline.gray,) * 3), outline.width))
    painter.drawRoundedRect(QRectF(x, y, CARD_W, CARD_H), outline.radius, outline.radius)
    pen = QPen(QColor.fromRgbF(*(slits.gray,) * 3), slits.width)
    pen.setDashPattern([d / slits.width for d in slits.dash])
    painter.setPen(pen)
    for x1, y1, x2, y2 in slits.lines:
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    painter.setPen(QColor.fromRgbF(label.gray, label.gray, label.gray))
    painter.setFont(qt_font("regular"))
    k = label.size * PT_MM / 100
    painter.translate(label.x, label.baseline)
    painter.scale(k, k)
    painter.drawText(QPointF(0, 0), label.text)
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
