"""The card's life after its number: printed, handed to the member, lost; print batches.

A member has at most one current card. Reissue closes the current card as lost (it stays in
the history) and gives a new number. Every print run is a batch: who printed it, when, with
which template, layout and printer profile, and which cards in which order, each printed or
failed, so a batch can be printed again or only its failed cards.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import ForeignKey, Index, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import changes
from .audit import log_event
from .base import Base, UuidPrimaryKey, utcnow
from .card_numbers import assign_numbers
from .entities import Card, CardStatus, Member
from .errors import NotFoundError, PermissionDeniedError, ValidationError
from .locking import LockKey, decide_alone
from .permissions import OUTSIDE, Access, Permission, access, require
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
    __table_args__ = (Index("ix_card_batch_item_batch", "batch_id", "position"),)

    batch_id: Mapped[str] = mapped_column(ForeignKey("card_batch.id"))
    position: Mapped[int] = mapped_column(Integer)
    card_id: Mapped[str] = mapped_column(ForeignKey("card.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    status: Mapped[str] = mapped_column(String(16), default=ITEM_PENDING)


@dataclass(frozen=True)
class BatchInfo:
    id: str
    created_at: dt.datetime
    user_login: str
    template: str
    layout: str
    profile: str
    title: str
    printed_at: dt.datetime | None
    count: int
    failed: int
    template_version: int | None = None


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


# --- batches ---------------------------------------------------------------------------------
def create_batch(
    session: Session,
    records: list[PrintRecord],
    template: str,
    layout: str,
    profile: str = "",
    title: str = "",
    template_version: int | None = None,
) -> str:
    """Remember a print run (its cards in print order) before it goes to the printer."""
    require(session, Permission.CARDS)
    if not records:
        raise ValidationError("Нет ни одного билета для печати.")
    if any(r.card_id is None for r in records):
        raise ValidationError("У некоторых членов Профсоюза ещё нет номера билета.")
    batch = CardBatch(
        user_login=session.info.get("user_login", ""),
        template=template,
        template_version=template_version,
        layout=layout,
        profile=profile,
        title=title[:300],
    )
    session.add(batch)
    session.flush()
    session.execute(
        CardBatchItem.__table__.insert(),
        [
            {
                "id": _new_id(),
                "batch_id": batch.id,
                "position": i,
                "card_id": r.card_id,
                "member_id": r.member_id,
                "status": ITEM_PENDING,
            }
            for i, r in enumerate(records)
        ],
    )
    return batch.id


@dataclass(frozen=True)
class PrintRun:
    """A print run as recorded: its batch (None for a draft), records in print order, and the
    cards this run turned from 'to print' into 'printed' (what undo_print_run gives back)."""

    batch_id: str | None
    records: list[PrintRecord]
    newly_printed: list[str]


def start_print_run(
    session: Session,
    org_code: str | None = None,
    member_ids: list[str] | None = None,
    only_unprinted: bool = False,
    *,
    template: str,
    layout: str,
    profile: str = "",
    title: str = "",
    draft: bool = False,
    template_version: int | None = None,
) -> PrintRun:
    """Choose, number and record a print run in one transaction under the numbering lock.

    Two runs at once (two workstations, two `--only-unprinted`) never take the same cards,
    because the second chooses after the first has committed. The caller commits this
    session before the PDF is renamed into place: a PDF the user sees always belongs to a
    recorded batch, and the numbers on it are never given to anyone else. A run killed after
    the commit leaves a batch whose PDF can be made again (`cards print --batch`)."""
    require(session, Permission.CARDS)
    decide_alone(session, LockKey.CARD_NUMBERS)
    records = prepare_print(session, org_code, member_ids, only_unprinted)
    if not records:
        return PrintRun(None, [], [])
    if draft:
        record_draft(session, len(records), layout)
        return PrintRun(None, records, [])
    newly = [r.card_id for r in records if r.card_status == CardStatus.TO_PRINT and r.card_id]
    batch_id = create_batch(session, records, template, layout, profile, title, template_version)
    record_printed(session, batch_id)
    return PrintRun(batch_id, records, newly)


def undo_print_run(session: Session, run: PrintRun) -> None:
    """The PDF of a recorded run could not be made: its cards wait to be printed again and
    the batch goes (the audit log keeps both the print and this cancellation)."""
    if run.batch_id is None:
        return
    require(session, Permission.CARDS)
    decide_alone(session, LockKey.CARD_NUMBERS)
    for start in range(0, len(run.newly_printed), 500):
        chunk = run.newly_printed[start : start + 500]
        for card in session.scalars(select(Card).where(Card.id.in_(chunk))):
            if card.is_current and card.status == CardStatus.PRINTED:
                card.status = CardStatus.TO_PRINT
                card.printed_on = None
    session.execute(CardBatchItem.__table__.delete().where(CardBatchItem.batch_id == run.batch_id))
    batch = session.get(CardBatch, run.batch_id)
    if batch is not None:
        session.delete(batch)
    log_event(session, "print_cancelled", "card_batch", run.batch_id, {"count": len(run.records)})


def remake_batch(session: Session, batch_id: str) -> tuple[CardBatch, list[PrintRecord]]:
    """The batch's cards again, for a new copy of its PDF (a print killed before its file
    appeared, a lost file); recorded as one more print of the batch."""
    require(session, Permission.CARDS)
    batch = _batch(session, batch_id)
    records = batch_records(session, batch_id)
    if not records:
        raise ValidationError("В этой партии не осталось членов Профсоюза для печати.")
    record_printed(session, batch_id)
    return batch, records


def _new_id() -> str:
    from .base import new_id

    return new_id()


def _batch(session: Session, batch_id: str) -> CardBatch:
    """The batch, if every member in it is inside the user's subtree."""
    batch = session.get(CardBatch, batch_id)
    if batch is None:
        raise NotFoundError("Такой партии печати нет в базе данных.")
    rule = access(session)
    if rule.limited and session.scalar(
        select(CardBatchItem.member_id)
        .join(Member, Member.id == CardBatchItem.member_id)
        .where(CardBatchItem.batch_id == batch_id, *_outside(rule))
        .limit(1)
    ):
        raise PermissionDeniedError(OUTSIDE)
    return batch


