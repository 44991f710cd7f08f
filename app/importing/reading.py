"""Rows out of a spreadsheet file, streamed: (row number as the spreadsheet shows it, values).

.xlsx, .xlsm, .xls and .ods through python-calamine (a Rust reader: about ten times faster
than openpyxl, and it gives a date-formatted cell as a date and any other number as a
number, so a year typed in a date column stays a year); a big .xlsx sheet goes to calamine
in pieces (pieces.py), as calamine holds a whole sheet; .csv in UTF-8, UTF-8 with BOM,
Windows-1251 or UTF-16, with ';', ',' or tab between the values. The format is told by
the file's content, not its name. A file that cannot be read at all raises
ValidationError and nothing is imported.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models.errors import ValidationError
from . import reader_process, xls_check
from .damage import ZIP_DAMAGE, is_damage
from .ods_pieces import OdsPieceReader, open_ods_pieces, table_names
from .pieces import PieceReader, open_pieces
from .reader_process import ProcessRows, ReaderFailed

SAMPLE_BYTES = 64 * 1024
BOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, or an encrypted workbook
FORMATS_TEXT = ".xlsx, .xlsm, .xls, .ods или .csv"


def _refuse(path: Path, why: str) -> ValidationError:
    return ValidationError(f"Файл «{path.name}» не удаётся прочитать: {why}")


DAMAGED = "книга повреждена."
NOT_A_BOOK = "это не книга Excel или LibreOffice, или она повреждена."


@contextlib.contextmanager
def _damage_refused(path: Path, why: str = DAMAGED) -> Iterator[None]:
    """What a reader raises on a damaged file becomes the refusal `why`; anything else (a
    bug) goes on as it is (app/importing/damage.py)."""
    try:
        yield
    except ValidationError:
        raise
    except BaseException as exc:  # a Rust panic of calamine is no Exception
        if isinstance(exc, ReaderFailed) or is_damage(exc):
            raise _refuse(path, why) from exc
        raise


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in BOOK_SUFFIXES:
        return "book"
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise ValidationError(
        f"Файл «{path.name}» — не таблица: загружаются файлы {FORMATS_TEXT}. Откройте его в "
        "Excel или LibreOffice и сохраните в одном из этих форматов."
    )


# an Excel 97-2003 workbook stream starts with the globals' BOF record (BIFF8, 16 bytes);
# in a password-protected one the record right after it is FILEPASS (0x002F)
_XLS_BOF = b"\x09\x08\x10\x00\x00\x06\x05\x00"
_XLS_FILEPASS = b"\x2f\x00"


def _is_encrypted(path: Path, head: bytes) -> bool:
    """A password-protected workbook: OOXML wraps an encrypted one in an OLE container
    (EncryptedPackage), an .xls has FILEPASS after its first record, ODF marks encrypted
    parts in its manifest. (calamine tells only some of these apart from damage.)"""
    if head.startswith(_OLE):
        with path.open("rb") as f:
            data = f.read(SAMPLE_BYTES)
        if "EncryptedPackage".encode("utf-16-le") in data or (
            "EncryptionInfo".encode("utf-16-le") in data
        ):
            return True
        bof = data.find(_XLS_BOF)
        return bof >= 0 and data[bof + 20 : bof + 22] == _XLS_FILEPASS
    if head.startswith(_ZIP):
        try:
            with zipfile.ZipFile(path) as archive:
                if "META-INF/manifest.xml" in archive.namelist():
                    return b"encryption-data" in archive.read("META-INF/manifest.xml")
        except (*ZIP_DAMAGE, KeyError):
            return False  # calamine says what is wrong with it
    return False


def _is_text(path: Path) -> bool:
    with path.open("rb") as f:
        sample = f.read(4096)
    if not sample.strip() or b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(sample) - 4  # a letter cut at the end of the sample
    return True


def _password(path: Path) -> ValidationError:
    return ValidationError(
        f"Файл «{path.name}» защищён паролем: снимите пароль в Excel или LibreOffice и "
        "сохраните файл заново."
    )


def _check_book(path: Path) -> bytes:
    """The file's first bytes, once it is known to be a workbook without a password."""
    if not path.is_file():
        raise ValidationError(f"Файла «{path}» нет.")
    with path.open("rb") as f:
        head = f.read(8)
    if _is_encrypted(path, head):
        raise _password(path)
    if not head.startswith((_ZIP, _OLE)):
        looks_text = _is_text(path)
        why = (
            "по содержимому это текстовый файл, а не книга: если это CSV, дайте ему "
            "расширение .csv."
            if looks_text
            else f"это не книга Excel и не таблица LibreOffice, хотя имя оканчивается на "
            f"«{path.suffix}»."
        )
        raise _refuse(path, why)
    return head


