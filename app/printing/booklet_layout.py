"""A booklet layout: the four A5 pages as element lists, like a card's sides.

Positions are millimetres from the page's top-left corner (148 x 210 mm). The elements are
the card's (app.printing.card_templates: text, barcode, image, box, line) plus "card_place",
the card's mounting place at true size (only its position is chosen). A text may hold
member fields ({full_name}, {card_number}, {organisation_short}…) that personalise each
booklet, and the booklet's own texts ({title}, {app_steps}…, edited in the booklet text form);
a text with "list": "bullet" or "number" sets each line of its text as a paragraph.

One renderer: BookletRenderer draws the pages' fixed elements once into PDF form XObjects and
each booklet's member texts on top; the designer's canvas draws the very same placed results
(app.printing.card_layout.place_elements).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from ..errors import ValidationError
from . import builtin_layouts
from .booklet_content import BookletTexts
from .card_layout import Placed, place_elements
from .card_renderer import CardRenderer
from .card_templates import FIELDS, TYPES, CardTemplate, element_problem, element_title
from .card_text import squash
from .paragraphs import paragraphs_of

PAGE_W_MM, PAGE_H_MM = 148.0, 210.0  # A5
PAGES = ("page1", "page2", "page3", "page4")
PAGE_TITLES = {
    "page1": "Обложка",
    "page2": "Страница 2",
    "page3": "Страница 3",
    "page4": "Страница 4",
}
BOOKLET_TYPES = (*TYPES, "card_place")
TEXT_FIELDS = tuple(BookletTexts.field_names())
ALL_FIELDS = (*FIELDS, *TEXT_FIELDS)


@dataclass
class BookletLayout:
    name: str
    title: str
    pages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, **{p: self.pages[p] for p in PAGES}}


def templates_dir():  # noqa: ANN201 - a Path
    return builtin_layouts.layouts_dir(builtin_layouts.BOOKLETS)


def builtin_names() -> list[str]:
    return builtin_layouts.names(builtin_layouts.BOOKLETS)


def load_builtin(name: str = "default") -> BookletLayout:
    path = templates_dir() / f"{name}.json"
    if not path.is_file():
        raise ValidationError(f"Макета буклета «{name}» нет; есть: {', '.join(builtin_names())}.")
    return parse_layout(json.loads(path.read_text(encoding="utf-8")), name)


def parse_layout(data: Any, name: str = "") -> BookletLayout:
    """Checked once, whole; anything wrong is refused naming the page and the element."""
    if not isinstance(data, dict):
        raise ValidationError(f"Макет «{name}» — не описание буклета.")
    layout = BookletLayout(
        str(data.get("name", name) or name), builtin_layouts.title_of(data, name)
    )
    for page in PAGES:
        elements = data.get(page, [])
        if not isinstance(elements, list):
            raise ValidationError(f"В макете «{name}» {PAGE_TITLES[page]} — не список элементов.")
        for i, e in enumerate(elements):
            problem = element_problem(
                e, "code128", (PAGE_W_MM, PAGE_H_MM), BOOKLET_TYPES, ALL_FIELDS
            )
            if problem:
                where = f"{PAGE_TITLES[page].lower()}, элемент {i + 1}"
                raise ValidationError(f"Макет буклета «{name}» ({where}): {problem}")
        layout.pages[page] = list(elements)
    places = sum(1 for p in PAGES for e in layout.pages[p] if e["type"] == "card_place")
    if places > 1:
        raise ValidationError(f"В макете буклета «{name}» больше одного места для билета.")
    return layout


def _escaped(value: str) -> str:
    return value.replace("{", "{{").replace("}", "}}")


class _KeepMember(dict):
    """format_map values: the booklet's texts filled in, member fields left for each booklet."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def text_values(texts: BookletTexts, typeset: Any = None) -> dict[str, str]:
    """The booklet's texts as fields; lists become one paragraph per line."""
    out = {}
    for key, value in texts.to_dict().items():
        text = "\n".join(value) if isinstance(value, list) else value
        if typeset is not None:
            text = "\n".join(typeset(line) for line in text.split("\n"))
        out[key] = _escaped(text)
    return out


