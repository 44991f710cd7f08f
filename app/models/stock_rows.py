"""The rows `stock shipments` and `stock history` show, built from plain query rows.

Plain Python (no SQLAlchemy), so that the light read path (app.models.fastread.stock) and
app.models.stock_queries build the same rows from the same tuples: SQLite's rows come from
the light path's SQL on either path, PostgreSQL's from the SQLAlchemy queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .kinds import MovementKind


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


# the columns of a shipment's query row, in order (SHIPMENT_SQL and the SQLAlchemy query)
SHIPMENT_FIELDS = (
    "id",
    "number",
    "status",
    "edition",
    "edition_year",
    "from_org_id",
    "from_short_name",
    "from_full_name",
    "to_org_id",
    "to_short_name",
    "to_full_name",
    "quantity",
    "created_on",
    "sent_on",
    "received_on",
    "received_by",
    "received_quantity",
    "note",
)


def make_shipment_row(values: Iterable[Any]) -> ShipmentRow:
    """A ShipmentRow from a query row of SHIPMENT_FIELDS; an organisation shows its short
    name, else its full name (Organisation.display_name)."""
    r = dict(zip(SHIPMENT_FIELDS, values, strict=True))
    return ShipmentRow(
        id=r["id"],
        number=r["number"],
        status=r["status"],
        edition=r["edition"],
        edition_year=r["edition_year"],
        from_org_id=r["from_org_id"],
        from_name=r["from_short_name"] or r["from_full_name"],
        from_full_name=r["from_full_name"],
        to_org_id=r["to_org_id"],
        to_name=r["to_short_name"] or r["to_full_name"],
        to_full_name=r["to_full_name"],
        quantity=r["quantity"],
        created_on=as_date(r["created_on"]),
        sent_on=as_date(r["sent_on"]),
        received_on=as_date(r["received_on"]),
        received_by=r["received_by"],
        received_quantity=r["received_quantity"],
        note=r["note"],
    )


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


# the columns of a ledger entry's query row, in order (HISTORY_SQL and the SQLAlchemy query):
# `has_shipment` whether the entry belongs to a shipment, `other_*` the shipment's other
# organisation, `is_reversed` whether a later entry reverses this one
HISTORY_FIELDS = (
    "id",
    "entry_date",
    "kind",
    "edition",
    "quantity",
    "has_shipment",
    "shipment_number",
    "other_short_name",
    "other_name",
    "reason",
    "reverses_id",
    "is_reversed",
    "user_login",
)


def history_rows(rows: Iterable[Iterable[Any]]) -> list[HistoryRow]:
    """One organisation's entries (query rows of HISTORY_FIELDS, oldest first) with the
    stock on hand after each."""
    out: list[HistoryRow] = []
    balance = 0
    for values in rows:
        r = dict(zip(HISTORY_FIELDS, values, strict=True))
        kind = r["kind"]
        sign = 1 if kind in (MovementKind.RECEIPT, MovementKind.SHIP_IN) else -1
        change = sign * r["quantity"]
        balance += change
        kind_title = KIND_TITLES.get(MovementKind(kind), kind)
        if r["reverses_id"]:
            kind_title = f"сторно: {kind_title}"
        shipment = bool(r["has_shipment"])
        out.append(
            HistoryRow(
                id=r["id"],
                on=as_date(r["entry_date"]),
                kind=kind,
                kind_title=kind_title,
                edition=r["edition"],
                change=change,
                balance=balance,
                shipment_number=r["shipment_number"] if shipment else None,
                counterpart=(r["other_short_name"] or r["other_name"] or "") if shipment else "",
                reason=r["reason"],
                reverses_id=r["reverses_id"],
                reversed=bool(r["is_reversed"]),
                user_login=r["user_login"],
            )
        )
    return out


def as_date(value: Any) -> Any:
    """A date as SQLAlchemy gives it: SQLite's ISO text read back as a date (None stays)."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value
