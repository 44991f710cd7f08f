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

import base64
import io
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..paths import resource
from . import builtin_layouts
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
TYPE_TITLES = {
    "text": "текст",
    "barcode": "штрихкод",
    "image": "картинка",
    "box": "прямоугольник",
    "line": "линия",
    "card_place": "место для билета",
}
FONTS = ("regular", "bold", "italic", "narrow", "narrow_bold")
SIDE_TITLES = {"front": "лицо", "back": "оборот"}
BLEED = 3.0
MAX_IMAGE_BYTES = 2 * 2**20  # an emblem or a logo; a bigger file only slows every card


@dataclass
class CardTemplate:
    name: str
    title: str
    symbology: str
    front: list[dict[str, Any]] = field(default_factory=list)
    back: list[dict[str, Any]] = field(default_factory=list)


def templates_dir() -> Path:
    return builtin_layouts.layouts_dir(builtin_layouts.CARDS)


def template_names() -> list[str]:
    return builtin_layouts.names(builtin_layouts.CARDS)


def load_template(name: str = "default") -> CardTemplate:
    path = templates_dir() / f"{name}.json"
    if not path.is_file():
        known = ", ".join(template_names())
        raise ValidationError(f"Шаблона билета «{name}» нет; есть: {known}.")
    return parse_template(json.loads(path.read_text(encoding="utf-8")), name)


def parse_template(data: dict[str, Any], name: str = "") -> CardTemplate:
    """Check a template's elements once, so drawing a thousand cards needs no checks.
    A layout from elsewhere with anything wrong is refused whole, naming the element."""
    if not isinstance(data, dict):
        raise ValidationError(f"Макет «{name}» — не описание билета.")
    symbology = data.get("symbology", "code128")
    if symbology not in SYMBOLOGIES:
        raise ValidationError(f"В макете «{name}» неизвестный штрихкод «{symbology}».")
    template = CardTemplate(
        name=str(data.get("name", name) or name),
        title=builtin_layouts.title_of(data, name),
        symbology=symbology,
    )
    for side in ("front", "back"):
        elements = data.get(side, [])
        if not isinstance(elements, list):
            raise ValidationError(f"В макете «{name}» {SIDE_TITLES[side]} — не список элементов.")
        for i, element in enumerate(elements):
            problem = element_problem(element, symbology)
            if problem:
                where = f"{SIDE_TITLES[side]}, элемент {i + 1}"
                raise ValidationError(f"Макет «{name}» ({where}): {problem}")
        setattr(template, side, list(elements))
    return template


def element_problem(
    e: Any,
    symbology: str = "code128",
    page: tuple[float, float] = (CARD_W, CARD_H),
    types: tuple[str, ...] = TYPES,
    fields: tuple[str, ...] = FIELDS,
) -> str:
    """What is wrong with one element, as the end of a Russian sentence, or ""."""
    if not isinstance(e, dict):
        return "это не элемент макета."
    kind = e.get("type")
    if kind not in types:
        return f"неизвестный тип элемента «{kind}»."
    page_w, page_h = page
    if kind == "card_place":
        x, y = e.get("x"), e.get("y")
        if not (_number(x) and _number(y)):
            return "у места для билета не указано: x, y."
        if x < 0 or y < 0 or x + CARD_W > page_w + 0.01 or y + CARD_H > page_h + 0.01:
            return f"место для билета выходит за край страницы ({page_w:g} × {page_h:g} мм)."
        return ""
    title = element_title(e)
    needed = ("x1", "y1", "x2", "y2") if kind == "line" else ("x", "y", "w", "h")
    missing = [k for k in needed if not _number(e.get(k))]
    if missing:
        return f"у элемента «{title}» не указано: {', '.join(missing)}."
    if kind == "line":
        xs, ys = (e["x1"], e["x2"]), (e["y1"], e["y2"])
        if (
            min(xs) < -BLEED
            or max(xs) > page_w + BLEED
            or min(ys) < -BLEED
            or max(ys) > page_h + BLEED
        ):
            return f"«{title}» выходит за край {_sheet(page)}."
        return ""
    x, y, w, h = e["x"], e["y"], e["w"], e["h"]
    if w <= 0 or h <= 0:
        return f"у элемента «{title}» ширина и высота должны быть больше нуля."
    if x < -0.01 or y < -0.01 or x + w > page_w + 0.01 or y + h > page_h + 0.01:
        return f"«{title}» выходит за край {_sheet(page)} ({page_w:g} × {page_h:g} мм)."
    if kind == "text":
        if not isinstance(e.get("text"), str):
            return f"у элемента «{title}» нет текста."
        if e.get("font", "regular") not in FONTS:
            return f"у элемента «{title}» неизвестный шрифт «{e.get('font')}»."
        size, min_size = e.get("size", 8), e.get("min_size", e.get("size", 8))
        if not (_number(size) and _number(min_size) and 3 <= min_size <= size <= 72):
            return f"у элемента «{title}» размер шрифта должен быть от 3 до 72 пт, минимум не больше него."
        try:
            e["text"].format_map({k: "" for k in fields})
        except (KeyError, ValueError, IndexError):
            return f"в элементе «{title}» неизвестное поле в фигурных скобках."
        if e.get("list", "") not in ("", "bullet", "number"):
            return f"у элемента «{title}» неизвестный вид списка «{e.get('list')}»."
        color = e.get("color")
        if color is not None and not (isinstance(color, str) and _HEX.match(color)):
            return f"у элемента «{title}» цвет не в виде #rrggbb."
    if kind == "barcode" and e.get("symbology", symbology) not in SYMBOLOGIES:
        return f"у элемента «{title}» неизвестный штрихкод «{e.get('symbology')}»."
    if kind == "image":
        return image_problem(e, title)
    return ""


def image_problem(e: dict[str, Any], title: str) -> str:
    data = e.get("data")
    if data:
        try:
            raw = base64.b64decode(data, validate=True)
        except (ValueError, TypeError):
            return f"картинка элемента «{title}» повреждена."
        if len(raw) > MAX_IMAGE_BYTES:
            return f"картинка элемента «{title}» больше {MAX_IMAGE_BYTES // 2**20} МБ."
        try:
            from PIL import Image

            with Image.open(io.BytesIO(raw)) as img:
                img.verify()
        except Exception:  # noqa: BLE001 - any decoder error means an unusable picture
            return f"картинка элемента «{title}» — не изображение PNG или JPEG."
        return ""
    source = e.get("source", "emblem")
    if source != "emblem" and not (
        isinstance(source, str)
        and "/" not in source
        and "\\" not in source
        and resource("images", source).is_file()
    ):
        return f"картинки «{source}» элемента «{title}» нет."
    return ""


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _sheet(page: tuple[float, float]) -> str:
    return "билета" if page == (CARD_W, CARD_H) else "страницы"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def element_title(e: dict[str, Any]) -> str:
    kind = e.get("type")
    if e.get("label"):
        return str(e["label"])
    if kind == "text":
        text = str(e.get("text", ""))
        return f"текст {text[:30]}{'…' if len(text) > 30 else ''}"
    return TYPE_TITLES.get(str(kind), str(kind))


def template_titles() -> dict[str, str]:
    return {name: load_template(name).title for name in template_names()}
