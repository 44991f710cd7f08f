"""The member list: which members match a filter and search, in what order, page by page.

The table in the main window holds only the ordered row ids this returns and fetches the
visible rows with `fetch_rows`, so 250,000 members cost a list of integers, not objects.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, bindparam, literal_column, or_, select, text
from sqlalchemy.orm import Session

from .entities import Card, Member, Organisation
from .text import search_key

ROWID = literal_column("member.rowid")
MIN_FTS_TOKEN = 3  # the trigram index answers substrings of at least three characters


@dataclass
class MemberFilter:
    org_ids: list[str] | None = None  # None: every organisation
    status: str = "active"  # active | left | all
    category: str | None = None
    query: str = ""
    without_consent: bool = False
    sort: str = "name"  # a key of SORT_COLUMNS
    descending: bool = False


@dataclass
class MemberRow:
    rowid: int
    id: str
    last_name: str
    first_name: str
    patronymic: str
    birth_date: dt.date | None
    category: str
    organisation: str
    position: str
    phone: str | None
    joined_on: dt.date | None
    e_registered_on: dt.date | None
    left_on: dt.date | None
    consent_on: dt.date | None
    card_number: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


_current_card = (
    select(Card.number)
    .where(Card.member_id == Member.id, Card.is_current.is_(True))
    .limit(1)
    .scalar_subquery()
)
_org_name = (
    select(Organisation.short_name).where(Organisation.id == Member.organisation_id)
).scalar_subquery()

SORT_COLUMNS = {
    "name": (Member.sort_key,),
    "birth_date": (Member.birth_date, Member.sort_key),
    "category": (Member.category, Member.sort_key),
    "organisation": (_org_name, Member.sort_key),
    "position": (Member.position, Member.sort_key),
    "phone": (Member.phone, Member.sort_key),
    "joined_on": (Member.joined_on, Member.sort_key),
    "e_registered_on": (Member.e_registered_on, Member.sort_key),
    "card_number": (_current_card, Member.sort_key),
    "left_on": (Member.left_on, Member.sort_key),
}

_DIGITS = re.compile(r"^\+?\d[\d\-() ]*$")


def _token_condition(token: str) -> ColumnElement[bool]:
    """One word of the search box: a part of the name, the phone, or the card number."""
    digits = re.sub(r"\D", "", token)
    if _DIGITS.match(token) and digits:
        variants = {digits}
        if len(digits) >= 4 and digits[0] in "78":
            variants.add(digits[1:])  # 8-910-... and +7 910 ... both find the stored number
        conditions: list[ColumnElement[bool]] = [
            Member.id.in_(
                select(Card.member_id).where(Card.number >= digits, Card.number < digits + ":")
            )
        ]
        for variant in variants:
            conditions.append(_text_condition(variant))
        return or_(*conditions)
    return _text_condition(search_key(token))


def _text_condition(key: str) -> ColumnElement[bool]:
    if len(key) >= MIN_FTS_TOKEN:
        phrase = '"' + key.replace('"', '""') + '"'
        return ROWID.in_(
            select(literal_column("rowid"))
            .select_from(text("member_fts"))
            .where(
                text("member_fts MATCH :phrase").bindparams(
                    bindparam("phrase", phrase, unique=True)
                )
            )
        )
    # one or two letters: the start of the surname, answered from the sort-key index
    return and_(Member.sort_key >= key, Member.sort_key < key + "\uffff")


def search_condition(query: str) -> ColumnElement[bool] | None:
    query = query.strip()
    if _DIGITS.match(query):  # "+7 910 555-12-34" is one phone number, not four words
        return _token_condition(query)
    tokens = [t for t in re.split(r"[\s,]+", query) if t]
    if not tokens:
        return None
    return and_(*(_token_condition(t) for t in tokens))


def filter_conditions(f: MemberFilter, narrowed: bool = False) -> list[ColumnElement[bool]]:
    """`narrowed`: the rows are limited to a few organisations (a user's subtree)."""
    conditions: list[ColumnElement[bool]] = []
    found = search_condition(f.query)
    if f.org_ids is not None:
        conditions.append(Member.organisation_id.in_(f.org_ids))
    # Browsing walks the (left_on, sort_key) index; a search starts from the few rows the
    # search index found, so there the unary + keeps SQLite off the status index.
    # The same holds for a user limited to one subtree: the organisation index finds them.
    use_plus = found is not None or narrowed
    left_on = literal_column("+member.left_on") if use_plus else Member.left_on
    if f.status == "active":
        conditions.append(left_on.is_(None))
    elif f.status == "left":
        conditions.append(left_on.is_not(None))
    if f.category:
        conditions.append(Member.category == f.category)
    if f.without_consent:
        conditions.append(Member.consent_on.is_(None))
    if found is not None:
        conditions.append(found)
    return conditions


def scope_conditions(session: Session) -> list[ColumnElement[bool]]:
    """A user limited to one organisation sees only its subtree (app.models.users)."""
    db = session.info.get("db")
    org_id = getattr(db, "user_org_id", None)
    if not org_id:
        return []
    from .organisations import subtree_ids

    # a literal list of (at most a few hundred) ids lets SQLite use the organisation index
    return [Member.organisation_id.in_(subtree_ids(session, org_id))]


def member_rowids(session: Session, f: MemberFilter) -> list[int]:
    order = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["name"])
    order_by = [c.desc() if f.descending else c.asc() for c in order]
    scope = scope_conditions(session)
    conditions = [*filter_conditions(f, narrowed=bool(scope)), *scope]
    query = select(ROWID).select_from(Member).where(*conditions).order_by(*order_by)
    return _first_column(session, query)


def _first_column(session: Session, query) -> list:  # noqa: ANN001 - a Select
    """Run a one-column query straight on the driver: for 250,000 ids SQLAlchemy's result
    processing costs more than the query itself."""
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    if compiled.positiontup is None or connection.dialect.name != "sqlite":
        return list(session.scalars(query))
    params = compiled.construct_params()
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), [params[name] for name in compiled.positiontup])
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def member_ids(session: Session, f: MemberFilter, limit: int | None = None) -> list[str]:
    order = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["name"])
    scope = scope_conditions(session)
    conditions = [*filter_conditions(f, narrowed=bool(scope)), *scope]
    query = select(Member.id).where(*conditions).order_by(*order)
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


def fetch_rows(session: Session, rowids: list[int]) -> list[MemberRow]:
    """The rows for these ids, in the same order, with organisation and current card."""
    if not rowids:
        return []
    query = (
        select(
            ROWID,
            Member.id,
            Member.last_name,
            Member.first_name,
            Member.patronymic,
            Member.birth_date,
            Member.category,
            Organisation.short_name,
            Member.position,
            Member.phone,
            Member.joined_on,
            Member.e_registered_on,
            Member.left_on,
            Member.consent_on,
            _current_card,
        )
        .join(Organisation, Organisation.id == Member.organisation_id)
        .where(ROWID.in_(rowids))
    )
    by_rowid = {row[0]: MemberRow(*row) for row in session.execute(query)}
    return [by_rowid[r] for r in rowids if r in by_rowid]


def rows_for_ids(session: Session, member_ids_: list[str]) -> list[MemberRow]:
    rowids = dict(session.execute(select(Member.id, ROWID).where(Member.id.in_(member_ids_))).all())
    return fetch_rows(session, [rowids[i] for i in member_ids_ if i in rowids])
