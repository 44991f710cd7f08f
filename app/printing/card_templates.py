"""Card templates: JSON files in resources/templates/cards/, front and back element lists.

Positions and sizes are in millimetres from the top-left corner of the card's trim
(85.6 x 53.98 mm). Element types:

- text: "text" with fields {last_name} {first_name} {patronymic} {full_name}
  {first_and_patronymic} {organisation} {organisation_short} {region} {card_number}; "font" (regular, bold,
  italic, narrow, narrow_bold), "size" and "min_size" in points, "max_lines", "align"
  (left, center, right), "valign" (top, middle, bottom), "upper", "leading". The text
  shrinks down to min_size and wraps up to max_lines to stay in its box; what still does
  not fit is cut with "…". Text is always pure black (the K panel of a card printer).
- barcode: the card number as "symbology" (code128, ean13; default the template's),
  "h" bar height; centred in its box with quiet zones, bars always pure black.
- image: "source" "emblem" (the office's own image if chosen, else the program's) or a
  file under resources/images; drawn inside its box keeping proportions.
- box: "fill" and/or "stroke" colour ("#rrggbb"), "stroke_width" mm, "radius" mm;
  "bleed": true extends the sides lying on the trim edge by the bleed.
- line: "x1" "y1" "x2" "y2", "width" mm, "color".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..paths import resource
from .barcodes import SYMBOLOGIES

CARD_W = 85.6
CARD_H = 53.98
SAFE_MM = 3.0  # text and logos keep at least this far inside the trim

FIELDS = (
    "last_name",
    "first_name",
    "patronymic",
    "full_name",
    "first_and_patronymic",
    "organisation",
    "organisation_short",
    "region",
    "card_number",
)
TYPES = ("text", "barcode", "image", "box", "line")


@dataclass
class CardTemplate:
    name: str
    title: str
    symbology: str
    front: list[dict[str, Any]] = field(default_factory=list)
    back: list[dict[str, Any]] = field(default_factory=list)


def templates_dir() -> Path:
    return resource("templates", "cards")


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.json"))


def load_template(name: str = "default") -> CardTemplate:
    path = templates_dir() / f"{name}.json"
    if not path.is_file():
        known = ", ".join(template_names())
        raise ValidationError(f"Шаблона билета «{name}» нет; есть: {known}.")
    return parse_template(json.loads(path.read_text(encoding="utf-8")), name)


def parse_template(data: dict[str, Any], name: str = "") -> CardTemplate:
    """Check a template's elements once, so drawing a thousand cards needs no checks."""
    symbology = data.get("symbology", "code128")
    if symbology not in SYMBOLOGIES:
        raise ValidationError(f"В шаблоне «{name}» неизвестный штрихкод «{symbology}».")
    template = CardTemplate(
        name=data.get("name", name) or name,
        title=data.get("title", name),
        symbology=symbology,
    )
    for side in ("front", "back"):
        elements = []
        for i, element in enumerate(data.get(side, [])):
            kind = element.get("type")
            if kind not in TYPES:
                raise ValidationError(
                    f"В шаблоне «{name}» ({side}, {i + 1}) неизвестный тип «{kind}»."
                )
            if kind == "line":
                needed: tuple[str, ...] = ("x1", "y1", "x2", "y2")
            else:
                needed = ("x", "y", "w", "h")
            missing = [k for k in needed if not isinstance(element.get(k), int | float)]
            if missing:
                raise ValidationError(
                    f"В шаблоне «{name}» ({side}, {i + 1}) не указано: {', '.join(missing)}."
                )
            if kind == "barcode" and element.get("symbology", symbology) not in SYMBOLOGIES:
                raise ValidationError(f"В шаблоне «{name}» неизвестный штрихкод.")
            elements.append(element)
        setattr(template, side, elements)
    return template


def template_titles() -> dict[str, str]:
    return {name: load_template(name).title for name in template_names()}
