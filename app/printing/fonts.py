"""PT Sans registered with reportlab once, so every PDF embeds a font with Cyrillic."""

from __future__ import annotations

from functools import cache

from ..paths import resource

REGULAR = "PTSans"
BOLD = "PTSans-Bold"
ITALIC = "PTSans-Italic"
NARROW = "PTSansNarrow"
NARROW_BOLD = "PTSansNarrow-Bold"

FILES = {
    REGULAR: "PTSans-Regular.ttf",
    BOLD: "PTSans-Bold.ttf",
    ITALIC: "PTSans-Italic.ttf",
    NARROW: "PTSansNarrow-Regular.ttf",
    NARROW_BOLD: "PTSansNarrow-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Idempotent; call before drawing. Paragraph <b>/<i> map to the right faces.
    reportlab is imported here, not at the top: the names above are read without it."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(NARROW, 0, 0, NARROW)
    addMapping(NARROW, 1, 0, NARROW_BOLD)
