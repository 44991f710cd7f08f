"""The card's life after its number: printed, handed to the member, lost; the batch tables.

A member has at most one current card. Reissue closes the current card as lost (it stays in
the history) and gives a new number. Every print run is a batch (CardBatch, its cards
CardBatchItem); making, printing and listing batches is app.models.card_batches.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import ForeignKey, Index, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import changes
from .base import Base, UuidPrimaryKey, partial_index, utcnow
from .card_numbers import assign_numbers
from .entities import Card, CardStatus, Member
from .errors import NotFoundError, ValidationError
from .locking import LockKey, decide_alone
from .permissions import Permission, access, require
from .print_selection import PrintRecord, select_for_print

changes.track(Card, "card")


ITEM_PENDING = "pending"
ITEM_PRINTED = "printed"
ITEM_FAILED = "failed"


class CardBatch(UuidPrimaryKey, Base):
    """One print run of cards."""

    __tablename__ = "card_batch"

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_login: Mapped[str] = mapped_column(String(100), default="")
    template: Mapped[str] = mapped_column(String(100))
    # the office layout's version printed with (None: a built-in layout), for a faithful reprint
    template_version: Mapped[int | None] = mapped_column(Integer)
    layout: Mapped[str] = mapped_column(String(16))  # card | a4
    profile: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    printed_at: Mapped[dt.datetime | None] = mapped_column()
    times_printed: Mapped[int] = mapped_column(Integer, default=0)


class CardBatchItem(UuidPrimaryKey, Base):
    """A card in a batch, at its place in the print order, printed or failed."""

    __tablename__ = "card_batch_item"
    __table_args__ = (
        Index("ix_card_batch_item_batch", "batch_id", "position"),
        # the failed cards of each batch, counted by `cards batches` (card_batch_failed_0001)
        partial_index(
            "ix_card_batch_item_failed",
            "batch_id",
            sqlite=f"status = '{ITEM_FAILED}'",
            postgresql=f"status = '{ITEM_FAILED}'",
        ),
    )

    batch_id: Mapped[str] = mapped_column(ForeignKey("card_batch.id"))
    position: Mapped[int] = mapped_column(Integer)
    card_id: Mapped[str] = mapped_column(ForeignKey("card.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    status: Mapped[str] = mapped_column(String(16), default=ITEM_PENDING)


@dataclass(frozen=True)
class CardInfo:
    id: str
    number: str
    status: str
    is_current: bool
    created_on: dt.date
    printed_on: dt.date | None
    handed_on: dt.date | None
    closed_on: dt.date | None


# --- selection ------------------------------------------------------------------------------
def prepare_print(
    session: Session,
    org_code: str | None = None,
    member_ids: list[str] | None = None,
    only_unprinted: bool = False,
) -> list[PrintRecord]:
    """The members to print, in member-list order; those without a number get one first."""
    require(session, Permission.CARDS)
    records = select_for_print(session, org_code, member_ids, only_unprinted)
    missing = [r.member_id for r in records if r.card_id is None]
    if missing:
        assign_numbers(session, missing)
        records = select_for_print(session, org_code, member_ids, only_unprinted)
    return records


def unprinted_member_ids(session: Session) -> list[str]:
    """Members who have not left and have no printed card: no card, or one still to print."""
    query = (
        select(Member.id)
        .outerjoin(Card, (Card.member_id == Member.id) & Card.is_current.is_(True))
        .where(Member.left_on.is_(None))
        .where(Card.id.is_(None) | (Card.status == CardStatus.TO_PRINT))
        .where(*access(session).narrow(Member.organisation_id))
    )
    return list(session.scalars(query))


# --- lifecycle -------------------------------------------------------------------------------
def _current_card(session: Session, member_id: str) -> Card | None:
    return session.scalar(select(Card).where(Card.member_id == member_id, Card.is_current))


def _card(session: Session, card_id: str) -> Card:
    card = session.get(Card, card_id)
    if card is None:
        raise NotFoundError("Такого билета нет в базе данных.")
    return card


def card_history(session: Session, member_id: str) -> list[CardInfo]:
    access(session).require_members(session, [member_id])
    cards = session.scalars(
        select(Card)
        .where(Card.member_id == member_id)
        .order_by(Card.is_current.desc(), Card.created_on.desc(), Card.number.desc())
    )
    return [
        CardInfo(
            c.id,
            c.number,
            c.status,
            c.is_current,
            c.created_on,
            c.printed_on,
            c.handed_on,
            c.closed_on,
        )
        for c in cards
    ]


def reissue(session: Session, member_id: str, today: dt.date | None = None) -> str:
    """Close the member's current card as lost or spoiled and give a new number; returns it."""
    require(session, Permission.CARDS)
    decide_alone(session, LockKey.CARD_NUMBERS)  # two reissues at once close one card, not two
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError("Такого члена Профсоюза нет в базе данных.")
    access(session).require_org(member.organisation_id)
    if member.left_on is not None:
        raise ValidationError("Член Профсоюза вышел из него: новый билет не выдаётся.")
    current = _current_card(session, member_id)
    if current is not None:
        _close(current, today or dt.date.today())
        session.flush()
    return assign_numbers(session, [member_id])[member_id]


