"""Setting up a new installation: the regional organisation at the top of the tree."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .entities import Member, Organisation, OrgKind
from .errors import ValidationError
from .organisations import create_org, region
from .settings import REGION_CODE, get_setting, set_setting

DEFAULT_REGION_NAME = "Региональная организация Профсоюза"
DEFAULT_REGION_CODE = "46"


def is_empty(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Organisation)) == 0


def member_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Member)) or 0


def init_region(
    session: Session, name: str = DEFAULT_REGION_NAME, region_code: str = DEFAULT_REGION_CODE
) -> Organisation:
    """Create the regional organisation (once) and remember the region code."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("Укажите название региональной организации.")
    if not (region_code.isdigit() and len(region_code) == 2):
        raise ValidationError("Код региона — две цифры, например 46 для Курской области.")
    existing = region(session)
    if existing is not None:
        raise ValidationError(f"В этой базе уже есть региональная организация «{existing.name}».")
    org = create_org(session, kind=OrgKind.REGION, name=name, short_name="", code="R" + region_code)
    set_setting(session, REGION_CODE, region_code)
    return org


def region_code(session: Session) -> str:
    return get_setting(session, REGION_CODE, DEFAULT_REGION_CODE)
