"""A damaged file gets its one Russian sentence; a bug inside a reader is not passed off as
a damaged book (app/importing/damage.py lists what the readers raise on damage)."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.importing import pieces, reader_process, reading, xls_check
from app.importing.damage import is_damage
from app.models import ValidationError

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
REFUSED = "не удаётся прочитать"


def member_list(path: Path, rows: int = 400) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Дата рождения"])
    for n in range(rows):
        sheet.append([f"Семёнова{n}", "Алёна", "01.02.1980"])
    book.save(path)
    return path


def read_all(path: Path) -> list:
    with reading.RowSource(path, reads_all=True) as source:
        return list(source.rows())


def in_pieces(monkeypatch, *, child: bool = False) -> None:
    monkeypatch.setattr(pieces, "PIECES_FROM", 0)
    monkeypatch.setattr(pieces, "PIECE_BYTES", 4_000)
    monkeypatch.setattr(reader_process, "PROCESS_FROM", 0 if child else 1 << 40)
    monkeypatch.setattr(reader_process, "FIRST_HERE", 20)


def _rewrite_sheet(source: Path, path: Path, change) -> Path:
    with zipfile.ZipFile(source) as whole, zipfile.ZipFile(path, "w") as damaged:
        for item in whole.infolist():
            data = whole.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = change(data)
            damaged.writestr(item, data)
    return path


@pytest.mark.parametrize("pieces_too", [False, True])
def test_damaged_files_get_their_sentence(tmp_path, monkeypatch, pieces_too):
    good = member_list(tmp_path / "целый.xlsx")
    data = good.read_bytes()
    cut = tmp_path / "обрезан.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    # a sheet's XML copied half-way: in pieces this used to give the rows before the cut
    # (or none) without a word
    half = _rewrite_sheet(good, tmp_path / "лист обрезан.xlsx", lambda d: d[: len(d) // 2])
    broken = _rewrite_sheet(  # a row whose XML does not close: calamine's XmlError
        good,
        tmp_path / "лист сломан.xlsx",
        lambda d: (
            d[: d.index(b"<row", len(d) // 2)]
            + b'<row r="9"><c r="A9" t="n"><v>1</c></row></sheetData></worksheet>'
        ),
    )
    # a byte of the compressed sheet changed: the zip layer's CRC and inflate errors
    flipped = bytearray(data)
    start = data.index(b"xl/worksheets/sheet1.xml") + 60
    for k in range(start, start + 40):
        flipped[k] ^= 0x55
    crc = tmp_path / "байты.xlsx"
    crc.write_bytes(bytes(flipped))
    noise = random.Random(1).randbytes(5000)
    files = [cut, half, broken, crc]
    for suffix in (".xlsx", ".ods", ".xls"):
        for head, name in (
            (b"", "шум"),
            (b"PK\x03\x04", "шум-zip"),
            (bytes.fromhex("d0cf11e0a1b11ae1"), "шум-ole"),
        ):
            (tmp_path / f"{name}{suffix}").write_bytes(head + noise)
            files.append(tmp_path / f"{name}{suffix}")
    if pieces_too:
        in_pieces(monkeypatch)
    for path in files:
        with pytest.raises(ValidationError, match=f"«{path.name}» {REFUSED}"):
            read_all(path)
    assert len(read_all(good)) == 401


def test_a_panic_of_calamine_on_a_damaged_xls_is_damage(tmp_path, monkeypatch, capfd):
    """Three bits flipped in an .xls made by LibreOffice: calamine 0.x panics in Rust (pyo3
    raises PanicException, which is no Exception); the office still gets the sentence, and
    nothing else: the child that reads an .xls first (xls_check.py) keeps Rust's own text."""
    data = bytearray((DATA / "список-ппо.xls").read_bytes())
    rng = random.Random(138)
    for _ in range(3):
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
    path = tmp_path / "список.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match=REFUSED):
        read_all(path)
    assert "panicked" not in capfd.readouterr().err
    # read here, as without the child (it could not start): the panic is damage too
    monkeypatch.setattr(xls_check, "verdict", lambda path: xls_check.READ)
    with pytest.raises(ValidationError, match=REFUSED) as refused:
        read_all(path)
    assert is_damage(refused.value.__cause__)


