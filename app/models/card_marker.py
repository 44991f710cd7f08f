"""The member's marker of its current card, compared with the card table.

Member.card_status, Member.card_waiting_since and Member.card_number_sort are kept by the
database's triggers on the card table (migrations card_marker_0001, card_number_marker_0001),
not by the program; the work lists and the member table's card-number order read them.
This module only reads: what the marker should be, and the members whose marker differs
(none, unless a trigger was lost), for the tests and for anyone who doubts a list.
"""

from __future__ import annotations

from sqlalchemy import and_, case, or_, select
from sqlalchemy.orm import Session, aliased

from .entities import Card, CardStatus, Member

# the names of the triggers that keep the marker (both engines use the same names)
TRIGGERS = (
    "card_marker_ai",
    "card_marker_au",
    "card_marker_ad",
    "member_card_marker_ai",
    "member_card_marker_au",
)


def drifted_members(session: Session) -> list[str]:
    """Ids of the members whose marker is not what their current card says."""
    card = aliased(Card)
    waiting = case(
        (and_(card.status == CardStatus.PRINTED.value, card.handed_on.is_(None)), card.printed_on),
        else_=None,
    )
    query = (
        select(Member.id)
        .outerjoin(card, and_(card.member_id == Member.id, card.is_current.is_(True)))
        .where(
            or_(
                Member.card_status.is_distinct_from(card.status),
                Member.card_waiting_since.is_distinct_from(waiting),
                Member.card_number_sort.is_distinct_from(card.number),
            )
        )
        .order_by(Member.id)
    )
    return list(session.scalars(query))


def installed_triggers(session: Session) -> set[str]:
    """Which of the marker's triggers this database has."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {row[0] for row in connection.exec_driver_sql(query)} & set(TRIGGERS)
