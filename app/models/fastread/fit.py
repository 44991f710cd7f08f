"""The fit check's reading of the members, in SQLite's SQL over a DB-API connection.

app.services.fit_check measures; this only answers its questions about the active members
(every one: the light path runs only on a file without users, so no subtree narrows it):
the distinct values of a set of columns, and the members holding one tuple of them. The
statements are those app.services.fit_members builds with SQLAlchemy, so SQLite plans them
alike and names the same member for a text; two are answered a faster way with the same
rows in the same order (see `groups` and `members_of`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

# a column set's name in app.services.fit_check -> the SQL it is read by
EXPRS = {
    "last": "member.last_name",
    "first": "member.first_name",
    "patr": "member.patronymic",
    "org": "member.organisation_id",
    "org_short": "member.organisation_id",
    "card": "length(card.number)",
}
ACTIVE = "FROM member{join} WHERE member.left_on IS NULL"
CARD_JOIN = " LEFT OUTER JOIN card ON card.member_id = member.id AND card.is_current = 1"
MEMBER_COLUMNS = (
    "SELECT member.id, member.last_name, member.first_name, member.patronymic, "
    "member.organisation_id, card.number "
)


# the order `read_ahead` reads column sets in (others after these, in the layout's order)
READ_ORDER = {("org",): 0, ("org_short",): 0, ("card",): 1, ("last",): 2}


def _sort_key(values: tuple) -> tuple:
    """SQLite's order of GROUP BY values: NULL first, then numbers, then text by its bytes
    (UTF-8's byte order is the code points' order, which is Python's)."""
    return tuple((0, 0) if v is None else (1, v) for v in values)


def read_groups(conn: Any, columns: list[str]) -> list[tuple]:
    """Distinct value tuples of `columns` (not empty) among active members, in GROUP BY's
    order (the cards' lengths: in the order the old DISTINCT gave them)."""
    if columns == ["card"]:
        return _rows(conn, "SELECT DISTINCT length(card.number) AS c0 FROM card", 1)
    exprs = _exprs(columns)
    listed = ", ".join(f"{e} AS c{k}" for k, e in enumerate(exprs))
    join = CARD_JOIN if "card" in columns else ""
    if exprs == ["member.organisation_id"]:
        # the organisations with an active member, one index probe each (about 3,000)
        # instead of grouping 235,000 members: the same ids, in the same (binary) order
        sql = (
            "SELECT o.id AS c0 FROM organisation AS o WHERE EXISTS (SELECT 1 FROM member "
            "WHERE member.organisation_id = o.id AND member.left_on IS NULL)"
        )
    elif exprs == ["member.last_name"] and (few := _few_surnames(conn)) is not None:
        return few
    elif exprs == ["member.first_name", "member.patronymic"]:
        # no index leads with these two: DISTINCT keeps a small tree of the pairs seen,
        # where GROUP BY sorts all 235,000 rows (70 against 126 ms)
        sql = f"SELECT DISTINCT {listed} {ACTIVE.format(join=join)}"
    else:
        sql = f"SELECT {listed} {ACTIVE.format(join=join)} GROUP BY {', '.join(exprs)}"
    return sorted(_rows(conn, sql, len(exprs)), key=_sort_key)


def _rows(conn: Any, sql: str, width: int) -> list[tuple]:
    """The rows of `sql` (columns c0, c1, ...) as one JSON array made by SQLite: one step of
    the statement, so a thread reading it takes the GIL once, not once a row (with the check
    measuring in the main thread, each take could wait up to 5 ms)."""
    cells = ", ".join(f"c{k}" for k in range(width))
    found = conn.execute(f"SELECT json_group_array(json_array({cells})) FROM ({sql})").fetchone()
    return [tuple(row) for row in json.loads(found[0])]


LOOSE_STEPS = 4000  # about 6 ms of index seeks, against about 20 ms for the grouping


def _few_surnames(conn: Any) -> list[tuple] | None:
    """The distinct surnames by seeking from one to the next in ix_member_fit (left_on,
    last_name, ...): one seek each, where grouping reads all 235,000 index entries. None
    when there are more than LOOSE_STEPS of them (a real region's 30,000: grouping is
    cheaper then)."""
    sql = (
        "WITH RECURSIVE seen(v, n) AS ("
        "SELECT min(last_name), 1 FROM member WHERE left_on IS NULL "
        "UNION ALL SELECT (SELECT min(last_name) FROM member "
        "WHERE left_on IS NULL AND last_name > seen.v), n + 1 "
        "FROM seen WHERE seen.v IS NOT NULL AND n <= ?) "
        "SELECT json_group_array(v), count(*) - count(v) FROM seen"
    )
    found, ended = conn.execute(sql, (LOOSE_STEPS,)).fetchone()
    if not ended:
        return None  # stopped before the end: more surnames than steps
    return [(v,) for v in json.loads(found) if v is not None]


def _exprs(columns: list[str]) -> list[str]:
    return list(dict.fromkeys(EXPRS[c] for c in columns))


def _count(conn: Any) -> int:
    return conn.execute("SELECT count(*) FROM member WHERE left_on IS NULL").fetchone()[0] or 0


def member_records(
    rows: list[tuple], orgs: dict[str, tuple[str, str]], region_name: str
) -> list[dict[str, str]]:
    """(id, surname, name, patronymic, organisation id, card number) rows -> the records
    the fit check measures (both ways of reading: this one and app.services.fit_members)."""
    out = []
    for mid, last, first, patr, oid, number in rows:
        org, short = orgs.get(oid, ("", ""))
        out.append(
            {
                "id": mid, "last": last or "", "first": first or "", "patr": patr or "",
                "org": org, "org_short": short, "region": region_name, "card": number or "",
            }
        )  # fmt: skip
    return out


class FitMembers:
    """The active members of a plain SQLite file, for app.services.fit_check. Given the
    file's path, `read_ahead` reads the count and every column set's groups on a second
    connection in a thread (SQLite lets go of the GIL while it steps), while the check
    measures the groups already read: at 250,000 members each takes about half the time."""

    def __init__(self, conn: Any, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self._ahead: _ReadAhead | None = None
        row = conn.execute("SELECT name FROM organisation WHERE kind = 'region'").fetchone()
        self.region = row[0] if row else ""
        self.orgs = {
            oid: (name or "", short or name or "")
            for oid, name, short in conn.execute(
                "SELECT id, name, short_name FROM organisation"
            ).fetchall()
        }

    def read_ahead(self, column_sets: list[list[str]]) -> list[tuple[str, ...]]:
        """Start reading these column sets' groups; the order they will come in. The sets
        whose measuring takes longest (organisations: long names wrapped on two lines) and
        the quick reads come first, so the check measures while the slow reads run."""
        wanted = list(dict.fromkeys(tuple(c) for c in column_sets))
        wanted.sort(key=lambda c: (bool(c), READ_ORDER.get(c, len(READ_ORDER))))
        if self.path is None or self._ahead is not None:
            return wanted
        tasks: list[tuple[Any, Callable[[Any], Any]]] = [("count", _count)]
        tasks += [(c, lambda conn, c=c: read_groups(conn, list(c))) for c in wanted if c]
        self._ahead = _ReadAhead(self.path, tasks)
        self._ahead.start()
        return wanted

    @property
    def count(self) -> int:
        if self._ahead is not None:
            return self._ahead.result("count")
        return _count(self.conn)

    def groups(self, columns: list[str]) -> list[tuple]:
        """Distinct value tuples of `columns` among active members, in GROUP BY's order."""
        if not columns:
            return [()] if self.count else []
        if self._ahead is not None and self._ahead.has(tuple(columns)):
            return self._ahead.result(tuple(columns))
        return read_groups(self.conn, columns)

    def members_of(
        self, columns: list[str], values: tuple, limit: int | None = None
    ) -> list[dict[str, str]]:
        """Every active member of one group, with the real values, in the order SQLite
        gives the statement app.services.fit_members builds."""
        sql = MEMBER_COLUMNS + ACTIVE.format(join=CARD_JOIN)
        params: list[Any] = []
        for expr, v in zip(_exprs(columns), values, strict=True):
            if v is None:
                sql += f" AND {expr} IS NULL"
            else:
                sql += f" AND {expr} = ?"
                params.append(v)
        if columns == ["card"] and values[0] is not None:
            sql += f" AND {CARD_NUMBER_KNOWN}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, 0]
        return member_records(self.conn.execute(sql, params).fetchall(), self.orgs, self.region)


# A member with a current card has its number in member.card_number_sort (the marker the
# card triggers keep, app.models.card_marker). SQLite walks the members by that marker to
# find one whose card is so long; without this it first looks up the ~21,000 without a card
# (0.1-0.3 s). The walk and so the member found are the same.
CARD_NUMBER_KNOWN = "member.card_number_sort IS NOT NULL"


class _ReadAhead(threading.Thread):
    """Runs (key, read) tasks in order on its own read-only connection; `result` waits for
    one. An error (sqlite3.Error: the light path then gives way) is raised where awaited."""

    def __init__(self, path: Path, tasks: list[tuple[Any, Callable[[Any], Any]]]) -> None:
        super().__init__(name="fit-read-ahead", daemon=True)
        self.path, self.tasks = path, tasks
        self.keys = {key for key, _ in tasks}
        self.results: dict[Any, Any] = {}
        self.error: BaseException | None = None
        self.done = threading.Condition()

    def has(self, key: Any) -> bool:
        return key in self.keys

    def run(self) -> None:
        try:
            conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                conn.execute("PRAGMA busy_timeout=5000")
                for key, read in self.tasks:
                    value = read(conn)
                    with self.done:
                        self.results[key] = value
                        self.done.notify_all()
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            with self.done:
                self.error = exc
                self.done.notify_all()

    def result(self, key: Any) -> Any:
        with self.done:
            while key not in self.results:
                if self.error is not None:
                    raise self.error
                self.done.wait()
            return self.results[key]
