"""The domain: entities, rules and queries. No Qt, no reportlab here.

The names below load on first use (PEP 562), so that importing a module of the domain that
needs no SQLAlchemy (the open policy, the backups, the light read path `fastread`) does not
pay SQLAlchemy's import. The whole schema (every table, the change-log listener) comes with
app.models.schema, which app.models.db imports: every session sees all of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    DatabaseOpenError,
    NotFoundError,
    PermissionDeniedError,
    ProfdeskError,
    ValidationError,
)

if TYPE_CHECKING:
    from sqlalchemy import MetaData

    from .base import Base
    from .db import Database, open_database
    from .entities import (
        Card,
        CardStatus,
        Category,
        ChangeLogEntry,
        LeaveReason,
        Member,
        MemberTransfer,
        Organisation,
        OrgKind,
        Setting,
        Sex,
    )

    metadata: MetaData

_WHERE = {
    "Base": "base",
    "Database": "db",  # through db: it imports the whole schema (app.models.database does not)
    "open_database": "db",
    **{
        name: "entities"
        for name in (
            "Card",
            "CardStatus",
            "Category",
            "ChangeLogEntry",
            "LeaveReason",
            "Member",
            "MemberTransfer",
            "Organisation",
            "OrgKind",
            "Setting",
            "Sex",
        )
    },
}


def __getattr__(name: str) -> Any:
    if name == "metadata":
        value: Any = importlib.import_module(".schema", __name__).metadata
    elif name in _WHERE:
        importlib.import_module(".schema", __name__)
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "Base",
    "Card",
    "CardStatus",
    "Category",
    "ChangeLogEntry",
    "Database",
    "DatabaseOpenError",
    "LeaveReason",
    "Member",
    "MemberTransfer",
    "NotFoundError",
    "OrgKind",
    "Organisation",
    "PermissionDeniedError",
    "ProfdeskError",
    "Setting",
    "Sex",
    "ValidationError",
    "metadata",
    "open_database",
]
