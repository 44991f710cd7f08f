"""Stored monthly figures of every organisation: what the progress chart and the start page read.

One row per organisation and month holds the organisation's own members' counts (members,
e-registered, cards handed, booklets, PROFKARDS; app.models.reconstruction) as of one day of
that month; a figure of a subtree is the sum of its rows, so the chart of the region over 24
months reads a few thousand small rows instead of rebuilding 24 days over every member.

How rows come:
- taken: the counts as of the day taken (take_snapshot). The GUI takes the current month in the
  background after every start (so the first start of a month takes it, and the month's row
  ends as of the last day the office worked in it); «Снять срез» and `profdesk-cli progress
  snapshot` take it on demand. A taken month is frozen: a member moved or a mark taken off
  later does not change it.
- reconstructed: a past month never taken here is rebuilt once, at its last day, from the
  member history and stored marked as such (fill_missing). The months done are remembered
  (setting MONTHS_DONE), so a month is rebuilt only once.
- received: the exchange carries the rows of a district's organisations both ways
  (rows_for / receive_rows). A taken row beats a reconstructed one; of two taken rows by one
  office the later wins; at the region a district's own taken row wins over the region's, and
  at a district its own wins over the region's. Nobody's reconstruction replaces a stored row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    case,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from .audit import log_event
from .base import Base, utcnow
from .entities import Member
from .errors import PermissionDeniedError, ValidationError
from .exchange_state import SCOPE_ORG_ID
from .organisations import subtree_ids
from .permissions import Permission, access, allowed, require
from .progress_months import (  # noqa: F401 - their home before
    COUNTS,
    MONTHS_DONE,
    Counts,
    StoredMonth,
    last_months,
    month_end,
    month_key,
    month_start,
)
from .reconstruction import own_counts
from .settings import get_setting, set_setting

CHUNK = 500  # rows per statement: each a short hold of the interpreter
_key = month_key


class ProgressSnapshot(Base):
    """The own members' counts of one organisation in one month (see the module)."""

    __tablename__ = "progress_snapshot"
    __table_args__ = (Index("ix_progress_snapshot_month", "month"),)

    # no foreign key: a row received for an organisation is kept even if the tree changes
    organisation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # the month's first day
    as_of: Mapped[dt.date] = mapped_column(Date)  # the day the counts are of
    members: Mapped[int] = mapped_column(Integer, default=0)
    e_registered: Mapped[int] = mapped_column(Integer, default=0)
    cards: Mapped[int] = mapped_column(Integer, default=0)
    booklets: Mapped[int] = mapped_column(Integer, default=0)
    profkards: Mapped[int] = mapped_column(Integer, default=0)
    reconstructed: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(36), default="")  # the installation that made it
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


def _me(session: Session) -> str:
    return session.info.get("installation_id", "") or ""


def _months_done(session: Session) -> set[str]:
    return set(get_setting(session, MONTHS_DONE, []) or [])


def _mark_done(session: Session, months: Iterable[dt.date]) -> None:
    done = _months_done(session) | {_key(m) for m in months}
    set_setting(session, MONTHS_DONE, sorted(done))


def own_org_ids(session: Session) -> list[str] | None:
    """The organisations whose members this copy holds: a district's subtree; None = all."""
    scope = get_setting(session, SCOPE_ORG_ID, "")
    return subtree_ids(session, scope) if scope else None


def _stored(session: Session, month: dt.date, org_ids: list[str] | None) -> list[Any]:
    """(organisation_id, reconstructed, source) of the month's stored rows."""
    t = ProgressSnapshot
    query = select(t.organisation_id, t.reconstructed, t.source).where(t.month == month)
    if org_ids is not None:
        query = query.where(t.organisation_id.in_(org_ids))
    return list(session.execute(query))


