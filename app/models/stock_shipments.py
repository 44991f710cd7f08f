"""Shipments as documents: drafted, sent (the booklets leave the sender), received
(they arrive at the receiver, acknowledged by name), or cancelled by reversing entries.

See app.models.stock for the ledger and the locking that keeps balances at zero or above.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .entities import Organisation
from .errors import NotFoundError, ValidationError
from .limits import check_date, check_text
from .permissions import Permission, access, require
from .stock import (
    Edition,
    Movement,
    MovementKind,
    Shipment,
    ShipmentStatus,
    add_entry,
    check_not_negative,
    fmt,
    holdings,
    is_reversed,
    lock_ledger,
    on_hand,
    org_or_fail,
    positive,
    reverse_entry,
)


def get_shipment(session: Session, ref: str) -> Shipment:
    """A shipment by its id, a unique beginning of the id, or its number (12 or №12)."""
    ref = (ref or "").strip().lstrip("№").strip()
    shipment = None
    if ref.isdigit() and len(ref) < 9:
        shipment = session.scalar(select(Shipment).where(Shipment.number == int(ref)))
    if shipment is None and len(ref) >= 4:
        found = list(session.scalars(select(Shipment).where(Shipment.id.like(f"{ref}%")).limit(2)))
        shipment = found[0] if len(found) == 1 else None
    if shipment is None:
        raise NotFoundError(f"Отправки «{ref}» нет.")
    return shipment


def create_shipment(
    session: Session,
    to_org_id: str,
    quantity: int,
    from_org_id: str | None = None,
    edition_id: str | None = None,
    on: dt.date | None = None,
    note: str = "",
) -> Shipment:
    """A draft shipment from an organisation to one directly under it."""
    require(session, Permission.STOCK)
    positive(quantity)
    check_text("stock_shipment", {"note": note.strip()})
    if on is not None:
        check_date(on, "Дата отправки")
    lock_ledger(session)
    to_org = org_or_fail(session, to_org_id)
    if from_org_id is None:
        if to_org.parent_id is None:
            raise ValidationError("Региональной организации буклеты не отправляют.")
        from_org_id = to_org.parent_id
    from_org = org_or_fail(session, from_org_id)
    if to_org.parent_id != from_org.id:
        raise ValidationError(
            f"«{from_org.display_name}» отправляет буклеты только организациям, которые "
            f"стоят непосредственно под ней, а «{to_org.display_name}» к ним не относится."
        )
    if edition_id is None:
        edition_id = _pick_edition(session, from_org, quantity)
    elif session.get(Edition, edition_id) is None:
        raise NotFoundError("Издание не найдено.")
    number = (session.scalar(select(func.max(Shipment.number))) or 0) + 1
    shipment = Shipment(
        number=number,
        edition_id=edition_id,
        from_org_id=from_org.id,
        to_org_id=to_org.id,
        quantity=quantity,
        status=ShipmentStatus.DRAFT,
        created_on=on or dt.date.today(),
        note=note.strip(),
    )
    session.add(shipment)
    session.flush()
    return shipment


def _pick_edition(session: Session, org: Organisation, quantity: int) -> str:
    held = holdings(session, org.id)
    if not held:
        raise ValidationError(
            f"В организации «{org.display_name}» нет буклетов: отправлять нечего."
        )
    for edition, qty in held:
        if qty >= quantity:
            return edition.id
    if len(held) == 1:
        return held[0][0].id  # refused on sending, with the numbers
    raise ValidationError(
        f"Ни одного издания в организации «{org.display_name}» не хватает на {fmt(quantity)} экз.: "
        "укажите издание явно."
    )


def send_shipment(session: Session, shipment_id: str, on: dt.date | None = None) -> Shipment:
    """The booklets leave the sender: refused if the sender does not hold enough."""
    require(session, Permission.STOCK)
    lock_ledger(session)
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFoundError("Отправка не найдена.")
    access(session).require_org(shipment.from_org_id)
    if shipment.status != ShipmentStatus.DRAFT:
        raise ValidationError(f"Отправка № {shipment.number} уже не черновик: отправить её нельзя.")
    shipment.sent_on = on or dt.date.today()
    shipment.status = ShipmentStatus.SENT
    add_entry(
        session,
        kind=MovementKind.SHIP_OUT,
        organisation_id=shipment.from_org_id,
        edition_id=shipment.edition_id,
        quantity=shipment.quantity,
        entry_date=shipment.sent_on,
        shipment_id=shipment.id,
    )
    check_not_negative(
        session, shipment.from_org_id, shipment.edition_id, shipment.quantity, "Нельзя отправить"
    )
    return shipment


def ship(
    session: Session,
    to_org_id: str,
    quantity: int,
    from_org_id: str | None = None,
    edition_id: str | None = None,
    on: dt.date | None = None,
    note: str = "",
) -> Shipment:
    """Draft and send in one step (what `stock ship` does)."""
    shipment = create_shipment(session, to_org_id, quantity, from_org_id, edition_id, on, note)
    return send_shipment(session, shipment.id, on)


def confirm_shipment(
    session: Session,
    shipment_id: str,
    received_by: str,
    on: dt.date | None = None,
    quantity: int | None = None,
) -> Shipment:
    """The receiver acknowledges; fewer counted than sent -> the shortfall is written off."""
    require(session, Permission.STOCK)
    received_by = " ".join((received_by or "").split())
    check_text("stock_shipment", {"received_by": received_by})
    if not received_by:
        raise ValidationError("Укажите, кто принял буклеты.")
    lock_ledger(session)
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFoundError("Отправка не найдена.")
    access(session).require_org(shipment.to_org_id)
    if shipment.status != ShipmentStatus.SENT:
        state = "ещё не отправлена" if shipment.status == ShipmentStatus.DRAFT else "уже закрыта"
        raise ValidationError(f"Отправка № {shipment.number} {state}: подтвердить приём нельзя.")
    counted = shipment.quantity if quantity is None else quantity
    if not isinstance(counted, int) or not 0 <= counted <= shipment.quantity:
        raise ValidationError(
            f"Принять можно от 0 до {fmt(shipment.quantity)} экз. — столько было отправлено."
        )
    on = on or dt.date.today()
    if shipment.sent_on and on < shipment.sent_on:
        raise ValidationError("Дата приёма не может быть раньше даты отправки.")
    shipment.status = ShipmentStatus.RECEIVED
    shipment.received_on = on
    shipment.received_by = received_by
    shipment.received_quantity = counted
    common = {
        "organisation_id": shipment.to_org_id,
        "edition_id": shipment.edition_id,
        "entry_date": on,
        "shipment_id": shipment.id,
    }
    add_entry(session, kind=MovementKind.SHIP_IN, quantity=shipment.quantity, **common)
    if counted < shipment.quantity:
        add_entry(
            session,
            kind=MovementKind.WRITEOFF,
            quantity=shipment.quantity - counted,
            reason=f"недостача при приёмке отправки № {shipment.number}",
            **common,
        )
    session.flush()
    return shipment


def cancel_shipment(session: Session, shipment_id: str, reason: str = "") -> Shipment:
    """Undo a shipment: a draft is dropped, a sent or received one is reversed entry by entry.

    Reversing a received shipment takes the booklets back from the receiver, so it is
    refused if the receiver has already passed them on or handed them out.
    """
    require(session, Permission.STOCK)
    lock_ledger(session)
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFoundError("Отправка не найдена.")
    access(session).require_org(shipment.from_org_id)
    if shipment.status == ShipmentStatus.CANCELLED:
        raise ValidationError(f"Отправка № {shipment.number} уже отменена.")
    reason = reason.strip() or f"отмена отправки № {shipment.number}"
    entries = session.scalars(
        select(Movement).where(Movement.shipment_id == shipment.id, Movement.quantity > 0)
    )
    for entry in list(entries):
        if not is_reversed(session, entry.id):
            reverse_entry(session, entry, reason)
    shipment.status = ShipmentStatus.CANCELLED
    session.flush()
    to_check = on_hand(session, shipment.to_org_id, shipment.edition_id)
    if to_check < 0:
        org = org_or_fail(session, shipment.to_org_id)
        raise ValidationError(
            f"Отменить отправку № {shipment.number} нельзя: организация «{org.display_name}» уже "
            "передала или выдала часть этих буклетов. Ничего не изменено."
        )
    return shipment
