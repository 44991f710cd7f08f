"""The member list: which members match a filter and search, in what order, page by page.

The table in the main window holds only the ordered row ids this returns and fetches the
visible rows with `fetch_rows`, so 250,000 members cost a list of integers, not objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from .entities import Card, Member, Organisation
from .member_view import MemberFilter, MemberRow
from .permissions import access
from .search_words import SearchWords

ROWID = literal_column("member.rowid")
# A search whose rarest word matches more members than this is "broad": its first rows in
# name order come quicker from walking the name index than from sorting every match.
BROAD_SEARCH = 4000
# A card-number start shared by more cards than this (the first digits of every number) is
# tested row by row while the name index is walked; a rarer one is read into a set first.
# Measured at 250,000 members: the set costs ~3 us a card, the row test ~9 us a row walked.
DENSE_CARDS = 25_000


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
    # the marker's copy of the current card's number (app.models.card_marker): one index
    "card_number": (Member.card_number_sort, Member.sort_key),
    "left_on": (Member.left_on, Member.sort_key),
}

# orders put together in Python from the name order on SQLite (app.models.member_sort)
MERGED_SORTS = ("organisation",)


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


def _contains(keys: list[str], any_of: bool = False) -> ColumnElement[bool]:
    """PostgreSQL's counterpart of an FTS5 match: search_text LIKE '%key%' (pg_trgm index)."""
    likes = [Member.search_text.like("%" + _like_escape(k) + "%", escape="\\") for k in keys]
    return or_(*likes) if any_of else and_(*likes)


def _fts_condition(match: str, keys: list[str], any_of: bool = False) -> ColumnElement[bool]:
    """The FTS5 match on SQLite; `keys` contained in search_text elsewhere."""
    return _per_dialect(
        ROWID.in_(
            select(literal_column("rowid"))
            .select_from(text("member_fts"))
            .where(
                text("member_fts MATCH :phrase").bindparams(bindparam("phrase", match, unique=True))
            )
        ),
        _contains(keys, any_of),
    )


def _card_holders(digits: str) -> Select:
    """The row ids of members holding a card whose number starts with these digits."""
    # by rowid, so that a walk along the name index can test it without reading the row
    holder = aliased(Member, name="card_holder")
    return (
        select(literal_column("card_holder.rowid"))
        .select_from(holder)
        .join(Card, Card.member_id == holder.id)
        .where(*_card_number_starts(digits))
    )


def _card_number_starts(digits: str) -> list[ColumnElement[bool]]:
    return [Card.number >= digits, Card.number < digits + ":"]


def _card_condition(digits: str, dense: bool = False) -> ColumnElement[bool]:
    if dense:  # most rows hold such a card: test each row walked, stop at the first page
        return (
            select(literal_column("1"))
            .select_from(Card)
            .where(Card.member_id == Member.id, *_card_number_starts(digits))
            .exists()
        )
    return ROWID.in_(_card_holders(digits))


def _listed_rowids(rowids: list[int]) -> ColumnElement[bool]:
    # integers straight from the database, written into the SQL: thousands of bound
    # parameters would cost more to compile than the index saved
    listed = ",".join(map(str, map(int, rowids))) or "NULL"
    return text(f"member.rowid IN ({listed})")


@dataclass
class SearchPlan:
    """How to run a search: broad (walk the name index) or narrow (start from the few
    rows the search index and the card numbers gave, listed in `rowids`).

    `rowids` is what every resolved part of the query matched (the name words together,
    each phone/card fragment); `words_resolved` and `numbers_resolved` (indexes into the
    parsed numbers) say which parts it answers, the rest stay conditions of the query."""

    broad: bool = False
    rowids: list[int] | None = None
    words_resolved: bool = False
    numbers_resolved: frozenset[int] = frozenset()
    dense_numbers: frozenset[int] = frozenset()  # card-number starts of over DENSE_CARDS


