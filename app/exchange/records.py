"""Rows of exchanged tables as plain JSON values, and which rows belong to an organisation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, select
from sqlalchemy.orm import Session

from ..models import changes
from ..models.driver_sql import driver_sql, stored_text
from ..models.entities import Card, Member, Organisation
from ..models.organisations import subtree_ids

CHUNK = 500
# entities in the order their rows are created (parents before children)
FIRST = ("organisation", "member", "card")


def entity_order() -> list[tuple[str, type]]:
    names = {name: cls for cls, name in changes.TRACKED.items()}
    ordered = [n for n in FIRST if n in names] + sorted(n for n in names if n not in FIRST)
    return [(n, names[n]) for n in ordered]


@dataclass(frozen=True)
class Codec:
    """The exchanged columns of one table and how their values travel in JSON."""

    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # "date" | "datetime" | "bool" | "int" | "str"

    @classmethod
    def of(cls, model: type) -> Codec:
        columns, kinds = [], []
        for column in model.__table__.columns:
            if column.key in changes.UNLOGGED_FIELDS or column.key == "id":
                continue
            t = column.type
            if isinstance(t, DateTime):
                kind = "datetime"
            elif isinstance(t, Date):
                kind = "date"
            elif isinstance(t, Boolean):
                kind = "bool"
            elif isinstance(t, Integer):
                kind = "int"
            else:
                kind = "str"
            columns.append(column.key)
            kinds.append(kind)
        return cls(tuple(columns), tuple(kinds))

    def encode_row(self, values: Iterable[Any]) -> list[Any]:
        out = []
        for value, kind in zip(values, self.kinds, strict=True):
            if value is not None and kind in ("date", "datetime"):
                value = value.isoformat()
            elif value is not None and kind == "bool":
                value = bool(value)
            out.append(value)
        return out

    def decode(self, column: str, value: Any) -> Any:
        if value is None:
            return None
        kind = self.kinds[self.columns.index(column)]
        if kind == "date":
            return dt.date.fromisoformat(value)
        if kind == "datetime":
            return dt.datetime.fromisoformat(value)
        return value

    def decode_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return {c: self.decode(c, row.get(c)) for c in self.columns if c in row}


def load_rows(session: Session, model: type, ids: Iterable[str]) -> dict[str, list[Any]]:
    """Encoded rows (in codec column order) of the given ids that exist here.

    Read through the driver: SQLite already stores dates as ISO text, which is what
    travels, so only booleans need a touch.
    """
    codec = Codec.of(model)
    table = model.__table__.name
    select_list = ", ".join(f'"{c}"' for c in ("id", *codec.columns))
    bools = [i for i, kind in enumerate(codec.kinds) if kind == "bool"]
    ids = list(ids)
    out: dict[str, list[Any]] = {}
    connection = session.connection()
    on_sqlite = connection.dialect.name == "sqlite"
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = driver_sql(
            connection, f'SELECT {select_list} FROM "{table}" WHERE id IN ({marks})', tuple(chunk)
        )
        for row in rows:
            values = list(row[1:]) if on_sqlite else [stored_text(v) for v in row[1:]]
            for i in bools:
                if values[i] is not None:
                    values[i] = bool(values[i])
            out[row[0]] = values
    return out


@dataclass
class Scope:
    """What one district copy holds: its organisation's subtree (and, read only, the
    organisations above it so the tree has its top)."""

    org_id: str
    org_ids: set[str]
    ancestor_ids: set[str]

    def entity_ids(self, session: Session, entity: str, model: type) -> list[str]:
        """Ids of the rows of `model` that belong to this scope (ancestors included)."""
        if model is Organisation:
            return sorted(self.org_ids | self.ancestor_ids)
        return list(session.scalars(self.id_query(model)))

    def id_query(self, model: type):  # noqa: ANN201 - a select of ids
        table = model.__table__
        if model is Member or "organisation_id" in table.c:
            return select(table.c.id).where(table.c.organisation_id.in_(self.org_ids))
        if model is Card or "member_id" in table.c:
            members = select(Member.id).where(Member.organisation_id.in_(self.org_ids))
            return select(table.c.id).where(table.c.member_id.in_(members))
        return select(table.c.id).where(False)  # region-only data never leaves the region


def scope_of(session: Session, org_id: str) -> Scope:
    ancestors: set[str] = set()
    org = session.get(Organisation, org_id)
    parent = org.parent_id if org else None
    while parent and parent not in ancestors:
        ancestors.add(parent)
        parent_org = session.get(Organisation, parent)
        parent = parent_org.parent_id if parent_org else None
    return Scope(org_id, set(subtree_ids(session, org_id)), ancestors)
