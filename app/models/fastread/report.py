"""The statistical report's counting in SQLite's SQL, over a DB-API connection.

app.models.report_counts runs `own_figures` on its session's connection on SQLite, and
`report --json` on the light path runs `build_report` here on its read-only connection:
the figures are counted by one set of queries on either path (PostgreSQL keeps the
SQLAlchemy queries; tests/unit/test_fastread_report.py compares the two on many dates).

Shaped for SQLite (at 250,000 members, bench/README.md): the members on D are counted in
one pass over the covering index ix_member_report with `count(*) FILTER (WHERE ...)` (one
aggregate step per counted row instead of a sum(CASE ...) per figure per row, a third less);
the members without a valid card in one pass in member id order (ix_member_card_report beside
ix_card_report), the holders being the others; given a second connection, the two passes
run at once in two threads (sqlite3 lets go of the GIL while SQLite works).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..kinds import CardStatus, Category
from ..report_figures import (
    Figures,
    Report,
    assemble_forest,
    check_dates,
    one_member,
    organisations_then,
    roll_up,
    shift,
)
from ..report_figures import youth_cutoff as _youth_cutoff

MAX_BOUND = 500  # ids per statement: well under SQLite's limit of bound parameters

ON_DATE = (
    "(m.joined_on IS NULL OR m.joined_on <= :as_of) AND (m.left_on IS NULL OR m.left_on > :as_of)"
)

# A card valid on D (the definitions: app.models.report), `c` the card row.
CARD_VALID = f"""
    coalesce(c.printed_on, c.handed_on,
             CASE WHEN c.status <> '{CardStatus.TO_PRINT.value}' THEN c.created_on END) <= :as_of
    AND NOT ((c.closed_on IS NOT NULL AND c.closed_on <= :as_of)
             OR (c.closed_on IS NULL AND c.status = '{CardStatus.LOST.value}'))"""

# The figures of each organisation's present members on D: one pass over the covering index.
MEMBERS_ON_DATE = f"""
SELECT m.organisation_id, count(*),
       count(*) FILTER (WHERE m.category = '{Category.WORKER.value}'),
       count(*) FILTER (WHERE m.category = '{Category.STUDENT.value}'),
       count(*) FILTER (WHERE m.category = '{Category.PENSIONER.value}'),
       count(*) FILTER (WHERE m.birth_date > :youth_cutoff),
       count(*) FILTER (WHERE m.e_registered_on <= :as_of),
       count(*) FILTER (WHERE m.consent_on IS NULL OR m.consent_on > :as_of)
FROM member AS m INDEXED BY ix_member_report
WHERE {ON_DATE}
GROUP BY m.organisation_id
"""

# Members on D holding a card valid on D, per organisation. Walking members in id order, as
# ix_card_report is ordered, halves the time of the look-ups.
CARD_HOLDERS = f"""
SELECT m.organisation_id, count(*)
FROM member AS m INDEXED BY ix_member_card_report
WHERE {ON_DATE}
  AND EXISTS (SELECT 1 FROM card AS c WHERE c.member_id = m.id AND {CARD_VALID})
GROUP BY m.organisation_id
"""

# Members on D holding no card valid on D, per organisation (the same walk and look-ups as
# CARD_HOLDERS): each organisation's holders are its members on D, which MEMBERS_ON_DATE
# counts, less these. About a tenth of the members, so the grouping sorts 21,000 rows where
# CARD_HOLDERS's sorted 213,000, more than a third of that pass's time at 250,000 members.
WITHOUT_CARD = f"""
SELECT m.organisation_id, count(*)
FROM member AS m INDEXED BY ix_member_card_report
WHERE {ON_DATE}
  AND NOT EXISTS (SELECT 1 FROM card AS c WHERE c.member_id = m.id AND {CARD_VALID})
GROUP BY m.organisation_id
"""

# One row per member for the few members counted elsewhere than where they are now.
MOVED_MEMBERS = f"""
SELECT m.id, m.organisation_id, m.category,
       {ON_DATE},
       CASE WHEN m.birth_date > :youth_cutoff THEN 1 ELSE 0 END,
       CASE WHEN m.e_registered_on <= :as_of THEN 1 ELSE 0 END,
       m.consent_on IS NULL OR m.consent_on > :as_of,
       m.joined_on, m.left_on, m.leave_reason,
       EXISTS (SELECT 1 FROM card AS c WHERE c.member_id = m.id AND {CARD_VALID})
