"""Member lists from the spreadsheets offices keep: .xlsx and .csv in, members out.

reading  - rows out of a file (openpyxl read-only, CSV with encoding and delimiter found)
headers  - which column holds what, from the Russian titles offices write
values   - one cell's text or Excel value -> a date, a name, a category...
parsing  - one row -> checked member fields, or the reason it cannot go in
writing  - batches of rows -> members, cards, change log, search index (bulk statements)
importer - the public functions: inspect, preview, import in one transaction

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
    "sheet_names",
]
