"""What a merge did, as the GUI and `profdesk-cli exchange import --json` report it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ImportReport:
    sender_role: str = ""
    org_code: str = ""
    org_name: str = ""
    dry_run: bool = False
    district_created: bool = False
    created: int = 0
    updated: int = 0
    conflicts: int = 0
    refused: int = 0
    moved_out: int = 0
    conflict_items: list[dict[str, Any]] = field(default_factory=list)
    refused_items: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "conflicts": self.conflicts,
            "refused": self.refused,
            "moved_out": self.moved_out,
            "dry_run": self.dry_run,
            "district_created": self.district_created,
            "organisation": self.org_code,
            "conflict_records": self.conflict_items,
            "refused_records": self.refused_items,
        }


def value_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def record_label(entity: str, row: dict[str, Any]) -> str:
    if entity == "member":
        return " ".join(p for p in (row.get("last_name"), row.get("first_name")) if p)
    if entity == "organisation":
        return f"{row.get('code', '')} {row.get('short_name') or row.get('name') or ''}".strip()
    if entity == "card":
        return str(row.get("number") or "")
    return ""
