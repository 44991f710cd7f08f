"""Field-level change log, written in the same flush as the change.

Every create, field change and delete of a tracked entity becomes rows of change_log with
the installation and the user that made it. The audit view and the exchange between
offices both read it, so nothing that changes data can forget to record itself.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from .base import utcnow
from .entities import CARD_MARKER_FIELDS, ChangeLogEntry, Member, Organisation
from .text import phone_digits, search_key

# entity name in the log -> mapped class; capability modules add theirs with track().
TRACKED: dict[type, str] = {Organisation: "organisation", Member: "member"}
# columns that are derived or bookkeeping, never logged as changes
UNLOGGED_FIELDS = {
    "created_at",
    "updated_at",
    "sort_key",
    "search_text",
    "identity_key",
    "version",  # the optimistic-locking counter (app.models.entities)
    *CARD_MARKER_FIELDS,  # the member's marker of its card, kept by the database's triggers
}


def track(cls: type, entity_name: str) -> None:
    TRACKED[cls] = entity_name


def to_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _row_snapshot(obj: Any) -> dict[str, str | None]:
    mapper = inspect(obj).mapper
    return {
        attr.key: to_text(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in UNLOGGED_FIELDS
    }


def refresh_member_keys(member: Member) -> None:
    """The derived search and identity keys follow the name, birth date and phone."""
    member.sort_key, member.search_text, member.identity_key = member_keys(
        member.last_name, member.first_name, member.patronymic, member.birth_date, member.phone
    )


def member_keys(
    last_name: str,
    first_name: str,
    patronymic: str | None,
    birth_date: dt.date | None,
    phone: str | None,
) -> tuple[str, str, str]:
    """(sort_key, search_text, identity_key) of a member's name, birth date and phone."""
    sort_key = search_key(" ".join((last_name, first_name, patronymic or "")))
    digits = phone_digits(phone)
    search_text = f"{sort_key} {digits[-10:]}".strip()
    birth = birth_date.isoformat() if birth_date else ""
    return sort_key, search_text, f"{sort_key}|{birth}"


def _context(session: Session) -> tuple[str, str]:
    return session.info.get("installation_id", ""), session.info.get("user_login", "")


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get("skip_change_log"):
        for obj in session.new | session.dirty:
            if isinstance(obj, Member):
                refresh_member_keys(obj)
        return
    installation_id, user_login = _context(session)
    now = utcnow()
    entries: list[ChangeLogEntry] = []

    def add(action: str, obj: Any, field: str = "", old: Any = None, new: Any = None) -> None:
        entries.append(
            ChangeLogEntry(
                at=now,
                installation_id=installation_id,
                user_login=user_login,
                action=action,
                entity=TRACKED[type(obj)],
                entity_id=obj.id,
                field=field,
                old_value=old,
                new_value=new,
            )
        )

    for obj in list(session.new):
        if isinstance(obj, Member):
            refresh_member_keys(obj)
        if type(obj) in TRACKED:
            if obj.id is None:
                from .base import new_id

                obj.id = new_id()
            add("create", obj, new=json.dumps(_row_snapshot(obj), ensure_ascii=False))
    for obj in list(session.dirty):
        if type(obj) not in TRACKED or not session.is_modified(obj, include_collections=False):
            if isinstance(obj, Member):
                refresh_member_keys(obj)
            continue
        if isinstance(obj, Member):
            refresh_member_keys(obj)
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in UNLOGGED_FIELDS:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = to_text(history.deleted[0]) if history.deleted else None
            new = to_text(history.added[0]) if history.added else None
            if old != new:
                add("update", obj, attr.key, old, new)
    for obj in list(session.deleted):
        if type(obj) in TRACKED:
            add("delete", obj, old=json.dumps(_row_snapshot(obj), ensure_ascii=False))
    session.add_all(entries)
