"""Cells of the spreadsheets Profdesk writes: text stays text, never a live formula.

Whoever opens an export in Excel or LibreOffice must not run what a stranger typed into a
name (OWASP, CSV injection). Every writer of .csv and .xlsx passes its values through here:
in CSV a text that starts like a formula gets a leading apostrophe; in .xlsx every text is
a string cell (openpyxl makes a formula of any text that starts with «=»). Phone numbers
(«+7 910 123-45-67») hold no formula and are left as they are, so they still read as phones.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import Any

from .limits import FORMULA_STARTS

# digits, spaces, brackets, dots and dashes after an optional sign: a phone or a number,
# which no spreadsheet can turn into a function call
_HARMLESS = re.compile(r"^[+-]?[\d\s().-]*\d[\d\s().-]*$")


def needs_neutralising(value: object) -> bool:
    return (
        isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _HARMLESS.match(value)
    )


def csv_value(value: Any) -> Any:
    """A CSV field as a spreadsheet will read it safely: "'=1+2" for "=1+2"."""
    return "'" + value if needs_neutralising(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_value(v) for v in values]


def xlsx_cell(sheet: Any, value: Any) -> Any:
    """The value to append to an openpyxl sheet (normal or write-only): a text cell for a
    text openpyxl would take for a formula, the value itself otherwise."""
    if isinstance(value, str) and value.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def xlsx_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    return [xlsx_cell(sheet, v) for v in values]


def put(sheet: Any, row: int, column: int, value: Any) -> Any:
    """sheet.cell(row, column, value) that keeps a text a text."""
    cell = sheet.cell(row, column, value)
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"
    return cell


def drop_unsaved(workbook: Any) -> None:
    """The rows a write-only workbook has streamed into its temporary files, removed now.
    After a failure (a refusal, a cancelled export, a full disk) openpyxl keeps them in the
    temporary folder until the program ends, personal data and all, and for good if the
    program is killed."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)  # openpyxl's: made with the first row
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            sheet.close()  # ends the row stream while its file is still open
        with contextlib.suppress(Exception):
            writer.cleanup()
