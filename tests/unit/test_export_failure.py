"""An export that fails half-way leaves no rows behind: openpyxl's write-only workbooks
stream rows into temporary files that only a save removes (app.models.cells.drop_unsaved)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from app.models import export
from app.models.export import EXPORT_COLUMNS


def _leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("openpyxl.*"))


def _records(rows: int, fail_after: int):
    for n in range(rows):
        if n == fail_after:
            raise KeyboardInterrupt  # a cancel, a refusal, anything that stops the export
        record = dict.fromkeys(EXPORT_COLUMNS)
        record.update(last_name=f"Семёнова{n}", first_name="Алёна", birth_date=dt.date(1980, 2, 1))
        yield record


def test_an_export_stopped_half_way_leaves_no_temporary_rows(tmp_path):
    before = _leftovers()
    out = tmp_path / "члены.xlsx"
    with pytest.raises(KeyboardInterrupt):
        export._write_xlsx(out, _records(50, fail_after=20))
    assert not out.exists()
    assert _leftovers() - before == set()
    # the same export run through: a file, and no temporary rows either
    assert export._write_xlsx(out, _records(50, fail_after=-1)) == 50
    assert out.exists() and _leftovers() - before == set()
