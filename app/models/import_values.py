"""Values an import could not put into a member's fields, kept as the office wrote them.

An import never turns a cell into a different, plausible value: a year alone in «Дата
вступления», two numbers in «Телефон», «сентябрь 2010» leave the field empty and the cell
is kept here, one row per member and field, with the column title as written. The member
card shows them; a later import that fills the field empties the kept value (an empty
value is nothing kept).

They travel through the exchange like a member's fields (entity "member_imported_value"):
the id is made from the member and the field, so the same cell kept in two offices is one
record, and two different values kept for it without seeing each other are a conflict.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import changes
from .base import Base, UuidPrimaryKey

# kept_id's namespace: fixed forever, every office must make the same ids
KEPT_NAMESPACE = uuid.UUID("5d0c7e4a-0b51-4d4e-9a53-6b1f2c1e8a10")


class ImportedValue(UuidPrimaryKey, Base):
    __tablename__ = "member_imported_value"
    __table_args__ = (UniqueConstraint("member_id", "field"),)

    member_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("member.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(40))
    column_title: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(Text)
    imported_on: Mapped[dt.date] = mapped_column(Date)


changes.track(ImportedValue, "member_imported_value")


def kept_id(member_id: str, field: str) -> str:
    """The id of the kept cell of one member's field, the same in every office."""
    return str(uuid.uuid5(KEPT_NAMESPACE, f"{member_id}/{field}"))


@dataclass(frozen=True)
class KeptValue:
    field: str
    column_title: str
    value: str
    imported_on: dt.date


def kept_values(session: Session, member_id: str) -> list[KeptValue]:
    """What imports kept for this member, in the order of the member's fields."""
    rows = session.scalars(
        select(ImportedValue).where(ImportedValue.member_id == member_id, ImportedValue.value != "")
    ).all()
    return sorted(
        (KeptValue(r.field, r.column_title, r.value, r.imported_on) for r in rows),
        key=lambda k: (k.imported_on, k.field),
    )
