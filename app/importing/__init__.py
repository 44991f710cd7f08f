"""Member lists from the spreadsheets offices keep: .xlsx, .xlsm, .xls, .ods, .csv in.

reading  - rows out of a file (python-calamine, CSV with encoding and delimiter found)
headers  - which column holds what, from the Russian titles offices write
values   - one cell's text or Excel value -> a date, a name, a category...
parsing  - one row -> checked member fields, or the reason it cannot go in
writing  - batches of rows -> members, cards, change log, search index (bulk statements)
importer - the public functions: inspect, preview, import in one transaction
problems - the rows with errors or warnings saved as .xlsx for the office to fix

The package follows the rules of app.models: no Qt, user errors in Russian.
"""

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
