"""Card numbers this program issues: 13 digits with a valid EAN-13 check digit.

Layout: prefix (default "2" for internal-use numbers + the two-digit region code, e.g.
"246" for Kursk), then a serial, then the check digit. Numbers imported from elsewhere are
kept exactly as they came and are never generated here.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .entities import Card, CardStatus
from .errors import ValidationError
from .exchange_state import is_regional
from .installation import region_code
from .locking import LockKey, decide_alone
from .permissions import Permission, access, require
from .settings import get_setting

NUMBER_PREFIX = "cards.number_prefix"  # setting; default "2" + region code


def ean13_check_digit(first12: str) -> str:
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError("need 12 digits")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def is_valid_ean13(number: str) -> bool:
    return len(number) == 13 and number.isdigit() and ean13_check_digit(number[:12]) == number[12]


def number_prefix(session: Session) -> str:
    prefix = get_setting(session, NUMBER_PREFIX) or "2" + region_code(session)
    if not prefix.isdigit() or not 1 <= len(prefix) <= 6:
        raise ValidationError("Префикс номеров билетов — от одной до шести цифр.")
    return prefix


def _next_serial(session: Session, prefix: str) -> int:
    serial_len = 12 - len(prefix)
    highest = session.scalar(
        select(func.max(Card.number)).where(
            Card.issued_here.is_(True),
            Card.number.like(prefix + "%"),
            func.length(Card.number) == 13,
        )
    )
    return int(highest[len(prefix) : 12]) + 1 if highest else 1 if serial_len else 0


def assign_numbers(session: Session, member_ids: list[str]) -> dict[str, str]:
    """Give a new current card (status 'to print') to each listed member who has none.

    Returns member id -> number for the cards created. Only the regional installation
    issues numbers, so offline district copies can never collide.
    """
    require(session, Permission.CARDS)
    access(session).require_members(session, member_ids)
    if not is_regional(session):
        raise ValidationError(
            "Номера билетов выдаёт только региональная организация: "
            "отправьте данные в регион через обмен."
        )
    # who already has a card is read after the lock: two batches at once (two workstations,
    # two commands) must neither number the same member twice nor pick the same serial; the
    # partial unique index "one current card per member" and the unique number stay the
    # last line of defence
    decide_alone(session, LockKey.CARD_NUMBERS)
    prefix = number_prefix(session)
    have = (
        set(
            session.scalars(
                select(Card.member_id).where(
                    Card.is_current.is_(True), Card.member_id.in_(member_ids)
                )
            )
        )
        if len(member_ids) < 30000
        else set(session.scalars(select(Card.member_id).where(Card.is_current.is_(True))))
    )
    serial = _next_serial(session, prefix)
    capacity = 10 ** (12 - len(prefix))
    created: dict[str, str] = {}
    for member_id in member_ids:
        if member_id in have or member_id in created:
            continue
        if serial >= capacity:
            raise ValidationError("Номера с этим префиксом закончились: смените префикс.")
        first12 = prefix + str(serial).zfill(12 - len(prefix))
        number = first12 + ean13_check_digit(first12)
        session.add(Card(member_id=member_id, number=number, status=CardStatus.TO_PRINT))
        created[member_id] = number
        serial += 1
    session.flush()
    return created
