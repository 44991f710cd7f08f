"""Preview of a PDF made by app/printing, with Print… and Save PDF…

A minimal stand-in written on the booklets branch with the agreed API; the cards branch
has the full dialog, which replaces this file at merge. The printer gets exactly the pages
the preview shows: QPdfDocument renders each page at the printer's resolution.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .errors import show_error


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        pdf_path: Path,
        title: str,
        parent: QWidget | None = None,
        on_printed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.pdf_path = Path(pdf_path)
        self.on_printed = on_printed
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), objectName="printButton")
        self.save_button = QPushButton(self.tr("&Save PDF…"), objectName="savePdfButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(980, 760)

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        if self.on_printed is not None:
            self.on_printed()

    def print_to(self, printer: QPrinter) -> None:
        """Each PDF page rendered at the printer's resolution, one printer page each."""
        first = max(printer.fromPage(), 1) - 1
        last = (printer.toPage() or self.document.pageCount()) - 1
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("printer")
        try:
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                rect = printer.pageRect(QPrinter.Unit.DevicePixel)
                size_pt = self.document.pagePointSize(index)
                scale = min(rect.width() / size_pt.width(), rect.height() / size_pt.height())
                size = QSize(int(size_pt.width() * scale), int(size_pt.height() * scale))
                image = self.document.render(index, size, QPdfDocumentRenderOptions())
                painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
        finally:
            painter.end()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.pdf_path.name, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as error:
            show_error(self, error)


__all__ = ["PdfPreviewDialog", "Qt"]
