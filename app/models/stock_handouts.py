"""Booklets leaving an organisation's stock other than by shipment: handed to members
(typed in as a number, or counted from the cards handed over) and written off.

Without a named edition the oldest edition the organisation holds goes first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .entities import Card, CardStatus, Member
from .errors import ValidationError
from .permissions import Permission, require
from .stock import (
    HandoutSource,
    Movement,
    MovementKind,
    add_entry,
    check_not_negative,
    fmt,
    holdings,
    lock_ledger,
    org_or_fail,
    positive,
)


def _take(
    session: Session,
    kind: MovementKind,
    org_id: str,
    quantity: int,
    on: dt.date | None,
    edition_id: str | None,
    what: str,
    **extra,
) -> list[Movement]:
    """Take booklets out of an organisation's stock, oldest edition first unless one is named."""
    require(session, Permission.STOCK)
    positive(quantity)
    lock_ledger(session)
    org = org_or_fail(session, org_id)
    on = on or dt.date.today()
    if edition_id is not None:
        parts = [(edition_id, quantity)]
    else:
        held = holdings(session, org.id)
        total = sum(qty for _, qty in held)
        if total < quantity:
            raise ValidationError(
                f"{what} {fmt(quantity)} экз.: в организации «{org.display_name}» на руках "
                f"{fmt(total)} экз. Ничего не изменено."
            )
        parts, rest = [], quantity
        for edition, qty in held:
            if rest == 0:
                break
            part = min(qty, rest)
            parts.append((edition.id, part))
            rest -= part
    rows = [
        add_entry(
            session,
            kind=kind,
            organisation_id=org.id,
            edition_id=e,
            quantity=q,
            entry_date=on,
            **extra,
        )
        for e, q in parts
    ]
    for e, q in parts:
        check_not_negative(session, org.id, e, q, what)
    return rows


def hand_out(
    session: Session,
    org_id: str,
    quantity: int,
    on: dt.date | None = None,
    edition_id: str | None = None,
    note: str = "",
) -> list[Movement]:
    """Booklets handed to members, entered as a number."""
    return _take(
        session,
        MovementKind.HANDOUT,
        org_id,
        quantity,
        on,
        edition_id,
        "Нельзя выдать",
        source=HandoutSource.MANUAL,
        reason=note.strip(),
    )


def cards_handed(session: Session, org_id: str, on: dt.date | None = None) -> int:
    """Cards handed to members of the organisation up to a date (each came in a booklet).

    A card counts once it has a hand-over date and is issued, or was issued and later
    lost (the booklet went out with it all the same).
    """
    query = (
        select(func.count())
        .select_from(Card)
        .join(Member, Member.id == Card.member_id)
        .where(
            Member.organisation_id == org_id,
            Card.handed_on.is_not(None),
            Card.status.in_([CardStatus.ISSUED, CardStatus.LOST]),
        )
    )
    if on is not None:
        query = query.where(Card.handed_on <= on)
    return int(session.scalar(query) or 0)


def counted_from_cards(session: Session, org_id: str) -> int:
    query = select(func.sum(Movement.quantity)).where(
        Movement.organisation_id == org_id,
        Movement.kind == MovementKind.HANDOUT,
        Movement.source == HandoutSource.CARDS,
    )
    return int(session.scalar(query) or 0)


def hand_out_from_cards(session: Session, org_id: str, on: dt.date | None = None) -> list[Movement]:
    """Record as handed out the booklets of the cards handed over since the last count.

    Counting twice records nothing new: the cards already counted are subtracted.
    """
    require(session, Permission.STOCK)
    lock_ledger(session)
    on = on or dt.date.today()
    new = cards_handed(session, org_id, on) - counted_from_cards(session, org_id)
    if new <= 0:
        org = org_or_fail(session, org_id)
        raise ValidationError(
            f"В организации «{org.display_name}» нет выданных билетов, которые ещё не учтены как выдача буклетов."
        )
    return _take(
        session,
        MovementKind.HANDOUT,
        org_id,
        new,
        on,
        None,
        "Нельзя выдать",
        source=HandoutSource.CARDS,
        reason="по выданным билетам",
    )


def write_off(
    session: Session,
    org_id: str,
    quantity: int,
    reason: str,
    on: dt.date | None = None,
    edition_id: str | None = None,
) -> list[Movement]:
    """Damaged or lost booklets leave the stock, with the reason."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("Укажите причину списания.")
    return _take(
        session,
        MovementKind.WRITEOFF,
        org_id,
        quantity,
        on,
        edition_id,
        "Нельзя списать",
        reason=reason,
    )
