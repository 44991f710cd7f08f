"""What the views and the CLI read about booklets: balances, shipments, history, export.

Balances are SQL sums over the ledger (stock_movement) grouped by organisation and kind;
no balance is stored anywhere.

"Members without a booklet" of an organisation = the active members (not left) of the
organisation and of every organisation under it, minus the booklets handed out to members
by the organisation and every organisation under it; never below zero. A booklet handed
to a member who later left still counts as handed out.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from .audit import log_event
from .cells import xlsx_row
from .entities import Organisation
from .errors import PermissionDeniedError, ValidationError
from .organisations import OrgNode, load_tree
from .permissions import OUTSIDE, Permission, access, require
from .stock import Edition, Movement, Shipment, ShipmentStatus
from .stock_balance import BalanceRow, build_balances, flatten_balances
from .stock_rows import (
    HistoryRow,
    ShipmentFilter,
    ShipmentRow,
    history_rows,
    make_shipment_row,
)


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
    members); without it the tree is loaded here. On SQLite the sums are the light path's
    SQL on this session's connection (one query for both paths).
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import queries

        sums, transit = queries.stock_sums(connection.connection.driver_connection)
    else:
        sums, transit = query_stock_sums(session)
    return build_balances(tree if tree is not None else load_tree(session), sums, transit)


def query_stock_sums(session: Session) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """The ledger's sums through SQLAlchemy: PostgreSQL's (and the parity tests')."""
    transit = session.execute(
        select(Shipment.to_org_id, func.sum(Shipment.quantity))
        .where(Shipment.status == ShipmentStatus.SENT)
        .group_by(Shipment.to_org_id)
    ).all()
    return movement_sums(session), {org: int(total or 0) for org, total in transit}


def flat_balances(session: Session, org_id: str | None = None) -> list[BalanceRow]:
    """Depth-first rows; with org_id only that organisation and those under it."""
    return flatten_balances(balances(session), org_id)


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


def _shipment_query():  # noqa: ANN202
    """The columns of stock_rows.SHIPMENT_FIELDS (PostgreSQL's; SQLite runs SHIPMENT_SQL)."""
    src, dst = aliased(Organisation), aliased(Organisation)
    return (
        select(
            Shipment.id,
            Shipment.number,
            Shipment.status,
            Edition.title,
            Edition.year,
            src.id,
            src.short_name,
            src.name,
            dst.id,
            dst.short_name,
            dst.name,
            Shipment.quantity,
            Shipment.created_on,
            Shipment.sent_on,
            Shipment.received_on,
            Shipment.received_by,
            Shipment.received_quantity,
            Shipment.note,
        )
        .join(Edition, Edition.id == Shipment.edition_id)
        .join(src, src.id == Shipment.from_org_id)
        .join(dst, dst.id == Shipment.to_org_id)
    )


def _sqlite_connection(session: Session) -> Any | None:
    """The session's own DB-API connection on SQLite, pending changes flushed into it (the
    light path's SQL reads them); None on PostgreSQL."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    session.flush()
    return connection.connection.driver_connection


def list_shipments(session: Session, flt: ShipmentFilter | None = None) -> list[ShipmentRow]:
    """Newest first. The period applies to the sending date (the drafting date for drafts).
    On SQLite the light path's SQL on this session's connection (one query for both)."""
    flt = flt or ShipmentFilter()
    conn = _sqlite_connection(session)
    if conn is not None:
        from .fastread import stock as light

        return light.shipment_rows(conn, flt, access(session).orgs)
    return query_list_shipments(session, flt)


def query_list_shipments(session: Session, flt: ShipmentFilter) -> list[ShipmentRow]:
    """list_shipments through SQLAlchemy: PostgreSQL's (and the parity tests')."""
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
    return [make_shipment_row(r) for r in session.execute(query).all()]


def shipment_row(session: Session, shipment_id: str) -> ShipmentRow:
    conn = _sqlite_connection(session)
    if conn is not None:
        from .fastread import stock as light

        found = light.shipment_rows(conn, ShipmentFilter(), shipment_id=shipment_id)
    else:
        found = [
            make_shipment_row(r)
            for r in session.execute(_shipment_query().where(Shipment.id == shipment_id))
        ]
    if not found:
        raise ValidationError("Отправка не найдена.")
    row = found[0]
    rule = access(session)
    if rule.limited and not {row.from_org_id, row.to_org_id} & set(rule.orgs or ()):
        raise PermissionDeniedError(OUTSIDE)
    return row


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


def history(session: Session, org_id: str) -> list[HistoryRow]:
    """Every entry of one organisation, oldest first, with the running balance. On SQLite
    the light path's SQL on this session's connection (one query for both)."""
    access(session).require_org(org_id)
    conn = _sqlite_connection(session)
    if conn is not None:
        from .fastread import stock as light

        return light.history(conn, org_id)
    return query_history(session, org_id)


def query_history(session: Session, org_id: str) -> list[HistoryRow]:
    """history through SQLAlchemy: PostgreSQL's (and the parity tests')."""
    other = aliased(Organisation)
    reversal = aliased(Movement)
    is_reversed = (
        select(reversal.id).where(reversal.reverses_id == Movement.id).exists().label("rev")
    )
    query = (
        select(
            Movement.id,
            Movement.entry_date,
            Movement.kind,
            Edition.title,
            Movement.quantity,
            Shipment.id.is_not(None),
            Shipment.number,
            other.short_name,
            other.name,
            Movement.reason,
            Movement.reverses_id,
            is_reversed,
            Movement.user_login,
        )
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
        .order_by(Movement.entry_date, Movement.created_at, Movement.id)
    )
    return history_rows(session.execute(query).all())


def editions(session: Session) -> list[tuple[str, str]]:
    """(id, title) of every edition, oldest first."""
    return [
        (e.id, e.title)
        for e in session.scalars(select(Edition).order_by(Edition.year, Edition.created_at))
    ]
