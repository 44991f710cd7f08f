"""The fit check's reading of the members through SQLAlchemy: any engine, the user's subtree.

app.models.fastread.fit answers the same questions on a plain SQLite file without SQLAlchemy
(the CLI's light path), with the same statements; tests/unit/test_fit_check_light.py
compares the two.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models.entities import Card, Member, Organisation
from ..models.fastread.fit import member_records
from ..models.organisations import region
from ..models.permissions import access


class SessionMembers:
    """The active members seen as groups of equal values: one GROUP BY per set of columns,
    answered from the narrow covering index ix_member_fit (not the wide member rows), so
    250,000 members with 3,000 surnames are 3,000 texts to measure and a few MB read."""

    def __init__(self, session: Session) -> None:
        self.session = session
        top = region(session)
        self.region = top.name if top else ""
        self.orgs = {
            oid: (name or "", short or name or "")
            for oid, name, short in session.execute(
                select(Organisation.id, Organisation.name, Organisation.short_name)
            )
        }
        # only the user's subtree: the check names the longest names it found
        self.scope = access(session).narrow(Member.organisation_id)
        active = (
            select(func.count()).select_from(Member).where(Member.left_on.is_(None), *self.scope)
        )
        self.count = session.scalar(active) or 0

    @staticmethod
    def _exprs(columns: list[str]) -> list[Any]:
        table = {
            "last": Member.last_name,
            "first": Member.first_name,
            "patr": Member.patronymic,
            "org": Member.organisation_id,
            "org_short": Member.organisation_id,
            "card": func.length(Card.number),
        }
        return list(dict.fromkeys(table[c] for c in columns))

    def _query(self, columns: list[str], exprs: list[Any]) -> Any:
        query = select(*exprs).select_from(Member).where(Member.left_on.is_(None), *self.scope)
        if "card" in columns:
            query = query.outerjoin(Card, (Card.member_id == Member.id) & Card.is_current)
        return query

    def _rows(self, query: Any) -> list[tuple]:
        """Plain tuples through Core, not the ORM: a few thousand rows, no entity loading."""
        return [tuple(r) for r in self.session.connection().execute(query)]

    def groups(self, columns: list[str]) -> list[tuple]:
        """Distinct value tuples of `columns` among active members."""
        if not columns:
            return [()] if self.count else []
        if columns == ["card"]:
            # every card's length, closed ones too: read from the unique index on the
            # number alone (a superset: a group with no current card finds no member)
            return self._rows(select(func.length(Card.number)).distinct())
        exprs = self._exprs(columns)
        return self._rows(self._query(columns, exprs).group_by(*exprs))

    def members_of(
        self, columns: list[str], values: tuple, limit: int | None = None
    ) -> list[dict[str, str]]:
        """Every active member of one group, with the real values."""
        exprs = self._exprs(columns)
        query = select(
            Member.id, Member.last_name, Member.first_name, Member.patronymic,
            Member.organisation_id, Card.number,
        ).select_from(Member).where(Member.left_on.is_(None), *self.scope)  # fmt: skip
        query = query.outerjoin(Card, (Card.member_id == Member.id) & Card.is_current)
        for expr, v in zip(exprs, values, strict=True):
            query = query.where(expr.is_(None) if v is None else expr == v)
        if columns == ["card"] and values[0] is not None:
            # the walk by the card-number marker starts past the members without a card
            # (app.models.fastread.fit, CARD_NUMBER_KNOWN): the same members, found sooner
            query = query.where(Member.card_number_sort.is_not(None))
        return member_records(self._rows(query.limit(limit)), self.orgs, self.region)
