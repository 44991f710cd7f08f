"""Cells an import could not put into a member's fields, kept as written (see
app.models.import_values), written in bulk with the change-log entries the ORM would write.

A kept cell is a record of its own for the exchange (entity "member_imported_value"): its
id comes from the member and the field, so the same cell kept at a district and at the
region is one record with one version per column, and differing values are a conflict
like any member field's. A cell a later import fills is emptied, not deleted: an update
travels and settles both sides, where a deletion followed by a new cell of the same id
would look like a deleted record edited elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..models import changes
from ..models.driver_sql import driver_sql
from ..models.import_values import ImportedValue, kept_id
from .parsing import ParsedRow
from .snapshots import LOG_COLUMNS, insert_sql, snapshot_json, snapshot_template

TABLE = ImportedValue.__table__
COLUMNS = [c.key for c in TABLE.columns]
_LOGGED = [c for c in COLUMNS if c not in changes.UNLOGGED_FIELDS]
_TEMPLATE = snapshot_template(_LOGGED)
_EXISTING = select(
    TABLE.c.id, TABLE.c.member_id, TABLE.c.field, TABLE.c.column_title, TABLE.c.value
).where(TABLE.c.member_id.in_(bindparam("ids", expanding=True)))
_UPDATE = f'UPDATE "{TABLE.name}" SET column_title = ?, value = ?, imported_on = ? WHERE id = ?'
CHUNK = 500
LogRow = Callable[..., tuple]  # Writer._log(action, entity_id, field, old, new, entity=...)


class KeptCells:
    """Stores each batch's kept cells and empties the ones its rows have now filled."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today.isoformat()
        self.any = session.execute(select(TABLE.c.id).limit(1)).first() is not None

    def store(self, kept: list[tuple[str, ParsedRow]], created: set[str], log_row: LogRow) -> None:
        if not kept:
            return
        wanted: dict[tuple[str, str], tuple[str, str]] = {}
        filled: set[tuple[str, str]] = set()
        for member_id, row in kept:
            for key, cell in row.kept.items():
                wanted[member_id, key] = cell
            if self.any and member_id not in created:
                for key in (*row.values, *(("card_number",) if row.card else ())):
                    if key not in row.kept:
                        filled.add((member_id, key))
        existing = self._existing([m for m, _ in kept if m not in created]) if self.any else {}
        entity = changes.TRACKED.get(ImportedValue)
        inserts: list[tuple] = []
        updates: list[tuple] = []
        log: list[tuple] = []

        def update(old: tuple, title: str, value: str) -> None:
            updates.append((title, value, self.today, old[0]))
            if entity is not None:
                for name, before, after in (
                    ("column_title", old[3], title),
                    ("value", old[4], value),
                ):
                    if before != after:
                        log.append(log_row("update", old[0], name, before, after, entity=entity))

        for pair in filled:
            old = existing.get(pair)
            if old is not None and (old[3] or old[4]):
                update(old, "", "")
        for (member_id, key), (title, value) in wanted.items():
            old = existing.get((member_id, key))
            if old is None:
                row = {
                    "id": kept_id(member_id, key),
                    "member_id": member_id,
                    "field": key,
                    "column_title": title,
                    "value": value,
                    "imported_on": self.today,
                }
                inserts.append(tuple(row[c] for c in COLUMNS))
                if entity is not None:
                    snapshot = snapshot_json(_TEMPLATE, [row[c] for c in _LOGGED])
                    log.append(log_row("create", row["id"], new=snapshot, entity=entity))
            elif (old[3], old[4]) != (title, value):
                update(old, title, value)
        connection = self.session.connection()
        if inserts:
            driver_sql(connection, insert_sql(TABLE.name, COLUMNS), inserts)
            self.any = True
        if updates:
            driver_sql(connection, _UPDATE, updates)
        if log:
            driver_sql(connection, insert_sql("change_log", LOG_COLUMNS), log)

    def _existing(self, member_ids: list[str]) -> dict[tuple[str, str], tuple]:
        """(member id, field) -> (id, member id, field, column title, value) of kept cells."""
        found: dict[tuple[str, str], tuple] = {}
        for start in range(0, len(member_ids), CHUNK):
            chunk = member_ids[start : start + CHUNK]
            for row in self.session.execute(_EXISTING, {"ids": chunk}):
                found[row[1], row[2]] = tuple(row)
        return found
