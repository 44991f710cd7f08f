"""Declarative base shared by every entity: string UUID keys and UTC timestamps.

UUID keys let district copies create rows offline that never collide with the region's.
"""

from __future__ import annotations

import datetime as dt
import os

from sqlalchemy import DateTime, Index, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A random (version 4) UUID as text, exactly as str(uuid.uuid4()) writes it, without
    building a UUID object: an import makes tens of thousands of them."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# where a partial index keeps its PostgreSQL condition until a server needs it (schema.py)
SERVER_WHERE = "postgresql_where"


def partial_index(
    name: str, *columns: str, sqlite: str, postgresql: str, unique: bool = False
) -> Index:
    """An index of the rows that meet a condition, written for each engine. The PostgreSQL
    condition waits in the index's info: a `postgresql_where` argument makes SQLAlchemy load
    its PostgreSQL dialect at import (about 30 ms of every start on SQLite); the migrations
    write the server's indexes, and app.models.schema.server_conditions() gives the
    metadata its conditions where a server's schema is compared with it."""
    index = Index(name, *columns, unique=unique, sqlite_where=text(sqlite))
    index.info[SERVER_WHERE] = postgresql
    return index


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(),
        dt.datetime: DateTime(),
    }


class UuidPrimaryKey:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
