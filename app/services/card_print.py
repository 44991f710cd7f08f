"""Printing a card batch: the batch bookkeeping of app.models.cards around the card PDF of
app.printing.cards_pdf, so a batch is recorded and its cards marked printed only with the file
that prints them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..models.cards import (
    create_batch,
    default_profile_name,
    emblem_path,
    printer_profile,
    record_printed,
)
from ..models.print_selection import PrintRecord


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
        batch_id = create_batch(
            session, records, card_template.name, layout, printer.name, "", version
        )
        path = cards_pdf(records, card_template, out, layout, printer, emblem)
        record_printed(session, batch_id)
        return path

    return write
