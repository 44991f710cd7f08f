"""Editor of the booklet's texts and emblem, with a live preview of both printed sides.

The preview is the PDF that printing makes (one sample booklet), rendered by QPdfDocument,
and the warnings under it are the ones a print run would give (text that does not fit,
places in [square brackets] still to fill in).
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import Database
from ...models.permissions import access
from ...printing.booklet import render_booklets
from ...printing.booklet_content import BookletTexts, default_texts
from ...services import booklets as bk
from ..errors import show_error

PREVIEW_DELAY_MS = 400
PREVIEW_WIDTH = 620


class BookletEditor(QDialog):
    """Title, steps, what the card gives, directions, contacts, emblem; Save stores them."""

    LINE_FIELDS = (
        "title",
        "subtitle",
        "organisation_name",
        "steps_heading",
        "app_heading",
        "site_heading",
        "benefits_heading",
        "directions_heading",
        "contacts_heading",
    )
    TEXT_FIELDS = ("steps_intro",)
    LIST_FIELDS = ("app_steps", "site_steps", "benefits", "directions", "contacts")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookletEditor")
        self.setWindowTitle(self.tr("Booklet text"))
        self.db = db
        self.saved = False
        self.warnings: list[str] = []
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        with db.session() as s:
            texts = bk.load_texts(s, fill_organisation=False)
            self.region_name = bk.region_name(s)
            self.emblem_setting = bk.stored_emblem(s)
            # the texts are the whole region's: a user limited to one organisation reads them
            self.refusal = access(s).region_refusal(s, bk.TEXTS_WHAT)

        note = QLabel(
            self.tr(
                "The text shipped with Profdesk is a <b>draft</b>: read it through, fill in "
                "the places in [square brackets] and adapt it to your organisation before "
                "printing. One step, paragraph or line per line of text."
            ),
            objectName="draftNote",
        )
        note.setWordWrap(True)

        tabs = QTabWidget(objectName="bookletTabs")
        tabs.addTab(self._cover_tab(), self.tr("Cover"))
        tabs.addTab(
            self._tab(
                [
                    ("steps_heading", self.tr("Heading")),
                    ("steps_intro", self.tr("Introduction")),
                    ("app_heading", self.tr("Mobile app: heading")),
                    ("app_steps", self.tr("Mobile app: steps")),
                    ("site_heading", self.tr("Website: heading")),
                    ("site_steps", self.tr("Website: steps")),
                ]
            ),
            self.tr("Registration (page 2)"),
        )
        tabs.addTab(
            self._tab(
                [
                    ("benefits_heading", self.tr("Heading")),
                    ("benefits", self.tr("What the card gives")),
                ]
            ),
            self.tr("Card page (page 3)"),
        )
        tabs.addTab(
            self._tab(
                [
                    ("directions_heading", self.tr("Heading")),
                    ("directions", self.tr("Main directions of work")),
                    ("contacts_heading", self.tr("Contacts: heading")),
                    ("contacts", self.tr("Contacts")),
                ]
            ),
            self.tr("Back (page 4)"),
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(note)
        left_layout.addWidget(tabs)

        self.side_one = QLabel(objectName="previewSideOne")
        self.side_two = QLabel(objectName="previewSideTwo")
        for label in (self.side_one, self.side_two):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumSize(QSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 210 / 297)))
            label.setStyleSheet("background: white; border: 1px solid #bbb;")
        pictures = QWidget()
        pictures_layout = QVBoxLayout(pictures)
        pictures_layout.addWidget(QLabel(self.tr("Side one: page 4 | page 1 (cover)")))
        pictures_layout.addWidget(self.side_one)
        pictures_layout.addWidget(QLabel(self.tr("Side two: page 2 | page 3 (card place)")))
        pictures_layout.addWidget(self.side_two)
        scroll = QScrollArea()
        scroll.setWidget(pictures)
        scroll.setWidgetResizable(True)
        self.warning_label = QLabel(objectName="previewWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #9a4d00;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.warning_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, PREVIEW_WIDTH + 60])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            self.tr("Restore the draft")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_draft
        )

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        if self.refusal:
            self._read_only(layout)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.set_texts(texts)
        for edit in self.edits.values():
            edit.textChanged.connect(self._timer.start)
        self.emblem_edit.textChanged.connect(self._timer.start)
        self.resize(1240, 820)
        self.update_preview()

    # --- building ---------------------------------------------------------------------------
    def _edit(self, key: str) -> QLineEdit | QPlainTextEdit:
        if key in self.LINE_FIELDS:
            edit: QLineEdit | QPlainTextEdit = QLineEdit(objectName=f"edit_{key}")
        else:
            edit = QPlainTextEdit(objectName=f"edit_{key}")
            edit.setTabChangesFocus(True)
            if key in self.LIST_FIELDS:
                edit.setPlaceholderText(self.tr("One item per line"))
        self.edits[key] = edit
        return edit

    def _tab(self, rows: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, label in rows:
            form.addRow(label, self._edit(key))
        return page

    def _cover_tab(self) -> QWidget:
        page = self._tab(
            [
                ("title", self.tr("Title")),
                ("subtitle", self.tr("Subtitle")),
                ("organisation_name", self.tr("Organisation name")),
            ]
        )
        name_edit = self.edits["organisation_name"]
        assert isinstance(name_edit, QLineEdit)
        name_edit.setPlaceholderText(self.region_name)
        name_edit.setToolTip(self.tr("Leave empty to use the name of the regional organisation"))
        self.emblem_edit = QLineEdit(objectName="emblemPath")
        self.emblem_edit.setReadOnly(True)
        self.emblem_edit.setPlaceholderText(self.tr("The program's neutral emblem"))
        self.emblem_edit.setText(self.emblem_setting)
        browse = QPushButton(self.tr("Choose…"), objectName="chooseEmblem")
        browse.clicked.connect(self.choose_emblem)
        default = QPushButton(self.tr("Default"), objectName="defaultEmblem")
        default.clicked.connect(lambda: self.emblem_edit.setText(""))
        row = QHBoxLayout()
        row.addWidget(self.emblem_edit, 1)
        row.addWidget(browse)
        row.addWidget(default)
        form = page.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(self.tr("Emblem (also on the cards)"), row)
        return page

    def _read_only(self, layout: QVBoxLayout) -> None:
        """Shown, previewed, not changed: every control that would change says why not."""
        why = QLabel(self.refusal, objectName="regionWideRefusal")
        why.setWordWrap(True)
        layout.addWidget(why)
        for edit in self.edits.values():
            edit.setReadOnly(True)
        buttons = [
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults),
            self.findChild(QPushButton, "chooseEmblem"),
            self.findChild(QPushButton, "defaultEmblem"),
        ]
        for button in buttons:
            button.setEnabled(False)
            button.setToolTip(self.refusal)

    # --- values ------------------------------------------------------------------------------
    def set_texts(self, texts: BookletTexts) -> None:
        for key, edit in self.edits.items():
            value = getattr(texts, key)
            text = "\n".join(value) if isinstance(value, list) else value
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)

    def texts(self) -> BookletTexts:
        data = {}
        for key, edit in self.edits.items():
            data[key] = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        return BookletTexts.from_dict(data)

    def choose_emblem(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Emblem image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.emblem_edit.setText(path)

    def restore_draft(self) -> None:
        self.set_texts(BookletTexts.from_dict(default_texts()))

    # --- preview -----------------------------------------------------------------------------
    def update_preview(self) -> None:
        try:
            with self.db.session() as s:
                content = bk.preview_content(s, self.texts(), self.emblem_edit.text())
            data = io.BytesIO()
            self.warnings = render_booklets(content, data).warnings
        except Exception as error:  # noqa: BLE001 - the editor stays open
            self.warning_label.setText(str(error))
            return
        self._pdf_bytes = QByteArray(data.getvalue())
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document = QPdfDocument(self)
        self._document.load(self._buffer)
        for index, label in enumerate((self.side_one, self.side_two)):
            size = QSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 210 / 297))
            image = self._document.render(index, size)
            label.setPixmap(QPixmap.fromImage(image))
        if self.warnings:
            self.warning_label.setText("⚠ " + "\n⚠ ".join(self.warnings))
        else:
            self.warning_label.setText(self.tr("Everything fits."))

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            with self.db.session() as s:
                bk.save_texts(s, self.texts())
                if self.emblem_edit.text() != self.emblem_setting:
                    bk.set_emblem(s, self.emblem_edit.text() or None)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.saved = True
        self.accept()


__all__ = ["BookletEditor"]
