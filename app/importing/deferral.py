"""Index work a big import does once at the end instead of once per row (SQLite only).

An index that takes rows in random order (names, organisations, dates) costs more per
inserted row than the row itself, and the search index's trigger costs several times the
insert. The search triggers are dropped inside the import's transaction; when the import
brings at least as many rows as a table holds and its first batch that is mostly new
members comes, that table's secondary indexes are dropped too. All are made again,
exactly as they were (their stored SQL), before the transaction ends: sorting once is
cheaper than inserting one by one. A list that only finds the members stored (the same
list imported again, corrected) keeps the indexes: rebuilding them would cost more than
its few updates. A rollback (an error, a dry run, cancel) brings everything back
by itself. Unique indexes stay (they are rules), and so do the ones the import's own
queries use. On PostgreSQL nothing is deferred: the server's indexes need no help.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

from ..models.driver_sql import driver_sql

SEARCH_TRIGGERS = ("member_fts_ai", "member_fts_au")
# the member's marker of its current card (card_marker_0001) is written only by the
# database: on each card insert its trigger rewrote the member row once more (0.75 s for
# 42,667 new cards). While the import runs, the card trigger and the guards on member
# wait; at the end one statement gives the new cards' members the mark with the
# trigger's own rule (the status of the current card; its printed date while printed and
# not handed out; its number, card_number_marker_0001), one row write each, before the
# member indexes are made again. A member the import creates is inserted with its new
# card's mark already (importing.writing): when all new cards went to new members, the
# statement (0.25 s of member look-ups for 42,667 cards) is not needed at all
MARKER_TRIGGERS = ("card_marker_ai", "member_card_marker_ai", "member_card_marker_au")
_WAITING = "CASE WHEN c.status = 'printed' AND c.handed_on IS NULL THEN c.printed_on END"
MARK_NEW_CARDS = (
    f"UPDATE member SET card_status = c.status, card_waiting_since = {_WAITING}, "
    "card_number_sort = c.number "
    "FROM card AS c WHERE c.member_id = member.id AND c.rowid > ? AND c.is_current = 1 "
    f"AND (member.card_status IS NOT c.status OR member.card_waiting_since IS NOT {_WAITING} "
    "OR member.card_number_sort IS NOT c.number)"
)
# the import looks members up by identity key and cards by member: those indexes stay
LOOKUP_INDEXES = {"ix_member_identity", "ix_card_member"}
# table -> rows the import writes into it per row of the file (the change log: an entry
# for the member and one for the card)
DEFERRED_TABLES = {"member": 1, "card": 1, "change_log": 2}
DEFERRED_CACHE_KIB = 16 * 1024  # the page cache while the member indexes wait (page_cache)


@contextlib.contextmanager
def page_cache(session: Session, kib: int) -> Iterator[None]:
    """A bigger SQLite page cache while importing: the member indexes (uuid, names) take
    rows in random order, and with the default 2 MB every batch re-reads their pages.
    Bounded, so memory still does not grow with the file; the old size comes back after
    (also when DeferredIndexes made it smaller)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # the server sizes its own caches
        yield
        return
    old = driver_sql(connection, "PRAGMA cache_size").scalar_one()
    driver_sql(connection, f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        # after a failure the connection may be unusable: the pool discards it then anyway
        with contextlib.suppress(Exception):
            driver_sql(session.connection(), f"PRAGMA cache_size = {int(old)}")


class DeferredIndexes:
    """The member search index (FTS5, kept by triggers) filled once at the end, the card
    marker of the members who got a card set once at the end, and the secondary indexes
    of the tables a big import fills made again at the end."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.start: int | None = None  # the highest member rowid before the import
        self.card_start: int | None = None  # the highest card rowid (the marker deferred)
        self.triggers: list[str] = []
        self.indexes: list[str] = []
        self.waiting: list[str] = []  # tables whose indexes go once new members come

    def begin(self, expected_rows: int = 0) -> int | None:
        """Drop the triggers, and note the tables a file of `expected_rows` is at least as
        big as (their indexes wait for new_rows); the highest member rowid before the
        import (None: nothing deferred)."""
        connection = self.session.connection()
        if connection.dialect.name != "sqlite":
            return None
        found = driver_sql(
            connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            SEARCH_TRIGGERS,
        ).all()
        if len(found) != len(SEARCH_TRIGGERS):
            return None
        # a write first, so that the driver has opened the transaction the DROP belongs to
        driver_sql(connection, 'UPDATE member SET "id" = "id" WHERE 0')
        driver = connection.connection.driver_connection
        if not getattr(driver, "in_transaction", False):
            return None  # a DROP outside a transaction could not be undone: keep them
        self.start = driver_sql(
            connection, "SELECT coalesce(max(rowid), 0) FROM member"
        ).scalar_one()
        for name, sql in found:
            driver_sql(connection, f'DROP TRIGGER "{name}"')
            self.triggers.append(sql)
        markers = driver_sql(
            connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
            MARKER_TRIGGERS,
        ).all()
        if len(markers) == len(MARKER_TRIGGERS):
            self.card_start = driver_sql(
                connection, "SELECT coalesce(max(rowid), 0) FROM card"
            ).scalar_one()
            for name, sql in markers:
                driver_sql(connection, f'DROP TRIGGER "{name}"')
                self.triggers.append(sql)
        self.waiting = [
            table
            for table, per_row in DEFERRED_TABLES.items()
            if expected_rows and not _more_rows_than(connection, table, expected_rows * per_row)
        ]
        return self.start

    def new_rows(self, new: int, rows: int) -> None:
        """A batch of `rows` rows is about to be written, `new` of them new members: the
        first batch that is mostly new members drops the waiting tables' indexes."""
        if not self.waiting or new * 2 < rows:
            return
        connection = self.session.connection()
        for table in self.waiting:
            self._drop_indexes(connection, table)
            if table == "member":
                # what still takes rows in random order (ids, identity keys) is small:
                # a smaller cache is as fast and keeps the peak memory down
                driver_sql(connection, f"PRAGMA cache_size = {-DEFERRED_CACHE_KIB}")
        self.waiting = []

    def _drop_indexes(self, connection: object, table: str) -> None:
        rows = driver_sql(
            connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).all()
        for name, sql in rows:
            if name in LOOKUP_INDEXES or sql.lstrip().upper().startswith("CREATE UNIQUE"):
                continue
            driver_sql(connection, f'DROP INDEX "{name}"')
            self.indexes.append(sql)

    def finish(self, mark_cards: bool = True) -> None:
        """The indexes and triggers as they were, the search index holding the new rows;
        `mark_cards` False: every new card's member was written with its marker already
        (new members, importing.writing), so no member row needs the marker statement."""
        if self.start is None:
            return
        connection = self.session.connection()
        if self.card_start is not None and mark_cards:  # before the indexes: made once
            driver_sql(connection, MARK_NEW_CARDS, (self.card_start,))
        for sql in self.indexes:
            driver_sql(connection, sql)
        driver_sql(
            connection,
            "INSERT INTO member_fts(rowid, search_text) "
            "SELECT rowid, search_text FROM member WHERE rowid > ?",
            (self.start,),
        )
        for sql in self.triggers:
            driver_sql(connection, sql)
        self.start = self.card_start = None
        self.waiting = []


def _more_rows_than(connection: object, table: str, rows: int) -> bool:
    """Does the table hold more than `rows` rows? (Counting stops there.)"""
    sql = f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)'
    return driver_sql(connection, sql, (rows + 1,)).scalar_one() > rows
