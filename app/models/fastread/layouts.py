"""`cards layouts list` and `booklets layouts list` in SQLite's SQL, over a DB-API connection.

The light path runs these on its read-only connection; app.models.layouts runs
`latest_titles` on its session's connection on SQLite, so both paths list the same office
layouts (PostgreSQL keeps the SQLAlchemy query; tests/unit/test_fastread_layouts.py compares
the two). Only names, versions and titles are read: a layout's body (images inside) is not.
"""

from __future__ import annotations

import json
from typing import Any

# the newest version of every office layout of a kind, by name
LATEST_SQL = (
    "SELECT l.name, l.version, l.title FROM card_layout AS l "
    "JOIN (SELECT name, max(version) AS v FROM card_layout WHERE kind = ? GROUP BY name) AS n "
    "ON n.name = l.name AND n.v = l.version WHERE l.kind = ? ORDER BY l.name"
)


def latest_titles(conn: Any, kind: str) -> list[tuple[str, int, str]]:
    """(name, version, title) of the newest version of every office layout of this kind
    ("card" or "booklet"), by name."""
    return [tuple(row) for row in conn.execute(LATEST_SQL, (kind, kind)).fetchall()]


def setting(conn: Any, key: str) -> Any:
    """A stored setting's value (app.models.settings keeps JSON), None when not set."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


def layout_body(conn: Any, kind: str, name: str) -> dict[str, Any] | None:
    """The body of the newest version of the office layout `name` (as
    app.models.layouts.get_version reads it), None when the office has none of that name."""
    row = conn.execute(
        "SELECT body FROM card_layout WHERE name = ? AND kind = ? ORDER BY version DESC LIMIT 1",
        (name, kind),
    ).fetchone()
    return None if row is None else json.loads(row[0])
