"""Preview a PDF as it is and print it: the one place where a printout leaves the program.

The page on screen is the PDF that app/printing made (QPdfView), and the printer gets the
same PDF: each page rendered by QPdfDocument at the printer's resolution onto the QPrinter,
with the page size taken from the PDF. A card or a booklet is never drawn again in Qt.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .errors import show_error

MAX_RENDER_DPI = 600  # an A4 page at 1200 dpi would be half a gigabyte of pixels


class PdfPreviewDialog(QDialog):
    """Shows `pdf_path`; Print… sends it to a printer, then calls `on_printed`."""

    def __init__(
        self,
        pdf_path: Path,
        title: str,
        parent: QWidget | None = None,
        on_printed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.on_printed = on_printed
        self.printed = False
        self.saved_to: Path | None = None
        self.setWindowTitle(title)
        self.resize(900, 760)

        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)

        self.pages_label = QLabel(self.tr("Pages: %n", "", self.document.pageCount()))
        zoom_in = QPushButton(self.tr("Zoom in"))
        zoom_out = QPushButton(self.tr("Zoom out"))
        fit = QPushButton(self.tr("Fit page"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))

        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(self.pages_label)
        top.addStretch(1)
        for button in (zoom_out, zoom_in, fit):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    # --- printing -------------------------------------------------------------------------
    def page_size(self, page: int = 0) -> QPageSize:
        """The PDF page's own size, so a CR80 page goes out as CR80 and A4 as A4."""
        points = self.document.pagePointSize(page)
        return QPageSize(
            QSizeF(points.width(), points.height()),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )

    def prepare_printer(self, printer: QPrinter) -> None:
        """Page size and orientation from the PDF, no margins: the PDF places everything."""
        points = self.document.pagePointSize(0)
        landscape = points.width() > points.height()
        portrait = QSizeF(
            min(points.width(), points.height()), max(points.width(), points.height())
        )
        size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setPageLayout(
            QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        )
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page in the printer's range onto it; on success call on_printed."""
        count = self.document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        progress = QProgressDialog(
            self.tr("Sending pages to the printer…"), self.tr("Cancel"), 0, last - first + 1, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                raise OSError(0, self.tr("The printer could not be opened."))
            for number in range(first, last + 1):
                index = number - 1
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, pixels)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(
                    QRect(0, 0, round(paper.width()), round(paper.height())), image, image.rect()
                )
                progress.setValue(number - first + 1)
                QApplication.processEvents()
                if progress.wasCanceled():
                    printer.abort()
                    return False
        except Exception as error:  # noqa: BLE001 - shown to the user
            if painter.isActive():
                painter.end()
            show_error(self, error)
            return False
        finally:
            progress.close()
        if not painter.end():
            return False
        self.printed = True
        if self.on_printed is not None:
            try:
                self.on_printed()
            except Exception as error:  # noqa: BLE001
                show_error(self, error)
                return False
        return True

    # --- saving ---------------------------------------------------------------------------
    def save_document(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.pdf_path.name, self.tr("PDF files (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                self.save_to(Path(path))
            except OSError as error:
                show_error(self, error)

    def save_to(self, target: Path) -> Path:
        """Copy the PDF under a temporary name, then rename: never a half-written file."""
        target = Path(target)
        tmp = target.with_name(f".{target.name}.part")
        shutil.copyfile(self.pdf_path, tmp)
        os.replace(tmp, target)
        self.saved_to = target
        return target

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.document.close()
        super().closeEvent(event)
