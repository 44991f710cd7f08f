"""Work lists of the campaigns: which active members are still to be served, and where.

Each list is one SQL condition over active members (not left), limited to an organisation
and its subtree and to the signed-in user's organisations, ordered by organisation (code)
then surname. The lists, exactly:

- not-e-registered: no date of electronic registration (Member.e_registered_on empty);
- no-consent: no date of a signed consent (Member.consent_on empty);
- card-not-printed: the current card has a number but is still to print (status to_print);
- card-not-handed: the current card is printed and not handed to the member (status printed,
  no hand-over date) for WAIT_DAYS days or more since it was printed;
- no-booklet: the current card was handed to the member (status issued) but no booklet
  «Как работать в Профкардс?» is recorded as handed to the member (Member.booklet_on empty);
- not-in-profkards: no PROFKARDS mark (Member.profkards_on empty): set by hand, in bulk, or
  from the programme's list of card numbers (app.models.profkards).

The table holds the row ids these return and fetches rows as it scrolls (app.models.member_list).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session

from .entities import Card, CardStatus, Member, Organisation
from .fastread.worklists import CURRENT_CARD, WAIT_DAYS, json_lines, text_lines, walk_rows
from .member_list import ROWID, _first_column, scope_conditions
from .organisations import get_by_code, subtree_ids
from .permissions import Permission, access, require
from .worklist_kinds import KINDS, ListKind, kind_of  # noqa: F401 - their home before


def list_condition(key: str, today: dt.date | None = None) -> ColumnElement[bool]:
    """The condition of one list over the member table (active members are added apart).

    The card lists read the member's marker of its current card (Member.card_status,
    Member.card_waiting_since), which the database's triggers keep equal to the card table
    (migration card_marker_0001)."""
    today = today or dt.date.today()
    kind_of(key)
    if key == "not-e-registered":
        return Member.e_registered_on.is_(None)
    if key == "no-consent":
        return Member.consent_on.is_(None)
    if key == "card-not-printed":
        return Member.card_status == CardStatus.TO_PRINT.value
    if key == "card-not-handed":
        return Member.card_waiting_since <= today - dt.timedelta(days=WAIT_DAYS)
    if key == "no-booklet":
        return and_(Member.booklet_on.is_(None), Member.card_status == CardStatus.ISSUED.value)
    return Member.profkards_on.is_(None)


def org_scope(session: Session, org_code: str | None) -> list[str] | None:
    """The ids of the organisation and its subtree; None for the whole tree."""
    if not org_code:
        return None
    org = get_by_code(session, org_code)
    access(session).require_org(org.id)
    return subtree_ids(session, org.id)


def worklist_query(
    session: Session,
    key: str,
    org_ids: list[str] | None = None,
    today: dt.date | None = None,
    column: ColumnElement | None = None,
) -> Select:
    """Row ids (or `column`) of the list, ordered by organisation code then surname."""
    conditions = [Member.left_on.is_(None), list_condition(key, today)]
    if org_ids is not None:
        conditions.append(Member.organisation_id.in_(org_ids))
    conditions += scope_conditions(session)
    return (
        select(ROWID if column is None else column)
        .select_from(Member)
        .join(Organisation, Organisation.id == Member.organisation_id)
        .where(*conditions)
        .order_by(Organisation.code, Member.sort_key)
    )


def _sqlite_walk(
    session: Session, key: str, org_ids: list[str] | None, today: dt.date, column: str
) -> list:
    """`column` (m.rowid or m.id) of the list's members, in list order."""
    return [row[0] for row in _sqlite_walk_rows(session, key, org_ids, today, column)]


def _sqlite_walk_rows(
    session: Session,
    key: str,
    org_ids: list[str] | None,
    today: dt.date,
    columns: str,
    join: str = "",
) -> list[tuple]:
    """`columns` of the list's members (`join`ed to more tables), in list order: the walk of
    app.models.fastread.worklists on this session's connection."""
    conn = session.connection().connection.driver_connection
    return walk_rows(conn, key, org_ids, _scope_org_ids(session), today, columns, join)


def worklist_lines(
    session: Session,
    key: str,
    org_ids: list[str] | None,
    *,
    as_json: bool,
    today: dt.date | None = None,
) -> list[str] | None:
    """`worklist`'s output on SQLite, one member a line as SQLite writes it (JSON objects or
    the plain text lines of app.models.fastread.worklists); None on PostgreSQL, where the
    command writes worklist_records."""
    require(session, Permission.VIEW_MEMBERS)
    kind_of(key)
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    lines = json_lines if as_json else text_lines
    conn = connection.connection.driver_connection
    return lines(conn, key, org_ids, _scope_org_ids(session), today or dt.date.today())


