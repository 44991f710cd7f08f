"""What a value may be: one table of limits for forms, import, exchange and the command line.

SQLite ignores a column's length and PostgreSQL enforces it, so a value checked only by the
database is accepted on one engine and breaks the other (or a later migration to it). Every
entry point checks here first and says what is wrong in one sentence. The lengths are the
columns' own (a test compares this table with the schema).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

from .errors import ValidationError

# table -> field -> (the most characters, how the field is named in a sentence)
TEXT_LIMITS: dict[str, dict[str, tuple[int, str]]] = {
    "member": {
        "last_name": (100, "фамилия"),
        "first_name": (100, "имя"),
        "patronymic": (100, "отчество"),
        "position": (200, "должность"),
        "phone": (20, "телефон"),
        "email": (200, "электронная почта"),
        "notes": (2000, "примечание"),
    },
    "organisation": {
        "name": (300, "название"),
        "short_name": (120, "краткое название"),
        "code": (32, "код"),
        "institution_type": (60, "тип учреждения"),
        "chair": (200, "председатель"),
        "chair_phone": (20, "телефон председателя"),
        "registrar_name": (200, "ответственный за учёт"),
        "registrar_phone": (20, "телефон ответственного"),
        "registrar_email": (200, "электронная почта ответственного"),
    },
    "stock_edition": {"title": (200, "название издания")},
    "stock_shipment": {"received_by": (200, "кто принял"), "note": (1000, "примечание")},
    "stock_movement": {"reason": (1000, "причина")},
    "app_user": {"login": (100, "имя пользователя")},
    "card_batch": {"profile": (100, "профиль принтера"), "template": (100, "шаблон билета")},
}

# free text that people type and spreadsheets show: refused when it would read as a formula
FORMULA_CHECKED: dict[str, tuple[str, ...]] = {
    "member": ("last_name", "first_name", "patronymic", "position", "notes"),
    "organisation": ("name", "short_name", "institution_type", "chair", "registrar_name"),
    "stock_edition": ("title",),
    "stock_shipment": ("received_by", "note"),
    "stock_movement": ("reason",),
    "app_user": ("login",),
}
# what a spreadsheet takes for the start of a formula (OWASP, CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

SEARCH_MAX = 200  # characters of a search text: a name, a phone or a card number fit easily
EARLIEST_DATE = dt.date(1900, 1, 1)  # nothing the union records happened before
FUTURE_YEARS = 1  # and nothing is planned further ahead than a year
QUANTITY_MAX = 10_000_000  # booklets in one entry: far above any print run, inside an integer
PEOPLE_MAX = 1_000_000  # employees or students of one organisation


def looks_like_formula(text: str | None) -> bool:
    return bool(text) and text.startswith(FORMULA_STARTS)


def text_problem(table: str, field: str, value: Any) -> str | None:
    """The sentence that says why `value` cannot go into table.field, or None when it can."""
    if not isinstance(value, str) or not value:
        return None
    limit, label = TEXT_LIMITS[table][field]
    if len(value) > limit:
        return f"Поле «{label}» длиннее {limit} знаков (в нём {len(value)}): сократите текст."
    if field in FORMULA_CHECKED.get(table, ()) and looks_like_formula(value.lstrip(" ")):
        return (
            (
                f"Поле «{label}» не может начинаться со знака «{value.lstrip(' ')[0]}»: "
                "в электронных таблицах такой текст становится формулой."
            )
            .replace("«\t»", "табуляции")
            .replace("«\r»", "возврата каретки")
        )
    return None


def length_problem(table: str, values: Mapping[str, Any]) -> str | None:
    """Only the lengths (for records that come from another office's Profdesk): the reason
    a record cannot be stored on either engine, in words that follow «отклонено: … —»."""
    for field, (limit, label) in TEXT_LIMITS.get(table, {}).items():
        value = values.get(field)
        if isinstance(value, str) and len(value) > limit:
            return f"поле «{label}» длиннее {limit} знаков ({len(value)})"
    return None


def text_problems(table: str, values: Mapping[str, Any]) -> dict[str, str]:
    """field -> sentence for every text field of `values` that breaks its limit."""
    problems = {}
    checked = FORMULA_CHECKED.get(table, ())
    for field, (limit, _) in TEXT_LIMITS[table].items():
        if field in values:
            value = values[field]
            if (
                value.__class__ is str
                and len(value) <= limit
                and (field not in checked or not value.lstrip(" ").startswith(FORMULA_STARTS))
            ):
                continue  # the usual case, told without building a sentence
            problem = text_problem(table, field, value)
            if problem:
                problems[field] = problem
    return problems


def check_text(table: str, values: Mapping[str, Any]) -> None:
    """Raise ValidationError (the first sentence, and every field's) when a text is too long
    or looks like a formula."""
    problems = text_problems(table, values)
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)


def latest_date(today: dt.date | None = None) -> dt.date:
    return _year_after(today or dt.date.today())


@functools.lru_cache(maxsize=8)  # an import asks it for every date of 50,000 rows
def _year_after(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year + FUTURE_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + FUTURE_YEARS, day=28)


def date_problem(value: dt.date | None, label: str, today: dt.date | None = None) -> str | None:
    """A date outside 1900 .. today + 1 year: the sentence, else None."""
    if value is None:
        return None
    if value < EARLIEST_DATE:
        return f"{label}: {ru(value)} — раньше 1900 года, проверьте год."
    last = latest_date(today)
    if value > last:
        return f"{label}: {ru(value)} — позже {ru(last)}, проверьте год."
    return None


def check_date(value: dt.date | None, label: str, today: dt.date | None = None) -> None:
    problem = date_problem(value, label, today)
    if problem:
        raise ValidationError(problem)


def check_year(year: int | None, label: str = "Год издания") -> None:
    last = latest_date().year
    if year is not None and not (EARLIEST_DATE.year <= year <= last):
        raise ValidationError(f"{label} должен быть от {EARLIEST_DATE.year} до {last}.")


def check_quantity(quantity: object, label: str = "Количество буклетов") -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise ValidationError(f"{label} должно быть целым числом больше нуля.")
    if quantity > QUANTITY_MAX:
        raise ValidationError(
            f"{label} больше {QUANTITY_MAX:,} экз. — проверьте число.".replace(",", " ")
        )
    return quantity


def check_search(text: str) -> str:
    if len(text) > SEARCH_MAX:
        raise ValidationError(
            f"Слишком длинный текст для поиска ({len(text)} знаков, можно до {SEARCH_MAX}): "
            "введите часть фамилии, телефон или номер билета."
        )
    return text


def ru(day: dt.date) -> str:
    """dd.mm.yyyy with four digits of the year, whatever the year (strftime gives «1»)."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