def search_condition(query: str, plan: SearchPlan | None = None) -> ColumnElement[bool] | None:
    """The condition for the search box; `plan`, when the caller already asked the search
    index (see search_plan), answers the parts it resolved with a list of row ids."""
    found = SearchWords.parse(query)
    plan = plan or SearchPlan()
    conditions: list[ColumnElement[bool]] = []
    if plan.rowids is not None:
        conditions.append(_listed_rowids(plan.rowids))
    if found.word_match and not plan.words_resolved:
        conditions.append(_fts_condition(found.word_match, found.words))
    for start in found.starts:  # answered from the sort-key index
        conditions.append(
            _per_dialect(
                and_(Member.sort_key >= start, Member.sort_key < start + "\uffff"),
                Member.sort_key.like(_like_escape(start) + "%", escape="\\"),
            )
        )
    for i, digits in enumerate(found.numbers):
        if i in plan.numbers_resolved:
            continue
        match = found.number_match(digits)
        either = [_card_condition(digits, i in plan.dense_numbers)] + (
            [_fts_condition(match, found.number_variants(digits), any_of=True)] if match else []
        )
        conditions.append(or_(*either))
    return and_(*conditions) if conditions else None


def search_plan(session: Session, query: str) -> SearchPlan:
    """Ask the search index (and the card numbers) how many members each part of the query
    matches, stopping at BROAD_SEARCH: if even the rarest part matches more, the search is
    broad. A narrow search hands the row ids of its resolved parts, intersected, to the
    list query, which then sorts only those. A query of only one- and two-letter words is
    broad too: the name index answers it in order."""
    found = SearchWords.parse(query)
    cap = BROAD_SEARCH + 1
    probe = "SELECT rowid FROM member_fts WHERE member_fts MATCH ? LIMIT ?"
    on_sqlite = session.connection().dialect.name == "sqlite"

    def run_probe(phrase: str, keys: list[str], any_of: bool = False) -> list[int]:
        if on_sqlite:  # straight on the driver: thousands of ids through SQLAlchemy cost more
            cursor = session.connection().connection.driver_connection.cursor()
            try:
                return [row[0] for row in cursor.execute(probe, (phrase, cap)).fetchall()]
            finally:
                cursor.close()
        query = select(ROWID).select_from(Member).where(_contains(keys, any_of))
        return list(session.scalars(query.limit(cap)))

    counts: list[int] = []
    parts: list[list[int]] = []
    words_resolved = False
    numbers_resolved: set[int] = set()
    dense_numbers: set[int] = set()
    if found.word_match:
        ids = run_probe(found.word_match, found.words)
        counts.append(len(ids))
        if len(ids) <= BROAD_SEARCH:
            words_resolved = True
            parts.append(ids)
    for i, digits in enumerate(found.numbers):
        # a phone fragment in the search index, or the start of a card number
        ids = _first_column(session, _card_holders(digits).limit(cap))
        match = found.number_match(digits)
        if len(ids) <= BROAD_SEARCH:
            found_ids = set(ids)
            if match:
                found_ids.update(run_probe(match, found.number_variants(digits), True))
            ids = sorted(found_ids)
        else:
            many = select(Card.number).where(*_card_number_starts(digits)).limit(DENSE_CARDS + 1)
            cards = session.scalar(select(func.count()).select_from(many.subquery()))
            if (cards or 0) > DENSE_CARDS:
                dense_numbers.add(i)
        counts.append(len(ids))
        if len(ids) <= BROAD_SEARCH:
            numbers_resolved.add(i)
            parts.append(ids)
    if not counts or min(counts) > BROAD_SEARCH:
        return SearchPlan(broad=True, dense_numbers=frozenset(dense_numbers))
    rowids = set(parts[0]).intersection(*parts[1:])
    return SearchPlan(
        rowids=sorted(rowids),
        words_resolved=words_resolved,
        numbers_resolved=frozenset(numbers_resolved),
        dense_numbers=frozenset(dense_numbers),
    )


def is_broad_search(session: Session, query: str) -> bool:
    return search_plan(session, query).broad


