"""Text set as paragraphs in a box: a booklet's steps, its directions, its contact lines.

Each line of the text is a paragraph; a list marker ("•" or "1.") hangs to the left of its
paragraph. Like a card's text, the block shrinks down to its minimum size to fit; what still
does not fit is left out from the first paragraph that does not fit (never half a paragraph),
and the caller names that paragraph in a warning. The lines come back with their indents and
the gaps above them, in points, for CardRenderer.text_lines to place (screen and PDF alike).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from .card_text import ASCENT, DESCENT, _truncate, squash

PARAGRAPH_GAP = 0.35  # of the size, between paragraphs


def paragraphs_of(text: str) -> list[str]:
    return [squash(p) for p in text.split("\n") if p.strip()]


def _set(paras: list[str], font: str, size: float, width: float, marker: str):
    """Every paragraph broken into lines at `size`: (text, indent, gap above, paragraph)."""
    out: list[tuple[str, float, float, int]] = []
    space = stringWidth(" ", font, size)
    for n, para in enumerate(paras):
        mark = "•" if marker == "bullet" else f"{n + 1}." if marker == "number" else ""
        indent = stringWidth(mark, font, size) + space if mark else 0.0
        room = width - indent
        gap = PARAGRAPH_GAP * size if n else 0.0
        line, first = "", True
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if not line or stringWidth(candidate, font, size) <= room:
                line = candidate
                continue
            out.append(
                (
                    (f"{mark} " if mark and first else "") + line,
                    0 if first and mark else indent,
                    gap if first else 0.0,
                    n,
                )
            )
            line, first = word, False
        text = (f"{mark} " if mark and first else "") + _truncate(line, font, size, room)
        out.append((text, 0 if first and mark else indent, gap if first else 0.0, n))
    return out


def _height(lines: list[tuple[str, float, float, int]], size: float, leading: float) -> float:
    if not lines:
        return 0.0
    return size * ((len(lines) - 1) * leading + ASCENT + DESCENT) + sum(ln[2] for ln in lines)


def fit_paragraphs(
    text: str,
    font: str,
    size: float,
    min_size: float,
    width: float,
    height: float,
    max_lines: int,
    leading: float,
    marker: str = "",
) -> tuple[float, list[tuple[str, float, float]]]:
    """The largest size (down to min_size) at which every paragraph fits the box; else the
    paragraphs that fit at min_size. Lines as (text, indent, gap above) in points."""
    paras = paragraphs_of(text)
    if not paras:
        return size, []
    s = min(size, height / (ASCENT + DESCENT))
    min_size = min(min_size, s)
    while True:
        lines = _set(paras, font, s, width, marker)
        if len(lines) <= max_lines and _height(lines, s, leading) <= height + 1e-6:
            return s, [ln[:3] for ln in lines]
        if s - 0.25 < min_size - 1e-9:
            break
        s = round(s - 0.25, 2)
    s = min_size
    lines = _set(paras, font, s, width, marker)
    kept = 0  # whole paragraphs only
    for n in range(len(paras)):
        upto = [ln for ln in lines if ln[3] <= n]
        if len(upto) > max_lines or _height(upto, s, leading) > height + 1e-6:
            break
        kept = n + 1
    return s, [ln[:3] for ln in lines if ln[3] < kept]


def left_out(text: str, printed: int) -> list[str]:
    """The paragraphs after the first `printed` (what a warning names)."""
    return paragraphs_of(text)[printed:]
