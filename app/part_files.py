"""Files with personal data written under a temporary name, then renamed into place
(and the GUI's temporary preview folders).

A PDF of cards or a member list is built as `.<name>.part` beside its target and renamed
when complete, so the user never opens half a file. A program killed meanwhile (power cut,
Task Manager) would leave that `.part` with names and card numbers behind; so each one is
noted in a small journal in the user's data folder while it is being written, and the next
start of the program (window or command line) removes the ones whose writer is gone.

Whether the writer is gone is told by a lock, not a process id: the writer holds an
exclusive lock on its journal entry while it works, the operating system lets go of it when
the process dies, and a start of the program that can take the lock knows nobody is writing.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .paths import data_dir

JOURNAL_DIR = "unfinished-files"
TEMP_PREFIX = "profdesk-"
_held: dict[Path, tuple[IO[str], Path]] = {}  # this process's temporary folders


def part_path(out: Path) -> Path:
    """The temporary name beside `out` (hidden on Linux, next to the target on Windows)."""
    return out.with_name(f".{out.name}.part")


def _journal() -> Path | None:
    try:
        folder = data_dir() / JOURNAL_DIR
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no data folder: the file is still written, only not journalled
    return folder


def lock_file(handle: IO[str], *, wait: bool) -> bool:
    """An exclusive lock on an open file (the first byte); the OS lets go of it when the
    process dies. False when another process holds it and `wait` is False."""
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _note(path: Path) -> tuple[IO[str], Path] | None:
    """Journal `path` under a lock this process holds until `_forget`."""
    import uuid  # here: a reading command imports this module (its lock) and never notes

    folder = _journal()
    if folder is None:
        return None
    entry = folder / f"{uuid.uuid4().hex}.txt"
    try:
        handle = entry.open("w", encoding="utf-8")
    except OSError:
        return None
    lock_file(handle, wait=True)
    handle.write(str(path.resolve()))
    handle.flush()
    return handle, entry


def _forget(noted: tuple[IO[str], Path] | None) -> None:
    if noted is None:
        return
    handle, entry = noted
    handle.close()
    with contextlib.suppress(OSError):
        entry.unlink()


@contextlib.contextmanager
def writing(out: Path) -> Iterator[Path]:
    """Yield the `.part` path to write; on success rename it to `out`, on any failure
    remove it. While the block runs, the `.part` is in the journal."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_path(out)
    noted = _note(tmp)
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        _forget(noted)


def temporary_folder() -> Path:
    """A folder for previews with personal data (the GUI's card and booklet PDFs): removed
    by `discard`, or else by the first start after this process has ended."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    noted = _note(folder)
    if noted is not None:
        _held[folder] = noted
    return folder


def discard(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    _forget(_held.pop(Path(folder), None))


def remove_abandoned() -> list[Path]:
    """Remove the `.part` files of writers that are gone; returns what was removed."""
    folder = _journal()
    if folder is None:
        return []
    removed: list[Path] = []
    for entry in folder.glob("*.txt"):
        try:
            handle = entry.open("r+", encoding="utf-8")
        except OSError:
            continue
        with handle:
            if not lock_file(handle, wait=False):
                continue  # its writer is still at work
            written = handle.read().strip()
            if not written:
                continue  # a writer between creating its entry and locking it
            target = Path(written)
            if target.name.endswith(".part") and target.is_file():
                with contextlib.suppress(OSError):
                    target.unlink()
                    removed.append(target)
            elif target.name.startswith(TEMP_PREFIX) and target.is_dir():
                import shutil

                shutil.rmtree(target, ignore_errors=True)
                removed.append(target)
        with contextlib.suppress(OSError):
            entry.unlink()
    return removed
