"""What the views and the CLI read about booklets: balances, shipments, history, export.

Balances are SQL sums over the ledger (stock_movement) grouped by organisation and kind;
no balance is stored anywhere.

"Members without a booklet" of an organisation = the active members (not left) of the
organisation and of every organisation under it, minus the booklets handed out to members
by the organisation and every organisation under it; never below zero. A booklet handed
to a member who later left still counts as handed out.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from .audit import log_event
from .cells import xlsx_row
from .entities import Organisation
from .errors import PermissionDeniedError, ValidationError
from .organisations import OrgNode, load_tree
from .permissions import OUTSIDE, Permission, access, require
from .stock import Edition, Movement, MovementKind, Shipment, ShipmentStatus


@dataclass
class BalanceRow:
    org_id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    depth: int
    received: int = 0  # print runs from the printer plus shipments received
    shipped: int = 0  # passed on to organisations below
    handed_out: int = 0
    written_off: int = 0
    in_transit: int = 0  # sent to this organisation, not yet confirmed
    members: int = 0  # active members here and below
    handed_out_below: int = 0  # handed out here and below
    children: list[BalanceRow] = field(default_factory=list)

    @property
    def on_hand(self) -> int:
        return self.received - self.shipped - self.handed_out - self.written_off

    @property
    def without_booklet(self) -> int:
        return max(0, self.members - self.handed_out_below)

    def as_dict(self) -> dict:
        return {
            "org_id": self.org_id,
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "received": self.received,
            "shipped": self.shipped,
            "handed_out": self.handed_out,
            "written_off": self.written_off,
            "on_hand": self.on_hand,
            "in_transit": self.in_transit,
            "members": self.members,
            "members_without_booklet": self.without_booklet,
        }


def movement_sums(session: Session) -> dict[tuple[str, str], int]:
    """(organisation id, kind) -> net quantity, reversals included."""
    rows = session.execute(
        select(Movement.organisation_id, Movement.kind, func.sum(Movement.quantity)).group_by(
            Movement.organisation_id, Movement.kind
        )
    )
    return {(org, kind): int(total or 0) for org, kind, total in rows}


def balances(session: Session, tree: list[OrgNode] | None = None) -> list[BalanceRow]:
    """The organisation tree (roots) with every figure; children sorted as in the main tree.

    `tree` is a load_tree result to reuse (its member counts are the slow part at 250,000
    members); without it the tree is loaded here.
    """
    sums = movement_sums(session)
    transit = dict(
        session.execute(
            select(Shipment.to_org_id, func.sum(Shipment.quantity))
            .where(Shipment.status == ShipmentStatus.SENT)
            .group_by(Shipment.to_org_id)
        ).all()
    )

    def build(node: OrgNode, depth: int) -> BalanceRow:
        row = BalanceRow(node.id, node.code, node.display_name, node.kind, node.parent_id, depth)
        get = lambda kind: sums.get((node.id, kind), 0)  # noqa: E731
        row.received = get(MovementKind.RECEIPT) + get(MovementKind.SHIP_IN)
        row.shipped = get(MovementKind.SHIP_OUT)
        row.handed_out = get(MovementKind.HANDOUT)
        row.written_off = get(MovementKind.WRITEOFF)
        row.in_transit = int(transit.get(node.id, 0) or 0)
        row.children = [build(child, depth + 1) for child in node.children]
        # load_tree has counted each organisation's own active members already
        row.members = node.active_members + sum(c.members for c in row.children)
        row.handed_out_below = row.handed_out + sum(c.handed_out_below for c in row.children)
        return row

    return [build(root, 0) for root in (tree if tree is not None else load_tree(session))]


def flat_balances(session: Session, org_id: str | None = None) -> list[BalanceRow]:
    """Depth-first rows; with org_id only that organisation and those under it."""
    out: list[BalanceRow] = []

    def walk(row: BalanceRow, inside: bool) -> None:
        inside = inside or row.org_id == org_id
        if inside or org_id is None:
            out.append(row)
        for child in row.children:
            walk(child, inside)

    for root in balances(session):
        walk(root, False)
    return out


BALANCE_TITLES = [
    "Код",
    "Организация",
    "Получено",
    "Передано",
    "Выдано членам",
    "Списано",
    "На руках",
    "В пути",
    "Членов Профсоюза",
    "Членов без буклета",
]


def export_balances_xlsx(session: Session, path: str | os.PathLike[str]) -> int:
    """The balance table as an Excel workbook (written to a temp name, then renamed)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    require(session, Permission.REPORTS)  # figures only, no personal data
    rows = flat_balances(session)
    book = Workbook()
    sheet = book.active
    sheet.title = "Остатки буклетов"
    sheet.append(BALANCE_TITLES)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        d = row.as_dict()
        sheet.append(
            xlsx_row(sheet, [row.code, "    " * row.depth + row.name])
            + [
                d[k]
                for k in (
                    "received",
                    "shipped",
                    "handed_out",
                    "written_off",
                    "on_hand",
                    "in_transit",
                    "members",
                    "members_without_booklet",
                )
            ]
        )
        sheet.cell(sheet.max_row, 2).alignment = Alignment(indent=row.depth)
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEFGHIJ":
        sheet.column_dimensions[letter].width = 14
    sheet.freeze_panes = "C2"
    target = Path(path)
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log_event(session, "export", "stock_balance", "", {"rows": len(rows), "file": target.name})
    return len(rows)


