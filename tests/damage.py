"""A database file damaged the way a failing disk damages it, for the tests of checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.models import cipher
from app.models.soundness import MARK_SUFFIX, marks_dir


def leave_unclean_mark(path: Path) -> None:
    """What a process killed while it had the file open leaves: its open mark, unlocked."""
    folder = marks_dir(path)
    folder.mkdir(exist_ok=True)
    (folder / f"999999-killed{MARK_SUFFIX}").write_text("999999\n", encoding="utf-8")


def _schema_reads(path: Path) -> bool:
    """The schema and its revision can still be read (so only a check finds the damage)."""
    try:
        conn = cipher.connect(path, read_only=True)
    except cipher.ERRORS:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    except cipher.ERRORS:
        return False
    finally:
        conn.close()


def damage(path: Path, *, unclean: bool = True) -> None:
    """Overwrite pages in the middle of the file, sparing those that hold the schema and its
    revision (a page whose damage makes them unreadable is put back), so that only an
    integrity check, or reading a damaged page, finds it.

    `unclean`: the damage came with an unclean shutdown (a power cut, a killed program), so
    the next open runs the check; without it only reading a damaged page tells."""
    conn = cipher.connect(path)  # plain or encrypted (PROFDESK_TEST_ENCRYPTED)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    for offset in range(4096 * 3, size - 4096, 4096 * 7):
        with path.open("r+b") as f:
            f.seek(offset + 100)
            before = f.read(800)
            f.seek(offset + 100)
            f.write(b"\xde\xad\xbe\xef" * 200)
        if not _schema_reads(path):
            with path.open("r+b") as f:
                f.seek(offset + 100)
                f.write(before)
    if unclean:
        leave_unclean_mark(path)


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's big-endian varint at `at`: (value, offset after it)."""
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def damage_index(path: Path, index: str = "ix_member_sort_key") -> int:
    """Flip one byte of a key inside a leaf page of `index`, as a failing disk flips a bit:
    the page stays well formed (so PRAGMA quick_check still says ok), but the index no longer
    agrees with its table (which only the full integrity_check compares). Returns the page.

    The key is text; one byte of it becomes another valid one (a digit or Latin letter
    another, a Cyrillic letter's second byte another), so the text stays readable."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()
    conn.close()
    with path.open("r+b") as f:
        while True:  # down the left edge of the b-tree to a leaf
            f.seek((page - 1) * page_size)
            data = f.read(page_size)
            if data[0] == 0x0A:  # a leaf page of an index
                break
            assert data[0] == 0x02, f"page {page} is not an index page"
            first_cell = int.from_bytes(data[12:14], "big")
            page = int.from_bytes(data[first_cell : first_cell + 4], "big")
        cells = int.from_bytes(data[3:5], "big")
        pointer = 8 + 2 * (cells // 2)  # a cell in the middle of the page
        cell = int.from_bytes(data[pointer : pointer + 2], "big")
        _, record = _varint(data, cell)  # past the payload's size: the record
        header_size, types = _varint(data, record)
        serial, _ = _varint(data, types)  # the key's first column
        body = record + header_size
        assert serial >= 13 and serial % 2 == 1, "the key's first column is not text"
        length = (serial - 13) // 2
        offset = body + length - 1  # its last byte
        byte = data[offset]
        if 0x80 <= byte <= 0xBF:
            new = byte ^ 0x01
        elif chr(byte).isdigit():
            new = ord("0") + (byte - ord("0") + 1) % 10
        else:
            new = ord("q") if byte != ord("q") else ord("x")
        f.seek((page - 1) * page_size + offset)
        f.write(bytes([new]))
    return page
