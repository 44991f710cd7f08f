"""The layout designer's window, shared by the card designer (Билеты → Макеты билетов…) and
the booklet designer (Буклеты → Макет буклета…).

The layout being edited is one dict (an element list per card side or booklet page). Every
change, from the mouse, the keys or the side panel, is a snapshot command on a QUndoStack, so
nothing is final until «Сохранить» stores a new version (checked whole first). What differs
between cards and booklets (the sheet, the sides, checking, placing, storing) is a few methods
a subclass gives.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from ...printing.card_layout import Placed
from ..errors import show_error
from . import edits
from .properties import PropertiesPanel
from .rulers import Rulers
from .scene import CARD_PAGE, CardScene, Page, set_emblem

ZOOMS = (100, 150, 200, 300, 400, 600, 800)  # per cent of true size


class _Snapshot(QUndoCommand):
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


class LayoutEditor(QMainWindow):
    """The designer without its kind: a subclass says which sheet, sides, checks and store."""

    PAGE: Page = CARD_PAGE
    NEW_ELEMENTS: dict[str, dict[str, Any]] = {}
    FIELDS: tuple[str, ...] = ()
    MULTILINE = False  # a booklet's text blocks: several paragraphs in the panel
    REFUSAL_WHAT = ""

    # --- what a kind of layout gives -------------------------------------------------------------
    def sides(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def parse(self, body: dict[str, Any]) -> Any:
        """The checked layout (raises a ValidationError naming the element)."""
        raise NotImplementedError

    def place(self, parsed: Any, record: Any, side: str) -> list[Placed]:
        raise NotImplementedError

    def store(self) -> Any:
        """The module with list_layouts, layout_body, save_layout, export_layout, import_layout."""
        raise NotImplementedError

    def title_for(self, title: str) -> str:
        raise NotImplementedError

    def extra_actions(self, bar: QToolBar) -> None:
        """Actions only one kind has (the card's fit check)."""

    # --- the window -------------------------------------------------------------------------------
    def __init__(self, db: Any, name: str = "default", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo = QUndoStack(self)
        self.side = self.sides()[0][0]
        self.body: dict[str, Any] = {}
        self.name = name
        self.built_in = True
        self.records: list[Any] = []
        self.record_index = 0
        self.clipboard: list[dict[str, Any]] = []
        self.scene = CardScene(self.moved, self.resized, self, self.PAGE)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view = CardView(self, self.scene)
        self.setCentralWidget(self.view)
        self.panel = PropertiesPanel(
            self.change_selected, self.pick_image, self.FIELDS, (self.PAGE.w, self.PAGE.h),
            self.MULTILINE,
        )  # fmt: skip
        dock = QDockWidget(self.tr("Properties"), self)
        dock.setObjectName("designerPropertiesDock")
        dock.setWidget(self.panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.status = QLabel(objectName="designerStatus")
        self.statusBar().addWidget(self.status, 1)
        self.zoom_label = QLabel(objectName="designerZoomLabel")
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._toolbars()
        self._load_records()
        self._region_rule()
        self.open_layout(name)
        self.set_zoom(self.START_ZOOM)
        self.resize(1280, 760)

    START_ZOOM = 2.4

    # --- building the window -----------------------------------------------------------------
    def _toolbars(self) -> None:
        bar = QToolBar(self.tr("Layout"), self)
        bar.setObjectName("designerLayoutBar")
        self.addToolBar(bar)
        self.layouts = QComboBox(objectName="designerLayouts")
        self.layouts.activated.connect(lambda: self.open_layout(self.layouts.currentData()))
        bar.addWidget(self.layouts)
        self.side_box = QComboBox(objectName="designerSide")
        for key, title in self.sides():
            self.side_box.addItem(title, key)
        self.side_box.activated.connect(lambda: self.show_side(self.side_box.currentData()))
        bar.addWidget(self.side_box)
        self.act("save", self.tr("Save"), self.save, bar, QKeySequence.StandardKey.Save)
        self.act("saveAs", self.tr("Save as…"), self.save_as_dialog, bar)
        self.act("export", self.tr("Export…"), self.export_dialog, bar)
        self.act("import", self.tr("Import…"), self.import_dialog, bar)
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
        titles = {
            "text": self.tr("Text"),
            "barcode": self.tr("Barcode"),
            "image": self.tr("Image"),
            "box": self.tr("Box"),
            "line": self.tr("Line"),
            "card_place": self.tr("Card place"),
        }
        for kind in self.NEW_ELEMENTS:
            self.act(f"add_{kind}", titles[kind], lambda k=kind: self.add_element(k), add)
        add.addSeparator()
        self.act("delete", self.tr("Delete"), self.delete_selected, add)
        self.act("copy", self.tr("Copy"), self.copy_selected, add, QKeySequence.StandardKey.Copy)
        self.act("paste", self.tr("Paste"), self.paste, add, QKeySequence.StandardKey.Paste)
        self.act("front", self.tr("To front"), lambda: self.reorder(True), add)
        self.act("back", self.tr("To back"), lambda: self.reorder(False), add)
        self.act("hide", self.tr("Hide / show"), self.toggle_hidden, add, "Ctrl+H")
        shown = self.act("showHidden", self.tr("Show hidden"), self.show_hidden_changed, add)
        shown.setCheckable(True)
        shown.setToolTip(self.tr("Draw hidden elements faintly (they are never printed)"))
        self.show_hidden_action = shown

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
        self.zoom_box = QComboBox(objectName="designerZoom")
        self.zoom_box.setEditable(True)
        self.zoom_box.setToolTip(self.tr("Zoom: 100 % is the true size"))
        for percent in ZOOMS:
            self.zoom_box.addItem(f"{percent} %", percent)
        self.zoom_box.activated.connect(self._zoom_chosen)
        self.zoom_box.lineEdit().editingFinished.connect(self._zoom_chosen)
        arrange.addWidget(self.zoom_box)
        arrange.addSeparator()
        self.act("prevMember", self.tr("Previous member"), lambda: self.step(-1), arrange)
        self.act("nextMember", self.tr("Next member"), lambda: self.step(1), arrange)
        self.extra_actions(arrange)

    def _region_rule(self) -> None:
        """Layouts are the whole region's: a user limited to one organisation may look, check
        and export, but every action that would store one is disabled and says why."""
        from ...models.permissions import access

        with self.db.session() as s:
            self.refusal = access(s).region_refusal(s, self.REFUSAL_WHAT)
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
        from ...models.print_selection import select_for_print
        from ...models.print_settings import emblem_path

        with self.db.session() as s:
            self.records = select_for_print(s)[:500]
            set_emblem(emblem_path(s))
        if not self.records:
            from ...models.print_selection import PrintRecord

            sample = PrintRecord("", "Иванова", "Анна", "Сергеевна", None, "Школа № 1",
                                 "Школа № 1", "", "Областная организация", "2460000000000",
                                 None, None)  # fmt: skip
            self.records = [sample]

    # --- the layout ---------------------------------------------------------------------------
    def open_layout(self, name: str) -> None:
        store = self.store()
        try:
            with self.db.session() as s:
                infos = store.list_layouts(s)
                body = store.layout_body(s, name)
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
            placed = self.place(self.parse(self.body), self.records[self.record_index], self.side)
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
        title = self.title_for(self.body.get("title", self.name))
        self.setWindowTitle(title + ("" if self.undo.isClean() else " *"))
        note = self.tr("%1 text(s) cut: shown in red.").replace("%1", str(cut)) if cut else ""
        self.status.setText(f"{who} — {self.record_index + 1}/{len(self.records)}. {note}")

    def elements(self) -> list[dict[str, Any]]:
        return self.body[self.side]

    def commit(self, after: dict[str, Any], text: str, selected: set[int] | None = None) -> None:
        """One undoable change: the whole layout before and after."""
        try:
            self.parse(after)
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
        percent = round(self.view.zoom * 100)
        self.zoom_box.setEditText(f"{percent} %")
        self.zoom_label.setText(self.tr("Zoom: %1 %").replace("%1", str(percent)))

    def _zoom_chosen(self) -> None:
        digits = "".join(c for c in self.zoom_box.currentText() if c.isdigit() or c in ".,")
        try:
            percent = float(digits.replace(",", "."))
        except ValueError:
            percent = self.view.zoom * 100  # not a number: keep the zoom, show it again
        self.set_zoom(percent / 100)

    def show_hidden_changed(self) -> None:
        self.scene.show_hidden = self.show_hidden_action.isChecked()
        self.redraw(set(self.scene.selected_indices()))

    def toggle_hidden(self) -> None:
        """Hide the selected elements (or show them again if all are hidden): undoable."""
        chosen = self.scene.selected_indices()
        if not chosen:
            return
        after, elements = self._edited()
        hide = not all(elements[i].get("hidden") for i in chosen)
        for i in chosen:
            if hide:
                elements[i]["hidden"] = True
            else:
                elements[i].pop("hidden", None)
        keep = set(chosen) if self.scene.show_hidden or not hide else set()
        self.commit(after, self.tr("Hide") if hide else self.tr("Show"), keep)

    def step(self, delta: int) -> None:
        self.record_index = (self.record_index + delta) % len(self.records)
        self.redraw(set(self.scene.selected_indices()))

    # --- edits --------------------------------------------------------------------------------
    def _edited(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        after = copy.deepcopy(self.body)
        return after, after[self.side]

    def add_element(self, kind: str) -> None:
        after, elements = self._edited()
        elements.append(copy.deepcopy(self.NEW_ELEMENTS[kind]))
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
            edits.move_to(elements[index], round(x, 2), round(y, 2), self.page_mm)
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
                x, y = edits.origin(elements[i])
                edits.move_to(elements[i], round(x + dx, 2), round(y + dy, 2), self.page_mm)
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

    @property
    def page_mm(self) -> tuple[float, float]:
        return self.PAGE.w, self.PAGE.h

    def pick_image(self, path: str) -> None:
        from ...services.layouts import embed_image

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
        moves = edits.aligned({i: edits.box(elements[i]) for i in chosen}, how)
        for i, (x, y) in moves.items():
            edits.move_to(elements[i], x, y, self.page_mm)
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
        body = {**copy.deepcopy(self.body), "name": name, "title": title}
        try:
            with self.db.session() as s:
                version = self.store().save_layout(s, name, body)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return False
        self.open_layout(name)
        self.statusBar().showMessage(self.tr("Saved: version %1.").replace("%1", str(version)))
        return True

    def export_dialog(self) -> None:
        """The layout as one file (images embedded) to share with another region."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export layout"), f"{self.name}.json", self.tr("Layouts (*.json)")
        )
        if not path:
            return
        try:
            with self.db.session() as s:
                self.store().export_layout(s, self.name, path)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Exported: %1").replace("%1", path))

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import layout"), "", self.tr("Layouts (*.json)")
        )
        if not path:
            return
        try:
            with self.db.session() as s:
                name, version = self.store().import_layout(s, path)
        except Exception as error:  # noqa: BLE001 - shown to the user; nothing stored
            show_error(self, error)
            return
        self.open_layout(name)
        self.statusBar().showMessage(self.tr("Imported: version %1.").replace("%1", str(version)))

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
