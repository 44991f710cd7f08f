"""Numbers in Russian words, with the noun in the right form: "две тысячи пятьсот экземпляров".

Documents write a quantity in figures and in words so that nobody can alter it afterwards.
"""

from __future__ import annotations

_UNITS_M = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_UNITS_F = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
_TENS = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
]
_HUNDREDS = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]
# (one, few, many) and whether the group's numerals are feminine
_SCALES = [
    (("тысяча", "тысячи", "тысяч"), True),
    (("миллион", "миллиона", "миллионов"), False),
    (("миллиард", "миллиарда", "миллиардов"), False),
]

COPIES = ("экземпляр", "экземпляра", "экземпляров")


def plural(n: int, forms: tuple[str, str, str]) -> str:
    """The form of a noun after the number n: 1 экземпляр, 2 экземпляра, 5 экземпляров."""
    n = abs(n) % 100
    if 11 <= n <= 14:
        return forms[2]
    last = n % 10
    if last == 1:
        return forms[0]
    if 2 <= last <= 4:
        return forms[1]
    return forms[2]


def _triple(n: int, feminine: bool) -> list[str]:
    words = [_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest <= 19:
        words.append(_TEENS[rest - 10])
    else:
        words.append(_TENS[rest // 10])
        words.append((_UNITS_F if feminine else _UNITS_M)[rest % 10])
    return [w for w in words if w]


def number_words(n: int, feminine: bool = False) -> str:
    """0 -> "ноль", 2500 -> "две тысячи пятьсот", 21 -> "двадцать один"."""
    if n < 0:
        return "минус " + number_words(-n, feminine)
    if n == 0:
        return "ноль"
    if n >= 10**12:
        raise ValueError("number too large for words")
    words = _triple(n % 1000, feminine)
    n //= 1000
    for forms, fem in _SCALES:
        if n == 0:
            break
        group = n % 1000
        if group:
            words = _triple(group, fem) + [plural(group, forms)] + words
        n //= 1000
    return " ".join(words)


def group_digits(n: int) -> str:
    """2500 -> "2 500" (a no-break space between groups of three, as Russian documents do)."""
    return f"{n:,}".replace(",", "\u00a0")


def quantity_text(n: int, forms: tuple[str, str, str] = COPIES) -> str:
    """2500 -> "2 500 (две тысячи пятьсот) экземпляров" (no line break after the figures)."""
    return f"{group_digits(n)}\u00a0({number_words(n)}) {plural(n, forms)}"
