"""The checks of a card layout that need no member: the 3 mm safe area and the barcodes.

Moved out of app.printing.card_layout, which places elements with reportlab's metrics, so
that the fit check of the CLI reads a layout's problems without importing reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass

from .barcodes import DOT_MM
from .card_templates import CARD_H, CARD_W, SAFE_MM, CardTemplate, element_title

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
            if kind in ("box", "line") or e.get("hidden"):
                continue  # boxes and lines may bleed; a hidden element does not print
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
