"""The member list's filter and its rows as plain data, without SQLAlchemy.

The main window's first view is read on the light path (app.models.fastread.window) before
SQLAlchemy is imported, so these records live apart from the queries in member_list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class MemberFilter:
    org_ids: list[str] | None = None  # None: every organisation
    status: str = "active"  # active | left | all
    category: str | None = None
    query: str = ""
    without_consent: bool = False
    sort: str = "name"  # a key of member_list.SORT_COLUMNS
    descending: bool = False

    @property
    def is_browse(self) -> bool:
        """Everyone current in name order: what the main window shows first."""
        return self == MemberFilter()


@dataclass
class MemberRow:
    rowid: int
    id: str
    last_name: str
    first_name: str
    patronymic: str
    birth_date: dt.date | None
    category: str
    organisation: str
    position: str
    phone: str | None
    joined_on: dt.date | None
    e_registered_on: dt.date | None
    left_on: dt.date | None
    consent_on: dt.date | None
    card_number: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)
