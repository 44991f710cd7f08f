"""Билеты → Макеты билетов…: the card designer window.

The layout being edited is one dict (front and back element lists). Every change, from the
mouse, the keys or the side panel, is a snapshot command on a QUndoStack, so nothing is final
until «Сохранить» stores a new version through app.services.layouts (checked whole first).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from ....printing.card_layout import place_side
from ....printing.card_templates import CARD_H, CARD_W, parse_template
from ....printing.cards_pdf import CardRenderer
from ...errors import show_error
from .properties import PropertiesPanel
from .scene import CardScene, set_emblem

NEW_ELEMENTS: dict[str, dict[str, Any]] = {
    "text": {"type": "text", "text": "{last_name}", "size": 10, "min_size": 6,
             "x": 10, "y": 10, "w": 40, "h": 5},
    "barcode": {"type": "barcode", "x": 4, "y": 20, "w": 77.6, "h": 12},
    "image": {"type": "image", "source": "emblem", "x": 5, "y": 5, "w": 10, "h": 10},
    "box": {"type": "box", "x": 10, "y": 10, "w": 20, "h": 10, "fill": "#dce8f5"},
    "line": {"type": "line", "x1": 5, "y1": 25, "x2": 80.6, "y2": 25, "width": 0.25,
             "color": "#1f4e8c"},
}  # fmt: skip


class _Snapshot(QUndoCommand):
    def __init__(self, window: DesignerWindow, before: dict, after: dict, text: str) -> None:
        super().__init__(text)
        self.window, self.before, self.after = window, before, after

    def redo(self) -> None:
        self.window.set_body(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.window.set_body(copy.deepcopy(self.before))


class CardView(QGraphicsView):
    """Arrow keys move the selection by 0.1 mm, with Shift by 1 mm; Ctrl+wheel zooms."""

    def __init__(self, window: DesignerWindow, scene: CardScene) -> None:
        super().__init__(scene)
        self.window = window
        self.setObjectName("designerCanvas")
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


class DesignerWindow(QMainWindow):
    def __init__(self, db: Any, name: str = "default", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDesigner")
        self.db = db
        self.undo = QUndoStack(self)
        self.side = "front"
        self.body: dict[str, Any] = {}
        self.name = name
        self.built_in = True
        self.records: list[Any] = []
        self.record_index = 0
        self.clipboard: list[dict[str, Any]] = []
        self.scene = CardScene(self.moved, self.resized, self)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view = CardView(self, self.scene)
        self.setCentralWidget(self.view)
        self.panel = PropertiesPanel(self.change_selected, self.pick_image)
        dock = QDockWidget(self.tr("Properties"), self)
        dock.setObjectName("designerPropertiesDock")
        dock.setWidget(self.panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.status = QLabel(objectName="designerStatus")
        self.statusBar().addWidget(self.status, 1)
        self._toolbars()
        self._load_records()
        self._region_rule()
        self.open_layout(name)
        self.set_zoom(2.4)
        self.resize(1280, 760)

    # --- building the window -----------------------------------------------------------------
    def _toolbars(self) -> None:
        bar = QToolBar(self.tr("Layout"), self)
        bar.setObjectName("designerLayoutBar")
        self.addToolBar(bar)
        self.layouts = QComboBox(objectName="designerLayouts")
        self.layouts.activated.connect(lambda: self.open_layout(self.layouts.currentData()))
        bar.addWidget(self.layouts)
        self.side_box = QComboBox(objectName="designerSide")
        self.side_box.addItem(self.tr("Front"), "front")
        self.side_box.addItem(self.tr("Back"), "back")
        self.side_box.activated.connect(lambda: self.show_side(self.side_box.currentData()))
        bar.addWidget(self.side_box)
        self.act("save", self.tr("Save"), self.save, bar, QKeySequence.StandardKey.Save)
        self.act("saveAs", self.tr("Save as…"), self.save_as_dialog, bar)
        undo = self.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("designer_undo")
        redo = self.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("designer_redo")
        bar.addAction(undo)
        bar.addAction(redo)
        self.addActions([undo, redo])

        add = QToolBar(self.tr("Elements"), self)
        add.setObjectName("designerElementsBar")
        self.addToolBar(add)
        for kind, title in (
            ("text", self.tr("Text")),
            ("barcode", self.tr("Barcode")),
            ("image", self.tr("Image")),
            ("box", self.tr("Box")),
            ("line", self.tr("Line")),
        ):
            self.act(f"add_{kind}", title, lambda k=kind: self.add_element(k), add)
        add.addSeparator()
        self.act("delete", self.tr("Delete"), self.delete_selected, add)
        self.act("copy", self.tr("Copy"), self.copy_selected, add, QKeySequence.StandardKey.Copy)
        self.act("paste", self.tr("Paste"), self.paste, add, QKeySequence.StandardKey.Paste)
        self.act("front", self.tr("To front"), lambda: self.reorder(True), add)
        self.act("back", self.tr("To back"), lambda: self.reorder(False), add)

        self.addToolBarBreak()
        arrange = QToolBar(self.tr("Arrange"), self)
        arrange.setObjectName("designerArrangeBar")
        self.addToolBar(arrange)
        for how, title in (
            ("left", self.tr("Align left")),
            ("hcenter", self.tr("Align centres")),
            ("right", self.tr("Align right")),
            ("top", self.tr("Align top")),
            ("bottom", self.tr("Align bottom")),
            ("hspread", self.tr("Distribute across")),
            ("vspread", self.tr("Distribute down")),
        ):
            self.act(f"align_{how}", title, lambda h=how: self.align(h), arrange)
        arrange.addSeparator()
        self.act("zoomIn", self.tr("Zoom in"), lambda: self.set_zoom(self.view.zoom * 1.25),
                 arrange, QKeySequence.StandardKey.ZoomIn)  # fmt: skip
        self.act("zoomOut", self.tr("Zoom out"), lambda: self.set_zoom(self.view.zoom * 0.8),
                 arrange, QKeySequence.StandardKey.ZoomOut)  # fmt: skip
        arrange.addSeparator()
        self.act("prevMember", self.tr("Previous member"), lambda: self.step(-1), arrange)
        self.act("nextMember", self.tr("Next member"), lambda: self.step(1), arrange)
        self.act("fitCheck", self.tr("Fit check…"), self.fit_check, arrange)

    def _region_rule(self) -> None:
        """Layouts are the whole region's: a user limited to one organisation may look, check
        and export, but every action that would store one is disabled and says why."""
        from ....models.layouts import LAYOUTS_WHAT
        from ....models.permissions import access

        with self.db.session() as s:
            self.refusal = access(s).region_refusal(s, LAYOUTS_WHAT)
        if not self.refusal:
            return
        for name in ("save", "saveAs", "import"):
            action = self.findChild(QAction, f"designer_{name}")
            if action is not None:
                action.setEnabled(False)
                action.setToolTip(self.refusal)
        self.statusBar().addPermanentWidget(QLabel(self.refusal, objectName="regionWideRefusal"))

    def act(self, name: str, text: str, slot: Any, bar: QToolBar, key: Any = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"designer_{name}")
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _c=False: slot())
        bar.addAction(action)
        return action

    def _load_records(self) -> None:
        from ....models.print_selection import select_for_print
        from ....models.print_settings import emblem_path

        with self.db.session() as s:
            self.records = select_for_print(s)[:500]
            set_emblem(emblem_path(s))
        if not self.records:
            from ....models.print_selection import PrintRecord

            sample = PrintRecord("", "Иванова", "Анна", "Сергеевна", None, "Школа № 1",
                                 "Школа № 1", "", "Областная организация", "2460000000000",
                                 None, None)  # fmt: skip
            self.records = [sample]

    # --- the layout ---------------------------------------------------------------------------
    def open_layout(self, name: str) -> None:
        from ....services.layouts import layout_body, list_layouts

        try:
            with self.db.session() as s:
                infos = list_layouts(s)
                body = layout_body(s, name)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.layouts.clear()
        for info in infos:
            mark = self.tr(" (built in)") if info.built_in else f" (v{info.version})"
            self.layouts.addItem(info.title + mark, info.name)
        self.layouts.setCurrentIndex(self.layouts.findData(name))
        self.name = name
        self.built_in = next(i.built_in for i in infos if i.name == name)
        self.undo.clear()
        self.set_body(body)
        self.undo.setClean()

    def set_body(self, body: dict[str, Any], selected: set[int] | None = None) -> None:
        keep = set(self.scene.selected_indices()) if selected is None else selected
        self.body = body
        self.redraw(keep)

    def redraw(self, selected: set[int]) -> None:
        try:
            renderer = CardRenderer(parse_template(self.body, self.name))
            placed = place_side(renderer, self.records[self.record_index], self.side)
        except Exception as error:  # noqa: BLE001 - a bad value typed in: say so, keep going
            self.status.setText(str(error))
            return
        self.scene.blockSignals(True)
        self.scene.show(placed, selected)
        self.scene.blockSignals(False)
        self._selection_changed()
        cut = sum(1 for p in placed if p.cut)
        record = self.records[self.record_index]
        who = " ".join(x for x in (record.last_name, record.first_name, record.patronymic) if x)
        title = self.tr("Card layout «%1»").replace("%1", self.body.get("title", self.name))
        self.setWindowTitle(title + ("" if self.undo.isClean() else " *"))
        note = self.tr("%1 text(s) cut: shown in red.").replace("%1", str(cut)) if cut else ""
        self.status.setText(f"{who} — {self.record_index + 1}/{len(self.records)}. {note}")

    def elements(self) -> list[dict[str, Any]]:
        return self.body[self.side]

    def commit(self, after: dict[str, Any], text: str, selected: set[int] | None = None) -> None:
        """One undoable change: the whole layout before and after."""
        try:
            parse_template(after, self.name)
        except Exception as error:  # noqa: BLE001 - refused with the element named
            show_error(self, error)
            self.redraw(set(self.scene.selected_indices()))
            return
        before = copy.deepcopy(self.body)
        if selected is not None:
            self.scene.blockSignals(True)
            self.scene.clearSelection()
            self.scene.blockSignals(False)
        command = _Snapshot(self, before, copy.deepcopy(after), text)
        self.undo.push(command)
        if selected is not None:
            self.redraw(selected)

    def show_side(self, side: str) -> None:
        self.side = side
        self.side_box.setCurrentIndex(self.side_box.findData(side))
        self.redraw(set())

    def set_zoom(self, zoom: float) -> None:
        self.view.set_zoom(zoom)

    def step(self, delta: int) -> None:
        self.record_index = (self.record_index + delta) % len(self.records)
        self.redraw(set(self.scene.selected_indices()))

    # --- edits --------------------------------------------------------------------------------
    def _edited(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        after = copy.deepcopy(self.body)
        return after, after[self.side]

    def add_element(self, kind: str) -> None:
        after, elements = self._edited()
        elements.append(copy.deepcopy(NEW_ELEMENTS[kind]))
        self.commit(after, self.tr("Add element"), {len(elements) - 1})

    def delete_selected(self) -> None:
        chosen = set(self.scene.selected_indices())
        if not chosen:
            return
        after, elements = self._edited()
        after[self.side] = [e for i, e in enumerate(elements) if i not in chosen]
        self.commit(after, self.tr("Delete"), set())

    def moved(self, positions: list[tuple[int, float, float]]) -> None:
        after, elements = self._edited()
        for index, x, y in positions:
            _move_to(elements[index], round(x, 2), round(y, 2))
        self.commit(after, self.tr("Move"), {i for i, _x, _y in positions})

    def resized(self, index: int, w: float, h: float) -> None:
        after, elements = self._edited()
        e = elements[index]
        if e["type"] == "line":
            e["x2"], e["y2"] = round(e["x1"] + w, 2), round(e["y1"] + h, 2)
        else:
            e["w"], e["h"] = round(w, 2), round(h, 2)
        self.commit(after, self.tr("Resize"), {index})

    def nudge(self, dx: float, dy: float) -> None:
        chosen = self.scene.selected_indices()
        if not chosen:
            return
        after, elements = self._edited()
        for i in chosen:
            if not elements[i].get("locked"):
                x, y = _origin(elements[i])
                _move_to(elements[i], round(x + dx, 2), round(y + dy, 2))
        self.commit(after, self.tr("Move"), set(chosen))

    def change_selected(self, values: dict[str, Any]) -> None:
        chosen = self.scene.selected_indices()
        if len(chosen) != 1:
            return
        after, elements = self._edited()
        for key, value in values.items():
            if value is None:
                elements[chosen[0]].pop(key, None)
            else:
                elements[chosen[0]][key] = value
        self.commit(after, self.tr("Change properties"), set(chosen))

    def pick_image(self, path: str) -> None:
        from ....services.layouts import embed_image

        try:
            data = embed_image(path)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.change_selected({"data": data, "source": None})

    def align(self, how: str) -> None:
        chosen = self.scene.selected_indices()
        if len(chosen) < 2 or (how.endswith("spread") and len(chosen) < 3):
            return
        after, elements = self._edited()
        boxes = {i: _box(elements[i]) for i in chosen}
        if how == "left":
            target = min(b[0] for b in boxes.values())
            moves = {i: (target, b[1]) for i, b in boxes.items()}
        elif how == "right":
            target = max(b[0] + b[2] for b in boxes.values())
            moves = {i: (target - b[2], b[1]) for i, b in boxes.items()}
        elif how == "hcenter":
            target = sum(b[0] + b[2] / 2 for b in boxes.values()) / len(boxes)
            moves = {i: (target - b[2] / 2, b[1]) for i, b in boxes.items()}
        elif how == "top":
            target = min(b[1] for b in boxes.values())
            moves = {i: (b[0], target) for i, b in boxes.items()}
        elif how == "bottom":
            target = max(b[1] + b[3] for b in boxes.values())
            moves = {i: (b[0], target - b[3]) for i, b in boxes.items()}
        else:
            axis = 0 if how == "hspread" else 1
            order = sorted(boxes, key=lambda i: boxes[i][axis])
            first, last = boxes[order[0]], boxes[order[-1]]
            span = last[axis] + last[axis + 2] - first[axis]
            gap = (span - sum(boxes[i][axis + 2] for i in order)) / (len(order) - 1)
            pos, moves = first[axis], {}
            for i in order:
                b = boxes[i]
                moves[i] = (pos, b[1]) if axis == 0 else (b[0], pos)
                pos += b[axis + 2] + gap
        for i, (x, y) in moves.items():
            _move_to(elements[i], round(x, 2), round(y, 2))
        self.commit(after, self.tr("Align"), set(chosen))

    def reorder(self, to_front: bool) -> None:
        chosen = self.scene.selected_indices()
        if not chosen:
            return
        after, elements = self._edited()
        picked = [elements[i] for i in chosen]
        rest = [e for i, e in enumerate(elements) if i not in set(chosen)]
        after[self.side] = rest + picked if to_front else picked + rest
        start = len(rest) if to_front else 0
        self.commit(after, self.tr("Order"), set(range(start, start + len(picked))))

    def copy_selected(self) -> None:
        self.clipboard = [copy.deepcopy(self.elements()[i]) for i in self.scene.selected_indices()]

    def paste(self) -> None:
        if not self.clipboard:
            return
        after, elements = self._edited()
        start = len(elements)
        elements.extend(copy.deepcopy(self.clipboard))
        self.commit(after, self.tr("Paste"), set(range(start, len(elements))))

    def _selection_changed(self) -> None:
        if not self.isVisible() and not self.scene.items_by_index:
            return
        chosen = self.scene.selected_indices()
        self.panel.show_element(self.elements()[chosen[0]] if len(chosen) == 1 else None)

    # --- saving and checking ------------------------------------------------------------------
    def save(self) -> bool:
        if self.built_in:
            return self.save_as_dialog()
        return self.save_as(self.name, self.body.get("title", self.name))

    def save_as_dialog(self) -> bool:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save layout as"),
            self.tr("Name of the office's layout (latin letters, digits, - and _):"),
            text="" if self.built_in else self.name,
        )
        if not ok or not name.strip():
            return False
        title, ok = QInputDialog.getText(
            self, self.tr("Save layout as"), self.tr("Title:"), text=self.body.get("title", "")
        )
        return ok and self.save_as(name.strip(), title.strip() or name.strip())

    def save_as(self, name: str, title: str) -> bool:
        from ....services.layouts import save_layout

        body = {**copy.deepcopy(self.body), "name": name, "title": title}
        try:
            with self.db.session() as s:
                version = save_layout(s, name, body)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return False
        self.open_layout(name)
        self.statusBar().showMessage(self.tr("Saved: version %1.").replace("%1", str(version)))
        return True

    def fit_check(self) -> None:
        from ....services.fit_check import fit_check
        from .fit_dialog import FitDialog

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.session() as s:
                result = fit_check(parse_template(self.body, self.name), s)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        finally:
            self.unsetCursor()
        self.last_fit = result
        FitDialog(result, self).exec()

    def closeEvent(self, event: Any) -> None:
        if not self.undo.isClean():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("The layout has unsaved changes. Close without saving?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)


def _origin(e: dict[str, Any]) -> tuple[float, float]:
    if e["type"] == "line":
        return min(e["x1"], e["x2"]), min(e["y1"], e["y2"])
    return e["x"], e["y"]


def _box(e: dict[str, Any]) -> tuple[float, float, float, float]:
    if e["type"] == "line":
        x, y = _origin(e)
        return x, y, abs(e["x2"] - e["x1"]), abs(e["y2"] - e["y1"])
    return e["x"], e["y"], e["w"], e["h"]


def _move_to(e: dict[str, Any], x: float, y: float) -> None:
    w = e["w"] if e["type"] != "line" else abs(e["x2"] - e["x1"])
    h = e["h"] if e["type"] != "line" else abs(e["y2"] - e["y1"])
    bleed = 3.0 if e["type"] == "line" else 0.0  # lines may reach into the bleed
    x = min(max(x, -bleed), CARD_W + bleed - w)
    y = min(max(y, -bleed), CARD_H + bleed - h)
    if e["type"] == "line":
        ox, oy = _origin(e)
        for kx, ky in (("x1", "y1"), ("x2", "y2")):
            e[kx], e[ky] = round(e[kx] - ox + x, 2), round(e[ky] - oy + y, 2)
    else:
        e["x"], e["y"] = x, y
