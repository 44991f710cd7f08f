"""How this office's printers print: named printer profiles (offsets measured from the
calibration page, duplex, back rotation) and the office's own emblem for cards and booklets.

Kept in settings, one JSON value each, so a district copy keeps its own printers.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from .errors import NotFoundError, ValidationError
from .limits import check_text
from .permissions import Permission, access, require
from .settings import get_setting, set_setting

PROFILES_KEY = "cards.printer_profiles"  # setting: name -> profile dict
DEFAULT_PROFILE_KEY = "cards.default_profile"
EMBLEM_KEY = "print.emblem_path"  # shared by cards and booklets: the office's own emblem image

DEFAULT_PROFILE = {
    "offset_x_mm": 0.0,
    "offset_y_mm": 0.0,
    "back_offset_x_mm": 0.0,
    "back_offset_y_mm": 0.0,
    "rotate_back": False,
    "duplex": True,
}
DEFAULT_PROFILE_NAME = "Без смещения"


def printer_profiles(session: Session) -> dict[str, dict]:
    stored = get_setting(session, PROFILES_KEY) or {}
    profiles = {DEFAULT_PROFILE_NAME: dict(DEFAULT_PROFILE)}
    for name, values in stored.items():
        profiles[name] = {**DEFAULT_PROFILE, **values}
    return profiles


def save_printer_profile(session: Session, name: str, values: dict) -> None:
    require(session, Permission.CARDS)
    name = (name or "").strip()
    if not name:
        raise ValidationError("Укажите название профиля принтера.")
    check_text("card_batch", {"profile": name})  # each print batch names its profile
    profile = {**DEFAULT_PROFILE}
    for key in ("offset_x_mm", "offset_y_mm", "back_offset_x_mm", "back_offset_y_mm"):
        value = float(values.get(key, 0.0))
        if abs(value) > 20:
            raise ValidationError("Смещение больше 20 мм: проверьте замер калибровочной страницы.")
        profile[key] = round(value, 2)
    profile["rotate_back"] = bool(values.get("rotate_back", False))
    profile["duplex"] = bool(values.get("duplex", True))
    stored = dict(get_setting(session, PROFILES_KEY) or {})
    stored[name] = profile
    set_setting(session, PROFILES_KEY, stored)


def delete_printer_profile(session: Session, name: str) -> None:
    require(session, Permission.CARDS)
    stored = dict(get_setting(session, PROFILES_KEY) or {})
    stored.pop(name, None)
    set_setting(session, PROFILES_KEY, stored)
    if get_setting(session, DEFAULT_PROFILE_KEY) == name:
        set_setting(session, DEFAULT_PROFILE_KEY, DEFAULT_PROFILE_NAME)


def default_profile_name(session: Session) -> str:
    name = get_setting(session, DEFAULT_PROFILE_KEY, DEFAULT_PROFILE_NAME)
    return name if name in printer_profiles(session) else DEFAULT_PROFILE_NAME


def set_default_profile(session: Session, name: str) -> None:
    require(session, Permission.CARDS)
    if name not in printer_profiles(session):
        raise NotFoundError(f"Профиля принтера «{name}» нет.")
    set_setting(session, DEFAULT_PROFILE_KEY, name)


def set_emblem_path(session: Session, path: str | None) -> None:
    """The office's own emblem for cards and booklets; None goes back to the program's."""
    require(session, Permission.CARDS)
    access(session).require_region(session, "Эмблема на билетах и буклетах")
    set_setting(session, EMBLEM_KEY, path or "")


def printer_profile(session: Session, name: str | None) -> dict:
    profiles = printer_profiles(session)
    if name and name not in profiles:
        raise NotFoundError(f"Профиля принтера «{name}» нет.")
    return profiles[name or default_profile_name(session)]


def emblem_path(session: Session) -> str | None:
    """The office's own emblem image, if it chose one (else the program's neutral emblem)."""
    return get_setting(session, EMBLEM_KEY) or None