def _open_workbook(path: Path) -> Any:
    import python_calamine as calamine

    head = _check_book(path)
    if head.startswith(_ZIP) and path.suffix.lower() in (".xlsx", ".xlsm"):
        # from the path calamine reads the zip's parts as it needs them; from a file
        # object it first reads the whole file into memory (2-3 times its size at peak)
        try:
            return calamine.CalamineWorkbook.from_path(str(path))
        except calamine.PasswordError as exc:
            raise _password(path) from exc
        except BaseException as exc:  # e.g. an .ods named .xlsx: the content tells below
            if not is_damage(exc):
                raise
    if head.startswith(_OLE):  # read first by a child: a damaged .xls can end a process
        found = xls_check.verdict(path)
        if found != xls_check.READ:
            raise _refuse(path, NOT_A_BOOK if found == xls_check.NOT_A_BOOK else DAMAGED)
    try:
        with path.open("rb") as f, _damage_refused(path, NOT_A_BOOK):
            return calamine.CalamineWorkbook.from_filelike(f)  # the content tells the format
    except calamine.PasswordError as exc:
        raise _password(path) from exc


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook (a CSV file has one, named after the file)."""
    path = Path(path)
    if _check_suffix(path) == "csv":
        if not path.is_file():
            raise ValidationError(f"Файла «{path}» нет.")
        return [path.stem]
    if _check_book(path).startswith(_ZIP):
        names = table_names(path)  # a big .ods: calamine would read every table first
        if names is not None:
            return names
    workbook = _open_workbook(path)
    try:
        with _damage_refused(path):
            return [m.name for m in workbook.sheets_metadata if _is_worksheet(m)]
    finally:
        workbook.close()


def _is_worksheet(meta: Any) -> bool:
    return "Chart" not in str(getattr(meta, "typ", ""))


class RowSource:
    """An open file whose rows are read once, front to back. Use it in a `with` block.

    Workbook cells come as calamine gives them: str ('' when empty), float, int, bool,
    datetime.date/datetime/time/timedelta for date-formatted cells. CSV cells are str."""

    def __init__(self, path: str | Path, sheet: str | None = None, reads_all: bool = False) -> None:
        """`reads_all`: the caller reads every row (an import), so a big sheet is worth a
        child process; a preview reads the first rows only."""
        self.path = Path(path)
        self.reads_all = reads_all
        self.kind = _check_suffix(self.path)
        self.sheet = sheet
        self.total_rows = 0  # an estimate for progress; 0 when unknown
        self.encoding = ""
        self.delimiter = ""
        self._workbook: Any = None
        self._pieces: PieceReader | OdsPieceReader | None = None
        self._child: ProcessRows | None = None  # a big sheet's reader in a second process
        self._file: Any = None
        if self.kind == "book":
            self._open_book()
        else:
            self._open_csv()

    # --- workbooks ----------------------------------------------------------------------
    def _open_book(self) -> None:
        if _check_book(self.path).startswith(_ZIP):
            # a big .ods: calamine reads every table of it when it opens the file
            ods = open_ods_pieces(self.path, self.sheet)
            if ods is not None:
                self._pieces, self.sheet, self.total_rows = ods, ods.sheet, ods.total_rows
                self._read_in_child("ods", ods.size)
                return
            names = table_names(self.path)
            if names and self.sheet not in names:  # a big .ods without that table
                raise ValidationError(
                    f"В книге «{self.path.name}» нет листа «{self.sheet}»; есть: "
                    f"{', '.join(names)}."
                )
        self._workbook = _open_workbook(self.path)
        names = [m.name for m in self._workbook.sheets_metadata if _is_worksheet(m)]
        if not names:
            self.close()
            raise _refuse(self.path, "в книге нет ни одного листа с таблицей.")
        if self.sheet is None:
            self.sheet = names[0]
        elif self.sheet not in names:
            self.close()
            raise ValidationError(
                f"В книге «{self.path.name}» нет листа «{self.sheet}»; есть: {', '.join(names)}."
            )
        pieces = open_pieces(self.path, self.sheet)
        if pieces is not None:  # a big .xlsx sheet: read in pieces, memory stays flat
            self._workbook.close()
            self._workbook = None
            self._pieces = pieces
            self.total_rows = pieces.total_rows
            self._read_in_child("xlsx", pieces.size)
            return
        import python_calamine as calamine

        try:
            with _damage_refused(self.path):
                self._worksheet = self._workbook.get_sheet_by_name(self.sheet)
        except calamine.PasswordError as exc:
            self.close()
            raise _password(self.path) from exc
        except BaseException:
            self.close()
            raise
        self.total_rows = int(self._worksheet.height or 0)

    def _book_rows(self) -> Iterator[tuple[int, list]]:
        if self._pieces is not None:
            yield from self._piece_rows()
            return
        sheet = self._worksheet
        first_column = (sheet.start or (0, 0))[1]
        pad = [""] * first_column  # calamine starts at the first used column: keep columns
        with _damage_refused(self.path):
            # iter_rows gives the rows from the sheet's first row (python-calamine 0.9.1:
            # the empty rows above the first used cell too), the columns from the first used
            for number, values in enumerate(sheet.iter_rows(), 1):
                yield number, (pad + values) if first_column else values

    def _read_in_child(self, kind: str, size: int) -> None:
        """A sheet big enough that reading it costs more than starting a process is read by
        a child while this process writes (app.importing.reader_process)."""
        if self.reads_all and size >= reader_process.PROCESS_FROM:
            self._child = ProcessRows(str(self.path), self.sheet, kind)

    def _piece_rows(self) -> Iterator[tuple[int, list]]:
        assert self._pieces is not None
        reader = self._pieces
        with _damage_refused(self.path):  # the child's ReaderFailed too
            if self._child is not None:
                yield from self._child.rows(reader.rows)
            else:
                yield from reader.rows()

    # --- csv ----------------------------------------------------------------------------
    def _open_csv(self) -> None:
        if not self.path.is_file():
            raise ValidationError(f"Файла «{self.path}» нет.")
        with self.path.open("rb") as f:
            sample = f.read(SAMPLE_BYTES)
        if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _refuse(
                self.path, "это не текстовый файл CSV (возможно, книга Excel с другим расширением)."
            )
        self.encoding = _detect_encoding(sample)
        text = codecs.getincrementaldecoder(self.encoding)(errors="replace").decode(sample)
        self.delimiter = _detect_delimiter(text)
        self.total_rows = max(1, text.count("\n")) * max(
            1, self.path.stat().st_size // max(1, len(sample))
        )
        self._file = self.path.open("r", encoding=self.encoding, newline="")

    def _csv_rows(self) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(self._file, delimiter=self.delimiter)
        try:
            # a quoted value may span lines: the row number is the record's, as Excel shows it
            yield from enumerate(reader, 1)
        except UnicodeDecodeError as exc:
            raise _refuse(
                self.path, "в нём смешаны кодировки (сохраните его заново как CSV UTF-8)."
            ) from exc
        except csv.Error as exc:
            raise _refuse(self.path, f"ошибка в строке {reader.line_num}.") from exc

    # --- both ---------------------------------------------------------------------------
    def rows(self) -> Iterator[tuple[int, Any]]:
        return self._book_rows() if self.kind == "book" else self._csv_rows()

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        if self._child is not None:
            self._child.close()
            self._child = None
        if self._pieces is not None:
            self._pieces.close()
            self._pieces = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> RowSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _detect_encoding(sample: bytes) -> str:
    """UTF-8 with BOM, UTF-16 with BOM, UTF-8, else Windows-1251 (Russian Excel's 'CSV')."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def _detect_delimiter(text: str) -> str:
    """The separator that splits the sample's lines into the most columns."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_columns = ",", 0
    for delimiter in (";", ",", "\t"):
        try:
            widths = sorted(len(row) for row in csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        # the width most lines share, not one odd line with extra commas in a value
        columns = widths[len(widths) // 2] if widths else 0
        columns = max(columns, widths[-1] if len(widths) < 3 else 0)
        if columns > best_columns:
            best, best_columns = delimiter, columns
    return best