def _delete(session: Session, month: dt.date, org_ids: list[str]) -> None:
    t = ProgressSnapshot
    for start in range(0, len(org_ids), CHUNK):
        chunk = org_ids[start : start + CHUNK]
        session.execute(delete(t).where(t.month == month, t.organisation_id.in_(chunk)))


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Plain rows in chunks through the driver's executemany: the background snapshot
    writes 66,000 rows the first time; as ORM objects that was 8 s of Python holding the
    interpreter while the user typed a search (bench/start_bench.py)."""
    connection = session.connection()
    for start in range(0, len(rows), CHUNK):
        connection.execute(insert(ProgressSnapshot), rows[start : start + CHUNK])


def _new_row(org_id: str, month: dt.date, as_of: dt.date, counts: Counts, **kw: Any) -> Any:
    return {
        "organisation_id": org_id,
        "month": month,
        "as_of": as_of,
        **dict(zip(COUNTS, counts, strict=True)),
        "made_at": utcnow(),
        **kw,
    }


def is_due(session: Session, today: dt.date | None = None) -> bool:
    """True when this month has not been taken (or rebuilt) here yet."""
    return _key(month_start(today or dt.date.today())) not in _months_done(session)


def may_store(session: Session) -> bool:
    """Storing is for a user who sees the whole copy: the rows are every organisation's."""
    rule = access(session)
    return rule.orgs is None and allowed(rule.role, Permission.REPORTS)


def _require_store(session: Session) -> None:
    require(session, Permission.REPORTS)
    if access(session).orgs is not None:
        raise PermissionDeniedError(
            "Помесячный срез снимается по всем организациям сразу: это делает пользователь "
            "без ограничения одной организацией."
        )


def take_snapshot(session: Session, today: dt.date | None = None) -> int:
    """Store this month's counts of every organisation as of today; how many rows.

    Replaces this month's rows this copy made and any rebuilt ones; a row another office
    took (a district's, at the region) is left for that office to update.
    """
    _require_store(session)
    today = today or dt.date.today()
    if today > dt.date.today():
        raise ValidationError("Срез нельзя снять на будущую дату.")
    month = month_start(today)
    org_ids = own_org_ids(session)
    counts = own_counts(session, [today], org_ids)[today]
    me = _me(session)
    session.flush()
    kept: set[str] = set()
    replaced: list[str] = []
    for org_id, reconstructed, source in _stored(session, month, org_ids):
        if reconstructed or source == me:
            replaced.append(org_id)
        else:
            kept.add(org_id)
    _delete(session, month, replaced)
    new = [
        _new_row(org_id, month, today, values, reconstructed=False, source=me)
        for org_id, values in counts.items()
        if org_id not in kept
    ]
    _insert(session, new)
    written = len(new)
    if counts:  # an empty copy (before its first import) has taken nothing yet
        _mark_done(session, [month])
    session.flush()
    log_event(session, "snapshot", "progress", details={"month": _key(month), "rows": written})
    return written


def fill_missing(
    session: Session, months: int = 24, today: dt.date | None = None, *, rebuild: bool = False
) -> list[dt.date]:
    """Rebuild, once, every past month of the last `months` never taken or rebuilt here.

    Each is rebuilt at its last day and only where no row is stored; the months rebuilt.
    `rebuild` does every past month again, replacing the rebuilt rows (after members with
    their history were imported into a copy that already had months), never a taken one.
    """
    _require_store(session)
    today = today or dt.date.today()
    done = set() if rebuild else _months_done(session)
    wanted = [m for m in last_months(today, months)[:-1] if _key(m) not in done]
    org_ids = own_org_ids(session)
    if not wanted or not _has_members(session, org_ids):
        return []  # nothing to rebuild from yet: the months stay to do
    days = [month_end(m) for m in wanted]
    rebuilt = own_counts(session, days, org_ids)
    me = _me(session)
    session.flush()
    for month, day in zip(wanted, days, strict=True):
        rows = _stored(session, month, org_ids)
        if rebuild:
            _delete(session, month, [org for org, reconstructed, _ in rows if reconstructed])
        have = {org for org, reconstructed, _ in rows if not (rebuild and reconstructed)}
        _insert(
            session,
            [
                _new_row(org_id, month, day, values, reconstructed=True, source=me)
                for org_id, values in rebuilt[day].items()
                if org_id not in have
            ],
        )
    _mark_done(session, wanted)
    session.flush()
    return wanted


def _has_members(session: Session, org_ids: list[str] | None) -> bool:
    query = select(Member.id).limit(1)
    if org_ids is not None:
        query = query.where(Member.organisation_id.in_(org_ids))
    return session.scalar(query) is not None


def ensure_months(session: Session, months: int = 24, today: dt.date | None = None) -> bool:
    """This month taken and the past ones rebuilt where missing; True if anything was done."""
    today = today or dt.date.today()
    changed = False
    if is_due(session, today):
        take_snapshot(session, today)
        changed = True
    return bool(fill_missing(session, months, today)) or changed


