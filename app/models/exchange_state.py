"""Bookkeeping tables of the exchange between the region and the district copies.

The data itself stays in its own tables; these only say which version of each field a
copy holds (exchange_version), what each peer has already received (exchange_peer) and
which differences wait for a person (exchange_conflict). The merge rules live in
app.exchange; see its package docstring.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, Session, mapped_column

from . import changes
from .base import Base, UuidPrimaryKey, utcnow
from .entities import Card
from .settings import INSTALLATION_ROLE, get_setting

# Cards travel between the copies too (issued at the region, handed out in the districts),
# so their changes go into the change log like members'.
changes.track(Card, "card")

ROLE_REGION = "region"
ROLE_DISTRICT = "district"
HUB_ID = "exchange.hub_id"  # on a district: the regional installation it exchanges with
SCOPE_ORG_ID = "exchange.scope_org_id"  # on a district: its territorial organisation
# where older versions kept the shared phrase in plain text; migration secrets_0001 moves it
# to the OS secret store (app.secret_store) and nothing writes it here any more
PASSPHRASE = "exchange.passphrase"
ABSORBED_THROUGH = "exchange.absorbed_through"  # last change_log id turned into versions
LOCAL_SEQ = "exchange.seq"  # counter of local touches of exchange_version rows


def installation_role(session: Session) -> str:
    return get_setting(session, INSTALLATION_ROLE, ROLE_REGION) or ROLE_REGION


def is_regional(session: Session) -> bool:
    """True on the regional installation: the only one that may issue card numbers."""
    return installation_role(session) == ROLE_REGION


class ExchangeVersion(Base):
    """The version of every field of one exchanged record, as JSON.

    `versions` maps a field name (or "*" for every field not listed, or "_deleted") to
    [version vector {installation id: counter}, origin installation id, ISO time].
    `seq` is the local counter value of the last time this row changed here.
    """

    __tablename__ = "exchange_version"
    __table_args__ = (Index("ix_exchange_version_seq", "seq"),)

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    versions: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class ExchangePeer(Base):
    """Another installation this one exchanges files with."""

    __tablename__ = "exchange_peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    scope_org_id: Mapped[str | None] = mapped_column(String(36))
    # the highest of the peer's own `seq` we have received (it comes back to it as "ack")
    received_through: Mapped[int] = mapped_column(Integer, default=0)
    # the highest of our `seq` the peer confirmed it holds: exports send what is newer
    acked: Mapped[int] = mapped_column(Integer, default=0)
    last_import_at: Mapped[dt.datetime | None] = mapped_column()
    last_export_at: Mapped[dt.datetime | None] = mapped_column()


class ExchangeConflict(UuidPrimaryKey, Base):
    """A difference waiting for a person: one field changed on both sides, or a duplicate.

    kind "field": `field` of record `entity`/`entity_id`; the value here is read live,
    `there_*` is what the other side had. kind "duplicate": a member typed in both places;
    `entity_id` is the record here and `there_value` the id of the one that came in.
    """

    __tablename__ = "exchange_conflict"
    __table_args__ = (UniqueConstraint("kind", "entity", "entity_id", "field"),)

    kind: Mapped[str] = mapped_column(String(16), default="field")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60), default="")
    here_value: Mapped[str | None] = mapped_column(Text)
    here_origin: Mapped[str] = mapped_column(String(36), default="")
    here_at: Mapped[str] = mapped_column(String(40), default="")
    there_value: Mapped[str | None] = mapped_column(Text)
    there_version: Mapped[str] = mapped_column(Text, default="{}")
    there_origin: Mapped[str] = mapped_column(String(36), default="")
    there_at: Mapped[str] = mapped_column(String(40), default="")
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
