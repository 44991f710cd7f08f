"""Where each element of a card side lands for one member, in mm from the trim's top-left.

The designer's canvas draws these results and the PDF is drawn by the same CardRenderer
methods (text_lines, barcode_geometry), so a layout that looks right on screen prints the
same. Nothing here knows Qt or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from .card_renderer import CardRenderer
from .card_templates import CARD_H, CARD_W
from .card_text import CardRecord, fields_of, squash
from .safe_area import MIN_MODULE_MM, SAMPLE_NUMBER, Problem, safe_area_problems

__all__ = ["MIN_MODULE_MM", "SAMPLE_NUMBER", "Problem", "safe_area_problems"]  # moved, still here


@dataclass(frozen=True)
class Line:
    text: str
    x: float  # mm from the trim's left
    baseline: float  # mm from the trim's top
    width: float  # mm


@dataclass
class Placed:
    """One element as printed: its box (mm) and, for text, the fitted size and the lines."""

    index: int
    kind: str
    x: float
    y: float
    w: float
    h: float
    element: dict[str, Any]
    font: str = ""
    size: float = 0.0  # points, after shrinking
    lines: list[Line] = field(default_factory=list)
    cut: bool = False  # text that did not fit even at the minimum size (ends with "…")
    bars: list[tuple[float, float]] = field(default_factory=list)  # barcode (left, width) mm


def _ink_box(lines: list[Line], size: float) -> tuple[float, float, float, float] | None:
    if not lines:
        return None
    from .card_text import ASCENT, DESCENT

    pt = size / mm
    left = min(ln.x for ln in lines)
    right = max(ln.x + ln.width for ln in lines)
    top = min(ln.baseline for ln in lines) - ASCENT * pt
    bottom = max(ln.baseline for ln in lines) + DESCENT * pt
    return left, top, right - left, bottom - top


def place_side(renderer: CardRenderer, record: CardRecord, side: str) -> list[Placed]:
    """Every element of `side` for `record`, resolved as the PDF draws it."""
    template = renderer.template
    elements = template.front if side == "front" else template.back
    ops = renderer.front if side == "front" else renderer.back
    return place_elements(renderer, elements, ops, fields_of(record))


def place_elements(
    renderer: CardRenderer, elements: list[dict[str, Any]], ops: list[tuple],
    values: dict[str, str],
) -> list[Placed]:  # fmt: skip
    """The elements of one card side or booklet page, as the PDF draws them (mm, top-left);
    a hidden element keeps its box (the designer may show it faintly) but prints nothing."""
    page_h = renderer.page_h
    out: list[Placed] = []
    for i, (e, op) in enumerate(zip(elements, ops, strict=True)):
        kind = e["type"]
        if kind == "line":
            x1, y1, x2, y2 = e["x1"], e["y1"], e["x2"], e["y2"]
            out.append(Placed(i, kind, min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), e))
            continue
        if kind == "card_place":
            out.append(Placed(i, kind, e["x"], e["y"], CARD_W, CARD_H, e))
            continue
        placed = Placed(i, kind, e["x"], e["y"], e["w"], e["h"], e)
        if op[0] == "hidden":
            op = renderer.visible_op(e)  # placed for the faint drawing, never printed
        if kind == "text":
            size, lines = renderer.text_lines(op, values)
            placed.font, placed.size = op[3], size
            placed.lines = [
                Line(t, left / mm, page_h - base / mm, width / mm) for t, left, base, width in lines
            ]
            text = e["text"].format_map(values) if op[2] else e["text"]
            if op[10]:
                text = text.upper()
            if op[16] or "\n" in text:
                from .paragraphs import paragraphs_of

                fitted = renderer._fit(op, text)[1]  # noqa: SLF001 - the lines just placed
                printed = 1 + sum(1 for *_x, gap in fitted if gap > 0) if fitted else 0
                placed.cut = printed < len(paragraphs_of(text))
            else:
                placed.cut = " ".join(t for t, *_ in lines) != squash(text)
        elif kind == "barcode" and values.get("card_number"):
            placed.bars, _q, _t = renderer.barcode_geometry(op, values["card_number"])
        out.append(placed)
    return out


# --- the card's mounting place in a booklet: drawn the same on the canvas and in the PDF ------
@dataclass(frozen=True)
class Stroke:
    gray: float
    width: float  # mm
    radius: float = 0.0
    dash: tuple[float, ...] = ()  # mm
    lines: tuple[tuple[float, float, float, float], ...] = ()  # mm, top-left origin


@dataclass(frozen=True)
class Label:
    text: str
    x: float
    baseline: float
    size: float  # points
    gray: float


PLACE_OUTLINE_GREY = 0.55  # the outline's colour (tests find it by this grey)
PLACE_OUTLINE_WIDTH = 0.5 / mm  # 0.5 pt
PLACE_SLIT_LEG = 9.0  # mm: a slit meets the outline this far from the corner along each edge
PLACE_SLIT_OVERRUN = 2.5  # mm: and goes on a little past it, so the corner slides in
PLACE_LABEL = "Место для профсоюзного билета"


def card_place_marks(x: float, y: float) -> tuple[Stroke, Stroke, Label]:
    """The CR80 outline at true size, diagonal slits at its corners and a faint label, for a
    place whose top-left corner is (x, y) mm."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from . import fonts

    outline = Stroke(PLACE_OUTLINE_GREY, PLACE_OUTLINE_WIDTH, radius=3.18)
    unit = PLACE_SLIT_OVERRUN / (2**0.5)
    lines = []
    corners = ((x, y + CARD_H, 1, -1), (x + CARD_W, y + CARD_H, -1, -1), (x, y, 1, 1),
               (x + CARD_W, y, -1, 1))  # fmt: skip
    for cx, cy, dx, dy in corners:  # dy: +1 going down from a top corner
        x1, y1 = cx + dx * PLACE_SLIT_LEG, cy
        x2, y2 = cx, cy + dy * PLACE_SLIT_LEG
        lines.append((x1 + dx * unit, y1 - dy * unit, x2 - dx * unit, y2 + dy * unit))
    slits = Stroke(0.25, 0.6 / mm, dash=(2.2 / mm, 1.6 / mm), lines=tuple(lines))
    fonts.register_fonts()
    width = stringWidth(PLACE_LABEL, fonts.REGULAR, 9) / mm
    label = Label(PLACE_LABEL, x + (CARD_W - width) / 2, y + CARD_H / 2 - 2 / mm, 9, 0.72)
    return outline, slits, label


def draw_card_place_pdf(c: Any, x: float, y: float, page_h: float) -> None:
    """The same marks on a reportlab canvas (points, bottom-left origin)."""
    from . import fonts

    outline, slits, label = card_place_marks(x, y)
    c.saveState()
    c.setStrokeGray(outline.gray)
    c.setLineWidth(outline.width * mm)
    c.roundRect(x * mm, (page_h - y - CARD_H) * mm, CARD_W * mm, CARD_H * mm,
                outline.radius * mm, stroke=1, fill=0)  # fmt: skip
    c.setStrokeGray(slits.gray)
    c.setLineWidth(slits.width * mm)
    c.setDash(*(d * mm for d in slits.dash))
    for x1, y1, x2, y2 in slits.lines:
        c.line(x1 * mm, (page_h - y1) * mm, x2 * mm, (page_h - y2) * mm)
    c.setFillGray(label.gray)
    c.setFont(fonts.REGULAR, label.size)
    c.drawString(label.x * mm, (page_h - label.baseline) * mm, label.text)
    c.restoreState()
