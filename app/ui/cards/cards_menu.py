"""The Cards menu: print cards (preview first), batches, printer profiles, issue sheet,
and a member's card reissued, lost or handed out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ... import part_files
from ...models import Organisation, print_settings
from ...models import card_batches as batch_ops
from ...models import cards as card_ops
from ...models.member_list import member_ids as filter_member_ids
from ...models.organisations import region
from ...models.permissions import Permission, access
from ..errors import show_error
from .cards_dialogs import (
    SOURCE_UNPRINTED,
    BatchesDialog,
    CardPrintDialog,
    PrintChoice,
    PrinterProfilesDialog,
)
from .member_cards import MemberCardActions

# The PDF makers (reportlab) and the preview load when first used, not at start: they
# cost ~0.1 s of the main window's start (issue 2's target).
if TYPE_CHECKING:
    from ...printing.cards_pdf import PrinterProfile
    from ..main_window import MainWindow
    from ..pdf_preview import PdfPreviewDialog


def install(window: MainWindow) -> None:
    window.cards = CardsController(window)  # type: ignore[attr-defined]


def _profile(session: Any, name: str) -> PrinterProfile:
    from ...printing.cards_pdf import PrinterProfile

    return PrinterProfile.from_dict(name, print_settings.printer_profile(session, name))


class CardsController(QObject):
    """Menu actions; the work itself is app.models.cards and app.printing, in a task."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self._folders: list[Path] = []
        self.member_cards = MemberCardActions(window)
        menu = self.tr("&Cards")
        add = window.add_action
        add(
            menu,
            self.tr("&Print cards…"),
            self.print_cards,
            tip=self.tr("Preview and print plastic cards for the selected members"),
            name="actionPrintCards",
            permission=Permission.CARDS,
        )
        add(
            menu,
            self.tr("Print &batches…"),
            self.show_batches,
            tip=self.tr("Earlier print runs: print again or only the failed cards"),
            name="actionCardBatches",
            permission=Permission.CARDS,
        )
        add(
            menu,
            self.tr("&Issue sheet for the organisation…"),
            self.org_issue_sheet,
            tip=self.tr("List of members and card numbers with a column for signatures"),
            name="actionIssueSheet",
            permission=Permission.CARDS,
        )
        window.menu(menu).addSeparator()
        add(
            menu,
            self.tr("&Reissue card…"),
            self.member_cards.reissue,
            tip=self.tr("The current card is lost or spoiled: close it and give a new number"),
            name="actionReissueCard",
            permission=Permission.CARDS,
        )
        add(
            menu,
            self.tr("Mark card &lost"),
            self.member_cards.mark_lost,
            tip=self.tr("Close the member's current card; it stays in the history"),
            name="actionCardLost",
            permission=Permission.CARDS,
        )
        add(
            menu,
            self.tr("Mark cards &handed out"),
            self.member_cards.mark_handed,
            tip=self.tr("The selected members received their printed cards"),
            name="actionCardsHanded",
            permission=Permission.CARDS,
        )
        add(
            menu,
            self.tr("Card hi&story…"),
            self.member_cards.show_history,
            tip=self.tr("All cards of the selected member, current and closed"),
            name="actionCardHistory",
        )
        window.menu(menu).addSeparator()
        add(
            menu,
            self.tr("Printer p&rofiles…"),
            self.show_profiles,
            tip=self.tr("Offsets and back rotation per printer, calibration page"),
            name="actionPrinterProfiles",
            permission=Permission.CARDS,
        )
        add(
            menu,
            self.tr("Card &layouts…"),
            self.show_designer,
            tip=self.tr("Change the card layout on screen: elements, fonts, images, fit check"),
            name="actionCardLayouts",
            permission=Permission.CARDS,
        )
        emblem = add(
            menu,
            self.tr("&Emblem image…"),
            self.choose_emblem,
            tip=self.tr("The image printed on cards and booklets"),
            name="actionEmblem",
            permission=Permission.CARDS,
        )
        with self.db.session() as s:
            refusal = access(s).region_refusal(s, "Эмблема на билетах и буклетах")
        if refusal:  # the emblem is the whole region's
            emblem.setEnabled(False)
            emblem.setToolTip(refusal)
            emblem.setStatusTip(refusal)
            window.menu(menu).setToolTipsVisible(True)

    def show_designer(self) -> None:
        from .designer.window import DesignerWindow

        self.designer = DesignerWindow(self.db, "default", self.window)
        self.designer.setWindowFlag(Qt.WindowType.Window, True)
        self.designer.show()

    # --- helpers ------------------------------------------------------------------------------
    def _temp_pdf(self, name: str) -> Path:
        folder = part_files.temporary_folder()  # gone at the next start if we are killed
        self._folders.append(folder)
        return folder / name

    def _cleanup(self) -> None:
        while self._folders:
            part_files.discard(self._folders.pop())

    def _preview(
        self, pdf: Path, title: str, on_printed: Callable[[], None] | None = None
    ) -> PdfPreviewDialog:
        from ..pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, title, self.window, on_printed)
        dialog.setObjectName("pdfPreview")
        self.last_preview = dialog
        return dialog

    def _org_code(self, session: Any, org_id: str | None) -> str | None:
        org = session.get(Organisation, org_id) if org_id else None
        return org.code if org else None

    # --- printing ------------------------------------------------------------------------------
    def print_cards(self) -> None:
        org_id = self.window.current_org_id()
        with self.db.session() as s:
            org = s.get(Organisation, org_id) if org_id else None
            org_name = org.display_name if org else ""
        dialog = CardPrintDialog(
            self.db,
            self.window.selected_member_ids(),
            org_id,
            org_name,
            self.window.current_filter(),
            self.window,
        )
        self.last_print_dialog = dialog
        if dialog.exec():
            self.run_print(dialog.choice())

    def records_for(self, choice: PrintChoice) -> list:
        """Numbers first for those without, then the records in member-list order."""
        with self.db.session() as s:
            if choice.source == SOURCE_UNPRINTED:
                ids = card_ops.unprinted_member_ids(s)
                return card_ops.prepare_print(s, member_ids=ids, only_unprinted=True)
            if choice.member_filter is not None:
                ids = filter_member_ids(s, choice.member_filter)
                return card_ops.prepare_print(
                    s, member_ids=ids, only_unprinted=choice.only_unprinted
                )
            if choice.org_id is not None:
                return card_ops.prepare_print(
                    s, self._org_code(s, choice.org_id), only_unprinted=choice.only_unprinted
                )
            return card_ops.prepare_print(
                s, member_ids=choice.member_ids, only_unprinted=choice.only_unprinted
            )

    def run_print(self, choice: PrintChoice) -> None:
        from ...printing.cards_pdf import cards_pdf
        from ...services.layouts import load_layout

        pdf = self._temp_pdf("cards.pdf")

        def work(report) -> tuple[list, Path, int | None] | None:  # noqa: ANN001
            report(0, 0, self.tr("Choosing members and numbering cards…"))
            records = self.records_for(choice)
            if not records:
                return None
            with self.db.session() as s:
                profile = _profile(s, choice.profile)
                emblem = print_settings.emblem_path(s)
                template, version = load_layout(s, choice.template)
            cards_pdf(records, template, pdf, choice.layout, profile, emblem, report)
            return records, pdf, version

        def done(result: tuple[list, Path, int | None] | None) -> None:
            self.window.refresh()
            if result is None:
                QMessageBox.information(
                    self.window, self.tr("Print cards"), self.tr("There are no cards to print.")
                )
                return
            records, path, version = result
            self.show_cards_preview(
                records, path, choice.template, choice.layout, choice.profile, None, version
            )

        self.window.tasks.run(self.tr("Preparing cards…"), work, done)

    def show_cards_preview(
        self,
        records: list,
        pdf: Path,
        template: str,
        layout: str,
        profile: str,
        batch_id: str | None = None,
        template_version: int | None = None,
    ) -> None:
        """Preview; a print (or a saved PDF the user confirms) marks the cards printed."""
        state = {"done": False}

        def on_printed() -> None:
            with self.db.session() as s:
                target = batch_id or batch_ops.create_batch(
                    s,
                    records,
                    template,
                    layout,
                    profile,
                    self._title(records),
                    template_version,
                )
                batch_ops.record_printed(s, target, [r.card_id for r in records])
            state["done"] = True

        title = self.tr("Cards: %n member(s)", "", len(records))
        dialog = self._preview(pdf, title, on_printed)
        dialog.exec()
        if not state["done"] and dialog.saved_to is not None:
            answer = QMessageBox.question(
                self.window,
                self.tr("Print cards"),
                self.tr(
                    "The PDF was saved. Mark these %n card(s) as printed and keep the batch?",
                    "",
                    len(records),
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    on_printed()
                except Exception as error:  # noqa: BLE001 - shown to the user
                    show_error(self.window, error)
        self._cleanup()
        self.window.refresh()

    @staticmethod
    def _title(records: list) -> str:
        orgs = sorted({r.organisation_short_name for r in records})
        return orgs[0] if len(orgs) == 1 else f"{len(orgs)} орг."

    # --- batches ---------------------------------------------------------------------------------
    def show_batches(self) -> None:
        dialog = BatchesDialog(self.db, self.reprint, self.batch_issue_sheet, self.window)
        self.last_batches_dialog = dialog
        dialog.exec()

    def reprint(self, batch_id: str, only_failed: bool) -> None:
        from ...printing.cards_pdf import cards_pdf
        from ...services.layouts import load_layout

        with self.db.session() as s:
            batch = batch_ops.list_batch(s, batch_id)
        pdf = self._temp_pdf("cards.pdf")

        def work(report) -> list:  # noqa: ANN001
            with self.db.session() as s:
                records = batch_ops.batch_records(s, batch_id, only_failed)
                profile = _profile_or_default(s, batch.profile)
                emblem = print_settings.emblem_path(s)
                # the layout as it was printed: a later version does not change a reprint
                template, _v = load_layout(s, batch.template, batch.template_version)
            if records:
                cards_pdf(
                    records,
                    template,
                    pdf,
                    batch.layout,
                    profile,
                    emblem,
                    report,
                )
            return records

        def done(records: list) -> None:
            if not records:
                QMessageBox.information(
                    self.window, self.tr("Print cards"), self.tr("This batch has no failed cards.")
                )
                return
            self.show_cards_preview(
                records, pdf, batch.template, batch.layout, batch.profile, batch_id
            )

        self.window.tasks.run(self.tr("Preparing cards…"), work, done)

    # --- issue sheet -----------------------------------------------------------------------------
    def org_issue_sheet(self) -> None:
        org_id = self.window.current_org_id()
        self._issue_sheet(org_id=org_id)

    def batch_issue_sheet(self, batch_id: str) -> None:
        self._issue_sheet(batch_id=batch_id)

    def _issue_sheet(self, org_id: str | None = None, batch_id: str | None = None) -> None:
        from ...printing.issue_sheet import issue_sheet_pdf

        pdf = self._temp_pdf("issue-sheet.pdf")

        def work(report) -> Path:  # noqa: ANN001
            report(0, 0, "")
            with self.db.session() as s:
                code = self._org_code(s, org_id)
                records = batch_ops.issue_sheet_records(s, code, batch_id)
                org = s.get(Organisation, org_id) if org_id else None
                top = region(s)
            # after the commit: new numbers are not held back by the rendering's duration
            issue_sheet_pdf(records, pdf, org.name if org else "", top.name if top else "")
            return pdf

        def done(path: Path) -> None:
            self.window.refresh()
            self._preview(path, self.tr("Issue sheet")).exec()
            self._cleanup()

        self.window.tasks.run(self.tr("Preparing the issue sheet…"), work, done)

    # --- printers and emblem ------------------------------------------------------------------
    def show_profiles(self) -> None:
        dialog = PrinterProfilesDialog(self.db, self.calibration, self.window)
        self.last_profiles_dialog = dialog
        dialog.exec()

    def calibration(self, profile_name: str, layout: str) -> None:
        from ...printing.cards_pdf import calibration_pdf

        with self.db.session() as s:
            profile = _profile(s, profile_name)
        pdf = calibration_pdf(self._temp_pdf("calibration.pdf"), layout, profile)
        self._preview(pdf, self.tr("Calibration page")).exec()
        self._cleanup()

    def choose_emblem(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Emblem image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            with self.db.session() as s:
                print_settings.set_emblem_path(s, path)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self.window, error)


def _profile_or_default(session: Any, name: str) -> PrinterProfile:
    from ...printing.cards_pdf import PrinterProfile

    profiles = print_settings.printer_profiles(session)
    chosen = name if name in profiles else print_settings.default_profile_name(session)
    return PrinterProfile.from_dict(chosen, profiles[chosen])