def is_member_op(op: tuple) -> bool:
    """Drawn for each booklet: texts with member fields, barcodes of the card number."""
    return (op[0] == "text" and op[2]) or op[0] == "barcode"


class BookletRenderer:
    """The layout made ready: booklet texts filled in, each page a CardRenderer of A5 size."""

    def __init__(self, layout: BookletLayout, texts: dict[str, str], emblem: Any = None) -> None:
        self.layout = layout
        fill = _KeepMember(texts)
        self.elements: dict[str, list[dict[str, Any]]] = {}
        self.pages: dict[str, CardRenderer] = {}
        for page in PAGES:
            resolved = []
            for e in layout.pages[page]:
                if e["type"] == "text":
                    e = {**e, "text": e["text"].format_map(fill)}
                resolved.append(e)
            self.elements[page] = resolved
            template = CardTemplate(layout.name, layout.title, "code128", front=resolved)
            self.pages[page] = CardRenderer(template, emblem, page=(PAGE_W_MM, PAGE_H_MM))

    def place(self, page: str, values: dict[str, str]) -> list[Placed]:
        """What the canvas draws: every element of the page for one member."""
        renderer = self.pages[page]
        values = {**dict.fromkeys(FIELDS, ""), **values}
        return place_elements(renderer, self.elements[page], renderer.front, values)

    def draw_fixed(self, c: Any, page: str) -> None:
        renderer = self.pages[page]
        renderer.draw_ops(c, [op for op in renderer.front if not is_member_op(op)], {})

    def member_ops(self, page: str) -> list[tuple]:
        return [op for op in self.pages[page].front if is_member_op(op)]

    def draw_member(self, c: Any, page: str, ops: list[tuple], values: dict[str, str]) -> None:
        self.pages[page].draw_ops(c, ops, values)

    def cut(self, page: str, op: tuple, values: dict[str, str]) -> bool:
        """A member's text that did not fit whole (counted for one warning)."""
        text = op[1].format_map(values)
        _size, lines = self.pages[page]._fit(op, text.upper() if op[10] else text)  # noqa: SLF001
        printed = " ".join(line[0] for line in lines)
        return printed != squash(text) and not op[16]

    def fixed_warnings(self) -> list[str]:
        """Fixed texts that do not fit even at their minimum size, naming what is left out."""
        warnings = []
        for page in PAGES:
            for placed in self.place(page, {k: "" for k in FIELDS}):
                op = self.pages[page].front[placed.index]
                if placed.kind != "text" or not placed.cut or is_member_op(op):
                    continue
                e = placed.element
                where = f"{PAGE_TITLES[page]}, {element_title(e)}"
                paras = paragraphs_of(e["text"])
                printed = 1 + sum(1 for line in placed.lines[1:] if _new_para(placed, line))
                if len(paras) > 1:
                    left = paras[printed:] if placed.lines else paras
                    first = " ".join(left[0].split()[:6]) + (
                        "…" if len(left[0].split()) > 6 else ""
                    )
                    warnings.append(
                        f"{where}: текст не помещается — не напечатано, начиная со слов "
                        f"«{first}» ({_count_paragraphs(len(left))}). "
                        "Сократите текст или уменьшите число пунктов."
                    )
                else:
                    warnings.append(
                        f"{where}: текст не помещается даже при размере {placed.size:g} пт и "
                        "обрезан «…». Сократите текст или увеличьте рамку в макете."
                    )
        return warnings


def _new_para(placed: Placed, line: Any) -> bool:
    """A line that starts a paragraph after the first (it has a gap above it)."""
    index = placed.lines.index(line)
    prev = placed.lines[index - 1]
    step = placed.size * placed.element.get("leading", 1.15) / mm
    return line.baseline - prev.baseline > step + 1e-6


def _count_paragraphs(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        word = "абзац"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "абзаца"
    else:
        word = "абзацев"
    return f"{n} {word}"
