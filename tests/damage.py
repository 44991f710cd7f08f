"""A database file damaged the way a failing disk damages it, for the tests of checks."""

from __future__ import annotations

from pathlib import Path

from app.models import cipher
from app.models.soundness import MARK_SUFFIX, marks_dir


def leave_unclean_mark(path: Path) -> None:
    """What a process killed while it had the file open leaves: its open mark, unlocked."""
    folder = marks_dir(path)
    folder.mkdir(exist_ok=True)
    (folder / f"999999-killed{MARK_SUFFIX}").write_text("999999\n", encoding="utf-8")


def damage(path: Path, *, unclean: bool = True) -> None:
    """Overwrite pages in the middle of the file (the first pages, with the schema and its
    revision, stay readable, so only an integrity check finds it).

    `unclean`: the damage came with an unclean shutdown (a power cut, a killed program), so
    the next open runs the check; without it only reading a damaged page tells."""
    conn = cipher.connect(path)  # plain or encrypted (PROFDESK_TEST_ENCRYPTED)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as f:
        for offset in range(4096 * 3, size - 4096, 4096 * 7):
            f.seek(offset + 100)
            f.write(b"\xde\xad\xbe\xef" * 200)
    if unclean:
        leave_unclean_mark(path)
