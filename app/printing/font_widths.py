"""Text widths of the shipped PT Sans faces without importing reportlab.

reportlab's stringWidth for a TrueType font is a plain sum: the advance width of each
character (its cmap glyph's hmtx entry, the font's default width when the font lacks it),
then (sum * 0.001) * size, no kerning. resources/fonts/widths.json holds those advance
widths exactly as reportlab reads them (tools/font_widths.py writes it from reportlab) and
the SHA-256 of each font file. A face whose file does not match its recorded hash is
measured by reportlab itself, so a replaced font is never measured with stale widths.
tests/unit/test_font_widths.py compares both, character by character.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache

from ..paths import resource

TABLE = ("fonts", "widths.json")

# reportlab.lib.units.mm, computed the way reportlab does (inch / 2.54 * 0.1), to the bit
MM = 72.0 / 2.54 * 0.1


@cache
def _table() -> dict:
    try:
        return json.loads(resource(*TABLE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


class _Face(dict):
    """Advance widths by code point; a character the font lacks has the default width."""

    def __init__(self, widths: dict[int, int], default: int) -> None:
        super().__init__(widths)
        self.default = default
        self.totals: dict[str, int] = {}  # words and names come back: a card run, a fit check

    def __missing__(self, key: int) -> int:
        return self.default

    def total(self, text: str) -> int:
        """The sum of the advance widths (an int: exact, as reportlab's sum of them is)."""
        found = self.totals.get(text)
        if found is None:
            if len(self.totals) >= TOTALS_KEPT:
                self.totals.clear()
            found = self.totals[text] = sum(map(self.__getitem__, map(ord, text)))
        return found


TOTALS_KEPT = 100_000  # texts whose sums are kept per face (a few MB at most)


@cache
def _face(font: str) -> _Face | None:
    """The widths of a shipped face whose file is the one the table was made from; None
    otherwise (reportlab measures it)."""
    entry = _table().get(font)
    if entry is None:
        return None
    try:
        data = resource("fonts", entry["file"]).read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        return None
    return _Face({int(k): v for k, v in entry["widths"].items()}, entry["default"])


def string_width(text: str, font: str, size: float) -> float:
    """reportlab.pdfbase.pdfmetrics.stringWidth(text, font, size), the same float."""
    face = _face(font)
    if face is None:
        return _reportlab_width(text, font, size)
    return face.total(text) * 0.001 * size


def measurer(font: str) -> Callable[[str], float]:
    """A width-at-1-pt function for one face: the fit check measures thousands of texts."""
    face = _face(font)
    if face is None:
        return lambda text: _reportlab_width(text, font, 1)
    total = face.total
    return lambda text: total(text) * 0.001 * 1


def _reportlab_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from . import fonts

    fonts.register_fonts()
    return stringWidth(text, font, size)