def _outside(rule: Access) -> list:
    """Members outside the user's subtree (for a limited user only)."""
    return [Member.organisation_id.not_in(sorted(rule.orgs or ()))]


def _require_cards(session: Session, card_ids: list[str]) -> None:
    rule = access(session)
    if not rule.limited:
        return
    for start in range(0, len(card_ids), 500):
        chunk = card_ids[start : start + 500]
        members = list(session.scalars(select(Card.member_id).where(Card.id.in_(chunk))))
        rule.require_members(session, members)


def record_printed(
    session: Session, batch_id: str, card_ids: list[str] | None = None, today: dt.date | None = None
) -> int:
    """The batch (or these of its cards) went through the printer: items and cards printed."""
    require(session, Permission.CARDS)
    batch = _batch(session, batch_id)
    items = session.scalars(select(CardBatchItem).where(CardBatchItem.batch_id == batch_id)).all()
    wanted = set(card_ids) if card_ids is not None else None
    printed = [i for i in items if wanted is None or i.card_id in wanted]
    for item in printed:
        item.status = ITEM_PRINTED
    mark_printed(session, [i.card_id for i in printed], today)
    batch.printed_at = utcnow()
    batch.times_printed += 1
    log_event(
        session, "print", "card_batch", batch_id, {"count": len(printed), "layout": batch.layout}
    )
    return len(printed)


def mark_failed(session: Session, batch_id: str, card_ids: list[str]) -> int:
    """These cards of the batch came out spoiled: they wait to be printed again."""
    require(session, Permission.CARDS)
    _batch(session, batch_id)
    wanted = set(card_ids)
    items = [
        i
        for i in session.scalars(select(CardBatchItem).where(CardBatchItem.batch_id == batch_id))
        if i.card_id in wanted
    ]
    for item in items:
        item.status = ITEM_FAILED
        card = session.get(Card, item.card_id)
        if card is not None and card.is_current and card.status == CardStatus.PRINTED:
            card.status = CardStatus.TO_PRINT
            card.printed_on = None
    return len(items)


