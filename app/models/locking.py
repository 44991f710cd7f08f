"""Deciding alone: a write that depends on what it has just read takes the lock first.

Two workstations (or two commands on one file) that both read "member X has no card" and
both write one leave X with two cards. So a job whose decision rests on a read (card
numbers, who is printed in a batch, a stock balance, the sign-in counter) calls
`decide_alone(session, key)` before that read, and the rest of its transaction runs as if
nobody else were writing:

- SQLite: `BEGIN IMMEDIATE` takes the file's write lock now; others wait (busy_timeout)
  until this transaction commits, and what is read afterwards is the newest data. pysqlite
  in its default (legacy) mode opens a transaction only before the first INSERT/UPDATE/
  DELETE, so earlier reads of the session were each their own snapshot; once a write has
  happened the lock is already held and nothing more is needed.
- PostgreSQL: a transaction-scoped advisory lock per kind of job; at READ COMMITTED every
  statement after it sees what the previous holder committed.
"""

from __future__ import annotations

import enum

from sqlalchemy import text
from sqlalchemy.orm import Session


class LockKey(enum.IntEnum):
    """pg_advisory_xact_lock keys, one per kind of decision (SQLite has one lock for all)."""

    CARD_NUMBERS = 0x50524F4443  # numbering, reissue and who goes into a print batch
    STOCK = 0x50524F4453  # shipments and hand-outs against a balance
    SIGN_IN = 0x50524F4455  # failed sign-in counters and lockouts


def decide_alone(session: Session, key: LockKey) -> None:
    """Hold the write lock for `key` until this session's transaction ends."""
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": int(key)})
    elif dialect == "sqlite" and not connection.connection.driver_connection.in_transaction:
        # (once a write of this transaction is done, the lock is already held)
        connection.exec_driver_sql("BEGIN IMMEDIATE")
