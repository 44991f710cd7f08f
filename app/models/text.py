"""Text rules for Russian names and phones, used when writing and when searching.

One normalisation for search keys: the same function builds the stored key and the
query, so "ЁЛКИНА", "елкина" and "Ёлкина" always meet.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D+")


def search_key(text: str | None) -> str:
    """Lower case, ё -> е, single spaces: the form stored and queried for search."""
    if not text:
        return ""
    # str.split() splits on exactly the characters \s matches (both use Unicode's
    # whitespace): the same as collapsing runs with a regex and stripping, at half the cost
    return " ".join(text.casefold().replace("ё", "е").split())


def tidy_name(text: str | None) -> str:
    """'  ИВАНОВА  анна' -> 'Иванова Анна'; hyphenated parts keep their own capital, and the
    Turkic patronymic endings stay small: 'ГУСЕЙН ОГЛЫ' -> 'Гусейн оглы'."""
    if not text:
        return ""
    words = _SPACES.sub(" ", text).strip().split(" ")
    first = True
    tidied = []
    for word in words:
        parts = []
        for part in word.split("-"):
            parts.append(part.lower() if not first and _is_suffix(part) else _capitalise(part))
            first = False
        tidied.append("-".join(parts))
    return " ".join(tidied)


def _capitalise(part: str) -> str:
    return part[:1].upper() + part[1:].lower() if part else part


_PATRONYMIC_SUFFIXES = {"оглы", "кызы", "угли", "улы"}


def _is_suffix(part: str) -> bool:
    return part.lower().replace("ё", "е") in _PATRONYMIC_SUFFIXES


def split_full_name(full_name: str) -> tuple[str, str, str]:
    """'Иванова Анна Петровна' -> ('Иванова', 'Анна', 'Петровна').

    Turkic patronymics written in two words ('Алиев Рашид Гусейн оглы') stay whole.
    """
    words = tidy_name(full_name).split(" ") if full_name and full_name.strip() else []
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    if len(words) == 2:
        return words[0], words[1], ""
    if len(words) >= 4 and words[-1].lower() in _PATRONYMIC_SUFFIXES:
        return words[0], words[1], " ".join(words[2:-1] + [words[-1].lower()])
    return words[0], words[1], " ".join(words[2:])


def phone_digits(text: str | None) -> str:
    if not text:
        return ""
    if text.isdecimal():  # exactly the characters \d matches: common forms skip the regex
        return text
    if text[0] == "+" and text[1:].isdecimal():
        return text[1:]
    return _NON_DIGITS.sub("", text)


def normalise_phone(text: str | None) -> str | None:
    """Russian phone in any common form -> '+7XXXXXXXXXX'; '' -> None; junk -> ValueError."""
    if text is None or not str(text).strip():
        return None
    digits = phone_digits(str(text))
    if len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    if len(digits) == 10:
        return "+7" + digits
    raise ValueError(f"not a Russian phone number: {text!r}")


def readable_phone(value: str | None) -> str:
    """'+79101234567' -> '+7 910 123-45-67'; anything else as stored."""
    if value and len(value) == 12 and value.startswith("+7") and value[1:].isdigit():
        d = value[2:]
        return f"+7 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
    return value or ""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


THIN = "\u202f"  # narrow no-break space: Russian digit groups, «2 808»
NBSP = "\u00a0"  # before « %» and «п. п.»: never left alone at a line start


def fmt(n: int) -> str:
    """2500 -> "2 500", as Russian documents group digits (a plain space, for any terminal)."""
    return f"{n:,}".replace(",", " ")


def ru_int(value: int) -> str:
    """2808 -> «2 808» with a thin space, as Russian print groups digits."""
    return f"{value:,}".replace(",", THIN)


def ru_number(value: float, digits: int = 1) -> str:
    """91.14 -> «91,1»; 12345.6 -> «12 345,6»."""
    return f"{value:,.{digits}f}".replace(",", THIN).replace(".", ",")


def ru_percent(value: float, digits: int = 1) -> str:
    """91.14 -> «91,1 %»."""
    return f"{ru_number(value, digits)}{NBSP}%"


def ru_points(change: float) -> str:
    """A change of a percentage, signed: 1.2 -> «+1,2 п. п.», -0.4 -> «−0,4 п. п.»."""
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return f"{sign}{ru_number(abs(change))}{NBSP}п.{NBSP}п."
