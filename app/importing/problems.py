"""The rows an import refused or warned about, saved as an .xlsx in the file's own columns.

The office fixes them there and imports that file again: people already in come back as
updated (their empty fields filled), the refused ones as new. Cells are copied as they
were read (dates stay dates); text goes through app.models.cells, so nothing a stranger
typed into a name becomes a live formula in the file we write.
"""

from __future__ import annotations

from pathlib import Path

from ..models.cells import drop_unsaved, xlsx_row
from ..models.errors import ValidationError
from .headers import Layout
from .reading import RowSource
from .results import ImportResult

PROBLEM_TITLE = "Что исправить"
ROW_TITLE = "Строка в исходном файле"


def save_problem_rows(
    source: str | Path,
    layout: Layout,
    result: ImportResult,
    out: str | Path,
    *,
    sheet: str | None = None,
) -> int:
    """Write the rows with errors or warnings to `out`; the number of rows written."""
    from openpyxl import Workbook

    notes: dict[int, list[str]] = {}
    for kind, issues in (("Ошибка", result.errors), ("Предупреждение", result.warnings)):
        for issue in issues:
            if issue.row <= layout.header_row:
                continue  # a note about a whole column, not a row
            where = f"«{issue.column}»: " if issue.column else ""
            notes.setdefault(issue.row, []).append(f"{kind}. {where}{issue.message}")
    workbook = Workbook(write_only=True)
    try:
        target = workbook.create_sheet("Строки с замечаниями")
        width = len(layout.titles)
        target.append(xlsx_row(target, [*layout.titles, PROBLEM_TITLE, ROW_TITLE]))
        written = 0
        with RowSource(source, sheet, reads_all=True) as rows:
            for number, values in rows.rows():
                if number in notes:
                    cells = [None if v == "" else v for v in list(values)[:width]]
                    cells += [None] * (width - len(cells))
                    line = [*cells, "\n".join(notes[number]), number]
                    target.append(xlsx_row(target, line))
                    written += 1
        try:
            workbook.save(out)
        except OSError as exc:
            raise ValidationError(
                f"Не удалось сохранить файл «{Path(out).name}»: {exc.strerror or exc}."
            ) from exc
    except BaseException:
        drop_unsaved(workbook)
        raise
    return written
