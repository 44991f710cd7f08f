"""Member records: validation, create and edit, leaving, moving, duplicates."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from .entities import Category, LeaveReason, Member, MemberTransfer, Organisation, OrgKind, Sex
from .errors import NotFoundError, ProfdeskError, ValidationError
from .limits import EARLIEST_DATE, date_problem, text_problems
from .permissions import Permission, access, require
from .text import is_valid_email, normalise_phone, search_key, tidy_name

MEMBER_FIELDS = (
    "last_name",
    "first_name",
    "patronymic",
    "birth_date",
    "sex",
    "category",
    "position",
    "phone",
    "email",
    "organisation_id",
    "joined_on",
    "e_registered_on",
    "consent_on",
    "notes",
)
FIELD_LABELS = {
    "last_name": "фамилия",
    "first_name": "имя",
    "patronymic": "отчество",
    "birth_date": "дата рождения",
    "sex": "пол",
    "category": "категория",
    "position": "должность",
    "phone": "телефон",
    "email": "электронная почта",
    "organisation_id": "организация",
    "joined_on": "дата вступления",
    "left_on": "дата выхода",
    "leave_reason": "причина выхода",
    "e_registered_on": "дата постановки на электронный учёт",
    "consent_on": "дата согласия",
    "notes": "примечание",
}
OLDEST_AGE = 110
YOUNGEST_AGE = 14
_CATEGORY_VALUES = frozenset(c.value for c in Category)
_SEX_VALUES = (None, "", *[s.value for s in Sex])
_DATE_LABELS = [
    (key, FIELD_LABELS[key].capitalize()) for key in ("joined_on", "e_registered_on", "consent_on")
]


def clean_member(values: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """Tidy and check a member's fields; raise ValidationError naming every bad field."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    out = {k: values[k] for k in MEMBER_FIELDS if k in values}
    for key in ("last_name", "first_name", "patronymic"):
        if key in out:
            out[key] = tidy_name(out[key] or "")
    if "last_name" in out and not out["last_name"]:
        errors["last_name"] = "Укажите фамилию."
    if "first_name" in out and not out["first_name"]:
        errors["first_name"] = "Укажите имя."
    for key in ("position", "notes"):
        if key in out:
            out[key] = (out[key] or "").strip()
    birth = out.get("birth_date")
    if birth is not None:
        oldest, youngest = _birth_bounds(today)
        if birth > today:
            errors["birth_date"] = "Дата рождения не может быть в будущем."
        elif birth < oldest:
            errors["birth_date"] = f"Дата рождения старше {OLDEST_AGE} лет — проверьте год."
        elif birth > youngest:
            errors["birth_date"] = f"Член Профсоюза не может быть младше {YOUNGEST_AGE} лет."
    for key, label in _DATE_LABELS:
        value = out.get(key)
        if value is None:
            continue
        if value > today:
            errors[key] = f"{label} не может быть в будущем."
        elif birth is not None and value < birth:
            errors[key] = f"{label} раньше даты рождения."
        elif value < EARLIEST_DATE:
            # date_problem's other case (after today + 1 year) is in the future, said above
            errors[key] = date_problem(value, label, today) or ""
    if "phone" in out:
        try:
            out["phone"] = normalise_phone(out["phone"])
        except ValueError:
            errors["phone"] = "Телефон не похож на российский номер: нужно 10 цифр после +7."
    if "email" in out:
        email = (out["email"] or "").strip()
        if email and not is_valid_email(email):
            errors["email"] = "Адрес электронной почты записан с ошибкой."
        out["email"] = email or None
    if "category" in out and out["category"] not in _CATEGORY_VALUES:
        errors["category"] = "Выберите категорию: работающий, студент или пенсионер."
    if out.get("sex") not in _SEX_VALUES:
        errors["sex"] = "Пол указывается как М или Ж."
    if "sex" in out and not out["sex"]:
        out["sex"] = None
    if "organisation_id" in out and not out["organisation_id"]:
        errors["organisation_id"] = "Выберите первичную организацию."
    for key, problem in text_problems("member", out).items():
        errors.setdefault(key, problem)
    if errors:
        ordered = _in_form_order(errors)
        raise ValidationError(next(iter(ordered.values())), ordered)
    return out


def _in_form_order(errors: dict[str, str]) -> dict[str, str]:
    """The form shows the first problem: the one of the field nearest its top."""
    order = {key: index for index, key in enumerate(MEMBER_FIELDS)}
    return dict(sorted(errors.items(), key=lambda item: order.get(item[0], len(order))))


@functools.lru_cache(maxsize=8)
def _birth_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    """The earliest and the latest birth date a member may have (an import checks 50,000)."""
    return _years_before(today, OLDEST_AGE), _years_before(today, YOUNGEST_AGE)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _check_organisation(session: Session, org_id: str) -> None:
    org = session.get(Organisation, org_id)
    if org is None:
        raise ValidationError("Организация не найдена.", {"organisation_id": "Нет такой."})
    access(session).require_org(org.id)  # a new member, or one moved, stays in the subtree
    if org.kind == OrgKind.REGION:
        raise ValidationError(
            "Членов Профсоюза учитывают в первичной организации, а не в региональной.",
            {"organisation_id": "Выберите первичную организацию."},
        )


