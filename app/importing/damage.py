"""What the readers raise when a file is damaged, told apart from a bug in the program.

The list comes from reading real damaged files (truncated, overwritten and bit-flipped
.xlsx, .xls and .ods, random bytes under those names; tests/unit/test_import_damage.py):
calamine's own errors, and a Rust panic of calamine on a malformed .xls (pyo3 raises it as
a BaseException named PanicException); from the zip layer a bad CRC (BadZipFile), a broken
deflate stream (zlib.error), an archive cut short (EOFError) and a member name that is not
the UTF-8 it claims (UnicodeDecodeError); a part that is not XML (ParseError); and a
sheet's XML that ends before the sheet does (DamagedPart, raised by the pieces). Anything
else escaping a reader is a bug: it is not reported as «книга повреждена» but reaches the
program's internal-error message (and the GUI's log), so that it gets fixed.
"""

from __future__ import annotations

import zipfile
import zlib
from xml.etree import ElementTree


class DamagedPart(ValueError):
    """A part of the file ends or breaks where no spreadsheet program leaves it."""


# what zipfile raises on a damaged archive, where the pieces only look into it (they then
# leave the file to calamine, which says what is wrong): also NotImplementedError, its word
# for a zip version or compression a damaged header claims, and OSError (cannot be read)
ZIP_DAMAGE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    UnicodeDecodeError,
    NotImplementedError,
    OSError,
)


def is_damage(error: BaseException) -> bool:
    """Whether `error`, raised by a reader, means the file is damaged or not a workbook."""
    import python_calamine as calamine

    if isinstance(error, calamine.PasswordError):
        return False  # said as such by the caller
    if type(error).__name__ == "PanicException":  # pyo3's, not importable by name
        return True
    return isinstance(
        error,
        (
            calamine.CalamineError,
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            UnicodeDecodeError,
            ElementTree.ParseError,
            DamagedPart,
        ),
    )
