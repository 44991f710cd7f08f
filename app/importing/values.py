"""One cell -> one value: dates, categories, sex, leave reasons, card numbers.

Cells come as python-calamine gives them (a date only for a date-formatted cell; other
numbers as int/float; '' for an empty cell) or as CSV text. A value that cannot be
understood raises CellError with a Russian sentence; PartialDate is its kind for a year
alone or a month and year, which are kept as written but are not a date. The importer
turns them into a refused row (identity fields) or a warning (every other field).
"""

from __future__ import annotations

import datetime as dt
import re

from ..models.entities import Category, LeaveReason, Sex
from ..models.export import CATEGORY_TITLES, LEAVE_REASON_TITLES, SEX_TITLES
from ..models.text import search_key

_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
# "14.03.1968 г.", "2015 год", "сентябрь 2010 года": the year word is not part of the date
_YEAR_WORD = re.compile(r"\s*(?:г\.?|гг\.?|год|года)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MONTH_YEAR = re.compile(r"^([а-яё]+)\.?\s+(1[89]\d\d|20\d\d)$|^(\d{1,2})[./-](1[89]\d\d|20\d\d)$")
_MONTHS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")


class CellError(ValueError):
    """A cell whose value makes no sense; the message is for the user."""


class PartialDate(CellError):
    """A year alone, or a month and year: kept as written, never made into a day."""


def text_of(value: object) -> str:
    """A cell as the text a person sees: numbers without '.0', spaces trimmed."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value.strip()  # type: ignore[union-attr]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.hour or value.minute or value.second:
            return value.strftime("%d.%m.%Y %H:%M")
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def _is_month(word: str) -> bool:
    word = word.lower().replace("ё", "е")
    if word.startswith("ма"):  # март, мая, май
        return word in ("март", "мар", "мая", "май")
    return any(word.startswith(m) for m in _MONTHS)


def parse_date(value: object, label: str) -> dt.date | None:
    """A date-formatted cell, or text dd.mm.yyyy, d/m/yyyy, dd.mm.yy, yyyy-mm-dd, with or
    without 'г.'; '' -> None. A plain number is never taken for Excel's day count: a
    date cell keeps its format, so a number there is what was typed (often a year)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and _YEAR.match(str(int(value))):
            raise PartialDate(f"{label}: указан только год «{int(value)}», а не дата.")
        raise CellError(f"{label}: «{text_of(value)}» — число, а не дата.")
    text = str(value).strip()
    if not text:
        return None
    bare = _YEAR_WORD.sub("", text) if text[-1:].isalpha() or text.endswith(".") else text
    match = _DMY.match(bare)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 1900 if year > dt.date.today().year % 100 else 2000
    else:
        match = _YMD.match(bare)
        if not match:
            _partial(bare, text, label)
            raise CellError(f"{label}: «{text}» — не дата; пишите ДД.ММ.ГГГГ.")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"{label}: такой даты нет — «{text}».") from None


def _partial(bare: str, text: str, label: str) -> None:
    if _YEAR.match(bare):
        raise PartialDate(f"{label}: указан только год «{text}», а не дата.")
    match = _MONTH_YEAR.match(bare.lower())
    if match and (match.group(3) or _is_month(match.group(1))):
        raise PartialDate(f"{label}: указаны только месяц и год «{text}», а не дата.")


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
