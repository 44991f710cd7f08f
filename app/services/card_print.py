"""Printing a card batch: the batch bookkeeping of app.models.cards around the card PDF of
app.printing.cards_pdf, so a batch is recorded and its cards marked printed only with the file
that prints them: recorded (committed) before the file is renamed into place, taken back if
the file cannot be made."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..models.card_batches import PrintRun, create_batch, record_printed, undo_print_run
from ..models.entities import CardStatus
from ..models.print_selection import PrintRecord
from ..models.print_settings import default_profile_name, emblem_path, printer_profile


# --- cards together with booklets ----------------------------------------------------------
def joint_card_writer(
    session: Session, layout: str = "card", template: str = "default", profile: str | None = None
):  # noqa: ANN201 - Callable[[list[PrintRecord], Path], Path]
    """The card writer for "cards and booklets in one step": the same batch bookkeeping as
    `cards print` (a batch in the booklets' order, its cards marked printed)."""
    from ..printing.cards_pdf import PrinterProfile, cards_pdf
    from .layouts import load_layout

    card_template, version = load_layout(session, template)
    chosen = profile or default_profile_name(session)
    printer = PrinterProfile.from_dict(chosen, printer_profile(session, chosen))
    emblem = emblem_path(session)

    def write(records: list[PrintRecord], out):  # noqa: ANN001, ANN202
        newly = [r.card_id for r in records if r.card_status == CardStatus.TO_PRINT and r.card_id]
        batch_id = create_batch(
            session, records, card_template.name, layout, printer.name, "", version
        )
        record_printed(session, batch_id)
        session.commit()  # the batch is recorded before its PDF is renamed into place
        try:
            return cards_pdf(records, card_template, out, layout, printer, emblem)
        except BaseException:
            undo_print_run(session, PrintRun(batch_id, records, newly))
            session.commit()
            raise

    return write