def filter_conditions(
    f: MemberFilter,
    narrowed: bool = False,
    *,
    broad: bool = False,
    plan: SearchPlan | None = None,
) -> list[ColumnElement[bool]]:
    """`narrowed`: the rows are limited to a few organisations (a user's subtree)."""
    conditions: list[ColumnElement[bool]] = []
    found = search_condition(f.query, plan)
    if f.org_ids is not None:
        conditions.append(Member.organisation_id.in_(f.org_ids))
    # Browsing and broad searches in name order walk the (left_on, sort_key) index; a narrow
    # search starts from the few rows the search index found, so there the unary + keeps
    # SQLite off the status index. The same holds for a user limited to one subtree: the
    # organisation index finds those rows.
    narrow = (found is not None and not (broad and f.sort == "name")) or narrowed
    left_on = (
        _per_dialect(literal_column("+member.left_on"), Member.left_on)
        if narrow
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


def scope_conditions(session: Session) -> list[ColumnElement[bool]]:
    """A user limited to one organisation sees only its subtree (app.models.users)."""
    return access(session).narrow(Member.organisation_id)


def rowids_query(
    session: Session,
    f: MemberFilter,
    limit: int | None = None,
    plan: SearchPlan | None = None,
    columns: tuple = (ROWID,),
) -> Select:
    """The query member_rowids runs (the benchmark runs it on sqlite3 as the floor)."""
    order = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["name"])
    order_by = [c.desc() if f.descending else c.asc() for c in order]
    if plan is None:
        plan = search_plan(session, f.query) if f.query.strip() else SearchPlan()
    conditions = list_conditions(session, f, plan)
    query = select(*columns).select_from(Member).where(*conditions).order_by(*order_by)
    return query.limit(limit) if limit else query


def list_conditions(session: Session, f: MemberFilter, plan: SearchPlan) -> list:
    """The WHERE of the member list: the filter, the search, the user's reach."""
    scope = scope_conditions(session)
    return [*filter_conditions(f, narrowed=bool(scope), broad=plan.broad, plan=plan), *scope]


def member_rowids(session: Session, f: MemberFilter, limit: int | None = None) -> list[int]:
    """Row ids of the matching members in display order; the first `limit` if given."""
    plan = search_plan(session, f.query) if f.query.strip() else SearchPlan()
    return _ordered_rowids(session, f, limit, plan)


def _ordered_rowids(
    session: Session, f: MemberFilter, limit: int | None, plan: SearchPlan
) -> list[int]:
    sqlite = session.connection().dialect.name == "sqlite"
    if sqlite and f.is_browse and limit is None and not scope_conditions(session):
        from .fastread.window import browse_rowids  # the light path's window reads it too

        return browse_rowids(session.connection().connection.driver_connection)
    if f.sort in MERGED_SORTS and sqlite:
        from .member_sort import sorted_rowids

        rowids = sorted_rowids(session, f, plan, limit)
        if rowids is not None:
            return rowids
    return _first_column(session, rowids_query(session, f, limit, plan))


def first_member_rowids(session: Session, f: MemberFilter, first: int) -> tuple[list[int], bool]:
    """What the table shows at once: (row ids, complete). A browse or a search that matches
    few members comes whole; a broad search comes as its first `first` rows only."""
    plan = search_plan(session, f.query) if f.query.strip() else SearchPlan()
    if not plan.broad or not f.query.strip():
        return _ordered_rowids(session, f, None, plan), True
    rowids = _ordered_rowids(session, f, first + 1, plan)
    return rowids[:first], len(rowids) <= first


def _first_column(session: Session, query) -> list:  # noqa: ANN001 - a Select
    """Run a one-column query straight on the driver: for 250,000 ids SQLAlchemy's result
    processing costs more than the query itself."""
    return [row[0] for row in driver_rows(session, query)]


def driver_rows(session: Session, query) -> list[tuple]:  # noqa: ANN001 - a Select
    """The rows of a query, fetched straight on the driver on SQLite (see _first_column)."""
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    if compiled.positiontup is None or connection.dialect.name != "sqlite":
        return [tuple(row) for row in session.execute(query)]
    params = compiled.construct_params()
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), [params[name] for name in compiled.positiontup])
        return cursor.fetchall()
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
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread.window import member_rows  # one query for both paths on SQLite

        return member_rows(connection.connection.driver_connection, rowids)
    return query_fetch_rows(session, rowids)


def query_fetch_rows(session: Session, rowids: list[int]) -> list[MemberRow]:
    """fetch_rows through SQLAlchemy: PostgreSQL's (and the parity tests')."""
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
