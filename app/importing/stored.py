"""How the import stores its rows: the tables' columns in order, a new member's values before
its row, a new card's and a change-log entry's stored form, values as SQLite keeps them.

The writer (importing.writing) builds plain tuples in these orders and hands them to the
driver's executemany: SQLAlchemy's per-row type processing was most of an insert's cost.
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import Any

from ..models.changes import UNLOGGED_FIELDS, member_keys
from ..models.entities import Card, Category, ChangeLogEntry, Member
from .snapshots import snapshot_template

MEMBER_TABLE = Member.__table__
CARD_TABLE = Card.__table__
LOG_TABLE = ChangeLogEntry.__table__
MEMBER_COLUMNS = [c.key for c in MEMBER_TABLE.columns]
CARD_COLUMNS = [c.key for c in CARD_TABLE.columns]
LOGGED_COLUMNS = [c for c in MEMBER_COLUMNS if c not in UNLOGGED_FIELDS]
MEMBER_VALUES = itemgetter(*MEMBER_COLUMNS)


def _python_type(column: Any) -> type | None:
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


# the columns whose values sql_value may change (dates, times, booleans, any other type):
# a new member's text and integers go in as they are, unchecked
MEMBER_CONVERTED = [
    i for i, c in enumerate(MEMBER_TABLE.columns) if _python_type(c) not in (str, int)
]
LOGGED_VALUES = itemgetter(*[MEMBER_COLUMNS.index(c) for c in LOGGED_COLUMNS])


# a new member's columns before the row's values: scalar defaults copied, callable ones
# (other than the id and timestamps, which are set here) called per member
_SET_HERE = {"id", "created_at", "updated_at"}
_MEMBER_TEMPLATE = {
    c.key: (None if c.default is None or c.default.is_callable else c.default.arg)
    for c in MEMBER_TABLE.columns
}
# what a new member has before the row's values, where the columns' defaults do not say
_NEW_MEMBER_VALUES = {
    "patronymic": "",
    "category": Category.WORKER.value,
    "position": "",
    "notes": "",
}
MEMBER_CALLABLE_DEFAULTS = [
    c
    for c in MEMBER_TABLE.columns
    if c.default is not None
    and c.default.is_callable
    and c.key not in _SET_HERE
    and c.key not in _NEW_MEMBER_VALUES
]
NEW_MEMBER = {**_MEMBER_TEMPLATE, **_NEW_MEMBER_VALUES}

CARD_ID = CARD_COLUMNS.index("id")
CARD_MEMBER = CARD_COLUMNS.index("member_id")
CARD_NUMBER = CARD_COLUMNS.index("number")
CARD_STATUS = CARD_COLUMNS.index("status")


def has_callable_default(column: Any) -> bool:
    return column.default is not None and column.default.is_callable


_CARD_LOGGED_COLUMNS = [c for c in CARD_COLUMNS if c not in UNLOGGED_FIELDS]
CARD_LOGGED = itemgetter(*[CARD_COLUMNS.index(c) for c in _CARD_LOGGED_COLUMNS])


MEMBER_SNAPSHOT = snapshot_template(LOGGED_COLUMNS)
CARD_SNAPSHOT = snapshot_template(_CARD_LOGGED_COLUMNS)


def column_default(column: Any) -> Any:
    """The Python-side default of a column (a column another module adds, for instance)."""
    default = column.default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)
    return default.arg if default.is_scalar else None


def stored_row(table: Any, row: dict) -> tuple:
    return tuple(
        [sql_value(row[c.key] if c.key in row else column_default(c)) for c in table.columns]
    )


def sql_value(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite types store it (dates as ISO text)."""
    if value is None or value.__class__ is str:
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


UPDATE_MEMBER_SQL = (
    f'UPDATE "{MEMBER_TABLE.name}" SET '
    + ", ".join(f'"{c}" = ?' for c in MEMBER_COLUMNS if c != "id")
    + ' WHERE "id" = ?'
)


def derive_keys(member: dict) -> None:
    member["sort_key"], member["search_text"], member["identity_key"] = member_keys(
        member["last_name"],
        member["first_name"],
        member["patronymic"],
        member["birth_date"],
        member["phone"],
    )
