"""The import's look-ups, one set per batch of rows: the members a batch may be about (by
identity key, or by Profdesk id), the owners of its card numbers, the members' current cards.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from ..models.driver_sql import driver_sql
from .stored import CARD_TABLE, MEMBER_TABLE

# the batch's lookups, built once (each batch only binds its own keys)
_FOUND = select(MEMBER_TABLE, literal_column("member.rowid").label("rowid"))
_BY_KEY = MEMBER_TABLE.c.identity_key.in_(bindparam("keys", expanding=True))
FIND_BY_KEY = _FOUND.where(_BY_KEY).order_by(MEMBER_TABLE.c.created_at)
FIND_BY_KEY_OR_ID = _FOUND.where(
    _BY_KEY | MEMBER_TABLE.c.id.in_(bindparam("ids", expanding=True))
).order_by(MEMBER_TABLE.c.created_at)


def _json_values(name: str) -> Any:
    """SELECT value FROM json_each(:name): a list bound as one JSON text."""
    return select(literal_column("value")).select_from(func.json_each(bindparam(name)))


# SQLite: the batch's keys and ids bound as one JSON text each, so the statement is compiled
# once and cached (an expanding IN is compiled again for each batch's count of parameters:
# most of the lookup's time); the planner still probes the indexes key by key
_JSON_BY_KEY = MEMBER_TABLE.c.identity_key.in_(_json_values("keys"))
FIND_BY_JSON_KEY = _FOUND.where(_JSON_BY_KEY).order_by(MEMBER_TABLE.c.created_at)
FIND_BY_JSON_KEY_OR_ID = _FOUND.where(
    _JSON_BY_KEY | MEMBER_TABLE.c.id.in_(_json_values("ids"))
).order_by(MEMBER_TABLE.c.created_at)
_CARD_OWNERS = f'SELECT "number", "member_id" FROM "{CARD_TABLE.name}" WHERE "number" IN '
_CHUNK = 500  # numbers per lookup: well inside both engines' parameter limits
CURRENT_CARDS = select(CARD_TABLE.c.member_id, CARD_TABLE.c.number).where(
    CARD_TABLE.c.member_id.in_(bindparam("ids", expanding=True)),
    CARD_TABLE.c.is_current.is_(True),
)


def card_owners(session: Session, numbers: list[str]) -> dict[str, str]:
    """card number -> its member, for the numbers already stored: plain SQL, both columns
    text (SQLAlchemy's expanding IN costs more per number than SQLite's lookup)."""
    owners: dict[str, str] = {}
    connection = session.connection()
    for start in range(0, len(numbers), _CHUNK):
        chunk = numbers[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        owners.update(driver_sql(connection, f"{_CARD_OWNERS}({marks})", tuple(chunk)).all())
    return owners