def batch_records(session: Session, batch_id: str, only_failed: bool = False) -> list[PrintRecord]:
    """The batch's members in its print order, with their current cards (as plain records)."""
    _batch(session, batch_id)
    query = (
        select(CardBatchItem.member_id)
        .where(CardBatchItem.batch_id == batch_id)
        .order_by(CardBatchItem.position)
    )
    if only_failed:
        query = query.where(CardBatchItem.status == ITEM_FAILED)
    order = list(session.scalars(query))
    found = {r.member_id: r for r in select_for_print(session, member_ids=order)}
    return [found[m] for m in order if m in found]


def batch_items(session: Session, batch_id: str) -> list[tuple[PrintRecord, str]]:
    """(record, item status) in print order, for the batch window."""
    _batch(session, batch_id)
    rows = session.execute(
        select(CardBatchItem.member_id, CardBatchItem.status)
        .where(CardBatchItem.batch_id == batch_id)
        .order_by(CardBatchItem.position)
    ).all()
    found = {r.member_id: r for r in select_for_print(session, member_ids=[m for m, _ in rows])}
    return [(found[m], status) for m, status in rows if m in found]


def list_batches(session: Session, limit: int = 500) -> list[BatchInfo]:
    counts = (
        select(
            CardBatchItem.batch_id,
            func.count().label("n"),
            func.sum((CardBatchItem.status == ITEM_FAILED).cast(Integer)).label("failed"),
        )
        .group_by(CardBatchItem.batch_id)
        .subquery()
    )
    query = select(CardBatch, counts.c.n, counts.c.failed).outerjoin(
        counts, counts.c.batch_id == CardBatch.id
    )
    rule = access(session)
    if rule.limited:  # only batches wholly inside the user's subtree
        outside = (
            select(CardBatchItem.batch_id)
            .join(Member, Member.id == CardBatchItem.member_id)
            .where(*_outside(rule))
        )
        query = query.where(CardBatch.id.not_in(outside))
    rows = session.execute(query.order_by(CardBatch.created_at.desc()).limit(limit))
    return [
        BatchInfo(
            b.id,
            b.created_at,
            b.user_login,
            b.template,
            b.layout,
            b.profile,
            b.title,
            b.printed_at,
            n or 0,
            failed or 0,
            b.template_version,
        )
        for b, n, failed in rows
    ]


def list_batch(session: Session, batch_id: str) -> BatchInfo:
    _batch(session, batch_id)
    for info in list_batches(session, limit=100000):
        if info.id == batch_id:
            return info
    raise NotFoundError("Такой партии печати нет в базе данных.")


def delete_unprinted_batch(session: Session, batch_id: str) -> None:
    """A batch never printed (preview closed without printing) leaves no trace."""
    batch = _batch(session, batch_id)
    if batch.printed_at is not None:
        return
    session.execute(CardBatchItem.__table__.delete().where(CardBatchItem.batch_id == batch_id))
    session.delete(batch)


def record_draft(session: Session, count: int, layout: str) -> None:
    """A card PDF made as a draft (no batch, nothing marked): still an export of personal data."""
    require(session, Permission.CARDS)
    log_event(session, "export", "cards_pdf", "", {"count": count, "layout": layout})


# --- issue sheet --------------------------------------------------------------------------------
def issue_sheet_records(
    session: Session, org_code: str | None = None, batch_id: str | None = None
) -> list[PrintRecord]:
    """Who goes on the issue sheet: a batch's members, or an organisation's (numbers first)."""
    require(session, Permission.CARDS)
    records = batch_records(session, batch_id) if batch_id else prepare_print(session, org_code)
    log_event(session, "print", "issue_sheet", batch_id or org_code or "", {"count": len(records)})
    return records


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
