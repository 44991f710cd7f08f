"""Field versions: version vectors kept per field, and turning the change log into them.

A version is [vector, origin, at]: `vector` maps an installation id to that installation's
change counter (its change_log id) when it last changed the field or saw a change of it;
`origin` is the installation that wrote the value, `at` when. One vector dominates another
when it is at least as large in every component: the writer had seen the other value.
Neither dominating means both sides changed the field without seeing each other: conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import changes
from ..models.audit import DATA_ACTIONS
from ..models.driver_sql import driver_sql
from ..models.entities import ChangeLogEntry
from ..models.exchange_state import ABSORBED_THROUGH, LOCAL_SEQ, ExchangeVersion
from ..models.settings import get_setting, set_setting

Version = list  # [vector: dict[str, int], origin: str, at: str]
Versions = dict[str, Version]  # field name | "*" | "_deleted" -> Version
EMPTY: Version = [{}, "", ""]
DELETED = "_deleted"
CHUNK = 500

SAME, TAKE, KEEP, CONCURRENT = "same", "take", "keep", "concurrent"
_ENCODER = json.JSONEncoder(separators=(",", ":"))


def compare(incoming: dict[str, int], local: dict[str, int]) -> str:
    """SAME, TAKE (incoming dominates), KEEP (local dominates) or CONCURRENT."""
    if incoming == local:
        return SAME
    ge = all(incoming.get(k, 0) >= v for k, v in local.items())
    le = all(local.get(k, 0) >= v for k, v in incoming.items())
    if ge and le:
        return SAME
    if ge:
        return TAKE
    if le:
        return KEEP
    return CONCURRENT


def merged(*vectors: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for vector in vectors:
        for k, v in vector.items():
            if v > out.get(k, 0):
                out[k] = v
    return out


def field_version(versions: Versions, field: str) -> Version:
    return versions.get(field) or versions.get("*") or EMPTY


def normalise(versions: Versions) -> Versions:
    """Drop per-field entries equal to the record's common version."""
    star = versions.get("*")
    return {k: v for k, v in versions.items() if k == "*" or v != star}


def entity_names() -> dict[str, type]:
    return {name: cls for cls, name in changes.TRACKED.items()}


def next_seq(session: Session) -> int:
    seq = int(get_setting(session, LOCAL_SEQ, 0)) + 1
    set_setting(session, LOCAL_SEQ, seq)
    return seq


def current_seq(session: Session) -> int:
    return int(get_setting(session, LOCAL_SEQ, 0))


def load_versions(session: Session, entity: str, ids: Iterable[str]) -> dict[str, Versions]:
    return {k: json.loads(v) for k, v in load_version_texts(session, entity, ids).items()}


def load_version_texts(session: Session, entity: str, ids: Iterable[str]) -> dict[str, str]:
    """The stored JSON of each record's versions, unparsed (exports pass it on as it is)."""
    ids = list(ids)
    out: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = session.execute(
            select(ExchangeVersion.entity_id, ExchangeVersion.versions).where(
                ExchangeVersion.entity == entity, ExchangeVersion.entity_id.in_(chunk)
            )
        )
        for entity_id, text in rows:
            out[entity_id] = text
    return out


def save_versions(
    session: Session, entity: str, versions: dict[str, Versions | str], seq: int
) -> None:
    """Upsert versions (parsed, or JSON text passed on as it came)."""
    if not versions:
        return
    rows = [
        (
            entity,
            entity_id,
            v if isinstance(v, str) else _ENCODER.encode(normalise(v)),
            seq,
        )
        for entity_id, v in versions.items()
    ]
    driver_sql(session.connection(), UPSERT, rows)


UPSERT = (
    "INSERT INTO exchange_version (entity, entity_id, versions, seq) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (entity, entity_id) DO UPDATE SET versions = excluded.versions, seq = excluded.seq"
)


def absorb_local_changes(session: Session) -> int:
    """Turn this installation's change-log entries since the last call into field versions.

    Runs at the start of every export, import and resolve, in the same transaction, so the
    versions always include every local edit before anything is compared. Returns how many
    records got a new version.
    """
    installation = session.info.get("installation_id", "")
    through = int(get_setting(session, ABSORBED_THROUGH, 0))
    last = session.scalar(select(func.max(ChangeLogEntry.id))) or 0
    if last <= through:
        return 0
    tracked = set(changes.TRACKED.values())
    rows = session.execute(
        select(
            ChangeLogEntry.id,
            ChangeLogEntry.at,
            ChangeLogEntry.action,
            ChangeLogEntry.entity,
            ChangeLogEntry.entity_id,
            ChangeLogEntry.field,
        )
        .where(
            ChangeLogEntry.id > through,
            ChangeLogEntry.id <= last,
            ChangeLogEntry.installation_id.in_([installation, ""]),
            ChangeLogEntry.action.in_(DATA_ACTIONS),
        )
        .order_by(ChangeLogEntry.id)
    ).all()
    by_entity: dict[str, list[Any]] = {}
    for row in rows:
        if row.entity in tracked:
            by_entity.setdefault(row.entity, []).append(row)
    touched = 0
    seq = next_seq(session) if by_entity else 0
    for entity, entries in by_entity.items():
        versions = load_versions(
            session, entity, {e.entity_id for e in entries if e.action != "create"}
        )
        for e in entries:
            at = e.at.isoformat(timespec="seconds") if e.at else ""
            v = versions.setdefault(e.entity_id, {"*": EMPTY})
            if e.action == "create":
                versions[e.entity_id] = {"*": [{installation: e.id}, installation, at]}
            elif e.action == "update":
                vector = dict(field_version(v, e.field)[0])
                vector[installation] = e.id
                v[e.field] = [vector, installation, at]
            else:  # delete: the tombstone has seen every version of every field
                vector = merged(*(ver[0] for ver in v.values()))
                vector[installation] = e.id
                v[DELETED] = [vector, installation, at]
        save_versions(session, entity, versions, seq)
        touched += len(versions)
    set_setting(session, ABSORBED_THROUGH, last)
    return touched