# --- shipments ----------------------------------------------------------------------------


@dataclass
class ShipmentRow:
    id: str
    number: int
    status: str
    edition: str
    edition_year: int | None
    from_org_id: str
    from_name: str
    from_full_name: str
    to_org_id: str
    to_name: str
    to_full_name: str
    quantity: int
    created_on: dt.date
    sent_on: dt.date | None
    received_on: dt.date | None
    received_by: str
    received_quantity: int | None
    note: str

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if not k.endswith("full_name")}


@dataclass
class ShipmentFilter:
    status: str | None = None
    org_id: str | None = None  # sender or receiver
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _shipment_query():  # noqa: ANN202
    src, dst = aliased(Organisation), aliased(Organisation)
    query = (
        select(Shipment, Edition, src, dst)
        .join(Edition, Edition.id == Shipment.edition_id)
        .join(src, src.id == Shipment.from_org_id)
        .join(dst, dst.id == Shipment.to_org_id)
    )
    return query


def _row(shipment: Shipment, edition: Edition, src: Organisation, dst: Organisation):  # noqa: ANN202
    return ShipmentRow(
        id=shipment.id,
        number=shipment.number,
        status=shipment.status,
        edition=edition.title,
        edition_year=edition.year,
        from_org_id=src.id,
        from_name=src.display_name,
        from_full_name=src.name,
        to_org_id=dst.id,
        to_name=dst.display_name,
        to_full_name=dst.name,
        quantity=shipment.quantity,
        created_on=shipment.created_on,
        sent_on=shipment.sent_on,
        received_on=shipment.received_on,
        received_by=shipment.received_by,
        received_quantity=shipment.received_quantity,
        note=shipment.note,
    )


def list_shipments(session: Session, flt: ShipmentFilter | None = None) -> list[ShipmentRow]:
    """Newest first. The period applies to the sending date (the drafting date for drafts)."""
    flt = flt or ShipmentFilter()
    query = _shipment_query()
    rule = access(session)
    if rule.limited:  # shipments from or to the user's subtree
        query = query.where(
            or_(*rule.narrow(Shipment.from_org_id), *rule.narrow(Shipment.to_org_id))
        )
    if flt.status:
        query = query.where(Shipment.status == flt.status)
    if flt.org_id:
        query = query.where(
            or_(Shipment.from_org_id == flt.org_id, Shipment.to_org_id == flt.org_id)
        )
    day = func.coalesce(Shipment.sent_on, Shipment.created_on)
    if flt.date_from:
        query = query.where(day >= flt.date_from)
    if flt.date_to:
        query = query.where(day <= flt.date_to)
    query = query.order_by(Shipment.number.desc())
    return [_row(*r) for r in session.execute(query).all()]


