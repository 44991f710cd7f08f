"""When a SQLite database file is checked for damage at open: the open policy.

A clean open pays no check. A check runs at open only when there is a reason to doubt the
file (docs/integrity.md says why that keeps the promise of catching a damaged file):
- QUICK (PRAGMA quick_check): a process that had the file open ended without closing it
  (killed, crashed, a power cut), or the file was never opened by this version of Profdesk
  here (it came from elsewhere, or from before the policy), or the marks cannot be kept;
- FULL (PRAGMA integrity_check): SQLite reported damage while working in the file, or a full
  check failed; every open runs it until one passes or the file is restored.
Damage met while working is reported at once (`is_corruption`, app.models.db).

The marks live in a hidden folder beside the file, `.<name>.open/`: one `<pid>-<hex>.open`
per process that has the file open, under an exclusive lock held until it closes; the
operating system lets go of a lock when its process dies however it dies, so a mark another
process can lock is stale: its owner ended without closing. A process id alone would not
do: ids are reused, and a second workstation's processes are not visible at all. Two
processes at once each hold their own mark, and neither takes the other's for stale.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import IO

from ..part_files import lock_file

QUICK = "quick"
FULL = "full"
SUSPECT = "check-full"  # SQLite reported damage: the full check until one passes
MARK_SUFFIX = ".open"
NEWBORN_SECONDS = 60  # an empty mark younger than this is a process between creating and locking
CORRUPTION_TEXTS = (
    "database disk image is malformed",
    "file is not a database",
    "malformed database schema",
    # text that is not UTF-8: Profdesk writes only UTF-8, so the page holding it is damaged
    # (Python's sqlite3 says so when it reads the row; the structure may still check fine)
    "could not decode to utf-8",
)

BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED (primary codes)
BUSY_TEXTS = ("database is locked", "database is busy", "database table is locked")


def marks_dir(path: Path) -> Path:
    return Path(path).parent / f".{Path(path).name}.open"


class OpenMark:
    """This process's mark on one database file, and what its open has to check."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.folder = marks_dir(self.path)
        self.check: str | None = None  # None, QUICK or FULL
        self.checked = False  # a check ran at this open and passed
        self._handle: IO[str] | None = None
        self._entry: Path | None = None
        self._stale: list[Path] = []

    def settle(self) -> None:
        """The check asked for passed: the doubts that asked for it are gone."""
        for stale in self._stale:
            with contextlib.suppress(OSError):
                stale.unlink()
        self._stale = []
        if self.check == FULL:
            with contextlib.suppress(OSError):
                (self.folder / SUSPECT).unlink()
        self.check = None
        self.checked = True

    def release(self) -> None:
        """The file is closed cleanly: the mark goes (a no-op the second time)."""
        handle, entry = self._handle, self._entry
        self._handle = self._entry = None
        if handle is not None:
            handle.close()
        if entry is not None:
            with contextlib.suppress(OSError):
                entry.unlink()


def take_mark(path: Path, *, created: bool = False) -> OpenMark:
    """Mark `path` as open by this process and decide what the open must check.

    `created`: the file is being made now (nothing in it to doubt)."""
    mark = OpenMark(path)
    folder = mark.folder
    known = folder.is_dir()
    try:
        folder.mkdir(exist_ok=True)
        handle, entry = _new_mark(folder)
    except OSError:  # a folder closed for writing: no marks, so every open checks
        mark.check = QUICK
        return mark
    mark._handle, mark._entry = handle, entry
    mark._stale = _stale_marks(folder, own=entry)
    mark.check = _decide(folder, doubted=bool(mark._stale) or not (known or created))
    return mark


def pending_check(path: Path) -> str | None:
    """The check an open of `path` now would run (None, QUICK or FULL), decided as take_mark
    decides but without marking the file: the light read path (app.models.fastread) reads
    only a file whose open would check nothing."""
    folder = marks_dir(path)
    if not folder.is_dir():
        return QUICK  # never opened here by this version, or the marks cannot be kept
    return _decide(folder, doubted=bool(_stale_marks(folder, own=None)))


