"""The member list: which members match a filter and search, in what order, page by page.

The table in the main window holds only the ordered row ids this returns and fetches the
visible rows with `fetch_rows`, so 250,000 members cost a list of integers, not objects.

The same query runs on SQLite and on PostgreSQL: the few engine-specific pieces are SQL
elements that compile per dialect (`_per_dialect`), so no caller needs to know the engine.
SQLite searches its FTS5 trigram table; PostgreSQL has a real member.rowid column and a
pg_trgm index that answers `search_text LIKE '%key%'` (migration postgres_0001).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, bindparam, literal_column, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

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


class _per_dialect(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    """`_per_dialect(on_sqlite, elsewhere)`: the first expression on SQLite, the second on
    any other engine (PostgreSQL). Both are part of the statement; only one is rendered."""

    inherit_cache = True
    name = "per_dialect"

    def __init__(self, on_sqlite: ColumnElement, elsewhere: ColumnElement) -> None:
        super().__init__(on_sqlite, elsewhere)
        self.type = elsewhere.type


@compiles(_per_dialect)
def _compile_elsewhere(element: _per_dialect, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(list(element.clauses)[1], **kw)


@compiles(_per_dialect, "sqlite")
def _compile_on_sqlite(element: _per_dialect, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(list(element.clauses)[0], **kw)


def _like_escape(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
    """The folded key occurs in the stored search text (SQLite: FTS5; PostgreSQL: pg_trgm)."""
    if len(key) >= MIN_FTS_TOKEN:
        phrase = '"' + key.replace('"', '""') + '"'
        on_sqlite = ROWID.in_(
            select(literal_column("rowid"))
            .select_from(text("member_fts"))
            .where(
                text("member_fts MATCH :phrase").bindparams(
                    bindparam("phrase", phrase, unique=True)
                )
            )
        )
        contains = Member.search_text.like("%" + _like_escape(key) + "%", escape="\\")
        return _per_dialect(on_sqlite, contains)
    # one or two letters: the start of the surname, answered from the sort-key index
    # (PostgreSQL: LIKE 'ив%' on a pattern index; the locale may ignore U+FFFF in comparisons)
    return _per_dialect(
        and_(Member.sort_key >= key, Member.sort_key < key + "\uffff"),
        Member.sort_key.like(_like_escape(key) + "%", escape="\\"),
    )


def search_condition(query: str) -> ColumnElement[bool] | None:
    query = query.strip()
    if _DIGITS.match(query):  # "+7 910 555-12-34" is one phone number, not four words
        return _token_condition(query)
    tokens = [t for t in re.split(r"[\s,]+", query) if t]
    if not tokens:
        return None
    return and_(*(_token_condition(t) for t in tokens))


def filter_conditions(f: MemberFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    found = search_condition(f.query)
    if f.org_ids is not None:
        conditions.append(Member.organisation_id.in_(f.org_ids))
    # Browsing walks the (left_on, sort_key) index; a search starts from the few rows the
    # search index found, so there the unary + keeps SQLite off the status index.
    left_on = (
        _per_dialect(literal_column("+member.left_on"), Member.left_on)
        if found is not None
        else Member.left_on
    )
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


def member_rowids(session: Session, f: MemberFilter) -> list[int]:
    order = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["name"])
    order_by = [c.desc() if f.descending else c.asc() for c in order]
    query = select(ROWID).select_from(Member).where(*filter_conditions(f)).order_by(*order_by)
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
    query = select(Member.id).where(*filter_conditions(f)).order_by(*order)
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