def stored_months(
    session: Session, org_ids: list[str] | None, months: int, today: dt.date | None = None
) -> list[StoredMonth]:
    """The sums of the organisations' rows for each stored month of the window, oldest first."""
    today = today or dt.date.today()
    if session.connection().dialect.name == "sqlite":  # the light path's SQL, written once
        from .fastread.progress import stored_months as sqlite_stored_months

        session.flush()
        conn = session.connection().connection.driver_connection
        return sqlite_stored_months(conn, org_ids, months, today)
    return orm_stored_months(session, org_ids, months, today)


def orm_stored_months(
    session: Session, org_ids: list[str] | None, months: int, today: dt.date
) -> list[StoredMonth]:
    """stored_months by SQLAlchemy's query: PostgreSQL's (tests compare it with SQLite's)."""
    window = last_months(today, months)
    s = ProgressSnapshot
    query = (
        select(
            s.month,
            func.max(s.as_of),
            *(func.sum(getattr(s, c)) for c in COUNTS),
            func.max(case((s.reconstructed.is_(True), 1), else_=0)),
        )
        .where(s.month >= window[0], s.month <= window[-1])
        .group_by(s.month)
        .order_by(s.month)
    )
    if org_ids is not None:
        query = query.where(s.organisation_id.in_(org_ids))
    result = []
    for month, as_of, *values, rebuilt in session.execute(query):
        counts = tuple(int(v or 0) for v in values)
        result.append(StoredMonth(month, as_of, counts, bool(rebuilt)))  # type: ignore[arg-type]
    return result


# --- the exchange -----------------------------------------------------------------------------
FIELDS = ("organisation_id", "month", "as_of", *COUNTS, "reconstructed", "source")


def rows_for(session: Session, org_ids: list[str]) -> list[list[Any]]:
    """Every stored row of these organisations, as plain lists in the order of FIELDS."""
    found: list[list[Any]] = []
    for start in range(0, len(org_ids), 500):
        chunk = org_ids[start : start + 500]
        query = select(*(getattr(ProgressSnapshot, f) for f in FIELDS)).where(
            ProgressSnapshot.organisation_id.in_(chunk)
        )
        for row in session.execute(query):
            values = list(row)
            values[1], values[2] = values[1].isoformat(), values[2].isoformat()
            values[-2] = bool(values[-2])
            found.append(values)
    return found


def _wins(incoming: dict[str, Any], stored: ProgressSnapshot, sender_owns: bool) -> bool:
    if incoming["reconstructed"]:
        return False  # a rebuilt month never replaces a stored one
    if stored.reconstructed:
        return True
    if incoming["source"] == stored.source:
        return incoming["as_of"] > stored.as_of
    return sender_owns


def receive_rows(session: Session, rows: Any, allowed: set[str], *, sender_owns: bool) -> int:
    """Store the received rows of the allowed organisations by the rules of the module.

    `sender_owns`: the sender is the office that keeps these organisations (a district
    writing to the region). How many rows were stored or replaced."""
    if not isinstance(rows, list):
        raise ValidationError("В файле обмена испорчен раздел помесячных срезов.")
    stored = 0
    for raw in rows:
        try:
            incoming = dict(zip(FIELDS, raw, strict=True))
            incoming["month"] = dt.date.fromisoformat(incoming["month"])
            incoming["as_of"] = dt.date.fromisoformat(incoming["as_of"])
            counts = tuple(int(incoming[c]) for c in COUNTS)
            incoming["reconstructed"] = bool(incoming["reconstructed"])
            incoming["source"] = str(incoming["source"])
        except (TypeError, ValueError, KeyError):
            raise ValidationError("В файле обмена испорчен помесячный срез.") from None
        if incoming["organisation_id"] not in allowed or incoming["month"].day != 1:
            continue
        row = session.get(ProgressSnapshot, (incoming["organisation_id"], incoming["month"]))
        if row is not None and not _wins(incoming, row, sender_owns):
            continue
        if row is None:
            row = ProgressSnapshot(
                organisation_id=incoming["organisation_id"], month=incoming["month"]
            )
            session.add(row)
        row.as_of = incoming["as_of"]
        for name, value in zip(COUNTS, counts, strict=True):
            setattr(row, name, value)
        row.reconstructed = incoming["reconstructed"]
        row.source = incoming["source"]
        row.made_at = utcnow()
        stored += 1
    session.flush()
    return stored
