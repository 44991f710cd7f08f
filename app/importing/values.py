"""One cell -> one value: dates, categories, sex, leave reasons, card numbers.

Cells come as openpyxl gives them (datetime, int, float, str, None) or as CSV text.
A value that cannot be understood raises CellError with a Russian sentence naming the
column and what was there; the importer turns it into a row error.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models.entities import Category, LeaveReason, Sex
from ..models.export import CATEGORY_TITLES, LEAVE_REASON_TITLES, SEX_TITLES
from ..models.text import search_key


class CellError(ValueError):
    """A cell whose value makes no sense; the message is for the user."""


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
# Excel's day numbers of 1900-01-01 .. 2100-01-01: a date cell that lost its format
_EXCEL_SERIAL = (1, 73051)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def text_of(value: object) -> str:
    """A cell as the text a person sees: numbers without '.0', spaces trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def parse_date(value: object, label: str) -> dt.date | None:
    """A real Excel date, or text dd.mm.yyyy, d.m.yyyy, dd.mm.yy, yyyy-mm-dd; '' -> None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _EXCEL_SERIAL[0] <= value < _EXCEL_SERIAL[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError(f"{label}: «{text_of(value)}» — не дата.")
    text = str(value).strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 1900 if year > dt.date.today().year % 100 else 2000
    else:
        match = _YMD.match(text)
        if not match:
            raise CellError(f"{label}: «{text}» — не дата; пишите ДД.ММ.ГГГГ.")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"{label}: такой даты нет — «{text}».") from None


def _lookup(titles: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    table = {search_key(title): key for key, title in titles.items()}
    table.update({search_key(key): key for key in titles})
    table.update({search_key(word): key for word, key in extra.items()})
    return table


_CATEGORIES = _lookup(
    CATEGORY_TITLES,
    {
        "работающая": Category.WORKER,
        "работник": Category.WORKER,
        "сотрудник": Category.WORKER,
        "студентка": Category.STUDENT,
        "обучающийся": Category.STUDENT,
        "учащийся": Category.STUDENT,
        "неработающий пенсионер": Category.PENSIONER,
        "неработающая пенсионерка": Category.PENSIONER,
        "пенсионерка": Category.PENSIONER,
        "ветеран": Category.PENSIONER,
    },
)
_SEXES = _lookup(
    SEX_TITLES,
    {
        "муж": Sex.MALE,
        "мужской": Sex.MALE,
        "м.": Sex.MALE,
        "жен": Sex.FEMALE,
        "женский": Sex.FEMALE,
        "ж.": Sex.FEMALE,
        "m": Sex.MALE,
        "f": Sex.FEMALE,
    },
)
_LEAVE_REASONS = _lookup(
    LEAVE_REASON_TITLES,
    {
        "собственное желание": LeaveReason.OWN_WISH,
        "по заявлению": LeaveReason.OWN_WISH,
        "уволен": LeaveReason.DISMISSAL,
        "уволена": LeaveReason.DISMISSAL,
        "увольнение с работы": LeaveReason.DISMISSAL,
        "пенсия": LeaveReason.RETIREMENT,
        "уход на пенсию": LeaveReason.RETIREMENT,
        "смерть": LeaveReason.DEATH,
        "умер": LeaveReason.DEATH,
        "умерла": LeaveReason.DEATH,
        "переход": LeaveReason.TRANSFER,
        "перевод": LeaveReason.TRANSFER,
        "перевод в другую организацию": LeaveReason.TRANSFER,
    },
)


def _choice(value: object, table: dict[str, str], label: str, known: str) -> str | None:
    text = search_key(text_of(value))
    if not text:
        return None
    found = table.get(text) or table.get(text.rstrip("."))
    if found is None:
        raise CellError(f"{label}: «{text_of(value)}» — не понятно; возможно: {known}.")
    return str(found)


def parse_category(value: object) -> str | None:
    return _choice(value, _CATEGORIES, "Категория", "работающий, студент, пенсионер")


def parse_sex(value: object) -> str | None:
    return _choice(value, _SEXES, "Пол", "М или Ж")


def parse_leave_reason(value: object) -> str | None:
    return _choice(value, _LEAVE_REASONS, "Причина выхода", ", ".join(LEAVE_REASON_TITLES.values()))


def card_number(value: object) -> str | None:
    """The number exactly as printed on the card (an Excel number loses no digits)."""
    if isinstance(value, float) and not value.is_integer():
        raise CellError(f"Номер билета: «{value}» — не номер.")
    text = text_of(value)
    return text or None
