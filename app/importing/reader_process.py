"""A big sheet's rows read in a second process while this one writes the rows before them.

python-calamine holds the interpreter lock while it parses, so in one process reading and
writing take turns: reading was 0.9 s of a 50,000-row import's 7 s. Here a child process
(multiprocessing's spawn: no fork of a process that runs Qt's threads) reads the pieces and
sends the rows in batches through a pipe; the pipe's small buffer holds it back while it is
ahead, so memory stays flat. Receiving a batch costs a fifth of reading it.

The first rows (the header, the first data) are read here while the child starts, so the
import begins at once. The rows are the same either way: should the child fail to start
or die, the rows after the last one received are read here too
(tests/unit/test_reader_process.py). The child imports only the pieces' modules
(app.importing loads its other modules when they are asked for).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
from collections.abc import Callable, Iterator
from typing import Any

from . import pieces

PROCESS_FROM = 16 << 20  # a sheet part this large (XML, uncompressed) is read by a child
BATCH_ROWS = 500  # rows per message: big enough that pickling is cheap per row
# the first rows (the header and the first data) are read here while the child starts (a
# tenth of a second or more); the child reads them too but sends only the rows after them
FIRST_HERE = 1000
ROWS, DONE, REFUSED, FAILED, BUG = "rows", "done", "refused", "failed", "bug"


class ReaderFailed(Exception):
    """The child met something in the file it could not read: the file is damaged."""


def _child(
    path: str, sheet: str | None, kind: str, sizes: tuple[int, int], skip: int, conn: Any
) -> None:
    """The child's whole life: open the pieces as the parent did, send the rows after the
    first `skip` (the parent reads those), then DONE; a refusal (a Russian sentence), the
    word that the file is damaged, or that the child met a bug is sent instead of the rest."""
    pieces.PIECE_BYTES, pieces.PIECES_FROM = sizes  # as the parent cuts them (tests change them)
    try:
        reader = _open(path, sheet, kind)
        if reader is None:
            conn.send((FAILED, "the file is no longer read in pieces"))
            return
        try:
            batch: list = []
            for row in itertools.islice(reader.rows(), skip, None):
                batch.append(row)
                if len(batch) >= BATCH_ROWS:
                    conn.send((ROWS, batch))
                    batch = []
            conn.send((ROWS, batch))
            conn.send((DONE, None))
        finally:
            reader.close()
    except BrokenPipeError:
        return  # the parent stopped reading (cancel, an error in the rows): nothing to say
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a Rust panic of calamine is no Exception
        from ..models.errors import ValidationError
        from .damage import is_damage

        kind_of = REFUSED if isinstance(exc, ValidationError) else FAILED if is_damage(exc) else BUG
        with contextlib.suppress(OSError):
            conn.send((kind_of, str(exc) if kind_of != BUG else type(exc).__name__))
    finally:
        conn.close()


def _open(path: str, sheet: str | None, kind: str) -> Any:
    if kind == "ods":
        from .ods_pieces import open_ods_pieces

        return open_ods_pieces(path, sheet)
    return pieces.open_pieces(path, sheet or "")


class ProcessRows:
    """The rows of a sheet the parent opened in pieces, read by a child process."""

    def __init__(self, path: str, sheet: str | None, kind: str) -> None:
        self._process: Any = None
        self._conn: Any = None
        context = multiprocessing.get_context("spawn")
        receiving, sending = context.Pipe(duplex=False)
        sizes = (pieces.PIECE_BYTES, pieces.PIECES_FROM)
        process = context.Process(
            target=_child, args=(path, sheet, kind, sizes, FIRST_HERE, sending), daemon=True
        )
        try:
            process.start()
        except (OSError, RuntimeError):
            receiving.close()
            return  # no child (a locked-down machine): the rows are read here
        finally:
            sending.close()
        self._process, self._conn = process, receiving

    def rows(self, here: Callable[[], Iterator[tuple[int, list]]]) -> Iterator[tuple[int, list]]:
        """The first FIRST_HERE rows from `here` (this process's own reader), the rest from
        the child; from `here` again, after the last row received, should the child not
        start or die on the way."""
        own = here()
        last = 0
        for row in itertools.islice(own, FIRST_HERE):
            yield row
            last = row[0]
        if self._conn is not None:
            while True:
                try:
                    kind, payload = self._conn.recv()
                except (EOFError, OSError):
                    break  # the child died: the rest is read here
                if kind == ROWS:
                    yield from payload
                    if payload:
                        last = payload[-1][0]
                elif kind == DONE:
                    return
                elif kind == REFUSED:
                    from ..models.errors import ValidationError

                    raise ValidationError(payload)
                elif kind == FAILED:
                    raise ReaderFailed(payload)
                else:  # a bug: read here, where it shows as itself, with its traceback
                    break
        for row in own:
            if row[0] > last:
                yield row

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join(timeout=5)
            self._process = None
