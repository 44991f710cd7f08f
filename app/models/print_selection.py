"""Which members a card or booklet batch takes, in which order, as plain records.

Cards and booklets printed for the same selection come out in the same order (the order of
the member list: organisation, then surname), so the right card goes into the right booklet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import Card, CardStatus, Member, Organisation
from .organisations import get_by_code, region, subtree_ids
from .permissions import access

LARGE_LIST = 5000  # SQLite limits the bound parameters of one statement


@dataclass(frozen=True)
class PrintRecord:
    """Everything a card or a booklet shows about one member; no database objects."""

    member_id: str
    last_name: str
    first_name: str
    patronymic: str
    birth_date: dt.date | None
    organisation_name: str
    organisation_short_name: str
    organisation_code: str
    region_name: str
    card_number: str | None
    card_id: str | None
    card_status: str | None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


def select_for_print(
    session: Session,
    org_code: str | None = None,
    member_ids: list[str] | None = None,
    only_unprinted: bool = False,
) -> list[PrintRecord]:
    """Members who have not left, of an organisation and below it (or listed ids).

    Only inside the user's subtree: an organisation outside it is refused, listed ids and
    the whole region are narrowed to it."""
    rule = access(session)
    query = (
        select(Member, Organisation, Card)
        .join(Organisation, Organisation.id == Member.organisation_id)
        .outerjoin(Card, (Card.member_id == Member.id) & Card.is_current.is_(True))
        .where(Member.left_on.is_(None))
        .order_by(Organisation.code, Member.sort_key, Member.id)
    )
    if org_code:
        org = get_by_code(session, org_code)
        rule.require_org(org.id)
        query = query.where(Member.organisation_id.in_(subtree_ids(session, org.id)))
    query = query.where(*rule.narrow(Member.organisation_id))
    wanted: set[str] | None = None
    if member_ids is not None and len(member_ids) > LARGE_LIST:
        wanted = set(member_ids)  # too many for an IN list: filter while reading
    elif member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    if only_unprinted:
        query = query.where((Card.id.is_(None)) | (Card.status == CardStatus.TO_PRINT))
    top = region(session)
    region_name = top.name if top else ""
    records = []
    for member, org, card in session.execute(query):
        if wanted is not None and member.id not in wanted:
            continue
        records.append(
            PrintRecord(
                member_id=member.id,
                last_name=member.last_name,
                first_name=member.first_name,
                patronymic=member.patronymic,
                birth_date=member.birth_date,
                organisation_name=org.name,
                organisation_short_name=org.short_name or org.name,
                organisation_code=org.code,
                region_name=region_name,
                card_number=card.number if card else None,
                card_id=card.id if card else None,
                card_status=card.status if card else None,
            )
        )
    return records


def preview_records(session: Session, limit: int = 500) -> list[PrintRecord]:
    """A few hundred active members in surname order, for the layout designers' preview: the
    first ones of the name index (the user's subtree only), not a sort of all 250,000."""
    query = (
        select(Member.id)
        .where(Member.left_on.is_(None), *access(session).narrow(Member.organisation_id))
        .order_by(Member.sort_key)
        .limit(limit)
    )
    ids = list(session.scalars(query))
    records = select_for_print(session, member_ids=ids) if ids else []
    order = {member_id: n for n, member_id in enumerate(ids)}
    return sorted(records, key=lambda r: order[r.member_id])
