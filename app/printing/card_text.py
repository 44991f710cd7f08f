"""Text on a card or a booklet page: a member's fields, and fitting a line into its box.

Moved out of app.printing.cards_pdf (issue 18): the card renderer, the booklet pages, the
paragraphs and the fit check all measure text the same way, with these functions. Widths
come from app.printing.font_widths: reportlab's own figures, to the bit, without importing
reportlab (the fit check of the CLI runs without it).
"""

from __future__ import annotations

import math
import re
from typing import Protocol

from . import fonts
from .font_widths import string_width

ASCENT = 0.80  # of the font size, above the baseline (capitals with accents)
DESCENT = 0.22
ELLIPSIS = "…"

FONT_NAMES = {
    "regular": fonts.REGULAR,
    "bold": fonts.BOLD,
    "italic": fonts.ITALIC,
    "narrow": fonts.NARROW,
    "narrow_bold": fonts.NARROW_BOLD,
}


class CardRecord(Protocol):
    last_name: str
    first_name: str
    patronymic: str
    organisation_name: str
    organisation_short_name: str
    region_name: str
    card_number: str | None


def fields_of(record: CardRecord) -> dict[str, str]:
    parts = (record.last_name, record.first_name, record.patronymic)
    return {
        "last_name": record.last_name or "",
        "first_name": record.first_name or "",
        "patronymic": record.patronymic or "",
        "full_name": " ".join(p for p in parts if p),
        "first_and_patronymic": " ".join(p for p in parts[1:] if p),
        "organisation": record.organisation_name or "",
        "organisation_short": record.organisation_short_name or record.organisation_name or "",
        "region": record.region_name or "",
        "card_number": record.card_number or "",
    }


def _height(size: float, lines: int, leading: float) -> float:
    return size * ((lines - 1) * leading + ASCENT + DESCENT)


_SPACES = re.compile(r"[ \t\r\n]+")


def squash(text: str) -> str:
    """Runs of spaces made one; a non-breaking space (a booklet's «в\u00a0Профкардс») stays."""
    return _SPACES.sub(" ", text).strip(" ")


def _truncate(text: str, font: str, size: float, width: float) -> str:
    if string_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if string_width(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def _wrap(widths: list[float], space: float, width: float) -> list[tuple[int, int]] | None:
    """Greedy lines as (first word, end) ranges; None when one word alone is too wide."""
    lines: list[tuple[int, int]] = []
    start, used = 0, -1.0
    for i, w in enumerate(widths):
        if w > width:
            return None
        if used < 0:
            used = w
        elif used + space + w <= width:
            used += space + w
        else:
            lines.append((start, i))
            start, used = i, w
    lines.append((start, len(widths)))
    return lines


def fit_text(
    text: str,
    font: str,
    size: float,
    min_size: float,
    width: float,
    height: float,
    max_lines: int = 1,
    leading: float = 1.15,
) -> tuple[float, list[str]]:
    """The largest size (down to min_size) and lines that keep `text` inside width x height
    (points). What does not fit even at min_size is cut with an ellipsis: never outside."""
    text = squash(text)
    if not text:
        return size, []
    size = min(size, height / (ASCENT + DESCENT))
    min_size = min(min_size, size)
    unit = string_width(text, font, 1)
    if unit * size <= width:
        return size, [text]
    if max_lines <= 1 or " " not in text:
        fitted = math.floor(min(size, width / unit) * 10) / 10
        if fitted >= min_size:
            return fitted, [text]
        return min_size, [_truncate(text, font, min_size, width)]
    words = text.split(" ")
    widths = [string_width(w, font, 1) for w in words]
    space = string_width(" ", font, 1)
    s = size
    while s >= min_size - 1e-9:
        lines = _wrap(widths, space, width / s)
        if (
            lines is not None
            and len(lines) <= max_lines
            and _height(s, len(lines), leading) <= height
        ):
            return s, [" ".join(words[a:b]) for a, b in lines]
        s = round(s - 0.25, 2)
    # even the smallest size does not fit: as many lines as the box holds, the rest cut
    s = min_size
    room = max(1, min(max_lines, int((height / s - ASCENT - DESCENT) / leading) + 1))
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if string_width(candidate, font, s) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > room:
        out = out[: room - 1] + [" ".join(out[room - 1 :])]
    return s, [_truncate(line, font, s, width) for line in out]
