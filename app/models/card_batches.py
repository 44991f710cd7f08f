"""Print batches of cards: every print run is a batch (who printed it, when, with which
template, layout and printer profile, and which cards in which order, each printed or
failed), so a batch can be printed again or only its failed cards.

Moved out of app.models.cards (issue 18), which keeps the card's life and the batch tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from .audit import log_event
from .base import utcnow
from .card_batch_rows import BatchInfo, batch_info
from .cards import (
    ITEM_FAILED,
    ITEM_PENDING,
    ITEM_PRINTED,
    CardBatch,
    CardBatchItem,
    mark_printed,
    prepare_print,
)
from .entities import Card, CardStatus, Member
from .errors import NotFoundError, PermissionDeniedError, ValidationError
from .locking import LockKey, decide_alone
from .permissions import OUTSIDE, Access, Permission, access, require
from .print_selection import PrintRecord, select_for_print


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
    """The newest print batches, newest first (a limited user: the batches wholly inside
    the subtree). On SQLite the light path's SQL on this session's connection."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import cards as light

        session.flush()  # the SQL reads the session's own batches too
        conn = connection.connection.driver_connection
        return light.batches(conn, limit, access(session).orgs)
    return query_list_batches(session, limit)


def query_list_batches(session: Session, limit: int = 500) -> list[BatchInfo]:
    """list_batches through SQLAlchemy: PostgreSQL's (and the parity tests')."""
    counts = (
        select(
            CardBatchItem.batch_id,
            func.count().label("n"),
            func.sum((CardBatchItem.status == ITEM_FAILED).cast(Integer)).label("failed"),
        )
        .group_by(CardBatchItem.batch_id)
        .subquery()
    )
    query = select(
        CardBatch.id,
        CardBatch.created_at,
        CardBatch.user_login,
        CardBatch.template,
        CardBatch.layout,
        CardBatch.profile,
        CardBatch.title,
        CardBatch.printed_at,
        counts.c.n,
        counts.c.failed,
        CardBatch.template_version,
    ).outerjoin(counts, counts.c.batch_id == CardBatch.id)
    rule = access(session)
    if rule.limited:  # only batches wholly inside the user's subtree
        outside = (
            select(CardBatchItem.batch_id)
            .join(Member, Member.id == CardBatchItem.member_id)
            .where(*_outside(rule))
        )
        query = query.where(CardBatch.id.not_in(outside))
    query = query.order_by(CardBatch.created_at.desc(), CardBatch.id.desc()).limit(limit)
    return [batch_info(row) for row in session.execute(query)]


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
