"""The office's own card and booklet layouts: every saved version kept, so a reprint looks like
the original. `kind` tells a card layout ("card") from a booklet layout ("booklet").

A layout is a name and a JSON body (the element lists of app.printing.card_templates, images
embedded as base64). Saving never changes a stored row: it adds version n + 1, with who and
when, and an audit entry. The program's built-in layouts are files and are never stored here;
an office layout of the same name is refused (duplicate under a new name to change one).
Checking the body is printing's job (app.services.layouts); this module only keeps it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Index, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .audit import log_event
from .base import Base, UuidPrimaryKey, utcnow
from .errors import NotFoundError, ValidationError
from .permissions import Permission, access, require
from .settings import BOOKLET_LAYOUT

LAYOUTS_WHAT = "Макеты билетов и буклетов"  # region-wide, like the booklet's texts
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


class CardLayout(UuidPrimaryKey, Base):
    """One saved version of an office layout."""

    __tablename__ = "card_layout"
    __table_args__ = (
        Index("ix_card_layout_kind_name_version", "kind", "name", "version", unique=True),
    )

    kind: Mapped[str] = mapped_column(String(20), default="card", server_default="card")
    name: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(100), default="")
    installation_id: Mapped[str] = mapped_column(String(36), default="")


@dataclass(frozen=True)
class LayoutVersion:
    name: str
    version: int
    title: str
    body: dict[str, Any]
    saved_at: dt.datetime
    saved_by: str


def _plain(row: CardLayout) -> LayoutVersion:
    return LayoutVersion(
        row.name, row.version, row.title, json.loads(row.body), row.saved_at, row.saved_by
    )


def check_name(name: str) -> str:
    if not NAME_RE.match(name or ""):
        raise ValidationError(
            f"Имя макета «{name}» не подходит: латинские строчные буквы, цифры, «-» и «_»."
        )
    return name


KINDS = {"card": "билета", "booklet": "буклета"}
BOOKLET_IN_USE_KEY = BOOKLET_LAYOUT  # the setting: which booklet layout prints (region-wide)


def latest_titles(session: Session, kind: str = "card") -> list[tuple[str, int, str]]:
    """(name, version, title) of the newest version of every office layout of this kind, by
    name. On SQLite the light path's SQL on this session's connection (one query for both)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import layouts as light

        session.flush()  # a layout saved in this session is listed too
        return light.latest_titles(connection.connection.driver_connection, kind)
    return query_latest_titles(session, kind)


def query_latest_titles(session: Session, kind: str = "card") -> list[tuple[str, int, str]]:
    """latest_titles through SQLAlchemy: PostgreSQL's (and the parity tests')."""
    newest = (
        select(CardLayout.name, func.max(CardLayout.version).label("v"))
        .where(CardLayout.kind == kind)
        .group_by(CardLayout.name)
        .subquery()
    )
    rows = session.execute(
        select(CardLayout.name, CardLayout.version, CardLayout.title)
        .join(newest, (CardLayout.name == newest.c.name) & (CardLayout.version == newest.c.v))
        .where(CardLayout.kind == kind)
        .order_by(CardLayout.name)
    )
    return [tuple(row) for row in rows]


def get_version(
    session: Session, name: str, version: int | None = None, kind: str = "card"
) -> LayoutVersion | None:
    query = select(CardLayout).where(CardLayout.name == name, CardLayout.kind == kind)
    if version is not None:
        query = query.where(CardLayout.version == version)
    row = session.scalars(query.order_by(CardLayout.version.desc()).limit(1)).first()
    return _plain(row) if row else None


def require_version(
    session: Session, name: str, version: int | None = None, kind: str = "card"
) -> LayoutVersion:
    found = get_version(session, name, version, kind)
    if found is None:
        which = f" версии {version}" if version else ""
        raise NotFoundError(f"Макета {KINDS[kind]} «{name}»{which} нет.")
    return found


def versions(session: Session, name: str, kind: str = "card") -> list[LayoutVersion]:
    rows = session.scalars(
        select(CardLayout)
        .where(CardLayout.name == name, CardLayout.kind == kind)
        .order_by(CardLayout.version)
    )
    return [_plain(r) for r in rows]


def save_version(
    session: Session,
    name: str,
    body: dict[str, Any],
    built_in: set[str],
    action: str = "update",
    kind: str = "card",
) -> int:
    """Store `body` as the next version of `name` (already checked by the caller)."""
    require(session, Permission.CARDS)
    access(session).require_region(session, LAYOUTS_WHAT)
    check_name(name)
    if name in built_in:
        raise ValidationError(
            f"Макет «{name}» встроен в программу и не меняется: сохраните его под другим именем."
        )
    current = session.scalar(
        select(func.max(CardLayout.version)).where(CardLayout.name == name, CardLayout.kind == kind)
    )
    version = (current or 0) + 1
    body = {**body, "name": name}
    session.add(
        CardLayout(
            kind=kind,
            name=name,
            version=version,
            title=str(body.get("title", name))[:300],
            body=json.dumps(body, ensure_ascii=False),
            saved_by=session.info.get("user_login", ""),
            installation_id=session.info.get("installation_id", ""),
        )
    )
    session.flush()
    entity = "card_layout" if kind == "card" else "booklet_layout"
    log_event(session, action, entity, name, {"version": version})
    return version


# --- the exchange: the region's layouts go to the district copies ---------------------------
def all_versions_plain(session: Session, kind: str = "card") -> list[dict[str, Any]]:
    """Every stored version, as the exchange file carries them (versions never change)."""
    rows = session.scalars(
        select(CardLayout)
        .where(CardLayout.kind == kind)
        .order_by(CardLayout.name, CardLayout.version)
    )
    return [
        {
            "name": r.name,
            "version": r.version,
            "title": r.title,
            "body": r.body,
            "saved_at": r.saved_at.isoformat(),
            "saved_by": r.saved_by,
        }
        for r in rows
    ]


def receive_version(session: Session, row: dict[str, Any], kind: str = "card") -> bool:
    """Store a version received from the region unless this copy has it; False if present
    (the same name and version saved here too keeps this copy's, never overwritten)."""
    name, version = check_name(str(row["name"])), int(row["version"])
    exists = session.scalar(
        select(CardLayout.id).where(
            CardLayout.kind == kind, CardLayout.name == name, CardLayout.version == version
        )
    )
    if exists:
        return False
    session.add(
        CardLayout(
            kind=kind,
            name=name,
            version=version,
            title=str(row.get("title", name))[:300],
            body=str(row["body"]),
            saved_at=dt.datetime.fromisoformat(row["saved_at"]),
            saved_by=str(row.get("saved_by", ""))[:100],
        )
    )
    return True
