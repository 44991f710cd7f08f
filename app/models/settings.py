"""Installation settings stored in the database, as JSON values under string keys."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from .entities import Setting

INSTALLATION_ID = "installation.id"
INSTALLATION_ROLE = "installation.role"  # "region" or "district"
REGION_CODE = "region.code"  # two digits used in card numbers, e.g. "46" for Kursk


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
