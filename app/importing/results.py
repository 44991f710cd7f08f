"""What an import reports: counts by row, refused rows, warnings and skipped rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..models.errors import ProfdeskError


class ImportCancelled(ProfdeskError):
    def __init__(self) -> None:
        super().__init__("Загрузка отменена: ничего не записано.")


@dataclass
class RowError:
    """A refused row (errors) or a field left empty (warnings): the row as the spreadsheet
    numbers it, the column title as written in the file, the cell as it was written."""

    row: int
    message: str
    column: str = ""
    value: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


RowIssue = RowError


@dataclass
class SkippedRow:
    row: int
    reason: str


UNCHANGED = "без изменений: всё из строки уже есть в базе"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    skipped_rows: list[SkippedRow] = field(default_factory=list)
    dry_run: bool = False
    layout: Any = field(default=None, repr=False)  # the header and columns the import used
    sheet: str | None = None

    @property
    def skipped(self) -> int:
        return len(self.skipped_rows)

    def skip(self, row: int, reason: str) -> None:
        self.skipped_rows.append(SkippedRow(row, reason))

    def problem_rows(self) -> list[int]:
        """Rows with an error or a warning, in file order."""
        return sorted({e.row for e in self.errors} | {w.row for w in self.warnings})

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [e.as_dict() for e in self.errors],
            "warnings": [w.as_dict() for w in self.warnings],
            "skipped_rows": [{"row": s.row, "reason": s.reason} for s in self.skipped_rows],
        }