FROM member AS m
WHERE m.id IN ({{marks}})
"""

ORG_FOREST = (
    "SELECT id, code, name, short_name, kind, parent_id, employees, students, active "
    "FROM organisation ORDER BY name"
)


def start_counting(
    conn: Any,
    as_of: dt.date,
    second: Any | None = None,
    third: Any | None = None,
    orgs: list[str] | None = None,
) -> Callable[[], tuple[list[tuple], dict[str, int]]]:
    """Start the two passes over the members (each in a thread of its own on `second` and
    `third`, connections to the same file, when given); what the answer waits for them.
    `orgs`: only the members now in these organisations (a subtree's report)."""
    params = {"as_of": as_of.isoformat(), "youth_cutoff": _youth_cutoff(as_of).isoformat()}
    on_date_sql, without_sql = MEMBERS_ON_DATE, WITHOUT_CARD
    if orgs is not None:
        on_date_sql, without_sql = _within(on_date_sql), _within(without_sql)
        params["orgs"] = json.dumps(orgs)
    lacking_params = {k: v for k, v in params.items() if k != "youth_cutoff"}
    lacking = _started(second or conn, without_sql, lacking_params, second is None)
    members = _started(third or conn, on_date_sql, params, third is None)

    def answer() -> tuple[list[tuple], dict[str, int]]:
        try:
            on_date = members()
        finally:
            without_card = dict(lacking())  # both threads are done before anything else
        return on_date, without_card

    return answer


def _within(sql: str) -> str:
    """The pass kept to the organisations in :orgs (a JSON array of ids): by ix_member_report
    a seek per organisation, where the whole region is a scan of 235,000 members."""
    grouped = "\nGROUP BY m.organisation_id"
    assert grouped in sql
    limit = "\n  AND m.organisation_id IN (SELECT value FROM json_each(:orgs))"
    return sql.replace(grouped, limit + grouped)


# the organisation and everything under it
SUBTREE = (
    "WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT o.id FROM organisation AS o "
    "JOIN tree ON o.parent_id = tree.id) SELECT id FROM tree"
)


def own_figures(
    conn: Any,
    as_of: dt.date,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    second: Any | None = None,
    counting: Callable[[], tuple[list[tuple], dict[str, int]]] | None = None,
) -> dict[str, Figures]:
    """Figures of each organisation's own members on D, keyed by organisation id; `second`
    a second connection to the same file: the members without a card are counted on it
    meanwhile; `counting` the passes started already (start_counting).

    A member counts in the organisation they belonged to on D: the few members who moved
    after D are read one by one and shifted from their present organisation to that one."""
    params = {"as_of": as_of.isoformat(), "youth_cutoff": _youth_cutoff(as_of).isoformat()}
    on_date, without_card = (counting or start_counting(conn, as_of, second))()
    result: dict[str, Figures] = {}
    for org_id, *counts in on_date:
        f = result.setdefault(org_id, Figures())
        (f.members, f.workers, f.students, f.pensioners, f.youth, f.e_registered, f.no_consent) = (
            counts
        )
        f.cards_issued = f.members - without_card.get(org_id, 0)  # each one is a member on D
    if period_from is not None or period_to is not None:
        _movement(conn, result, period_from, period_to)
    then_in = organisations_on(conn, as_of)
    ids = list(then_in)
    for start in range(0, len(ids), MAX_BOUND):
        chunk = ids[start : start + MAX_BOUND]
        sql = MOVED_MEMBERS.replace("{marks}", ",".join(f":m{i}" for i in range(len(chunk))))
        values = params | {f"m{i}": member_id for i, member_id in enumerate(chunk)}
        for member_id, now_in, *flags in conn.execute(sql, values):
            if then_in[member_id] != now_in:
                counts, reason = one_member(flags, period_from, period_to)
                shift(result.setdefault(now_in, Figures()), counts, reason, -1)
                shift(result.setdefault(then_in[member_id], Figures()), counts, reason, 1)
    return result


def _started(conn: Any, sql: str, params: dict, later: bool) -> Callable[[], list[tuple]]:
    """What `sql` answers on `conn`, when asked for: run in a thread of its own from now on,
    or (`later`: the connection is in use meanwhile) run when asked for."""
    if later:
        return lambda: conn.execute(sql, params).fetchall()
    answer: dict[str, Any] = {}

    def work() -> None:
        try:
            answer["rows"] = conn.execute(sql, params).fetchall()
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            answer["error"] = error

    thread = threading.Thread(target=work, name="report-card-holders", daemon=True)
    thread.start()

    def wait() -> list[tuple]:
        thread.join()
        if "error" in answer:
            raise answer["error"]
        return answer["rows"]

    return wait


def _movement(
    conn: Any, result: dict[str, Figures], start: dt.date | None, end: dt.date | None
) -> None:
    """Who joined and who left in the period, and why they left, per organisation."""
    params = {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }

    def within(column: str) -> str:
        condition = f"{column} IS NOT NULL"
        if start is not None:
            condition += f" AND {column} >= :start"
        if end is not None:
            condition += f" AND {column} <= :end"
        return f"({condition})"

    joined, left = within("m.joined_on"), within("m.left_on")
    movement = (
        f"SELECT m.organisation_id, count(*) FILTER (WHERE {joined}), "
        f"count(*) FILTER (WHERE {left}) FROM member AS m WHERE {joined} OR {left} "
        "GROUP BY m.organisation_id"
    )
    for org_id, joined_count, left_count in conn.execute(movement, params):
        f = result.setdefault(org_id, Figures())
        f.joined, f.left = joined_count, left_count
    reasons = (
        "SELECT m.organisation_id, m.leave_reason, count(*) FROM member AS m "
        f"WHERE {left} GROUP BY m.organisation_id, m.leave_reason"
    )
    for org_id, reason, count in conn.execute(reasons, params):
        result.setdefault(org_id, Figures()).left_by_reason[reason or ""] = count


def organisations_on(conn: Any, as_of: dt.date) -> dict[str, str]:
    """member id -> organisation on D, for members who moved after D (the rule:
    report_figures.organisations_then); dates compared as SQLite's ISO text."""
    moves = conn.execute(
        "SELECT member_id, moved_on, recorded_at, from_organisation_id, to_organisation_id "
        "FROM member_transfer"
    ).fetchall()
    return organisations_then(moves, as_of.isoformat())


def build_report(
    conn: Any,
    as_of: dt.date,
    period_from: dt.date | None,
    period_to: dt.date | None,
    org_code: str | None,
    second: Any | None = None,
    third: Any | None = None,
) -> Report | None:
    """app.models.report.build_report for a database without users (the light path); None
    when the normal path must answer: no organisation with `org_code`, or none at all (it
    says so). The dates are checked by the caller (app.models.limits). `second` and `third`:
    connections to the same file usable from any thread, for the two counting passes."""
    orgs = None
    if org_code:  # only the subtree's members are counted: its figures are all it shows
        found = conn.execute("SELECT id FROM organisation WHERE code = ?", (org_code,))
        row = found.fetchone()
        if row is None:
            return None
        orgs = [r[0] for r in conn.execute(SUBTREE, (row[0],)).fetchall()]
    # the counting runs (given the connections) while the tree is read and put together
    counting = start_counting(conn, as_of, second, third, orgs)
    try:
        forest, inactive = assemble_forest(conn.execute(ORG_FOREST))
        root = forest[0] if forest else None
        if root is not None and org_code:
            nodes = {n.id: n for tree in forest for n in tree.walk()}
            root = nodes.get(row[0])
    except BaseException:
        counting()  # the threads end before their connections close
        raise
    if root is None:
        counting()
        return None
    own = own_figures(conn, as_of, period_from, period_to, counting=counting)
    return Report(as_of, period_from, period_to, roll_up(root, own, inactive, 0))


def light_report(
    conn: Any,
    path: Path,
    as_of: dt.date,
    period_from: dt.date | None,
    period_to: dt.date | None,
    org_code: str | None,
) -> Report | None:
    """build_report on the light path's connection, the members counted meanwhile on two more
    read-only connections; None when the normal path must answer, or when another
    program wrote to the file while the two connections read (the normal path reads in one
    transaction)."""
    check_dates(as_of, period_from, period_to)
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    others = []
    try:
        for _ in range(2):
            other = sqlite3.connect(
                path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False
            )
            others.append(other)
            other.execute("PRAGMA busy_timeout=5000")
        report = build_report(conn, as_of, period_from, period_to, org_code, *others)
    finally:
        for other in others:
            other.close()
    if conn.execute("PRAGMA data_version").fetchone()[0] != version:
        return None
    return report
