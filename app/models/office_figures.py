"""The office's numbers for the start page, each one SQL aggregate (fast at 250,000 members).

On SQLite the two member counts walk narrow covering indexes (made for the statistical
report, migration report_0001) with INDEXED BY: 0.03 s and 0.08 s of CPU at 250,000
members instead of 0.5 s and 1 s through the wide member rows (bench/firsthour.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select, text
from sqlalchemy.orm import Session

from .entities import Card, CardStatus, Member
from .organisations import region
from .settings import get_setting
from .stock import on_hand

SCOPE_ORG_ID = "exchange.scope_org_id"  # a district copy's territorial organisation

MEMBERS_INDEX = "ix_member_report"  # organisation, dates (left_on, e_registered_on), …
MEMBER_ID_INDEX = "ix_member_card_report"  # id, organisation, joined_on, left_on

MEMBERS_SQL = """
SELECT count(*), count(e_registered_on) FILTER (WHERE e_registered_on <= :today)
FROM member {hint} WHERE left_on IS NULL
"""
HANDED_SQL = """
SELECT count(*) FROM member {hint}
WHERE left_on IS NULL AND EXISTS (
  SELECT 1 FROM card {card_hint} WHERE card.member_id = member.id AND card.handed_on IS NOT NULL)
"""
NO_BOOKLET_SQL = """
SELECT count(*) FROM member {hint} WHERE left_on IS NULL AND booklet_on IS NULL
"""
CARD_INDEX = "ix_card_report"  # member, dates (handed_on), …: the card rows are not read
NO_BOOKLET_INDEX = "ix_member_wl_booklet"  # partial: current members without a booklet
WITHOUT_CARD_SQL = """
SELECT count(*) FROM member {hint}
WHERE left_on IS NULL
  AND NOT EXISTS (SELECT 1 FROM card WHERE card.member_id = member.id AND card.is_current = 1)
"""


@dataclass
class OfficeFigures:
    members: int  # current members (not left)
    e_registered: int  # of them, on electronic registration by today
    cards_to_print: int  # current cards waiting to print + current members without a card
    booklets_on_hand: int  # held by this office: the region, or a district copy's own org
    cards: int = 0  # of the current members, handed a card (whatever became of it later)
    booklets: int = 0  # of the current members, handed the booklet

    @property
    def e_registered_percent(self) -> float:
        return 100.0 * self.e_registered / self.members if self.members else 0.0

    def percent(self, figure: str) -> float:
        """A share of the current members rounded as the monthly snapshots round it
        (app.models.progress.MonthFigures), so the start page compares like with like."""
        return round(100.0 * getattr(self, figure) / self.members, 1) if self.members else 0.0


def _sqlite_index(session: Session, name: str) -> bool:
    return bool(
        session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :n"), {"n": name}
        ).first()
    )


def _office_org(session: Session) -> str | None:
    """The organisation whose booklets this office holds: a district copy's own one."""
    own = get_setting(session, SCOPE_ORG_ID, "")
    if own:
        return own
    top = region(session)
    return top.id if top is not None else None


def office_figures(
    session: Session, today: dt.date | None = None, org_ids: list[str] | None = None
) -> OfficeFigures:
    """The figures of the whole database, or of the members of `org_ids` (a limited user's
    subtree); the booklets on hand are always the office's own."""
    today = today or dt.date.today()
    if session.get_bind().dialect.name == "sqlite" and org_ids is None:
        hint = lambda name: f"INDEXED BY {name}" if _sqlite_index(session, name) else ""  # noqa: E731
        members, e_registered = session.execute(
            text(MEMBERS_SQL.format(hint=hint(MEMBERS_INDEX))), {"today": today.isoformat()}
        ).one()
        without_card = session.scalar(text(WITHOUT_CARD_SQL.format(hint=hint(MEMBER_ID_INDEX))))
        handed = session.scalar(
            text(HANDED_SQL.format(hint=hint(MEMBER_ID_INDEX), card_hint=hint(CARD_INDEX)))
        )
        no_booklet = session.scalar(text(NO_BOOKLET_SQL.format(hint=hint(NO_BOOKLET_INDEX))))
    else:
        current = [Member.left_on.is_(None)]
        if org_ids is not None:
            current.append(Member.organisation_id.in_(org_ids))
        members, e_registered, no_booklet = session.execute(
            select(
                func.count(),
                func.count(Member.e_registered_on).filter(Member.e_registered_on <= today),
                func.count().filter(Member.booklet_on.is_(None)),
            ).where(*current)
        ).one()
        has_card = exists().where(and_(Card.member_id == Member.id, Card.is_current.is_(True)))
        was_handed = exists().where(and_(Card.member_id == Member.id, Card.handed_on.is_not(None)))
        without_card = session.scalar(
            select(func.count()).select_from(Member).where(*current, ~has_card)
        )
        handed = session.scalar(
            select(func.count()).select_from(Member).where(*current, was_handed)
        )
    waiting_cards = (
        select(func.count())
        .select_from(Card)
        .where(Card.is_current.is_(True), Card.status == CardStatus.TO_PRINT)
    )
    if org_ids is not None:
        waiting_cards = waiting_cards.join(Member, Member.id == Card.member_id).where(
            Member.organisation_id.in_(org_ids)
        )
    waiting = session.scalar(waiting_cards)
    booklets = on_hand(session, office_org_id) if (office_org_id := _office_org(session)) else 0
    return OfficeFigures(
        members=int(members or 0),
        e_registered=int(e_registered or 0),
        cards_to_print=int(waiting or 0) + int(without_card or 0),
        booklets_on_hand=booklets,
        cards=int(handed or 0),
        booklets=int(members or 0) - int(no_booklet or 0),
    )
