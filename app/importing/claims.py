"""Which member each row of the file has matched so far, kept in a temporary table.

Two rows of one file about the same member are reported, never merged (issue 16), so the
import remembers every member a row created or updated. In a dict that grows with the
file (about 0.2 MiB per 1,000 rows); in a temporary table of the import's own
transaction it does not: each batch asks only about the members its lookup found, and
writes its own claims when it is done. The table lives in the connection's temporary
space and goes with the transaction (dropped at the end, or rolled back with it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..models.driver_sql import driver_sql

TABLE = "import_claim"
CHUNK = 500  # ids per lookup: well inside both engines' parameter limits


class Claims:
    """member id -> the file row that matched it (negative: the row created the member)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        connection = session.connection()
        sqlite = connection.dialect.name == "sqlite"
        driver_sql(
            connection,
            f"CREATE TEMP TABLE IF NOT EXISTS {TABLE} (member_id VARCHAR(36) PRIMARY KEY, "
            f"row INTEGER NOT NULL){' WITHOUT ROWID' if sqlite else ''}",
        )
        self.table = f"{'temp' if sqlite else 'pg_temp'}.{TABLE}"  # never a table of the file
        driver_sql(connection, f"DELETE FROM {self.table}")  # one an earlier import left
        self.any = False

    def earlier(self, member_ids: list[str]) -> dict[str, int]:
        """The claims earlier batches made on these members."""
        found: dict[str, int] = {}
        if not self.any or not member_ids:
            return found
        connection = self.session.connection()
        for start in range(0, len(member_ids), CHUNK):
            chunk = member_ids[start : start + CHUNK]
            sql = f"SELECT member_id, row FROM {self.table} WHERE member_id IN ({_marks(chunk)})"
            found.update(driver_sql(connection, sql, tuple(chunk)).all())
        return found

    def add(self, claims: list[tuple[str, int]]) -> None:
        """A batch's claims (each member once: a second row about it is refused)."""
        if claims:
            sql = f"INSERT INTO {self.table} (member_id, row) VALUES (?, ?)"
            driver_sql(self.session.connection(), sql, claims)
            self.any = True

    def close(self) -> None:
        driver_sql(self.session.connection(), f"DROP TABLE IF EXISTS {self.table}")


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))
