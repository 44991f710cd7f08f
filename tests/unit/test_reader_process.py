"""A big sheet read by a child process (app/importing/reader_process.py) gives exactly the
rows this process reads itself, also when the child cannot start or dies on the way, and a
damaged file still gets its one sentence."""

from __future__ import annotations

import datetime as dt
import multiprocessing.context
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.importing import pieces, reader_process, reading
from app.models import ValidationError

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def big_list(path: Path, rows: int = 3000) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Дата рождения", "Телефон", "Стаж", "Ветеран"])
    for n in range(rows):
        sheet.append(
            [
                f"Семёнова Алёна {n}",
                dt.date(1960, 1, 1) + dt.timedelta(days=n * 7),
                f"8-910-{n:07d}" if n % 5 else None,
                n * 0.5,
                n % 2 == 0,
            ]
        )
    book.save(path)
    return path


class ReadHere(BaseException):
    """Raised when this process reads rows a test wants from the child only."""


def read(path: Path, monkeypatch, *, child: bool, sheet: str | None = None) -> list:
    """The rows read in pieces, by the child (this process's own readers then refuse:
    nothing may be read here) or by this process."""
    monkeypatch.setattr(pieces, "PIECES_FROM", 0)
    monkeypatch.setattr(pieces, "PIECE_BYTES", 20_000)
    monkeypatch.setattr(reader_process, "PROCESS_FROM", 0 if child else 1 << 40)
    with reading.RowSource(path, sheet, reads_all=True) as source:
        assert (source._child is not None) == child
        if child:
            monkeypatch.setattr(source._pieces, "rows", _refuse_here)
        return list(source.rows())


def _refuse_here():  # noqa: ANN202
    raise ReadHere


def test_the_child_gives_the_rows_read_here(tmp_path, monkeypatch):
    path = big_list(tmp_path / "список.xlsx")
    here = read(path, monkeypatch, child=False)
    assert len(here) == 3001 and here[1][1][1] == dt.date(1960, 1, 1)
    assert read(path, monkeypatch, child=True) == here
    for fixture, sheet in (("список-ппо.ods", None), ("список-ппо.xlsx", None)):
        here = read(DATA / fixture, monkeypatch, child=False, sheet=sheet)
        assert here and read(DATA / fixture, monkeypatch, child=True, sheet=sheet) == here


def test_a_child_that_dies_leaves_the_rest_to_this_process(tmp_path, monkeypatch):
    path = big_list(tmp_path / "список.xlsx")
    here = read(path, monkeypatch, child=False)
    monkeypatch.setattr(reader_process, "PROCESS_FROM", 0)
    got = []
    with reading.RowSource(path, reads_all=True) as source:
        rows = source.rows()
        got.append(next(rows))  # the first batch came from the child
        source._child._process.kill()
        got.extend(rows)
    assert got == here


def test_a_child_that_cannot_start_changes_nothing(tmp_path, monkeypatch):
    def refused(self):  # noqa: ANN001 - a machine that forbids starting processes
        raise OSError("not permitted")

    path = big_list(tmp_path / "список.xlsx", rows=500)
    here = read(path, monkeypatch, child=False)
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
    with pytest.raises(ReadHere):  # no child: read here
        read(path, monkeypatch, child=True)
    monkeypatch.setattr(reader_process, "PROCESS_FROM", 0)
    with reading.RowSource(path, reads_all=True) as source:
        assert list(source.rows()) == here
    with reading.RowSource(path) as source:  # a preview's first rows: no child for them
        assert source._child is None


def test_a_damaged_piece_is_one_sentence(tmp_path, monkeypatch):
    """A sheet cut off in the middle of a row (a file copied half-way): the child's error
    becomes the sentence the user gets when this process reads it."""
    import zipfile

    source = big_list(tmp_path / "целый.xlsx")
    path = tmp_path / "повреждён.xlsx"
    with zipfile.ZipFile(source) as whole, zipfile.ZipFile(path, "w") as damaged:
        for item in whole.infolist():
            data = whole.read(item)
            if item.filename.endswith("sheet1.xml"):
                middle = data.index(b"<row", len(data) // 2)
                data = data[:middle] + b'<row r="9"><c r="A9" t="n"><v>1</c></row>'
                data += b"</sheetData></worksheet>"
            damaged.writestr(item, data)
    for child in (False, True):
        with pytest.raises(ValidationError, match="«повреждён.xlsx» не удаётся прочитать"):
            read(path, monkeypatch, child=child)


def test_the_child_loads_no_database_code():
    """The child imports what reading needs, not SQLAlchemy: its first rows come soon."""
    import subprocess

    probe = (
        "import sys; import app.importing.reader_process; "
        "print(sorted(m for m in ('sqlalchemy', 'app.models', 'PySide6') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_cli_module_does_not_run_again_in_the_child(capsys):
    """multiprocessing's spawn imports the parent's `-m` module in the child under the name
    __mp_main__: `python -m app.cli` must not run a second command there."""
    import runpy

    runpy.run_module("app.cli.__main__", run_name="__mp_main__")
    assert capsys.readouterr() == ("", "")
