"""An .xls read once by a child process with a memory cap, before this process reads it.

A damaged .xls can lead python-calamine to ask for 5-137 GB at once (a record that claims
billions of cells): the process aborts, which Python cannot catch, and where memory is
overcommitted (Linux) the machine first swaps for a minute. Thousands of damaged .xlsx and
.ods files did no such thing (tests/unit/test_import_damage.py); the .xls reader did. So an
.xls is first read by a child, every worksheet as calamine reads it here, under a cap of
address space (Linux, macOS: RLIMIT_AS; Windows commits no memory it does not have, so the
allocation fails at once there). A damaged file then ends the child, not the program, and
is refused with the damaged book's sentence; so is a file calamine raises on, with no Rust
text printed before the sentence. The verdict is kept per file (path, size, time
of change): the import wizard opens one file several times. Costs a process start, about
0.2 s, per .xls opened; an .xls holds at most 65,536 rows a sheet.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

CAP_BYTES = 4 << 30  # far above an honest .xls: 65,536 x 256 cells take 0.5 GB in calamine
TIMEOUT_S = 120.0  # the largest honest .xls reads in seconds
# the child's exit codes; a cap reached kills it by a signal instead (DAMAGED too)
EXIT_READ, EXIT_DAMAGED, EXIT_NOT_A_BOOK = 0, 3, 4
READ, DAMAGED, NOT_A_BOOK = "read", "damaged", "not a book"  # the verdicts

_verdicts: dict[tuple[str, int, int], str] = {}  # (path, size, mtime_ns) -> verdict


def _child(path: str) -> None:
    """Read every sheet, as RowSource would; the exit code says how it went. Its stderr
    goes nowhere: calamine's words on an impossible allocation or a panic (Rust's own
    text, a source line and a hint about backtraces) are not for the office."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # Windows: no overcommit, an impossible allocation fails by itself
    import python_calamine as calamine

    from .damage import is_damage

    opened = False
    try:
        with open(path, "rb") as f:
            workbook = calamine.CalamineWorkbook.from_filelike(f)
        opened = True
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name)
    except calamine.PasswordError:
        os._exit(EXIT_READ)  # the reader here says so in its own words
    except MemoryError:
        os._exit(EXIT_DAMAGED)
    except BaseException as error:  # noqa: BLE001 - a Rust panic is no Exception
        if not is_damage(error):
            os._exit(EXIT_READ)  # a bug: met again here, where it shows as itself
        os._exit(EXIT_DAMAGED if opened else EXIT_NOT_A_BOOK)
    os._exit(EXIT_READ)


def verdict(path: Path) -> str:
    """READ when the child read the .xls (or met a password, or a bug, which the reader
    here says in its own words), and when no child could be started (a locked-down
    machine: it is read here as before); NOT_A_BOOK when calamine could not open it;
    DAMAGED when a sheet could not be read or reading it ended the child."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _verdicts:
        return _verdicts[key]
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=_child, args=(str(path),), daemon=True)
    try:
        process.start()
    except (OSError, RuntimeError):
        return READ
    process.join(TIMEOUT_S)
    if process.exitcode is None:  # reads for ever: as damaged as a file can be
        process.kill()
        process.join()
    found = {EXIT_READ: READ, EXIT_NOT_A_BOOK: NOT_A_BOOK}.get(process.exitcode, DAMAGED)
    _verdicts[key] = found
    return found
