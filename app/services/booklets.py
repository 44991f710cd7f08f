"""The booklet «Как работать в Профкардс?»: its editable texts and whom a print run is for.

The texts are the shipped Russian draft (resources/booklet/booklet_ru.json) with the
office's changes on top, stored in the setting "booklet.content" (only the fields that
differ from the draft, so a corrected draft still reaches fields nobody touched). The
emblem is the image named by the setting "print.emblem_path" (shared with the cards),
or the program's neutral emblem when unset or missing.

A personalised run takes the members from `select_for_print` — the order the card batch
uses — and gives a card number first to members who have none, so every booklet names
the card that goes into it. Drawing the PDF is app.printing.booklet's job; the GUI and
the CLI call `booklet_content`, render, then `log_booklet_print` in one session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..models.audit import log_event
from ..models.card_numbers import assign_numbers
from ..models.errors import ValidationError
from ..models.organisations import region
from ..models.permissions import Permission, access, require
from ..models.print_selection import PrintRecord, select_for_print
from ..models.print_settings import EMBLEM_KEY
from ..models.settings import get_setting, set_setting
from ..printing.booklet_content import (
    BookletContent,
    BookletEntry,
    BookletTexts,
    default_emblem,
    default_texts,
)
from .booklet_layouts import layout_in_use

CONTENT_KEY = "booklet.content"
TEXTS_WHAT = "Тексты буклета"  # region-wide: a user limited to one organisation only reads them
EMBLEM_WHAT = "Эмблема на билетах и буклетах"

# whatever draws the booklets: app.printing.booklet.render_booklets fits
BookletWriter = Callable[[BookletContent, Path], Any]
# whatever draws the cards for the same records (the cards' PDF module, wired at merge)
CardWriter = Callable[[list[PrintRecord], Path], Any]


def region_name(session: Session) -> str:
    top = region(session)
    return top.name if top else ""


def load_texts(session: Session, fill_organisation: bool = True) -> BookletTexts:
    """The draft with the office's changes; an empty organisation name is the region's."""
    data = default_texts()
    overrides = get_setting(session, CONTENT_KEY) or {}
    data.update({k: v for k, v in overrides.items() if k in BookletTexts.field_names()})
    texts = BookletTexts.from_dict(data)
    if fill_organisation and not texts.organisation_name:
        texts.organisation_name = region_name(session)
    return texts


def save_texts(session: Session, texts: BookletTexts | dict[str, Any]) -> None:
    """Store the office's texts; fields equal to the draft are not stored."""
    require(session, Permission.BOOKLETS)
    access(session).require_region(session, TEXTS_WHAT)
    if isinstance(texts, dict):
        texts = BookletTexts.from_dict({**default_texts(), **texts})
    if not texts.title:
        raise ValidationError("Название буклета не может быть пустым.", {"title": "Пусто"})
    defaults = BookletTexts.from_dict(default_texts()).to_dict()
    changed = {k: v for k, v in texts.to_dict().items() if v != defaults.get(k)}
    set_setting(session, CONTENT_KEY, changed)


def reset_texts(session: Session) -> None:
    """Back to the shipped draft."""
    require(session, Permission.BOOKLETS)
    access(session).require_region(session, TEXTS_WHAT)
    set_setting(session, CONTENT_KEY, {})


def stored_emblem(session: Session) -> str:
    """The office's own emblem file as set, "" for the program's emblem."""
    return get_setting(session, EMBLEM_KEY) or ""


def emblem_path(session: Session) -> Path:
    """The office's emblem file when it is set and exists, else the program's own."""
    chosen = stored_emblem(session)
    if chosen and Path(chosen).is_file():
        return Path(chosen)
    return default_emblem()


def set_emblem(session: Session, path: str | Path | None) -> None:
    """Use this image file on booklets (and cards); None or "" for the program's emblem."""
    require(session, Permission.BOOKLETS)
    access(session).require_region(session, EMBLEM_WHAT)
    if path and not Path(path).is_file():
        raise ValidationError(f"Файла эмблемы «{path}» нет: выберите существующий рисунок.")
    set_setting(session, EMBLEM_KEY, str(path) if path else "")