def shipment_row(session: Session, shipment_id: str) -> ShipmentRow:
    found = session.execute(_shipment_query().where(Shipment.id == shipment_id)).first()
    if found is None:
        raise ValidationError("Отправка не найдена.")
    rule = access(session)
    shipment = found[0]
    if rule.limited and not {shipment.from_org_id, shipment.to_org_id} & set(rule.orgs or ()):
        raise PermissionDeniedError(OUTSIDE)
    return _row(*found)


def shipment_for_act(session: Session, shipment_id: str) -> ShipmentRow:
    """The shipment's data for its transfer act; the print is recorded in the audit log."""
    require(session, Permission.STOCK)
    row = shipment_row(session, shipment_id)
    if row.status == ShipmentStatus.DRAFT:
        raise ValidationError(
            f"Отправка № {row.number} ещё черновик: акт печатают для отправленных буклетов."
        )
    if row.status == ShipmentStatus.CANCELLED:
        raise ValidationError(f"Отправка № {row.number} отменена: акт по ней не печатается.")
    log_event(
        session,
        "print",
        "stock_shipment",
        row.id,
        {"document": "transfer_act", "number": row.number, "quantity": row.quantity},
    )
    return row


# --- history ------------------------------------------------------------------------------

KIND_TITLES = {
    MovementKind.RECEIPT: "получение тиража",
    MovementKind.SHIP_OUT: "передано",
    MovementKind.SHIP_IN: "получено",
    MovementKind.HANDOUT: "выдано членам",
    MovementKind.WRITEOFF: "списано",
}


@dataclass
class HistoryRow:
    id: str
    on: dt.date
    kind: str
    kind_title: str
    edition: str
    change: int  # + to the stock on hand, - from it
    balance: int  # on hand after this entry (all editions)
    shipment_number: int | None
    counterpart: str  # the other organisation of a shipment
    reason: str
    reverses_id: str | None
    reversed: bool
    user_login: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def history(session: Session, org_id: str) -> list[HistoryRow]:
    """Every entry of one organisation, oldest first, with the running balance."""
    access(session).require_org(org_id)
    other = aliased(Organisation)
    reversed_ids = set(
        session.scalars(select(Movement.reverses_id).where(Movement.reverses_id.is_not(None)))
    )
    query = (
        select(Movement, Edition.title, Shipment, other.short_name, other.name)
        .join(Edition, Edition.id == Movement.edition_id)
        .outerjoin(Shipment, Shipment.id == Movement.shipment_id)
        .outerjoin(
            other,
            other.id
            == case(
                (Shipment.from_org_id == Movement.organisation_id, Shipment.to_org_id),
                else_=Shipment.from_org_id,
            ),
        )
        .where(Movement.organisation_id == org_id)
        .order_by(Movement.entry_date, Movement.created_at)
    )
    out: list[HistoryRow] = []
    balance = 0
    for movement, title, shipment, other_short, other_name in session.execute(query).all():
        sign = 1 if movement.kind in (MovementKind.RECEIPT, MovementKind.SHIP_IN) else -1
        change = sign * movement.quantity
        balance += change
        kind_title = KIND_TITLES.get(MovementKind(movement.kind), movement.kind)
        if movement.reverses_id:
            kind_title = f"сторно: {kind_title}"
        out.append(
            HistoryRow(
                id=movement.id,
                on=movement.entry_date,
                kind=movement.kind,
                kind_title=kind_title,
                edition=title,
                change=change,
                balance=balance,
                shipment_number=shipment.number if shipment else None,
                counterpart=(other_short or other_name or "") if shipment else "",
                reason=movement.reason,
                reverses_id=movement.reverses_id,
                reversed=movement.id in reversed_ids,
                user_login=movement.user_login,
            )
        )
    return out


def editions(session: Session) -> list[tuple[str, str]]:
    """(id, title) of every edition, oldest first."""
    return [
        (e.id, e.title)
        for e in session.scalars(select(Edition).order_by(Edition.year, Edition.created_at))
    ]
