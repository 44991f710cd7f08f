"""Rows out of a spreadsheet file, streamed: (row number as the spreadsheet shows it, values).

.xlsx through openpyxl in read-only mode (memory does not grow with the file); .csv in
UTF-8, UTF-8 with BOM or Windows-1251, with ';', ',' or tab between the values. A file
that cannot be read at all raises ValidationError and nothing is imported.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models.errors import ValidationError

SAMPLE_BYTES = 64 * 1024
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}


def _refuse(path: Path, why: str) -> ValidationError:
    return ValidationError(f"Файл «{path.name}» не удаётся прочитать: {why}")


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix == ".xls":
        raise ValidationError(
            f"Файл «{path.name}» в старом формате Excel (.xls): откройте его в Excel и "
            "сохраните как «Книга Excel (.xlsx)»."
        )
    raise ValidationError(f"Файл «{path.name}» — не .xlsx и не .csv: загрузить его нельзя.")


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    if not path.is_file():
        raise ValidationError(f"Файла «{path}» нет.")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _refuse(path, "это не книга Excel .xlsx или она повреждена.") from exc
    except Exception as exc:  # openpyxl's own InvalidFileException and parse errors
        raise _refuse(path, "это не книга Excel .xlsx или она повреждена.") from exc


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook (a CSV file has one, named after the file)."""
    path = Path(path)
    if _check_suffix(path) == "csv":
        if not path.is_file():
            raise ValidationError(f"Файла «{path}» нет.")
        return [path.stem]
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


class RowSource:
    """An open file whose rows are read once, front to back. Use it in a `with` block."""

    def __init__(self, path: str | Path, sheet: str | None = None) -> None:
        self.path = Path(path)
        self.kind = _check_suffix(self.path)
        self.sheet = sheet
        self.total_rows = 0  # an estimate for progress; 0 when unknown
        self.encoding = ""
        self.delimiter = ""
        self._workbook: Any = None
        self._file: Any = None
        if self.kind == "xlsx":
            self._open_xlsx()
        else:
            self._open_csv()

    # --- xlsx ---------------------------------------------------------------------------
    def _open_xlsx(self) -> None:
        self._workbook = _open_workbook(self.path)
        names = self._workbook.sheetnames
        if self.sheet is None:
            self.sheet = names[0]
        elif self.sheet not in names:
            self.close()
            raise ValidationError(
                f"В книге «{self.path.name}» нет листа «{self.sheet}»; есть: {', '.join(names)}."
            )
        worksheet = self._workbook[self.sheet]
        if not hasattr(worksheet, "iter_rows"):
            self.close()
            raise ValidationError(f"Лист «{self.sheet}» — диаграмма, а не таблица.")
        try:
            self.total_rows = int(worksheet.max_row or 0)
        except (TypeError, ValueError):
            self.total_rows = 0
        # the stored dimension is sometimes wrong; read every row the sheet really has
        worksheet.reset_dimensions()
        self._worksheet = worksheet

    def _xlsx_rows(self) -> Iterator[tuple[int, tuple]]:
        try:
            yield from enumerate(self._worksheet.iter_rows(min_row=1, values_only=True), 1)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise _refuse(self.path, "книга Excel повреждена.") from exc

    # --- csv ----------------------------------------------------------------------------
    def _open_csv(self) -> None:
        if not self.path.is_file():
            raise ValidationError(f"Файла «{self.path}» нет.")
        with self.path.open("rb") as f:
            sample = f.read(SAMPLE_BYTES)
        if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _refuse(
                self.path, "это не текстовый файл CSV (возможно, Excel с другим расширением)."
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
        return self._xlsx_rows() if self.kind == "xlsx" else self._csv_rows()

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
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
