"""The booklet actions in the main window: edit the text, print booklets, cards + booklets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ... import part_files
from ...models.member_list import member_ids
from ...models.permissions import Permission
from ..errors import show_error

# The booklet maker (reportlab), the booklet jobs and the PDF preview (QtPdf) load when
# first used, not at start: they cost ~0.06-0.1 s of the main window's start (issue 18).
if TYPE_CHECKING:
    from ...printing.booklet import BookletResult
    from ...services import booklets as bk
    from ..main_window import MainWindow
    from .booklet_print import BookletRequest


def install(window: MainWindow) -> None:
    window.booklet_actions = BookletActions(window)  # kept alive with the window


class BookletActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("bookletActions")
        self.window = window
        self.last_pdf: Path | None = None
        self.last_result: BookletResult | None = None
        menu_title = self._menu_title()
        menu: QMenu = window.menu(menu_title)
        if menu.actions():
            menu.addSeparator()
        window.add_action(
            menu_title,
            self.tr("Booklet &text and emblem…"),
            self.edit_text,
            tip=self.tr(
                "Edit the texts of the booklet «Как работать в Профкардс?», with a preview"
            ),
            name="actionBookletText",
            permission=Permission.BOOKLETS,
        )
        window.add_action(
            menu_title,
            self.tr("Booklet &layout…"),
            self.edit_layout,
            tip=self.tr("Where the texts, the emblem and the card place go on the four pages"),
            name="actionBookletLayout",
            permission=Permission.BOOKLETS,
        )
        window.add_action(
            menu_title,
            self.tr("&Print booklets…"),
            self.print_booklets,
            tip=self.tr("Booklets with the member's name and card number, or blank ones"),
            name="actionPrintBooklets",
            permission=Permission.BOOKLETS,
        )
        window.add_action(
            menu_title,
            self.tr("Print &cards and booklets…"),
            self.print_cards_and_booklets,
            tip=self.tr(
                "Two PDF files, cards and booklets, for the same members in the same order"
            ),
            name="actionPrintCardsAndBooklets",
            permission=Permission.BOOKLETS,
        )

    def _menu_title(self) -> str:
        """Our menu title; an existing menu with the same words (e.g. the stock's) is shared."""
        title = self.tr("Boo&klets")
        for existing in self.window.menus:
            if existing.replace("&", "") == title.replace("&", ""):
                return existing
        return title

    # --- the text -------------------------------------------------------------------------
    def edit_text(self) -> None:
        from .booklet_editor import BookletEditor

        BookletEditor(self.window.db, self.window).exec()

    def edit_layout(self) -> None:
        from PySide6.QtCore import Qt

        from .booklet_designer import BookletDesigner

        self.designer = BookletDesigner(self.window.db, None, self.window)
        self.designer.setWindowFlag(Qt.WindowType.Window, True)
        self.designer.show()

    # --- whom for -------------------------------------------------------------------------
    def _ask(self, allow_blank: bool, title: str) -> BookletRequest | None:
        from .booklet_print import BookletPrintDialog

        window = self.window
        org_id = window.current_org_id()
        node = window.org_model.find_node(org_id) if org_id else None
        org = (node.code, node.name) if node else None
        current = window.current_filter()
        list_ids = None
        if current.query or current.category:
            with window.db.session() as s:
                list_ids = member_ids(s, current)
        dialog = BookletPrintDialog(
            window.selected_member_ids(), org, list_ids, allow_blank, title, window
        )
        if not dialog.exec():
            return None
        return dialog.request()

    # --- booklets ---------------------------------------------------------------------------
    def print_booklets(self) -> None:
        request = self._ask(True, self.tr("Print booklets"))
        if request is None:
            return
        # named booklets are personal data: the folder goes at the next start of the program
        target = part_files.temporary_folder() / "Буклеты.pdf"
        self.run_print(request, target)

    def run_print(self, request: BookletRequest, target: Path) -> None:
        from ...printing.booklet import render_booklets
        from ...services import booklets as bk

        db = self.window.db

        def work(report) -> BookletResult:  # noqa: ANN001
            def progress(done: int, total: int) -> bool:
                return report(done, total, self.tr("Booklet {0} of {1}").format(done, total))

            with db.session() as s:
                content = bk.booklet_content(
                    s, org_code=request.org_code, member_ids=request.member_ids, blank=request.blank
                )
                result = render_booklets(content, target, request.pages, progress)
                bk.log_booklet_print(s, result.booklets, result.pages, blank=bool(request.blank))
            return result

        self.window.tasks.run(
            self.tr("Making booklets…"),
            work,
            lambda result: self._show(result, target),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        from ...printing.booklet import PrintCancelled

        if isinstance(error, PrintCancelled):
            self.window.statusBar().showMessage(self.tr("Booklet printing cancelled."), 5000)
        else:
            show_error(self.window, error)

    def _show(self, result: BookletResult, target: Path, preview: bool = True) -> None:
        self.last_pdf, self.last_result = target, result
        self.window.member_model.refresh_rows()  # new card numbers show in the table
        if result.warnings:
            QMessageBox.warning(
                self.window,
                self.tr("Booklets"),
                self.tr("The booklets are made, but check this first:")
                + "\n\n• "
                + "\n• ".join(result.warnings),
            )
        if preview:
            from ..pdf_preview import PdfPreviewDialog

            PdfPreviewDialog(
                target, self.tr("Booklets: %n", "", result.booklets), self.window
            ).exec()

    # --- cards and booklets ------------------------------------------------------------
    def print_cards_and_booklets(self) -> None:
        from ...printing.booklet import BookletResult, render_booklets
        from ...services import booklets as bk
        from ...services.card_print import joint_card_writer

        request = self._ask(False, self.tr("Print cards and booklets"))
        if request is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Folder for the two PDF files")
        )
        if not folder:
            return
        stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd_HH-mm")
        booklets_pdf = Path(folder) / f"Буклеты_{stamp}.pdf"
        cards_pdf = Path(folder) / f"Билеты_{stamp}.pdf"
        db = self.window.db

        def work(report) -> bk.JointResult:  # noqa: ANN001
            with db.session() as s:
                return bk.print_cards_and_booklets(
                    s,
                    booklets_pdf,
                    cards_pdf,
                    lambda content, path: render_booklets(content, path, request.pages),
                    joint_card_writer(s),
                    org_code=request.org_code,
                    member_ids=request.member_ids,
                )

        def done(result: bk.JointResult) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Cards and booklets"),
                self.tr("Made for %n member(s), in the same order:", "", result.count)
                + f"\n{result.cards_path}\n{result.booklets_path}",
            )
            self._show(BookletResult(result.warnings, result.count, 0), result.booklets_path)

        self.window.tasks.run(self.tr("Making cards and booklets…"), work, done)
