"""Member lists from the spreadsheets offices keep: .xlsx, .xlsm, .xls, .ods, .csv in.

reading  - rows out of a file (python-calamine, CSV with encoding and delimiter found)
headers  - which column holds what, from the Russian titles offices write
values   - one cell's text or Excel value -> a date, a name, a category...
parsing  - one row -> checked member fields, or the reason it cannot go in
writing  - batches of rows -> members, cards, change log, search index (bulk statements)
importer - the public functions: inspect, preview, import in one transaction
reader_process - a big sheet's rows read by a child process while this one writes
xls_check - an .xls read first by a child with a memory cap (a damaged one can abort it)
problems - the rows with errors or warnings saved as .xlsx for the office to fix

The package follows the rules of app.models: no Qt, user errors in Russian. Its names load on
first use (PEP 562): the child process that reads a big sheet (reader_process) imports only
the pieces' modules, not SQLAlchemy and the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "FIELD_TITLES": "headers",
    "Layout": "headers",
    "detect_layout": "headers",
    "ImportCancelled": "importer",
    "ImportResult": "importer",
    "Preview": "importer",
    "PreviewRow": "importer",
    "RowError": "importer",
    "import_members": "importer",
    "inspect_file": "importer",
    "preview_import": "importer",
    "remember_mapping": "importer",
    "remembered_mapping": "importer",
    "save_problem_rows": "problems",
    "sheet_names": "reading",
}

if TYPE_CHECKING:
    from .headers import FIELD_TITLES, Layout, detect_layout
    from .importer import (
        ImportCancelled,
        ImportResult,
        Preview,
        PreviewRow,
        RowError,
        import_members,
        inspect_file,
        preview_import,
        remember_mapping,
        remembered_mapping,
    )
    from .problems import save_problem_rows
    from .reading import sheet_names


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "FIELD_TITLES",
    "ImportCancelled",
    "ImportResult",
    "Layout",
    "Preview",
    "PreviewRow",
    "RowError",
    "detect_layout",
    "import_members",
    "inspect_file",
    "preview_import",
    "remember_mapping",
    "remembered_mapping",
    "save_problem_rows",
    "sheet_names",
]