def _scope_org_ids(session: Session) -> list[str] | None:
    db = session.info.get("db")
    org_id = getattr(db, "user_org_id", None)
    return subtree_ids(session, org_id) if org_id else None


def worklist_rowids(
    session: Session, key: str, org_ids: list[str] | None = None, today: dt.date | None = None
) -> list[int]:
    """What the work panel's table holds: the members' row ids in list order."""
    require(session, Permission.VIEW_MEMBERS)
    kind_of(key)
    today = today or dt.date.today()
    if session.connection().dialect.name == "sqlite":
        return _sqlite_walk(session, key, org_ids, today, "m.rowid")
    return _first_column(session, worklist_query(session, key, org_ids, today))


def worklist_member_ids(
    session: Session, key: str, org_ids: list[str] | None = None, today: dt.date | None = None
) -> list[str]:
    require(session, Permission.VIEW_MEMBERS)
    kind_of(key)
    today = today or dt.date.today()
    if session.connection().dialect.name == "sqlite":  # the organisation sheets: 6 lists
        return _sqlite_walk(session, key, org_ids, today, "m.id")
    return _first_column(session, worklist_query(session, key, org_ids, today, Member.id))


def member_ids_for_rowids(session: Session, rowids: list[int]) -> list[str]:
    """The member ids of table rows (a selection), in the rows' order."""
    found: dict[int, str] = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        found.update(session.execute(select(ROWID, Member.id).where(ROWID.in_(chunk))).all())
    return [found[r] for r in rowids if r in found]


_RECORD_NAMES = [
    "id",
    "last_name",
    "first_name",
    "patronymic",
    "organization_code",
    "_short",
    "_name",
    "card_number",
    "card_printed_on",
    "e_registered_on",
    "consent_on",
    "profkards_on",
    "booklet_on",
]


# the same columns on the SQLite walk; the card's partial unique index finds the current card
_SQLITE_RECORD = (
    "m.id, m.last_name, m.first_name, m.patronymic, o.code, o.short_name, o.name, "
    "c.number, c.printed_on, m.e_registered_on, m.consent_on, m.profkards_on, m.booklet_on"
)
_SQLITE_CARD = CURRENT_CARD


def _record_query(base: Select) -> Select:
    """The record columns over `base` (members joined to their organisation), the current
    card joined once (at most one per member: ONE_CURRENT_CARD) instead of looked up per row."""
    return base.add_columns(
        Member.last_name,
        Member.first_name,
        Member.patronymic,
        Organisation.code,
        Organisation.short_name,
        Organisation.name,
        Card.number,
        Card.printed_on,
        Member.e_registered_on,
        Member.consent_on,
        Member.profkards_on,
        Member.booklet_on,
    ).outerjoin(Card, and_(Card.member_id == Member.id, Card.is_current.is_(True)))


def _record(row: Sequence) -> dict:
    record = dict(zip(_RECORD_NAMES, row, strict=True))
    record["organization"] = record.pop("_short") or record.pop("_name")
    record.pop("_name", None)
    return record


def worklist_records(
    session: Session, key: str, org_ids: list[str] | None = None, today: dt.date | None = None
) -> list[dict]:
    """The list as plain records (JSON, spreadsheet, the organisations' sheets).

    SQLite: the same index walk as the table's (worklist_rowids), joined to the current card;
    PostgreSQL: the list's query joined to the current card."""
    require(session, Permission.VIEW_MEMBERS)
    kind_of(key)
    today = today or dt.date.today()
    if session.connection().dialect.name != "sqlite":
        query = _record_query(worklist_query(session, key, org_ids, today, Member.id))
        return [_record(row) for row in session.execute(query.execution_options(yield_per=2000))]
    rows = _sqlite_walk_rows(session, key, org_ids, today, _SQLITE_RECORD, _SQLITE_CARD)
    dates = range(_RECORD_NAMES.index("card_printed_on"), len(_RECORD_NAMES))
    records = []
    for row in rows:  # the dates as SQLAlchemy's Date gives them ('YYYY-MM-DD' stored)
        values = list(row)
        for i in dates:
            if values[i] is not None:
                values[i] = dt.date.fromisoformat(values[i])
        records.append(_record(values))
    return records
