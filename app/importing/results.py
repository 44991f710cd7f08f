"""What an import reports: counts by row and the rows it could not take."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..models.errors import ProfdeskError


class ImportCancelled(ProfdeskError):
    def __init__(self) -> None:
        super().__init__("Загрузка отменена: ничего не записано.")


@dataclass
class RowError:
    row: int
    message: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [{"row": e.row, "message": e.message} for e in self.errors],
        }