def create_member(session: Session, values: dict[str, Any]) -> Member:
    require(session, Permission.EDIT_MEMBERS)
    data = clean_member(values)
    for required in ("last_name", "first_name", "organisation_id"):
        if not data.get(required):
            raise ValidationError("Заполните фамилию, имя и организацию.")
    _check_organisation(session, data["organisation_id"])
    member = Member(**data)
    session.add(member)
    session.flush()
    return member


def get_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError("Член Профсоюза не найден: возможно, запись удалили.")
    access(session).require_org(member.organisation_id)
    return member


def update_member(
    session: Session,
    member_id: str,
    values: dict[str, Any],
    *,
    expected_version: int | None = None,
    original: dict[str, Any] | None = None,
) -> Member:
    """Save edited fields. `expected_version` is Member.version as the form loaded it and
    `original` the values it showed: if someone else saved the member meanwhile, the save is
    refused with a sentence naming what they changed, never a silent overwrite."""
    require(session, Permission.EDIT_MEMBERS)
    member = get_member(session, member_id)
    data = clean_member(values)
    if expected_version is not None and member.version != expected_version:
        raise ConcurrentEditError(_changed_by_other(member, data, original))
    if "organisation_id" in data and data["organisation_id"] != member.organisation_id:
        raise ValidationError("Чтобы перевести члена Профсоюза, используйте «Перевести».")
    for key, value in data.items():
        setattr(member, key, value)
    try:
        session.flush()
    except StaleDataError:
        # saved by someone else between our read and our write: read what is there now on a
        # connection of its own (this session's transaction is spoiled by the failed flush)
        current = _read_member_now(session, member_id)
        session.rollback()
        raise ConcurrentEditError(_changed_by_other(current, data, original)) from None
    return member


class ConcurrentEditError(ProfdeskError):
    """Someone else saved the same record first (optimistic locking)."""


def _read_member_now(session: Session, member_id: str) -> dict[str, Any]:
    table = Member.__table__
    with session.get_bind().connect() as conn:
        row = conn.execute(select(table).where(table.c.id == member_id)).mappings().first()
    return dict(row) if row is not None else {}


def _show(value: Any) -> str:
    if value is None or value == "":
        return "пусто"
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _changed_by_other(
    current: Member | dict[str, Any], mine: dict[str, Any], original: dict[str, Any] | None
) -> str:
    """'… изменил другой пользователь: телефон — «+79105550000», должность — «Завуч». …'"""

    def now(key: str) -> Any:
        return current.get(key) if isinstance(current, dict) else getattr(current, key, None)

    if not current:
        return "Эту запись только что удалил другой пользователь: ваши изменения не сохранены."
    base = original if original is not None else mine
    changed = [k for k in FIELD_LABELS if k in base and now(k) != base[k]]
    if changed:
        what = ", ".join(f"{FIELD_LABELS[k]} — «{_show(now(k))}»" for k in changed)
        return (
            f"Пока вы редактировали запись, другой пользователь сохранил её: {what}. "
            "Ваши изменения не записаны — откройте запись заново и внесите их ещё раз."
        )
    return (
        "Пока вы редактировали запись, другой пользователь сохранил её. "
        "Ваши изменения не записаны — откройте запись заново и внесите их ещё раз."
    )


def find_duplicates(
    session: Session,
    last_name: str,
    first_name: str,
    patronymic: str,
    birth_date: dt.date | None,
    exclude_id: str | None = None,
) -> list[Member]:
    """Members with the same full name (ё = е, any case) and birth date."""
    name_key = search_key(f"{last_name} {first_name} {patronymic}")
    key = f"{name_key}|{birth_date.isoformat() if birth_date else ''}"
    query = select(Member).where(Member.identity_key == key)
    if exclude_id:
        query = query.where(Member.id != exclude_id)
    return list(session.scalars(query))


def mark_left(session: Session, member_id: str, left_on: dt.date, reason: str) -> Member:
    require(session, Permission.EDIT_MEMBERS)
    member = get_member(session, member_id)
    if reason not in {r.value for r in LeaveReason}:
        raise ValidationError("Укажите причину выхода из Профсоюза.")
    if left_on > dt.date.today():
        raise ValidationError("Дата выхода не может быть в будущем.")
    if member.joined_on and left_on < member.joined_on:
        raise ValidationError("Дата выхода раньше даты вступления.")
    member.left_on = left_on
    member.leave_reason = reason
    session.flush()
    return member


def restore_membership(session: Session, member_id: str) -> Member:
    """Undo 'left' for a member marked by mistake; the change log keeps the old values."""
    require(session, Permission.EDIT_MEMBERS)
    member = get_member(session, member_id)
    member.left_on = None
    member.leave_reason = None
    session.flush()
    return member


def move_member(
    session: Session, member_id: str, to_org_id: str, moved_on: dt.date | None = None
) -> Member:
    require(session, Permission.EDIT_MEMBERS)
    member = get_member(session, member_id)
    _check_organisation(session, to_org_id)
    if to_org_id == member.organisation_id:
        raise ValidationError("Член Профсоюза уже состоит в этой организации.")
    session.add(
        MemberTransfer(
            member_id=member.id,
            from_organisation_id=member.organisation_id,
            to_organisation_id=to_org_id,
            moved_on=moved_on or dt.date.today(),
        )
    )
    member.organisation_id = to_org_id
    session.flush()
    return member


def transfers_of(session: Session, member_id: str) -> list[MemberTransfer]:
    return list(
        session.scalars(
            select(MemberTransfer)
            .where(MemberTransfer.member_id == member_id)
            .order_by(MemberTransfer.moved_on)
        )
    )
