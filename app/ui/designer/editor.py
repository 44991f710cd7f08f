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
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QWidget,
)

from ...printing.card_layout import Placed
from ..errors import show_error
from . import edits
from .properties import PropertiesPanel
from .scene import CARD_PAGE, CardScene, Page, set_emblem
from .shell import DesignerShell
from .view import CardView, Snapshot


class LayoutEditor(DesignerShell):
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
    def _load_records(self) -> None:
        from ...models.print_selection import preview_records
        from ...models.print_settings import emblem_path

        with self.db.session() as s:
            self.records = preview_records(s)  # a few hundred, not all 250,000
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
        command = Snapshot(self, before, copy.deepcopy(after), text)
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
