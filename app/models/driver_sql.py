"""Plain SQL straight to the database driver: the fast path for bulk work, on either engine.

SQLAlchemy's per-row processing costs more than SQLite itself when tens of thousands of
rows go in or out (imports, exchange files), so those paths talk to the driver. The
statements are written in SQLite's qmark style with values as SQLite stores them (ISO text
dates, DateTime as text with microseconds, 0/1). On PostgreSQL the placeholders become %s
and every value travels as text, which psycopg sends untyped, so the server casts each to
its column's type (date, timestamp, boolean, integer) exactly as it would a literal; values
read back are turned into the same text SQLite would have returned.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def driver_sql(connection: Any, sql: str, params: Any = None) -> Any:
    """Run `sql` (qmark style) with one row of parameters, a list of rows, or none."""
    if connection.dialect.name == "sqlite":
        if params is None:
            return connection.exec_driver_sql(sql)
        return connection.exec_driver_sql(sql, params)
    sql = sql.replace("?", "%s")
    if params is None:
        return connection.exec_driver_sql(sql)
    if isinstance(params, list):
        return connection.exec_driver_sql(sql, [_as_text(row) for row in params])
    return connection.exec_driver_sql(sql, _as_text(params))


def stored_text(value: Any) -> Any:
    """A value read from PostgreSQL as SQLite stores it: dates and times as ISO text."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _as_text(row: Any) -> tuple:
    return tuple(None if v is None else _text(v) for v in row)


def _text(value: Any) -> str:
    if isinstance(value, bool):  # an int to SQLite; PostgreSQL's boolean takes the word
        return "true" if value else "false"
    return str(value)
