"""Where each element of a card side lands for one member, in mm from the trim's top-left.

The designer's canvas draws these results and the PDF is drawn by the same CardRenderer
methods (text_lines, barcode_geometry), so a layout that looks right on screen prints the
same. Nothing here knows Qt or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from .barcodes import DOT_MM
from .card_templates import CARD_H, CARD_W, SAFE_MM, CardTemplate, element_title
from .cards_pdf import CardRecord, CardRenderer, fields_of


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
    from .cards_pdf import ASCENT, DESCENT

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
    values = fields_of(record)
    out: list[Placed] = []
    for i, (e, op) in enumerate(zip(elements, ops, strict=True)):
        kind = e["type"]
        if kind == "line":
            x1, y1, x2, y2 = e["x1"], e["y1"], e["x2"], e["y2"]
            out.append(Placed(i, kind, min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), e))
            continue
        placed = Placed(i, kind, e["x"], e["y"], e["w"], e["h"], e)
        if kind == "text":
            size, lines = renderer.text_lines(op, values)
            placed.font, placed.size = op[3], size
            placed.lines = [
                Line(t, left / mm, CARD_H - base / mm, width / mm) for t, left, base, width in lines
            ]
            text = e["text"].format_map(values) if op[2] else e["text"]
            if op[10]:
                text = text.upper()
            placed.cut = " ".join(t for t, *_ in lines) != " ".join(text.split())
        elif kind == "barcode" and values["card_number"]:
            placed.bars, _q, _t = renderer.barcode_geometry(op, values["card_number"])
        out.append(placed)
    return out


SAMPLE_NUMBER = "2460000000000"  # 13 digits with a valid EAN-13 check digit, as issued
MIN_MODULE_MM = {"code128": 3 * DOT_MM, "ean13": 0.264}  # 300 dpi: Code 128 on 3 dots


@dataclass(frozen=True)
class Problem:
    side: str
    index: int
    message: str


def safe_area_problems(template: CardTemplate) -> list[Problem]:
    """Texts, images and barcodes that cross the 3 mm safe area (boxes and lines may bleed),
    and barcodes whose module is too thin for 300 dpi or whose quiet zone does not fit."""
    from .barcodes import modules, symbology

    problems = []
    for side in ("front", "back"):
        for i, e in enumerate(getattr(template, side)):
            kind = e["type"]
            if kind in ("box", "line"):
                continue
            name = element_title(e)
            x, y, w, h = e["x"], e["y"], e["w"], e["h"]
            if (
                x < SAFE_MM - 1e-6
                or y < SAFE_MM - 1e-6
                or x + w > CARD_W - SAFE_MM + 1e-6
                or (y + h > CARD_H - SAFE_MM + 1e-6)
            ):
                problems.append(
                    Problem(
                        side, i, f"{name[:1].upper()}{name[1:]} заходит за безопасное поле 3 мм."
                    )
                )
            if kind == "barcode":
                kind_name = e.get("symbology", template.symbology)
                sym = symbology(kind_name)
                module = e.get("module_dots", sym.module_dots) * DOT_MM
                if module < MIN_MODULE_MM[kind_name] - 1e-9:
                    thin = f"{name}: штрих тоньше {MIN_MODULE_MM[kind_name]:.3f} мм для 300 dpi."
                    problems.append(Problem(side, i, thin))
                count = len(modules(kind_name, SAMPLE_NUMBER))
                total = (count + sym.quiet_left + sym.quiet_right) * module
                if total > w + 1e-6:
                    cut = f"{name}: тихая зона обрезана ({total:.1f} мм > {w:g} мм)."
                    problems.append(Problem(side, i, cut))
    return problems
