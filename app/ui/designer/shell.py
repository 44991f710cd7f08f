"""The designer window's toolbars and its region-wide rule: built once, the actions calling
the editor's methods (app.ui.designer.editor.LayoutEditor)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QToolBar

ZOOMS = (100, 150, 200, 300, 400, 600, 800)  # per cent of true size


class DesignerShell(QMainWindow):
    """Menus and toolbars only; what the actions do is the editor's."""

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

        self.addToolBarBreak()  # three rows: every action in sight, none behind a »
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
        self.addToolBarBreak()
        preview = QToolBar(self.tr("Preview"), self)
        preview.setObjectName("designerPreviewBar")
        self.addToolBar(preview)
        self.act("hide", self.tr("Hide / show"), self.toggle_hidden, preview, "Ctrl+H")
        shown = self.act("showHidden", self.tr("Show hidden"), self.show_hidden_changed, preview)
        shown.setCheckable(True)
        shown.setToolTip(self.tr("Draw hidden elements faintly (they are never printed)"))
        self.show_hidden_action = shown
        preview.addSeparator()
        self.act("prevMember", self.tr("Previous member"), lambda: self.step(-1), preview)
        self.act("nextMember", self.tr("Next member"), lambda: self.step(1), preview)
        self.extra_actions(preview)

    def _region_rule(self) -> None:
        """Layouts are the whole region's: a user limited to one organisation may look, check
        and export, but every action that would store one is disabled and says why."""
        from ...models.permissions import access

        with self.db.session() as s:
            self.refusal = access(s).region_refusal(s, self.REFUSAL_WHAT)
        if not self.refusal:
            return
        for name in ("save", "saveAs", "import", "use"):
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
