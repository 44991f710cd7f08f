"""Installation settings stored in the database, as JSON values under string keys.

The keys are plain names, readable without SQLAlchemy (app.models.fastread looks for the
installation id); the entity is imported when a setting is read or written.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

INSTALLATION_ID = "installation.id"
INSTALLATION_ROLE = "installation.role"  # "region" or "district"
REGION_CODE = "region.code"  # two digits used in card numbers, e.g. "46" for Kursk


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    from .entities import Setting

    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    from .entities import Setting

    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