def booklet_records(
    session: Session, org_code: str | None = None, member_ids: list[str] | None = None
) -> list[PrintRecord]:
    """Members who have not left, in card-batch order, each with a card number.

    Members without a current card get a new number first (the card is then "to print").
    """
    records = select_for_print(session, org_code=org_code, member_ids=member_ids)
    missing = [r.member_id for r in records if not r.card_number]
    if missing:
        assign_numbers(session, missing)
        # committed before any file shows them: a print killed later must not leave a
        # booklet whose number then goes to someone else (and the write lock is let go
        # before the long rendering)
        session.commit()
        records = select_for_print(session, org_code=org_code, member_ids=member_ids)
    return records


def entries_for(records: list[PrintRecord]) -> list[BookletEntry]:
    return [
        BookletEntry(
            full_name=r.full_name,
            card_number=r.card_number or "",
            organisation=r.organisation_short_name,
            last_name=r.last_name or "",
            first_name=r.first_name or "",
            patronymic=r.patronymic or "",
            organisation_full=r.organisation_name or "",
            region=r.region_name or "",
        )
        for r in records
    ]


def booklet_content(
    session: Session,
    org_code: str | None = None,
    member_ids: list[str] | None = None,
    blank: int = 0,
) -> BookletContent:
    """What to print: `blank` identical booklets, or one per selected member."""
    require(session, Permission.BOOKLETS)
    texts = load_texts(session)
    emblem = emblem_path(session)
    layout = layout_in_use(session)
    if blank:
        return BookletContent(texts=texts, emblem_path=emblem, blank_count=blank, layout=layout)
    records = booklet_records(session, org_code, member_ids)
    if not records:
        raise ValidationError("В выборке нет ни одного члена Профсоюза: печатать некому.")
    return BookletContent(
        texts=texts, emblem_path=emblem, entries=entries_for(records), layout=layout
    )


def preview_content(session: Session, texts: BookletTexts, emblem: str | Path | None):
    """A one-booklet sample for the editor's preview (no numbers are issued for it)."""
    if not texts.organisation_name:
        texts = BookletTexts.from_dict(
            {**texts.to_dict(), "organisation_name": region_name(session)}
        )
    path = Path(emblem) if emblem and Path(emblem).is_file() else default_emblem()
    sample = BookletEntry("Фамилия Имя Отчество", "0000000000000", "Первичная организация")
    return BookletContent(
        texts=texts, emblem_path=path, entries=[sample], layout=layout_in_use(session)
    )


def log_booklet_print(
    session: Session, count: int, pages: int, blank: bool, with_cards: bool = False
) -> None:
    details = {"count": count, "pages": pages, "blank": blank}
    if with_cards:
        details["with_cards"] = True
    log_event(session, "print", "booklet", details=details)


@dataclass
class JointResult:
    count: int
    booklets_path: Path
    cards_path: Path
    warnings: list[str] = field(default_factory=list)


def print_cards_and_booklets(
    session: Session,
    booklets_out: Path,
    cards_out: Path,
    write_booklets: BookletWriter,
    write_cards: CardWriter,
    org_code: str | None = None,
    member_ids: list[str] | None = None,
) -> JointResult:
    """Cards and booklets for the same members, in the same order, as two files.

    The records are selected (and numbered) once and handed to both writers, so the
    n-th card belongs in the n-th booklet. `write_booklets(content, path)` returns an
    object with `.warnings` and `.pages` (render_booklets does); `write_cards(records,
    path)` is the cards' PDF writer.
    """
    require(session, Permission.BOOKLETS)
    require(session, Permission.CARDS)
    records = booklet_records(session, org_code, member_ids)
    if not records:
        raise ValidationError("В выборке нет ни одного члена Профсоюза: печатать некому.")
    content = BookletContent(
        texts=load_texts(session),
        emblem_path=emblem_path(session),
        entries=entries_for(records),
        layout=layout_in_use(session),
    )
    result = write_booklets(content, Path(booklets_out))
    write_cards(records, Path(cards_out))
    log_booklet_print(
        session, len(records), getattr(result, "pages", 0), blank=False, with_cards=True
    )
    return JointResult(
        count=len(records),
        booklets_path=Path(booklets_out),
        cards_path=Path(cards_out),
        warnings=list(getattr(result, "warnings", [])),
    )
