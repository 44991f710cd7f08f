"""When the light path may read a file: the same conditions the normal open decides on."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...paths import is_database_url
from .. import migrate, soundness
from ..backup import daily_backup_due
from ..cipher import SQLITE_HEADER
from ..settings import INSTALLATION_ID
from . import queries

if TYPE_CHECKING:
    from ..stock_balance import BalanceRow


class Reader:
    """A read-only connection to a file the light path may read, with its queries."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    def organisation_rows(self) -> list[dict[str, Any]]:
        return queries.organisation_rows(self.conn, None)

    def search_records(self, text: str, *, status: str, limit: int | None) -> list[dict]:
        return queries.search_records(self.conn, text, status=status, limit=limit, orgs=None)

    def stock_balances(self, org_code: str | None) -> list[BalanceRow] | None:
        """`stock balance`: depth-first rows, of one organisation's subtree when a code is
        given; None for a code that is not there (the normal path says so)."""
        org_id = None
        if org_code:
            row = self.conn.execute(
                "SELECT id FROM organisation WHERE code = ?", (org_code,)
            ).fetchone()
            if row is None:
                return None
            org_id = row[0]
        from ..stock_balance import build_balances, flatten_balances

        sums, transit = queries.stock_sums(self.conn)
        roots = build_balances(queries.load_tree(self.conn, None), sums, transit)
        return flatten_balances(roots, org_id)

    def close(self) -> None:
        self.conn.close()


def open_reader(location: str) -> Reader | None:
    """A Reader when the file at `location` may be read on the light path, else None."""
    if is_database_url(location):
        return None  # a server, or a sqlite:/// address: the normal path reads them
    path = Path(location).expanduser()
    if not _plain_file(path) or not os.access(path, os.W_OK):
        return None  # missing, encrypted or not a database, read-only: the open says so
    if soundness.pending_check(path) is not None or daily_backup_due(path):
        return None  # the open would check the file or make the day's checked copy
    head = migrate.quick_head()
    if head is None:
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        if not _ready(conn, head):
            conn.close()
            return None
    except sqlite3.Error:
        conn.close()
        return None
    return Reader(path, conn)


def _plain_file(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _ready(conn: sqlite3.Connection, head: str) -> bool:
    """At the head revision, set up (the open would write nothing) and without users."""
    revisions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if revisions != [(head,)]:
        return False
    installed = conn.execute("SELECT 1 FROM setting WHERE key = ?", (INSTALLATION_ID,))
    if installed.fetchone() is None:
        return False
    return conn.execute("SELECT 1 FROM app_user LIMIT 1").fetchone() is None
