"""The merge's bookkeeping: the state one import gathers (log rows, conflicts, refusals,
versions to save) and `finish`, which writes it all at the end in a few bulk statements."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.base import utcnow
from ..models.driver_sql import driver_sql
from ..models.entities import ChangeLogEntry, Member
from ..models.exchange_state import ABSORBED_THROUGH, ExchangeConflict
from ..models.settings import set_setting
from .merge_fields import log_time
from .merge_report import ImportReport, record_label, value_text
from .records import entity_order
from .versions import EMPTY, KEEP, SAME, compare, load_versions, next_seq, save_versions
from .write_scope import WriteScope


class MergeBook:
    """What a merge collects while it reads a file; subclasses decide, this writes."""

    def __init__(self, session: Session, manifest: dict[str, Any], write_scope: WriteScope | None):
        self.session = session
        self.manifest = manifest
        self.scope = write_scope
        self.user = session.info.get("user_login", "")
        self.report = ImportReport()
        self.log_rows: list[dict[str, Any]] = []
        self.created_members: dict[str, dict] = {}
        self.created_orgs: set[str] = set()
        self.touch: dict[str, dict[str, Any]] = {}  # entity -> {id: versions} to save
        self.refused_touch: dict[str, list[str]] = {}
        self.conflict_rows: list[dict[str, Any]] = []
        self.clear_conflicts: list[tuple[str, str, str]] = []
        # a new district copy is a copy of the region's records: one event, not a row each
        self.log_creates = True
        self.ancestors: set[str] = set()  # at a district: the organisations above its own
        self.deletes: list[tuple[type, str]] = []
        self.moved_out: list[tuple[type, str, str]] = []
        self.existing_conflicts: dict[tuple[str, str, str, str], ExchangeConflict] = {
            (c.kind, c.entity, c.entity_id, c.field): c
            for c in session.scalars(select(ExchangeConflict))
        }

    # --- bookkeeping -------------------------------------------------------------------
    def _log(self, action: str, entity: str, entity_id: str, version: list, **kw: Any) -> None:
        if action == "create" and not self.log_creates:
            return
        self.log_rows.append(
            {
                "at": log_time(version[2]),
                "installation_id": version[1] or self.manifest["sender"],
                "user_login": self.user,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "field": kw.get("field", ""),
                "old_value": kw.get("old"),
                "new_value": kw.get("new"),
            }
        )

    def _refuse(self, entity: str, entity_id: str, row: dict, reason: str) -> None:
        self.report.refused += 1
        self.report.refused_items.append(
            {
                "entity": entity,
                "id": entity_id,
                "record": record_label(entity, row),
                "reason": reason,
            }
        )
        self.refused_touch.setdefault(entity, []).append(entity_id)

    def _conflict(
        self,
        kind: str,
        entity: str,
        entity_id: str,
        field_name: str,
        here: Any,
        here_version: list,
        there: Any,
        there_version: list,
        label: str,
    ) -> None:
        key = (kind, entity, entity_id, field_name)
        existing = self.existing_conflicts.get(key)
        if existing is not None:
            old = json.loads(existing.there_version)
            if kind == "duplicate" and existing.there_value == value_text(there):
                return
            if kind == "field" and compare(there_version[0], old) in (SAME, KEEP):
                return  # this very difference already waits
        self.report.conflicts += 1
        self.report.conflict_items.append(
            {
                "kind": kind,
                "entity": entity,
                "id": entity_id,
                "record": label,
                "field": field_name,
                "here": value_text(here),
                "there": value_text(there),
            }
        )
        self.conflict_rows.append(
            {
                "key": key,
                "here_value": value_text(here),
                "here_origin": here_version[1],
                "here_at": here_version[2],
                "there_value": value_text(there),
                "there_version": json.dumps(there_version[0]),
                "there_origin": there_version[1] or self.manifest["sender"],
                "there_at": there_version[2],
            }
        )

    def finish(self) -> None:
        s = self.session
        for model, entity_id in reversed(self.deletes):
            s.execute(model.__table__.delete().where(model.__table__.c.id == entity_id))
        for entity, entity_id, f in self.clear_conflicts:
            c = self.existing_conflicts.pop(("field", entity, entity_id, f), None)
            if c is not None:
                s.delete(c)
        for row in self.conflict_rows:
            kind, entity, entity_id, f = row.pop("key")
            c = self.existing_conflicts.get((kind, entity, entity_id, f))
            if c is None:
                c = ExchangeConflict(kind=kind, entity=entity, entity_id=entity_id, field=f)
                s.add(c)
                self.existing_conflicts[(kind, entity, entity_id, f)] = c
            for k, v in row.items():
                setattr(c, k, v)
            c.detected_at = utcnow()
        seq = next_seq(s)
        for entity, versions in self.touch.items():
            save_versions(s, entity, versions, seq)
        names = dict(entity_order())
        for entity, ids in self.refused_touch.items():  # send our version back next time
            ours = load_versions(s, entity, ids)
            model = names[entity]
            back = {
                i: ours.get(i, {"*": EMPTY})
                for i in ids
                if i in ours or s.get(model, i) is not None
            }
            save_versions(s, entity, back, seq)
        if self.log_rows:
            columns = list(self.log_rows[0])
            driver_sql(
                s.connection(),
                f"INSERT INTO change_log ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [tuple(_sql_value(r[c]) for c in columns) for r in self.log_rows],
            )
        s.flush()
        drop_stale_duplicates(s)
        last = s.scalar(select(ChangeLogEntry.id).order_by(ChangeLogEntry.id.desc()).limit(1))
        set_setting(s, ABSORBED_THROUGH, last or 0)


def _sql_value(value: Any) -> Any:
    """Values as SQLAlchemy stores them in SQLite (DateTime as text with microseconds)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def drop_stale_duplicates(session: Session) -> None:
    """A duplicate proposal whose either record is gone has been settled elsewhere."""
    for c in session.scalars(select(ExchangeConflict).where(ExchangeConflict.kind == "duplicate")):
        if session.get(Member, c.entity_id) is None or session.get(Member, c.there_value) is None:
            session.delete(c)
