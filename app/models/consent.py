"""The member's application to join and the separate consent to personal data processing.

152-FZ art. 9 (as in force since 1 September 2025) wants the consent as a document of its
own, signed by the member; the office records the date it was received (Member.consent_on).
The PDF itself is drawn by app.printing.consent from the plain dict `consent_form_data`
returns.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit import log_event
from .entities import Member, Organisation
from .errors import NotFoundError, ValidationError
from .member_list import scope_conditions
from .members import get_member as _get_member
from .organisations import region
from .permissions import Permission, require


def get_member(session: Session, member_id: str) -> Member:
    """The member, if the signed-in user may see them (an organisation limit applies)."""
    scope = scope_conditions(session)
    if scope and session.scalar(select(Member.id).where(Member.id == member_id, *scope)) is None:
        raise NotFoundError("Член Профсоюза не найден в ваших организациях.")
    return _get_member(session, member_id)


def consent_form_data(session: Session, member_id: str) -> dict:
    """The fields of the application and the consent, filled from the record; logged as a print."""
    require(session, Permission.EDIT_MEMBERS)
    member = get_member(session, member_id)
    org = session.get(Organisation, member.organisation_id)
    parents = []
    node = org.parent if org is not None else None
    while node is not None:
        parents.append(node.name)
        node = node.parent
    top = region(session)
    log_event(session, "print", "member", member.id, {"document": "consent"})
    return {
        "last_name": member.last_name,
        "first_name": member.first_name,
        "patronymic": member.patronymic,
        "birth_date": member.birth_date,
        "organisation": org.name if org else "",
        "parent_organisations": parents,
        "region_organisation": top.name if top else "",
        "position": member.position,
        "phone": member.phone or "",
        "email": member.email or "",
    }


def record_consent(session: Session, member_id: str, received_on: dt.date | None = None) -> None:
    """The signed consent came back on `received_on` (today by default)."""
    require(session, Permission.EDIT_MEMBERS)
    member = get_member(session, member_id)
    received_on = received_on or dt.date.today()
    if received_on > dt.date.today():
        raise ValidationError("Дата получения согласия не может быть в будущем.")
    if member.birth_date and received_on < member.birth_date:
        raise ValidationError("Дата получения согласия раньше даты рождения.")
    member.consent_on = received_on
    session.flush()