def _decide(folder: Path, *, doubted: bool) -> str | None:
    if (folder / SUSPECT).exists():
        return FULL
    return QUICK if doubted else None


def _new_mark(folder: Path) -> tuple[IO[str], Path]:
    import uuid  # here: the light path imports this module to ask, and makes no mark

    entry = folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}{MARK_SUFFIX}"
    handle = entry.open("w", encoding="utf-8")
    try:
        lock_file(handle, wait=True)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        # durable, so that a power cut right after the open still leaves the mark behind
        os.fsync(handle.fileno())
        _sync_folder(folder)
    except BaseException:
        handle.close()
        with contextlib.suppress(OSError):
            entry.unlink()
        raise
    return handle, entry


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows makes a new name durable with the file itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stale_marks(folder: Path, *, own: Path | None) -> list[Path]:
    """The marks of processes that ended without closing the file."""
    stale: list[Path] = []
    for entry in folder.glob(f"*{MARK_SUFFIX}"):
        if entry == own:
            continue
        try:
            handle = entry.open("a", encoding="utf-8")
        except OSError:
            continue  # gone meanwhile, or not ours to open
        with handle:
            if not lock_file(handle, wait=False):
                continue  # its process has the file open now
            try:
                info = entry.stat()
            except OSError:
                continue
            if info.st_size == 0 and time.time() - info.st_mtime < NEWBORN_SECONDS:
                continue  # a process between creating its mark and locking it
        stale.append(entry)
    return stale


def report_damage(path: Path) -> None:
    """SQLite said the file is damaged: every open runs the full check until one passes."""
    folder = marks_dir(path)
    with contextlib.suppress(OSError):
        folder.mkdir(exist_ok=True)
        (folder / SUSPECT).write_text("SQLite reported damage\n", encoding="utf-8")


def replaced(path: Path) -> None:
    """The file was replaced by a copy that passed the full check (a restore): the doubts
    about the old file no longer apply. Marks of processes still open stay."""
    folder = marks_dir(path)
    if not folder.is_dir():
        return
    with contextlib.suppress(OSError):
        (folder / SUSPECT).unlink()
    for stale in _stale_marks(folder, own=None):
        with contextlib.suppress(OSError):
            stale.unlink()


def is_busy(error: BaseException | None) -> bool:
    """The error (or what caused it) is SQLite's "database is locked": another connection
    holds the lock longer than the wait. Not damage, and the file is not checked."""
    seen = 0
    while error is not None and seen < 10:
        seen += 1
        for candidate in (error, getattr(error, "orig", None)):
            if candidate is None:
                continue
            if getattr(candidate, "sqlite_errorcode", 0) & 0xFF in BUSY_CODES:
                return True
            if any(t in str(candidate).lower() for t in BUSY_TEXTS):
                return True
        error = error.__cause__ or error.__context__
    return False


def busy_message(location: object) -> str:
    return (
        f"База данных «{location}» сейчас занята: другая программа записывает в неё большой "
        "объём данных (например, загружает список членов Профсоюза). Повторите через минуту; "
        "ничего не изменено."
    )


def is_corruption(error: BaseException | None) -> bool:
    """The error (or what caused it) is SQLite's word that the file is damaged."""
    seen = 0
    while error is not None and seen < 10:
        seen += 1
        orig = getattr(error, "orig", None)  # SQLAlchemy's wrapper of the driver's error
        for candidate in (error, orig):
            if candidate is None or not any(
                c.__name__ == "DatabaseError" for c in type(candidate).__mro__
            ):
                continue
            if any(t in str(candidate).lower() for t in CORRUPTION_TEXTS):
                return True
        error = error.__cause__ or error.__context__
    return False
