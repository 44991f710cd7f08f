"""The office's numbers for the start page, each one SQL aggregate (fast at 250,000 members)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from .entities import Card, CardStatus, Member
from .organisations import region
from .stock import on_hand


@dataclass
class OfficeFigures:
    members: int  # current members (not left)
    e_registered: int  # of them, on electronic registration by today
    cards_to_print: int  # current cards waiting to print + current members without a card
    booklets_on_hand: int  # held by the regional organisation

    @property
    def e_registered_percent(self) -> float:
        return 100.0 * self.e_registered / self.members if self.members else 0.0


def office_figures(session: Session, today: dt.date | None = None) -> OfficeFigures:
    today = today or dt.date.today()
    current = Member.left_on.is_(None)
    members, e_registered = session.execute(
        select(
            func.count(),
            func.count(Member.e_registered_on).filter(Member.e_registered_on <= today),
        ).where(current)
    ).one()
    waiting = session.scalar(
        select(func.count())
        .select_from(Card)
        .where(Card.is_current.is_(True), Card.status == CardStatus.TO_PRINT)
    )
    has_card = exists().where(and_(Card.member_id == Member.id, Card.is_current.is_(True)))
    without_card = session.scalar(
        select(func.count()).select_from(Member).where(current, ~has_card)
    )
    top = region(session)
    booklets = on_hand(session, top.id) if top is not None else 0
    return OfficeFigures(
        members=int(members or 0),
        e_registered=int(e_registered or 0),
        cards_to_print=int(waiting or 0) + int(without_card or 0),
        booklets_on_hand=booklets,
    )
