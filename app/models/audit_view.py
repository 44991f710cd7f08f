"""The audit log as read: titles, the filter, an entry and its details (no SQLAlchemy).

Shared by app.models.audit (the normal path, the GUI's audit window) and the light path's
reading (app.models.fastread.audit), so `audit` prints the same on either.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

ACTION_TITLES = {
    "create": "создание",
    "update": "изменение",
    "delete": "удаление",
    "print": "печать",
    "print_cancelled": "печать не удалась",
    "export": "выгрузка",
    "import": "загрузка",
    "exchange": "обмен",
    "login": "вход",
    "login_failed": "неудачный вход",
    "backup": "резервная копия",
    "restore": "восстановление",
    "user_add": "новый пользователь",
    "user_change": "пользователь изменён",
    "password": "смена пароля",
    "use": "выбран для печати",
}
ENTITY_TITLES = {
    "member": "член Профсоюза",
    "organisation": "организация",
    "card_layout": "макет билета",
    "booklet_layout": "макет буклета",
    "user": "пользователь",
    "database": "база данных",
    "audit": "журнал",
}


@dataclass
class AuditFilter:
    since: dt.date | None = None  # local dates, inclusive
    until: dt.date | None = None
    user: str | None = None
    action: str | None = None
    entity: str | None = None
    limit: int | None = None  # newest first when limited


@dataclass
class AuditEntry:
    id: int
    at: dt.datetime  # UTC
    user: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.replace(tzinfo=dt.UTC).isoformat(),
            "user": self.user,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "details": self.details,
        }

    def details_text(self) -> str:
        return "; ".join(f"{k}: {_short(v)}" for k, v in self.details.items())


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:199] + "…"


def local_midnight_utc(day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def details_of(action: str, field: str, old: str | None, new: str | None) -> dict[str, Any]:
    """An entry's details from its change_log row: the field's two values of an update, the
    JSON object written by log_event (or of a created or deleted record) otherwise."""
    if action == "update":
        return {"field": field, "old": old, "new": new}
    raw = new if action != "delete" else old
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        value = {"value": raw}
    return value if isinstance(value, dict) else {"value": value}


def at_text(moment: dt.datetime) -> str:
    """A naive UTC moment as change_log.at holds it on SQLite (SQLAlchemy's DATETIME text),
    so that text comparison orders as time does."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
