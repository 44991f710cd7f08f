"""A database file damaged the way a failing disk damages it, for the tests of checks."""

from __future__ import annotations

from pathlib import Path

from app.models import cipher


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (the first pages, with the schema and its
    revision, stay readable, so only an integrity check finds it)."""
    conn = cipher.connect(path)  # plain or encrypted (PROFDESK_TEST_ENCRYPTED)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as f:
        for offset in range(4096 * 3, size - 4096, 4096 * 7):
            f.seek(offset + 100)
            f.write(b"\xde\xad\xbe\xef" * 200)
