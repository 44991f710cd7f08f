"""The statistical report's counting: each organisation's own members' figures on a date,
by SQL aggregates grouped by organisation (the definitions: app.models.report).

Moved out of app.models.report (issue 18), which rolls these figures up the tree and
compares dates. The covering indexes the aggregates walk are declared here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, and_, bindparam, case, func, or_, select, text
from sqlalchemy.orm import Session

from .entities import Card, Category, Member, MemberTransfer
from .fastread.report import CARD_HOLDERS, MOVED_MEMBERS
from .report_figures import (  # noqa: F401 - their home before
    MEMBER_COUNTS,
    YOUTH_AGE,
    Figures,
    one_member,
    organisations_then,
    percent,
    shift,
    youth_cutoff,
)

# Narrow covering indexes so the aggregates scan them instead of the wide member rows
# (migration report_0001). They attach themselves to the tables' metadata.
MEMBER_REPORT_INDEX = Index(
    "ix_member_report",
    Member.organisation_id,
    Member.joined_on,
    Member.left_on,
    Member.category,
    Member.birth_date,
    Member.e_registered_on,
    Member.consent_on,
)
# in member id order, as ix_card_report is: the card look-ups walk both indexes in step
MEMBER_CARD_INDEX = Index(
    "ix_member_card_report", Member.id, Member.organisation_id, Member.joined_on, Member.left_on
)
CARD_REPORT_INDEX = Index(
    "ix_card_report",
    Card.member_id,
    Card.printed_on,
    Card.handed_on,
    Card.status,
    Card.created_on,
    Card.closed_on,
)


def _member_on(as_of: dt.date):  # noqa: ANN202 - a SQL boolean expression
    return and_(
        or_(Member.joined_on.is_(None), Member.joined_on <= as_of),
        or_(Member.left_on.is_(None), Member.left_on > as_of),
    )


# The hand-written SQL is the light path's (one copy for both paths and both engines): on
# a server without SQLite's index hint, and with an expanding parameter for the ids.
CARD_HOLDERS_SQL = CARD_HOLDERS
MOVED_MEMBERS_SQL = MOVED_MEMBERS.replace("IN ({marks})", "IN :ids")


def _sql_date(session: Session, day: dt.date) -> str | dt.date:
    """A date for the hand-written SQL: ISO text where SQLite stores dates as text."""
    return day.isoformat() if session.get_bind().dialect.name == "sqlite" else day


def _in_period(column, start: dt.date | None, end: dt.date | None):  # noqa: ANN001, ANN202
    condition = column.is_not(None)
    if start is not None:
        condition = and_(condition, column >= start)
    if end is not None:
        condition = and_(condition, column <= end)
    return condition


def _sum(condition) -> object:  # noqa: ANN001 - a SQL boolean expression (0, 1 or NULL)
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def own_figures(
    session: Session,
    as_of: dt.date,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
) -> dict[str, Figures]:
    """Figures of each organisation's own members on D, by SQL aggregates; keyed by org id.
    On SQLite the light path's SQL on this session's connection (app.models.fastread.report:
    one set of queries for both paths, shaped for SQLite); elsewhere query_own_figures."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import report

        raw = connection.connection.driver_connection
        return report.own_figures(raw, as_of, period_from, period_to)
    return query_own_figures(session, as_of, period_from, period_to)


def query_own_figures(
    session: Session,
    as_of: dt.date,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
) -> dict[str, Figures]:
    """own_figures through SQLAlchemy: PostgreSQL's (and the parity tests').

    A member counts in the organisation they belonged to on D: the few members who moved
    after D are read one by one and shifted from their present organisation to that one.
    """
    result = _aggregate(session, as_of, period_from, period_to)
    then_in = organisations_on(session, as_of)
    ids = list(then_in)
    for start in range(0, len(ids), 5000):  # SQLite caps the number of bound values
        query = text(MOVED_MEMBERS_SQL).bindparams(bindparam("ids", expanding=True))
        params = {
            "ids": ids[start : start + 5000],
            "as_of": _sql_date(session, as_of),
            "youth_cutoff": _sql_date(session, youth_cutoff(as_of)),
        }
        for member_id, now_in, *flags in session.execute(query, params):
            if then_in[member_id] != now_in:
                counts, reason = one_member(flags, period_from, period_to)
                shift(result.setdefault(now_in, Figures()), counts, reason, -1)
                shift(result.setdefault(then_in[member_id], Figures()), counts, reason, 1)
    return result


def organisations_on(session: Session, as_of: dt.date) -> dict[str, str]:
    """member id -> organisation on D, for members who moved after D (the rule:
    report_figures.organisations_then)."""
    moves = session.execute(
        select(
            MemberTransfer.member_id,
            MemberTransfer.moved_on,
            MemberTransfer.recorded_at,
            MemberTransfer.from_organisation_id,
            MemberTransfer.to_organisation_id,
        )
    ).all()
    return organisations_then(moves, as_of)


def _aggregate(
    session: Session,
    as_of: dt.date,
    period_from: dt.date | None,
    period_to: dt.date | None,
) -> dict[str, Figures]:
    """Counts of each organisation's present members, as they were on D.

    Each query scans the narrow covering indexes of migration report_0001, never the
    member rows themselves.
    """
    result: dict[str, Figures] = {}

    def figures(org_id: str) -> Figures:
        return result.setdefault(org_id, Figures())

    on_date = (
        select(
            Member.organisation_id,
            func.count(),
            _sum(Member.category == Category.WORKER),
            _sum(Member.category == Category.STUDENT),
            _sum(Member.category == Category.PENSIONER),
            _sum(Member.birth_date > youth_cutoff(as_of)),
            _sum(Member.e_registered_on <= as_of),
            _sum(or_(Member.consent_on.is_(None), Member.consent_on > as_of)),
        )
        .where(_member_on(as_of))
        .group_by(Member.organisation_id)
    )
    for org_id, *counts in session.execute(on_date):
        f = figures(org_id)
        (f.members, f.workers, f.students, f.pensioners, f.youth, f.e_registered, f.no_consent) = (
            int(c) for c in counts
        )
    holders_sql = CARD_HOLDERS_SQL
    if session.get_bind().dialect.name != "sqlite":  # the index hint is SQLite's own syntax
        holders_sql = holders_sql.replace(" INDEXED BY ix_member_card_report", "")
    holders = text(holders_sql).bindparams(as_of=_sql_date(session, as_of))
    for org_id, count in session.execute(holders):
        figures(org_id).cards_issued = int(count)
    if period_from is not None or period_to is not None:
        joined = _in_period(Member.joined_on, period_from, period_to)
        left = _in_period(Member.left_on, period_from, period_to)
        movement = (
            select(Member.organisation_id, _sum(joined), _sum(left))
            .where(or_(joined, left))
            .group_by(Member.organisation_id)
        )
        for org_id, joined_count, left_count in session.execute(movement):
            figures(org_id).joined = int(joined_count)
            figures(org_id).left = int(left_count)
        reasons = (
            select(Member.organisation_id, Member.leave_reason, func.count())
            .where(left)
            .group_by(Member.organisation_id, Member.leave_reason)
        )
        for org_id, reason, count in session.execute(reasons):
            figures(org_id).left_by_reason[reason or ""] = int(count)
    return result