def _close(card: Card, on: dt.date) -> None:
    card.status = CardStatus.LOST
    card.is_current = False
    card.closed_on = on


def mark_lost(session: Session, card_id: str, today: dt.date | None = None) -> None:
    """The card is lost or spoiled: it stays in the history, no longer current."""
    require(session, Permission.CARDS)
    card = _card(session, card_id)
    access(session).require_members(session, [card.member_id])
    if card.status == CardStatus.LOST:
        raise ValidationError(f"Билет № {card.number} уже отмечен как утерянный.")
    _close(card, today or dt.date.today())


def mark_printed(session: Session, card_ids: list[str], today: dt.date | None = None) -> int:
    """Cards still to print become printed; returns how many changed."""
    require(session, Permission.CARDS)
    _require_cards(session, card_ids)
    on = today or dt.date.today()
    changed = 0
    for start in range(0, len(card_ids), 500):
        chunk = card_ids[start : start + 500]
        for card in session.scalars(select(Card).where(Card.id.in_(chunk))):
            if card.status == CardStatus.TO_PRINT and card.is_current:
                card.status = CardStatus.PRINTED
                card.printed_on = on
                changed += 1
    return changed


def mark_issued(session: Session, card_ids: list[str], today: dt.date | None = None) -> int:
    """The member got the card in hand (signed the issue sheet)."""
    require(session, Permission.CARDS)
    _require_cards(session, card_ids)
    on = today or dt.date.today()
    changed = 0
    for card in session.scalars(select(Card).where(Card.id.in_(card_ids))):
        if not card.is_current:
            raise ValidationError(f"Билет № {card.number} закрыт: выдать его нельзя.")
        if card.status == CardStatus.TO_PRINT:
            raise ValidationError(f"Билет № {card.number} ещё не напечатан.")
        if card.status != CardStatus.ISSUED:
            card.status = CardStatus.ISSUED
            card.handed_on = on
            changed += 1
    return changed


def _require_cards(session: Session, card_ids: list[str]) -> None:
    rule = access(session)
    if not rule.limited:
        return
    for start in range(0, len(card_ids), 500):
        chunk = card_ids[start : start + 500]
        members = list(session.scalars(select(Card.member_id).where(Card.id.in_(chunk))))
        rule.require_members(session, members)


# --- demo data -----------------------------------------------------------------------------------
def give_demo_cards(session: Session) -> int:
    """Demo only: every e-registered member who has not left holds an issued card, numbered
    like real ones. Bulk SQL, no change log: seconds for 250,000 members."""
    from .card_numbers import number_prefix

    prefix = number_prefix(session)
    rows = session.execute(
        select(Member.id, Member.e_registered_on)
        .where(Member.e_registered_on.is_not(None), Member.left_on.is_(None))
        .order_by(Member.organisation_id, Member.sort_key)
    ).all()
    width = 12 - len(prefix)
    issued = str(CardStatus.ISSUED)
    bits = random.Random(len(rows)).getrandbits  # same demo, same card ids
    values = []
    for serial, (member_id, registered) in enumerate(rows, start=1):
        first12 = prefix + str(serial).zfill(width)
        total = sum(map(int, first12[0::2])) + 3 * sum(map(int, first12[1::2]))
        number = first12 + str((10 - total % 10) % 10)
        h = f"{bits(128):032x}"  # a random (version 4) UUID, written out directly
        card_id = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"
        day = registered.isoformat()
        values.append((card_id, member_id, number, issued, day, day, day))
    if session.connection().dialect.name != "sqlite":  # a server database: through Core
        keys = ("id", "member_id", "number", "status", "created_on", "printed_on", "handed_on")
        rows = []
        for value in values:
            row = dict(zip(keys, value, strict=True))
            for day in ("created_on", "printed_on", "handed_on"):
                row[day] = dt.date.fromisoformat(row[day])
            rows.append({**row, "is_current": True, "issued_here": True})
        for start in range(0, len(rows), 10000):
            session.execute(Card.__table__.insert(), rows[start : start + 10000])
        return len(values)
    # straight to the driver: SQLAlchemy's per-row processing would cost more than the insert
    cursor = session.connection().connection.driver_connection.cursor()
    cursor.executemany(
        "INSERT INTO card (id, member_id, number, status, is_current, issued_here, "
        "created_on, printed_on, handed_on) VALUES (?, ?, ?, ?, 1, 1, ?, ?, ?)",
        values,
    )
    cursor.close()
    return len(values)
