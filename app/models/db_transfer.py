"""Moving an office's database to another engine: a SQLite file onto a PostgreSQL server.

`copy_database(source, target)` opens the source (upgrading it like any open), creates the
target's schema with the same Alembic migrations, copies every table in dependency order in
batches, checks the row counts per table and commits, all in ONE transaction on the target:
a failure leaves the target as empty as it was. A target that already holds data is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Integer, Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from . import migrate
from .base import Base
from .database import Database
from .db import open_database
from .engine import make_engine
from .errors import ProfdeskError, ValidationError
from .permissions import access
from .server import PasswordProvider, connect_server, describe_url, parse_database_url
from .settings import INSTALLATION_ID, INSTALLATION_ROLE

BATCH_ROWS = 5000
# written by every first open: a target opened once by Profdesk still counts as empty
OPENING_SETTINGS = {INSTALLATION_ID, INSTALLATION_ROLE}

Report = Callable[[int, int, str], object]


@dataclass
class TableCopy:
    name: str
    rows: int


def _target_engine(location: str, password_provider: PasswordProvider | None) -> Engine:
    from pathlib import Path

    from ..paths import is_database_url

    if is_database_url(location):
        url = parse_database_url(location)
        if url.get_backend_name() != "sqlite":
            return connect_server(url, password_provider)
        location = url.database or ""
    path = Path(location).expanduser()
    if path.exists() and path.stat().st_size > 0:
        # an existing file goes through the usual checks (a foreign or newer file is refused)
        open_database(path).close()
    path.parent.mkdir(parents=True, exist_ok=True)
    return make_engine(path)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _refuse_if_not_empty(conn: Connection, where: str) -> None:
    existing = set(inspect(conn).get_table_names())
    for table in _tables():
        if table.name not in existing:
            continue
        query = select(func.count()).select_from(table)
        if table.name == "setting":
            query = query.where(table.c.key.not_in(OPENING_SETTINGS))
        if conn.scalar(query):
            raise ValidationError(
                f"В базе «{where}» уже есть данные (таблица {table.name}): перенос делается "
                "только в пустую базу, чтобы ничего не смешать и не потерять."
            )
    if "setting" in existing:
        setting = Base.metadata.tables["setting"]
        conn.execute(setting.delete())


def _parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """Rows of a self-referencing table (organisation.parent_id) with every parent first."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    key = table.primary_key.columns.values()[0].name
    by_id = {row[key]: row for row in rows}
    done: set = set()
    ordered: list[dict] = []

    def visit(row: dict, depth: int = 0) -> None:
        if row[key] in done or depth > len(rows):
            return
        for column in self_refs:
            parent = by_id.get(row[column])
            if parent is not None and parent is not row:
                visit(parent, depth + 1)
        done.add(row[key])
        ordered.append(row)

    for row in rows:
        visit(row)
    return ordered


def _batches(src: Connection, table: Table) -> Iterator[list[dict]]:
    result = src.execute(select(table)).mappings()
    if any(fk.column.table is table for fk in table.foreign_keys):
        rows = _parents_first(table, [dict(r) for r in result])
        for start in range(0, len(rows), BATCH_ROWS):
            yield rows[start : start + BATCH_ROWS]
        return
    while batch := result.fetchmany(BATCH_ROWS):
        yield [dict(r) for r in batch]


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: integer keys copied as they were; the sequences continue after them."""
    if conn.dialect.name != "postgresql":
        return
    for table in _tables():
        for column in table.primary_key.columns:
            if isinstance(column.type, Integer) and column.autoincrement in (True, "auto"):
                conn.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence(:table, :column), "
                        f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                    ),
                    {"table": table.name, "column": column.name},
                )


def copy_database(
    source: str,
    target: str,
    *,
    password_provider: PasswordProvider | None = None,
    report: Report | None = None,
    sign_in: Callable[[Database], None] | None = None,
) -> list[TableCopy]:
    """Copy every Profdesk table from `source` to the empty `target` (paths or URLs).

    `sign_in` makes the source work as the user: the copy is the whole database, so only an
    unlimited administrator may make it once the database has users."""
    source_db = open_database(source, create=False, password_provider=password_provider)
    try:
        if sign_in is not None:
            sign_in(source_db)
            with source_db.session() as s:
                access(s).require_whole("Перенос базы")
        target_engine = _target_engine(target, password_provider)
    except BaseException:
        source_db.close()
        raise
    where = target
    if target_engine.dialect.name != "sqlite":
        where = describe_url(target_engine.url)
    copied: list[TableCopy] = []
    try:
        with source_db.engine.connect() as src, target_engine.begin() as dst:
            if dst.dialect.name == "postgresql":
                from .server import SCHEMA_LOCK_KEY

                dst.execute(text("SET LOCAL lock_timeout = 0"))
                dst.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
            migrate.refuse_if_newer(migrate.current_revision(dst))
            _refuse_if_not_empty(dst, where)
            migrate.upgrade(dst)
            tables = _tables()
            totals = {t.name: src.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
            grand_total = sum(totals.values())
            done = 0
            for table in tables:
                for batch in _batches(src, table):
                    dst.execute(table.insert(), batch)
                    done += len(batch)
                    if report is not None and report(done, grand_total, table.name) is False:
                        raise ProfdeskError("Перенос прерван: в новую базу ничего не записано.")
                copied.append(TableCopy(table.name, totals[table.name]))
            _reset_sequences(dst)
            for table in tables:
                have = dst.scalar(select(func.count()).select_from(table)) or 0
                if have != totals[table.name]:
                    raise ProfdeskError(
                        f"После переноса в таблице {table.name} {have} строк вместо "
                        f"{totals[table.name]}: перенос отменён, новая база осталась пустой."
                    )
    finally:
        target_engine.dispose()
        source_db.close()
    return copied