def huge_cell_xls(path: Path) -> Path:
    """The .xls LibreOffice wrote, its first text cell moved to row and column 65,534: for
    that sheet calamine asks for 137 GB at once, and a process that reads it aborts."""
    data = bytearray((DATA / "годы-рождения.xls").read_bytes())
    at = data.find(b"\xfd\x00\x0a\x00")  # LABELSST, a text cell: its row and column next
    assert at > 0
    data[at + 4 : at + 8] = b"\xfe\xff\xfe\xff"
    path.write_bytes(bytes(data))
    return path


def test_an_xls_that_would_end_the_program_is_refused_and_the_program_goes_on(tmp_path):
    """Read first by a child (app/importing/xls_check.py): the allocation ends the child,
    and this process says the book is damaged. Without the check this test's process dies."""
    path = huge_cell_xls(tmp_path / "огромная-ячейка.xls")
    with pytest.raises(ValidationError, match=f"«огромная-ячейка.xls» {REFUSED}: книга повреждена"):
        reading.sheet_names(path)
    with pytest.raises(ValidationError, match="книга повреждена"):
        read_all(path)
    good = DATA / "годы-рождения.xls"  # an honest .xls still reads, in this process
    assert reading.sheet_names(good) and len(read_all(good)) > 3


def test_a_damaged_piece_read_by_the_child_is_one_sentence(tmp_path, monkeypatch):
    good = member_list(tmp_path / "целый.xlsx", rows=1500)
    path = _rewrite_sheet(good, tmp_path / "обрезан.xlsx", lambda d: d[: len(d) * 2 // 3])
    in_pieces(monkeypatch, child=True)
    with pytest.raises(ValidationError, match=f"«обрезан.xlsx» {REFUSED}: книга повреждена"):
        read_all(path)


class Bug(Exception):
    """A mistake in the program's own code, met while reading a good file."""


def _bug(*args, **kwargs):
    raise Bug("a bug, not the file")


@pytest.mark.parametrize("where", ["whole", "pieces"])
def test_a_bug_inside_a_reader_is_not_a_damaged_book(tmp_path, monkeypatch, where):
    """The bug reaches the caller as itself (the CLI's and the GUI's internal-error message,
    the GUI's log), not as «книга повреждена», which would send the office to fix a good
    file."""
    path = member_list(tmp_path / "список.xlsx", rows=300)
    if where == "whole":
        monkeypatch.setattr(reading, "_is_worksheet", lambda meta: True)
        real = reading._open_workbook

        class Book:
            def __init__(self, book):
                self._book = book
                self.sheets_metadata = book.sheets_metadata

            def get_sheet_by_name(self, name):
                return _bug()

            def close(self):
                self._book.close()

        monkeypatch.setattr(reading, "_open_workbook", lambda p: Book(real(p)))
    else:
        in_pieces(monkeypatch)
        monkeypatch.setattr(pieces, "calamine_rows", _bug)
    with pytest.raises(Bug):
        read_all(path)


def test_a_bug_in_the_child_is_met_again_here_not_called_damage(tmp_path, monkeypatch):
    """The child tells a bug from damage; the parent then reads the rest itself, where the
    same bug shows as itself (with its traceback), and a good file still comes in whole."""
    import multiprocessing

    path = member_list(tmp_path / "список.xlsx", rows=300)
    in_pieces(monkeypatch)
    receiving, sending = multiprocessing.Pipe(duplex=False)
    with monkeypatch.context() as patched:
        patched.setattr(pieces, "calamine_rows", _bug)
        reader_process._child(str(path), "Sheet", "xlsx", (4_000, 0), 20, sending)
    assert receiving.recv() == (reader_process.BUG, "Bug")

    class BuggyChild(reader_process.ProcessRows):
        def __init__(self, *args):
            self._process = None
            self._conn = FakeConn()

    class FakeConn:
        def recv(self):
            return reader_process.BUG, "Bug"

        def close(self):
            pass

    expected = read_all(path)
    with reading.RowSource(path, reads_all=True) as source:
        source._child = BuggyChild()
        assert list(source.rows()) == expected


def test_the_damage_list_is_not_every_error():
    import zlib

    import python_calamine as calamine

    assert is_damage(calamine.CalamineError("x")) and is_damage(zlib.error("x"))
    assert is_damage(zipfile.BadZipFile("x"))
    for bug in (TypeError(), AttributeError(), KeyError(), IndexError(), NameError()):
        assert not is_damage(bug)
    assert not is_damage(calamine.PasswordError("x"))  # said as such, not as damage
