"""One card side (or booklet page) drawn from a template: the elements prepared once, then
drawn for each member onto a reportlab canvas.

Moved out of app.printing.cards_pdf (issue 18), which lays the cards out on pages.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ..errors import ValidationError
from ..paths import resource
from . import fonts
from .barcodes import DOT_MM, bar_runs, modules, symbology
from .card_templates import CARD_H, CARD_W, CardTemplate
from .card_text import ASCENT, FONT_NAMES, CardRecord, _height, fields_of, fit_text


def _color(value: str | None) -> Any:
    return HexColor(value) if value else None


class CardRenderer:
    """A template made ready to draw many cards fast: the checks and conversions done once."""

    def __init__(
        self,
        template: CardTemplate,
        emblem: str | Path | None = None,
        bleed_mm: float = 0.0,
        page: tuple[float, float] = (CARD_W, CARD_H),
    ) -> None:
        fonts.register_fonts()
        self.template = template
        self.page_w, self.page_h = page  # a card side, or a booklet page (app.printing.booklet)
        emblem_file = Path(emblem) if emblem else resource("images", "emblem.png")
        if not emblem_file.is_file():
            raise ValidationError(f"Файл эмблемы «{emblem_file}» не найден: выберите другой.")
        self.emblem = str(emblem_file)
        self.bleed = bleed_mm
        self.front = [self._prepare(e) for e in template.front]
        self.back = [self._prepare(e) for e in template.back]
        self._fits: dict[tuple[int, str], tuple[float, list]] = {}
        self._shown: dict[int, tuple[dict[str, Any], tuple]] = {}

    def visible_op(self, e: dict[str, Any]) -> tuple:
        """A hidden element prepared as if shown: the designer draws it faintly."""
        found = self._shown.get(id(e))
        if found is None or found[0] is not e:
            found = (e, self._prepare({**e, "hidden": False}))
            self._shown[id(e)] = found  # e is kept alive with it: the id is not reused
        return found[1]

    def image_source(self, e: dict[str, Any]) -> Any:
        """A file path, or for an office layout's embedded image (base64 "data") a reader."""
        if e.get("data"):
            return ImageReader(io.BytesIO(base64.b64decode(e["data"])))
        source = e.get("source", "emblem")
        return self.emblem if source == "emblem" else str(resource("images", source))

    def _prepare(self, e: dict[str, Any]) -> tuple:
        kind = e["type"]
        W, H = self.page_w, self.page_h  # noqa: N806 - the sheet, as the constants were
        if e.get("hidden"):
            return ("hidden",)  # kept in the list so ops and elements stay side by side
        if kind == "card_place":
            return ("card_place", e["x"], e["y"])
        if kind == "line":
            return (
                "line",
                e["x1"] * mm,
                (H - e["y1"]) * mm,
                e["x2"] * mm,
                (H - e["y2"]) * mm,
                e.get("width", 0.3) * mm,
                _color(e.get("color", "#000000")),
            )
        x, y, w, h = e["x"], e["y"], e["w"], e["h"]
        if kind == "box":
            b = self.bleed
            left = x - (b if x <= 0.01 else 0)
            right = x + w + (b if x + w >= W - 0.01 else 0)
            top = y - (b if y <= 0.01 else 0)
            bottom = y + h + (b if y + h >= H - 0.01 else 0)
            return (
                "box",
                left * mm,
                (H - bottom) * mm,
                (right - left) * mm,
                (bottom - top) * mm,
                _color(e.get("fill")),
                _color(e.get("stroke")),
                e.get("stroke_width", 0.3) * mm,
                e.get("radius", 0) * mm,
            )
        if kind == "image":
            return ("image", self.image_source(e), x * mm, (H - y - h) * mm, w * mm, h * mm)
        if kind == "barcode":
            kind_name = e.get("symbology", self.template.symbology)
            sym = symbology(kind_name)
            module = e.get("module_dots", sym.module_dots) * DOT_MM
            return ("barcode", kind_name, sym, module, x, y, w, h)
        # text
        font = FONT_NAMES.get(e.get("font", "regular"), fonts.REGULAR)
        size = float(e.get("size", 8))
        return (
            "text",
            e["text"],
            "{" in e["text"],
            font,
            size,
            float(e.get("min_size", size)),
            int(e.get("max_lines", 1)),
            float(e.get("leading", 1.15)),
            e.get("align", "left"),
            e.get("valign", "top"),
            bool(e.get("upper", False)),
            x * mm,
            (H - y) * mm,
            w * mm,
            h * mm,
            _color(e.get("color")),  # 15: black unless the layout says (booklets only)
            e.get("list", ""),  # 16: "", "bullet", "number": each line of the text a paragraph
        )

    def draw(self, c: Canvas, record: CardRecord, side: str) -> None:
        """Draw one side with the card's trim bottom-left at the canvas origin."""
        ops = self.front if side == "front" else self.back
        self.draw_ops(c, ops, fields_of(record))

    def draw_ops(self, c: Canvas, ops: list[tuple], values: dict[str, str]) -> None:
        c.setFillColorRGB(0, 0, 0)
        texts = None  # neighbouring text elements share one PDF text object (BT ... ET)
        for op in ops:
            kind = op[0]
            if kind == "hidden":
                continue
            if kind == "text":
                if texts is None:
                    texts = c.beginText()
                    texts.setFillColorRGB(0, 0, 0)
                self._text(texts, op, values)
                continue
            if texts is not None:
                c.drawText(texts)
                texts = None
            if kind == "box":
                self._box(c, op)
            elif kind == "barcode":
                self._barcode(c, op, values["card_number"])
            elif kind == "image":
                c.drawImage(
                    op[1], op[2], op[3], op[4], op[5], mask="auto", preserveAspectRatio=True
                )
            elif kind == "card_place":
                from .card_layout import draw_card_place_pdf

                draw_card_place_pdf(c, op[1], op[2], self.page_h)
            else:
                c.setStrokeColor(op[6])
                c.setLineWidth(op[5])
                c.line(op[1], op[2], op[3], op[4])
        if texts is not None:
            c.drawText(texts)

    def _fit(self, op: tuple, text: str) -> tuple[float, list[tuple[str, float, float, float]]]:
        """Fitted size and (line, width, indent, gap above) in points, remembered: organisation and region names and
        many first names repeat from card to card."""
        key = (id(op), text)
        found = self._fits.get(key)
        if found is None:
            (_, _t, _d, font, size, min_size, max_lines, leading) = op[:8]
            if op[16] or "\n" in text:  # paragraphs (a booklet's steps, its directions)
                from .paragraphs import fit_paragraphs

                fitted, lines = fit_paragraphs(
                    text, font, size, min_size, op[13], op[14], max_lines, leading, op[16]
                )
            else:
                fitted, plain = fit_text(
                    text, font, size, min_size, op[13], op[14], max_lines, leading
                )
                lines = [(line, 0.0, 0.0) for line in plain]
            found = (
                fitted,
                [(line, stringWidth(line, font, fitted), at, gap) for line, at, gap in lines],
            )
            if len(self._fits) > 50000:
                self._fits.clear()
            self._fits[key] = found
        return found

    def text_lines(
        self, op: tuple, values: dict[str, str]
    ) -> tuple[float, list[tuple[str, float, float, float]]]:
        """The fitted size and each line as (text, x, baseline, width) in points from the
        card's bottom-left: what the PDF draws and what the designer's canvas draws."""
        text, dynamic, leading = op[1], op[2], op[7]
        align, valign, upper, x, top, w, h = op[8:15]
        if dynamic:
            text = text.format_map(values)
        if upper:
            text = text.upper()
        fitted, lines = self._fit(op, text)
        if not lines:
            return fitted, []
        used = _height(fitted, len(lines), leading) + sum(line[3] for line in lines)
        if valign == "middle":
            top -= (h - used) / 2
        elif valign == "bottom":
            top -= h - used
        baseline = top - ASCENT * fitted
        step = fitted * leading
        out = []
        for n, (line, width, indent, gap) in enumerate(lines):
            if n:
                baseline -= step + gap
            if align == "center":
                left = x + indent + (w - indent - width) / 2
            elif align == "right":
                left = x + w - width
            else:
                left = x + indent
            out.append((line, left, baseline, width))
        return fitted, out

    def _text(self, t: PDFTextObject, op: tuple, values: dict[str, str]) -> None:
        fitted, lines = self.text_lines(op, values)
        if not lines:
            return
        if op[15] is not None:  # a booklet's coloured heading; a card's text stays pure black
            t.setFillColor(op[15])
        t.setFont(op[3], fitted)
        for line, left, baseline, _width in lines:
            t.setTextOrigin(left, baseline)
            t.textOut(line)
        if op[15] is not None:
            t.setFillColorRGB(0, 0, 0)

    @staticmethod
    def _box(c: Canvas, op: tuple) -> None:
        _, x, y, w, h, fill, stroke, stroke_width, radius = op
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(stroke_width)
        if radius:
            c.roundRect(
                x, y, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None)
            )
        else:
            c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    @staticmethod
    def barcode_geometry(op: tuple, number: str) -> tuple[list[tuple[float, float]], float, float]:
        """Bars as (left, width) in mm from the card's left edge, the quiet-zone box's left
        and width in mm: what the PDF draws and what the designer shows."""
        _, kind, sym, module, x, _y, w, _h = op
        bars = modules(kind, number)
        total = (len(bars) + sym.quiet_left + sym.quiet_right) * module
        if total > w + 1e-6:
            raise ValidationError(
                f"Штрихкод номера {number} шире своего места в шаблоне ({total:.1f} мм > {w} мм)."
            )
        # the first bar starts on a whole 300-dpi dot from the card's edge
        start = round((x + (w - total) / 2 + sym.quiet_left * module) / DOT_MM) * DOT_MM
        runs = [(start + first * module, count * module) for first, count in bar_runs(bars)]
        return runs, start - sym.quiet_left * module, total

    def _barcode(self, c: Canvas, op: tuple, number: str) -> None:
        if not number:
            return
        y, h = op[5], op[7]
        runs, quiet_left, total = self.barcode_geometry(op, number)
        bottom = (self.page_h - y - h) * mm
        c.setFillColorRGB(1, 1, 1)  # the quiet zones stay white whatever is under them
        c.rect(quiet_left * mm, bottom, total * mm, h * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        path = c.beginPath()
        for left, width in runs:
            path.rect(left * mm, bottom, width * mm, h * mm)
        c.drawPath(path, stroke=0, fill=1)
