"""Booklet distribution: editions, shipments as documents, and a ledger of movements.

Every booklet that arrives, leaves, is handed to a member or written off is one row of
`stock_movement`; balances are sums over those rows (see app.models.stock_queries) and
are never typed in. A mistake is undone by a reversing row that points at the row it
cancels; nothing is ever deleted.

Where the booklets are while a shipment travels: they leave the sender's stock when the
shipment is *sent* and arrive in the receiver's stock when it is *received* (confirmed);
in between they are "in transit" and belong to neither balance. A receiver who counts
fewer than were sent confirms the number counted; the shortfall is written off at the
receiver ("недостача при приёмке"), so every booklet of a print run stays accounted for.

Nothing goes below zero: each change first takes SQLite's write lock (`_lock`), writes
its rows, flushes, and re-reads the affected balances inside the same transaction; a
negative balance raises ValidationError and the whole transaction is rolled back. Two
programs shipping from the same stock at once are therefore serialised by SQLite and the
second one sees the first one's rows.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, case, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import changes
from .base import Base, UuidPrimaryKey, utcnow
from .entities import Organisation
from .errors import NotFoundError, ProfdeskError, ValidationError
from .kinds import MovementKind, ShipmentStatus
from .limits import check_date, check_quantity, check_text, check_year, ru
from .locking import LockKey, decide_alone
from .organisations import region
from .permissions import Permission, access, require
from .text import fmt

# how each kind changes the stock on hand of its organisation
SIGN = {
    MovementKind.RECEIPT: 1,
    MovementKind.SHIP_IN: 1,
    MovementKind.SHIP_OUT: -1,
    MovementKind.HANDOUT: -1,
    MovementKind.WRITEOFF: -1,
}


class HandoutSource(enum.StrEnum):
    MANUAL = "manual"  # a number typed in
    CARDS = "cards"  # counted from the cards handed to members


class Edition(UuidPrimaryKey, Base):
    """An edition of the booklet (title and year); print runs of it arrive as receipts."""

    __tablename__ = "stock_edition"

    title: Mapped[str] = mapped_column(String(200), unique=True)
    year: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Shipment(UuidPrimaryKey, Base):
    """A shipment document: draft -> sent -> received (or cancelled)."""

    __tablename__ = "stock_shipment"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    edition_id: Mapped[str] = mapped_column(ForeignKey("stock_edition.id"))
    from_org_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    to_org_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=ShipmentStatus.DRAFT)
    created_on: Mapped[dt.date] = mapped_column(Date)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    received_by: Mapped[str] = mapped_column(String(200), default="")
    received_quantity: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Movement(UuidPrimaryKey, Base):
    """One entry of the ledger. Reversals carry the negated quantity and `reverses_id`."""

    __tablename__ = "stock_movement"
    __table_args__ = (Index("ix_stock_movement_org_edition", "organisation_id", "edition_id"),)

    kind: Mapped[str] = mapped_column(String(16))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    edition_id: Mapped[str] = mapped_column(ForeignKey("stock_edition.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    entry_date: Mapped[dt.date] = mapped_column(Date)
    shipment_id: Mapped[str | None] = mapped_column(ForeignKey("stock_shipment.id"), index=True)
    # a row is reversed at most once: the unique key makes a second reversal impossible
    reverses_id: Mapped[str | None] = mapped_column(ForeignKey("stock_movement.id"), unique=True)
    source: Mapped[str] = mapped_column(String(16), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    user_login: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


changes.track(Edition, "stock_edition")
changes.track(Shipment, "stock_shipment")
changes.track(Movement, "stock_movement")


# --- locking and balances -------------------------------------------------------------


def lock_ledger(session: Session) -> None:
    """Take the ledger's write lock now, before any balance is read (app/models/locking.py):
    from here to commit no other program can add entries, and every read sees theirs."""
    try:
        decide_alone(session, LockKey.STOCK)  # every shipment waits for the one before it
    except OperationalError as error:  # another program held the lock past busy_timeout
        raise ProfdeskError(
            "База данных занята другой операцией с буклетами: повторите через минуту."
        ) from error


def on_hand(session: Session, org_id: str, edition_id: str | None = None) -> int:
    """Booklets the organisation holds now (of one edition, or of all)."""
    incoming = Movement.kind.in_([MovementKind.RECEIPT, MovementKind.SHIP_IN])
    signed = func.sum(case((incoming, Movement.quantity), else_=-Movement.quantity))
    query = select(signed).where(Movement.organisation_id == org_id)
    if edition_id is not None:
        query = query.where(Movement.edition_id == edition_id)
    return int(session.scalar(query) or 0)


def holdings(session: Session, org_id: str) -> list[tuple[Edition, int]]:
    """(edition, on hand) with stock above zero, oldest edition first."""
    result = []
    for edition in session.scalars(select(Edition).order_by(Edition.year, Edition.created_at)):
        qty = on_hand(session, org_id, edition.id)
        if qty > 0:
            result.append((edition, qty))
    return result


def org_or_fail(session: Session, org_id: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFoundError("Организация не найдена: возможно, её удалили.")
    access(session).require_org(org.id)  # stock moves only inside the user's subtree
    return org


def check_not_negative(session: Session, org_id: str, edition_id: str, needed: int, what: str):
    """After the rows are flushed: refuse (and roll back) if the balance went below zero."""
    session.flush()
    left = on_hand(session, org_id, edition_id)
    if left < 0:
        org = org_or_fail(session, org_id)
        edition = session.get(Edition, edition_id)
        raise ValidationError(
            f"{what} {fmt(needed)} экз.: в организации «{org.display_name}» на руках "
            f"{fmt(left + needed)} экз. издания «{edition.title}». Ничего не изменено."
        )


def positive(quantity: int) -> int:
    return check_quantity(quantity)


DATE_LABELS = {
    MovementKind.RECEIPT: "Дата поступления тиража",
    MovementKind.SHIP_OUT: "Дата отправки",
    MovementKind.SHIP_IN: "Дата приёмки",
    MovementKind.HANDOUT: "Дата выдачи",
    MovementKind.WRITEOFF: "Дата списания",
}


def check_entry_date(session: Session, kind: str, edition_id: str, on: dt.date) -> None:
    """Within the union's years, and never before the edition's print run arrived (balances
    read by date would otherwise go below zero before the receipt)."""
    check_date(on, DATE_LABELS[MovementKind(kind)])
    if kind == MovementKind.RECEIPT:
        return
    first = session.scalar(
        select(func.min(Movement.entry_date)).where(
            Movement.edition_id == edition_id, Movement.kind == MovementKind.RECEIPT
        )
    )
    if first is not None and on < first:
        edition = session.get(Edition, edition_id)
        raise ValidationError(
            f"{DATE_LABELS[MovementKind(kind)]} {ru(on)} раньше, чем пришёл тираж издания "
            f"«{edition.title}» ({ru(first)}). Ничего не изменено."
        )


def add_entry(session: Session, **values) -> Movement:
    check_text("stock_movement", {"reason": values.get("reason", "")})
    if values.get("reverses_id") is None:
        check_entry_date(session, values["kind"], values["edition_id"], values["entry_date"])
    movement = Movement(user_login=session.info.get("user_login", ""), **values)
    session.add(movement)
    return movement


# --- editions and receipts ------------------------------------------------------------


def find_edition(session: Session, title: str) -> Edition | None:
    title = " ".join((title or "").split())
    return session.scalar(select(Edition).where(func.lower(Edition.title) == title.lower()))


def edition_by_title(session: Session, title: str) -> Edition:
    edition = find_edition(session, title)
    if edition is None:
        raise NotFoundError(f"Издания «{title}» нет: сначала оприходуйте его тираж.")
    return edition


def receive_edition(
    session: Session,
    title: str,
    quantity: int,
    on: dt.date | None = None,
    year: int | None = None,
    org_id: str | None = None,
) -> Movement:
    """A print run arrives from the printing house (at the region unless said otherwise)."""
    require(session, Permission.STOCK)
    positive(quantity)
    check_year(year)
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError("Укажите название издания буклета.")
    check_text("stock_edition", {"title": title})
    on = on or dt.date.today()
    lock_ledger(session)
    if org_id is None:
        top = region(session)
        if top is None:
            raise ValidationError("В базе нет региональной организации: сначала выполните init.")
        org_id = top.id
    org_or_fail(session, org_id)
    edition = find_edition(session, title)
    if edition is None:
        edition = Edition(title=title, year=year or on.year)
        session.add(edition)
        session.flush()
    return add_entry(
        session,
        kind=MovementKind.RECEIPT,
        organisation_id=org_id,
        edition_id=edition.id,
        quantity=quantity,
        entry_date=on,
        reason="тираж из типографии",
    )


def is_reversed(session: Session, movement_id: str) -> bool:
    return (
        session.scalar(select(Movement.id).where(Movement.reverses_id == movement_id)) is not None
    )


def reverse_entry(session: Session, entry: Movement, reason: str) -> Movement:
    return add_entry(
        session,
        kind=entry.kind,
        organisation_id=entry.organisation_id,
        edition_id=entry.edition_id,
        quantity=-entry.quantity,
        entry_date=dt.date.today(),
        shipment_id=entry.shipment_id,
        reverses_id=entry.id,
        source=entry.source,
        reason=reason,
    )


def get_movement(session: Session, ref: str) -> Movement:
    ref = (ref or "").strip()
    found = []
    if len(ref) >= 4:
        found = list(session.scalars(select(Movement).where(Movement.id.like(f"{ref}%")).limit(2)))
    if len(found) != 1:
        raise NotFoundError(f"Записи движения буклетов «{ref}» нет.")
    return found[0]


def reverse_movement(session: Session, movement_id: str, reason: str = "") -> Movement:
    """Correct a mistaken entry by a reversing one; shipment entries go through their shipment."""
    require(session, Permission.STOCK)
    lock_ledger(session)
    entry = session.get(Movement, movement_id)
    if entry is None:
        raise NotFoundError("Запись движения буклетов не найдена.")
    access(session).require_org(entry.organisation_id)
    if entry.reverses_id is not None:
        raise ValidationError("Это уже сторнирующая запись: внесите правильную запись заново.")
    if is_reversed(session, entry.id):
        raise ValidationError("Эта запись уже сторнирована.")
    if entry.shipment_id is not None:
        raise ValidationError(
            "Записи отправок исправляются отменой самой отправки, а не отдельной записи."
        )
    row = reverse_entry(session, entry, reason.strip() or "исправление ошибки")
    session.flush()
    if on_hand(session, entry.organisation_id, entry.edition_id) < 0:
        org = org_or_fail(session, entry.organisation_id)
        raise ValidationError(
            f"Сторнировать запись нельзя: у организации «{org.display_name}» не хватит буклетов — часть "
            "из них уже передана или выдана. Ничего не изменено."
        )
    return row
