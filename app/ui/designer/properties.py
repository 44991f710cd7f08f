"""The side panel: the selected element's properties; each edit is one undoable change.

A booklet's panel has a few more rows: a text's colour and list style, and a text box of
several lines (one paragraph per line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...printing.card_templates import FIELDS


class _TextBlock(QPlainTextEdit):
    """Several lines of text; the change is sent when the user leaves the box."""

    def __init__(self, finished: Callable[[], None]) -> None:
        super().__init__(objectName="prop_block")
        self.finished = finished
        self.setTabChangesFocus(True)
        self.setFixedHeight(90)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():  # typed into, not just shown or left
            self.document().setModified(False)
            self.finished()


class PropertiesPanel(QWidget):
    """Edits one element dict; `changed(values)` gets only what the user changed."""

    def __init__(
        self,
        changed: Callable[[dict[str, Any]], None],
        pick_image: Callable[[str], None],
        fields: tuple[str, ...] = FIELDS,
        page: tuple[float, float] = (85.6, 53.98),
        multiline: bool = False,
    ):
        super().__init__()
        self.multiline = multiline
        self.setObjectName("designerProperties")
        self.changed, self.pick_image = changed, pick_image
        self.element: dict[str, Any] | None = None
        self.loading = False
        form = QFormLayout(self)
        self.rows: dict[str, QWidget] = {}

        def number(key: str, low: float, high: float, step: float = 0.1) -> QDoubleSpinBox:
            box = QDoubleSpinBox(objectName=f"prop_{key}")
            box.setRange(low, high)
            box.setDecimals(2 if step < 0.5 else 1)
            box.setSingleStep(step)
            box.editingFinished.connect(lambda: self._emit(key, round(box.value(), 2)))
            return box

        self.x = number("x", -3, page[0] + 3)
        self.y = number("y", -3, page[1] + 3)
        self.w = number("w", 0.1, page[0] + 6)
        self.h = number("h", 0.1, page[1] + 6)
        self.text = QLineEdit(objectName="prop_text")
        self.text.editingFinished.connect(lambda: self._emit("text", self.text.text()))
        self.field = QComboBox(objectName="prop_field")
        self.field.addItem(self.tr("Insert a member field…"), "")
        for name in fields:
            self.field.addItem("{" + name + "}", name)
        self.block = _TextBlock(lambda: self._emit("text", self.block.toPlainText()))
        self.list = QComboBox(objectName="prop_list")
        for key, title in (
            ("", self.tr("Paragraphs")),
            ("bullet", self.tr("Bulleted list")),
            ("number", self.tr("Numbered list")),
        ):
            self.list.addItem(title, key)
        self.list.activated.connect(lambda: self._emit("list", self.list.currentData() or None))
        self.field.activated.connect(self._insert_field)
        self.font = QComboBox(objectName="prop_font")
        for key, title in (
            ("regular", self.tr("Regular")),
            ("bold", self.tr("Bold")),
            ("italic", self.tr("Italic")),
            ("narrow", self.tr("Narrow")),
            ("narrow_bold", self.tr("Narrow bold")),
        ):
            self.font.addItem(title, key)
        self.font.activated.connect(lambda: self._emit("font", self.font.currentData()))
        self.size = number("size", 3, 72, 0.5)
        self.min_size = number("min_size", 3, 72, 0.5)
        self.max_lines = QSpinBox(objectName="prop_max_lines")
        self.max_lines.setRange(1, 60 if multiline else 6)  # a booklet page holds 40 lines
        self.max_lines.editingFinished.connect(
            lambda: self._emit("max_lines", self.max_lines.value())
        )
        self.align = QComboBox(objectName="prop_align")
        for key, title in (
            ("left", self.tr("Left")),
            ("center", self.tr("Centre")),
            ("right", self.tr("Right")),
        ):
            self.align.addItem(title, key)
        self.align.activated.connect(lambda: self._emit("align", self.align.currentData()))
        self.upper = QCheckBox(self.tr("Upper case"), objectName="prop_upper")
        self.upper.toggled.connect(lambda on: self._emit("upper", on))
        self.color = QLineEdit(objectName="prop_color")
        self.color.setPlaceholderText("#1f4e8c")
        self.color.editingFinished.connect(self._color)
        self.symbology = QComboBox(objectName="prop_symbology")
        self.symbology.addItem("Code 128", "code128")
        self.symbology.addItem("EAN-13", "ean13")
        self.symbology.activated.connect(
            lambda: self._emit("symbology", self.symbology.currentData())
        )
        self.image = QPushButton(self.tr("Image file…"), objectName="prop_image")
        self.image.clicked.connect(self._image)
        self.locked = QCheckBox(self.tr("Locked"), objectName="prop_locked")
        self.locked.toggled.connect(lambda on: self._emit("locked", on))
        self.hidden = QCheckBox(self.tr("Hidden (not printed)"), objectName="prop_hidden")
        self.hidden.toggled.connect(lambda on: self._emit("hidden", True if on else None))

        for key, label, widget in (
            ("x", self.tr("X, mm"), self.x),
            ("y", self.tr("Y, mm"), self.y),
            ("w", self.tr("Width, mm"), self.w),
            ("h", self.tr("Height, mm"), self.h),
            ("text", self.tr("Text"), self.text),
            ("block", self.tr("Text"), self.block),
            ("field", "", self.field),
            ("font", self.tr("Font"), self.font),
            ("size", self.tr("Size, pt"), self.size),
            ("min_size", self.tr("Minimum size, pt"), self.min_size),
            ("max_lines", self.tr("Lines"), self.max_lines),
            ("align", self.tr("Alignment"), self.align),
            ("list", self.tr("Paragraphs"), self.list),
            ("upper", "", self.upper),
            ("color", self.tr("Colour"), self.color),
            ("symbology", self.tr("Barcode"), self.symbology),
            ("image", "", self.image),
            ("locked", "", self.locked),
            ("hidden", "", self.hidden),
        ):
            form.addRow(label, widget)
            self.rows[key] = widget
        self.show_element(None)

    def show_element(self, e: dict[str, Any] | None) -> None:
        self.element = e
        self.loading = True
        kind = e.get("type") if e else None
        visible = {
            "text": {"x", "y", "w", "h", "text", "field", "font", "size", "min_size",
                     "max_lines", "align", "upper", "locked", "hidden"},
            "barcode": {"x", "y", "w", "h", "symbology", "locked", "hidden"},
            "image": {"x", "y", "w", "h", "image", "locked", "hidden"},
            "box": {"x", "y", "w", "h", "color", "locked", "hidden"},
            "line": {"color", "locked", "hidden"},
            "card_place": {"x", "y", "locked", "hidden"},
        }.get(str(kind), set())  # fmt: skip
        if kind == "text" and self.multiline:  # a booklet's text: colour, lists, paragraphs
            visible = (visible - {"text"}) | {"block", "color", "list"}
        form = self.layout()
        for key, widget in self.rows.items():
            form.setRowVisible(widget, key in visible)
        if e:
            for key in ("x", "y", "w", "h", "size", "min_size"):
                if key in e:
                    getattr(self, key).setValue(float(e[key]))
            self.size.setValue(float(e.get("size", 8)))
            self.min_size.setValue(float(e.get("min_size", e.get("size", 8))))
            self.text.setText(str(e.get("text", "")))
            self.block.setPlainText(str(e.get("text", "")))
            self.block.document().setModified(False)  # shown, not typed
            self.list.setCurrentIndex(max(0, self.list.findData(e.get("list", ""))))
            self.hidden.setChecked(bool(e.get("hidden")))
            self.font.setCurrentIndex(max(0, self.font.findData(e.get("font", "regular"))))
            self.max_lines.setValue(int(e.get("max_lines", 1)))
            self.align.setCurrentIndex(max(0, self.align.findData(e.get("align", "left"))))
            self.upper.setChecked(bool(e.get("upper")))
            self.color.setText(str(e.get("fill") or e.get("color") or ""))
            index = self.symbology.findData(e.get("symbology", "code128"))
            self.symbology.setCurrentIndex(max(0, index))
            self.locked.setChecked(bool(e.get("locked")))
        self.loading = False

    def _emit(self, key: str, value: Any) -> None:
        if self.loading or self.element is None or self.element.get(key) == value:
            return
        self.changed({key: value})

    def _insert_field(self) -> None:
        name = self.field.currentData()
        self.field.setCurrentIndex(0)
        if not name:
            return
        if self.multiline:
            self.block.insertPlainText("{" + name + "}")
            self._emit("text", self.block.toPlainText())
            return
        self.text.setText(self.text.text() + "{" + name + "}")
        self._emit("text", self.text.text())

    def _color(self) -> None:
        if self.element is None:
            return
        key = "color" if self.element.get("type") in ("line", "text") else "fill"
        self._emit(key, self.color.text().strip() or None)

    def _image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Image for the layout"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.pick_image(path)
