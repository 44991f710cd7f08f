"""What `cards batches` shows of each print batch, built from a plain query row.

Plain Python (no SQLAlchemy): the light read path (app.models.fastread.cards) and
app.models.card_batches build the same BatchInfo from the same columns, SQLite's from the
light path's SQL on either path, PostgreSQL's from the SQLAlchemy query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BatchInfo:
    id: str
    created_at: dt.datetime
    user_login: str
    template: str
    layout: str
    profile: str
    title: str
    printed_at: dt.datetime | None
    count: int
    failed: int
    template_version: int | None = None


def batch_info(row: Sequence[Any]) -> BatchInfo:
    """A BatchInfo from a query row: id, created_at, user_login, template, layout, profile,
    title, printed_at, the count of its cards, of those failed, template_version."""
    (bid, created, login, template, layout, profile, title, printed, n, failed, version) = row
    return BatchInfo(
        bid,
        as_datetime(created),
        login,
        template,
        layout,
        profile,
        title,
        as_datetime(printed),
        n or 0,
        failed or 0,
        version,
    )


def as_datetime(value: Any) -> Any:
    """A timestamp as SQLAlchemy gives it: SQLite's ISO text read back (None stays)."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value
