"""Cards to PDF: the card-printer layout, A4 sheets for a print shop, the calibration page.

Plain records in (anything with last_name, first_name, patronymic, organisation_name,
organisation_short_name, region_name and card_number: app.models.print_selection's
PrintRecord), a PDF out. The preview shows this PDF and the printer gets this PDF; a card is
never drawn anywhere else.

- Card printer: one CR80 page (85.6 x 53.98 mm) per side, front then back of each member;
  the back turned 180 degrees and both sides shifted by the printer profile's offsets.
  Without duplex all fronts come first, then all backs in the same order.
- A4: 2 x 4 cards with 3 mm bleed and crop marks outside the bleed; a sheet of fronts,
  then the sheet of the same cards' backs mirrored left-right, so that printed double-sided
  (flip on the long edge) every back lands behind its own front.
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from .. import part_files
from ..errors import ProfdeskError, ValidationError
from ..paths import resource
from . import fonts
from .barcodes import DOT_MM, bar_runs, modules, symbology
from .card_templates import CARD_H, CARD_W, CardTemplate

BLEED_MM = 3.0
GUTTER_MM = 8.0  # between the bleeds of neighbouring cards on a sheet: room for crop marks
MARK_GAP_MM = 0.5  # crop marks start this far outside the bleed
MARK_LEN_MM = 3.0
ASCENT = 0.80  # of the font size, above the baseline (capitals with accents)
DESCENT = 0.22
ELLIPSIS = "…"

Report = Callable[[int, int, str], bool]

FONT_NAMES = {
    "regular": fonts.REGULAR,
    "bold": fonts.BOLD,
    "italic": fonts.ITALIC,
    "narrow": fonts.NARROW,
    "narrow_bold": fonts.NARROW_BOLD,
}


class CardRecord(Protocol):
    last_name: str
    first_name: str
    patronymic: str
    organisation_name: str
    organisation_short_name: str
    region_name: str
    card_number: str | None


@dataclass(frozen=True)
class PrinterProfile:
    """How one printer is off: offsets in mm (right and down are positive), back turning."""

    name: str = ""
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    back_offset_x_mm: float = 0.0
    back_offset_y_mm: float = 0.0
    rotate_back: bool = False
    duplex: bool = True

    @classmethod
    def from_dict(cls, name: str, values: dict[str, Any]) -> PrinterProfile:
        known = {k: values[k] for k in cls.__dataclass_fields__ if k in values and k != "name"}
        return cls(name=name, **known)


def fields_of(record: CardRecord) -> dict[str, str]:
    parts = (record.last_name, record.first_name, record.patronymic)
    return {
        "last_name": record.last_name or "",
        "first_name": record.first_name or "",
        "patronymic": record.patronymic or "",
        "full_name": " ".join(p for p in parts if p),
        "first_and_patronymic": " ".join(p for p in parts[1:] if p),
        "organisation": record.organisation_name or "",
        "organisation_short": record.organisation_short_name or record.organisation_name or "",
        "region": record.region_name or "",
        "card_number": record.card_number or "",
    }


# --- fitting text into a box -----------------------------------------------------------------
def _height(size: float, lines: int, leading: float) -> float:
    return size * ((lines - 1) * leading + ASCENT + DESCENT)


_SPACES = re.compile(r"[ \t\r\n]+")


def squash(text: str) -> str:
    """Runs of spaces made one; a non-breaking space (a booklet's «в\u00a0Профкардс») stays."""
    return _SPACES.sub(" ", text).strip(" ")


def _truncate(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def _wrap(widths: list[float], space: float, width: float) -> list[tuple[int, int]] | None:
    """Greedy lines as (first word, end) ranges; None when one word alone is too wide."""
    lines: list[tuple[int, int]] = []
    start, used = 0, -1.0
    for i, w in enumerate(widths):
        if w > width:
            return None
        if used < 0:
            used = w
        elif used + space + w <= width:
            used += space + w
        else:
            lines.append((start, i))
            start, used = i, w
    lines.append((start, len(widths)))
    return lines


def fit_text(
    text: str,
    font: str,
    size: float,
    min_size: float,
    width: float,
    height: float,
    max_lines: int = 1,
    leading: float = 1.15,
) -> tuple[float, list[str]]:
    """The largest size (down to min_size) and lines that keep `text` inside width x height
    (points). What does not fit even at min_size is cut with an ellipsis: never outside."""
    text = squash(text)
    if not text:
        return size, []
    size = min(size, height / (ASCENT + DESCENT))
    min_size = min(min_size, size)
    unit = stringWidth(text, font, 1)
    if unit * size <= width:
        return size, [text]
    if max_lines <= 1 or " " not in text:
        fitted = math.floor(min(size, width / unit) * 10) / 10
        if fitted >= min_size:
            return fitted, [text]
        return min_size, [_truncate(text, font, min_size, width)]
    words = text.split(" ")
    widths = [stringWidth(w, font, 1) for w in words]
    space = stringWidth(" ", font, 1)
    s = size
    while s >= min_size - 1e-9:
        lines = _wrap(widths, space, width / s)
        if (
            lines is not None
            and len(lines) <= max_lines
            and _height(s, len(lines), leading) <= height
        ):
            return s, [" ".join(words[a:b]) for a, b in lines]
        s = round(s - 0.25, 2)
    # even the smallest size does not fit: as many lines as the box holds, the rest cut
    s = min_size
    room = max(1, min(max_lines, int((height / s - ASCENT - DESCENT) / leading) + 1))
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, s) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > room:
        out = out[: room - 1] + [" ".join(out[room - 1 :])]
    return s, [_truncate(line, font, s, width) for line in out]


# --- one card ---------------------------------------------------------------------------------
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


# --- layouts ------------------------------------------------------------------------------------
def _write(out: Path, build: Callable[[Path], None]) -> Path:
    """Build into a temporary name beside `out`, then rename: never a half-written PDF."""
    with part_files.writing(Path(out)) as tmp:
        build(tmp)
    return Path(out)


def _canvas(path: Path, size: tuple[float, float], title: str) -> Canvas:
    fonts.register_fonts()
    # PT Sans from the first page on: no unembedded Helvetica in the file
    c = Canvas(str(path), pagesize=size, pageCompression=1, initialFontName=fonts.REGULAR)
    c.setTitle(title)
    c.setAuthor("Profdesk")
    c.setCreator("Profdesk")
    return c


def _check(report: Report | None, done: int, total: int) -> None:
    if report is not None and not report(done, total, ""):
        raise ProfdeskError("Печать отменена.")


def card_printer_pdf(
    records: Sequence[CardRecord],
    template: CardTemplate,
    out: Path,
    profile: PrinterProfile | None = None,
    emblem: str | Path | None = None,
    report: Report | None = None,
    sides: tuple[str, ...] = ("front", "back"),
) -> Path:
    """One CR80 page per side: front, back, front, back... (all fronts first without duplex).
    `sides=("front",)` prints fronts only, e.g. on cards with a pre-printed back."""
    profile = profile or PrinterProfile()
    renderer = CardRenderer(template, emblem)
    if any(not r.card_number for r in records):
        raise ValidationError("У некоторых членов Профсоюза нет номера билета.")

    def side_page(c: Canvas, record: CardRecord, side: str) -> None:
        if side == "front":
            c.translate(profile.offset_x_mm * mm, -profile.offset_y_mm * mm)
        else:
            c.translate(profile.back_offset_x_mm * mm, -profile.back_offset_y_mm * mm)
            if profile.rotate_back:
                c.translate(CARD_W * mm, CARD_H * mm)
                c.rotate(180)
        renderer.draw(c, record, side)
        c.showPage()

    def build(path: Path) -> None:
        c = _canvas(path, (CARD_W * mm, CARD_H * mm), "Билеты")
        total = len(records)
        if profile.duplex:
            for i, record in enumerate(records):
                if i % 50 == 0:
                    _check(report, i, total)
                for side in sides:
                    side_page(c, record, side)
        else:
            for side in sides:
                for i, record in enumerate(records):
                    if i % 50 == 0:
                        _check(report, i // 2 + (total // 2 if side == "back" else 0), total)
                    side_page(c, record, side)
        c.save()
        _check(report, total, total)

    return _write(out, build)


@dataclass(frozen=True)
class SheetGrid:
    page_w: float = A4[0] / mm
    page_h: float = A4[1] / mm
    cols: int = 2
    rows: int = 4
    bleed: float = BLEED_MM
    gutter: float = GUTTER_MM

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    def slot(self, index: int, back: bool = False) -> tuple[float, float]:
        """Top-left corner of the trim of card `index` on a sheet, mm from the page's top-left.
        A back sheet is the front sheet mirrored left-right (long-edge duplex)."""
        col, row = index % self.cols, index // self.cols
        pitch_x = CARD_W + 2 * self.bleed + self.gutter
        pitch_y = CARD_H + 2 * self.bleed + self.gutter
        used_w = self.cols * pitch_x - self.gutter
        used_h = self.rows * pitch_y - self.gutter
        x = (self.page_w - used_w) / 2 + self.bleed + col * pitch_x
        y = (self.page_h - used_h) / 2 + self.bleed + row * pitch_y
        if back:
            x = self.page_w - x - CARD_W
        return x, y


def _crop_marks(c: Canvas, grid: SheetGrid, count: int, back: bool) -> None:
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    far = grid.bleed + MARK_GAP_MM
    path = c.beginPath()
    for i in range(count):
        x, y = grid.slot(i, back)
        left, right = x * mm, (x + CARD_W) * mm
        top, bottom = (grid.page_h - y) * mm, (grid.page_h - y - CARD_H) * mm
        for edge_x, sign_x in ((left, -1), (right, 1)):
            for edge_y, sign_y in ((top, 1), (bottom, -1)):
                # horizontal mark on the trim's horizontal line, vertical on the vertical one
                path.moveTo(edge_x + sign_x * far * mm, edge_y)
                path.lineTo(edge_x + sign_x * (far + MARK_LEN_MM) * mm, edge_y)
                path.moveTo(edge_x, edge_y + sign_y * far * mm)
                path.lineTo(edge_x, edge_y + sign_y * (far + MARK_LEN_MM) * mm)
    c.drawPath(path, stroke=1, fill=0)


def a4_sheets_pdf(
    records: Sequence[CardRecord],
    template: CardTemplate,
    out: Path,
    profile: PrinterProfile | None = None,
    emblem: str | Path | None = None,
    report: Report | None = None,
    grid: SheetGrid | None = None,
) -> Path:
    """Sheets of fronts, each followed by the sheet of the same cards' backs, mirrored."""
    profile = profile or PrinterProfile()
    grid = grid or SheetGrid()
    renderer = CardRenderer(template, emblem, bleed_mm=grid.bleed)
    if any(not r.card_number for r in records):
        raise ValidationError("У некоторых членов Профсоюза нет номера билета.")

    def sheet(c: Canvas, chunk: Sequence[CardRecord], side: str) -> None:
        back = side == "back"
        dx = profile.back_offset_x_mm if back else profile.offset_x_mm
        dy = profile.back_offset_y_mm if back else profile.offset_y_mm
        c.translate(dx * mm, -dy * mm)
        for i, record in enumerate(chunk):
            x, y = grid.slot(i, back)
            c.saveState()
            c.translate(x * mm, (grid.page_h - y - CARD_H) * mm)
            clip = c.beginPath()
            b = grid.bleed * mm
            clip.rect(-b, -b, CARD_W * mm + 2 * b, CARD_H * mm + 2 * b)
            c.clipPath(clip, stroke=0, fill=0)
            renderer.draw(c, record, side)
            c.restoreState()
        _crop_marks(c, grid, len(chunk), back)
        c.showPage()

    def build(path: Path) -> None:
        c = _canvas(path, A4, "Билеты на листах A4")
        total = len(records)
        for start in range(0, total, grid.per_sheet):
            _check(report, start, total)
            chunk = records[start : start + grid.per_sheet]
            sheet(c, chunk, "front")
            sheet(c, chunk, "back")
        c.save()
        _check(report, total, total)

    return _write(out, build)


def cards_pdf(
    records: Sequence[CardRecord],
    template: CardTemplate,
    out: Path,
    layout: str = "card",
    profile: PrinterProfile | None = None,
    emblem: str | Path | None = None,
    report: Report | None = None,
) -> Path:
    if layout == "a4":
        return a4_sheets_pdf(records, template, out, profile, emblem, report)
    if layout == "card":
        return card_printer_pdf(records, template, out, profile, emblem, report)
    raise ValidationError(f"Неизвестная раскладка «{layout}»: card или a4.")


# --- calibration ------------------------------------------------------------------------------
def _ruler(c: Canvas, x0: float, y0: float, length_mm: int, horizontal: bool) -> None:
    """Ticks every millimetre from (x0, y0) in points, labelled every 10 mm."""
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.2)
    c.setFont(fonts.REGULAR, 4)
    for i in range(length_mm + 1):
        tick = (3 if i % 10 == 0 else 2 if i % 5 == 0 else 1.2) * mm
        if horizontal:
            x = x0 + i * mm
            c.line(x, y0, x, y0 - tick)
            if i % 10 == 0 and 0 < i < length_mm:
                c.drawCentredString(x, y0 - tick - 1.6 * mm, str(i))
        else:
            y = y0 - i * mm
            c.line(x0, y, x0 + tick, y)
            if i % 10 == 0 and 0 < i < length_mm:
                c.drawString(x0 + tick + 0.5 * mm, y - 0.5 * mm, str(i))


def calibration_pdf(out: Path, layout: str = "card", profile: PrinterProfile | None = None) -> Path:
    """A page to print and measure: rulers from the top-left edge and the card's outline 2 mm
    inside the trim. With the right offsets the outline is 2 mm from every edge."""
    fonts.register_fonts()
    profile = profile or PrinterProfile()
    inset = 2.0
    hint = (
        "Рамка должна отстоять от каждого края на 2 мм. Сдвинута вправо (вниз) на N мм — "
        "уменьшите смещение X (Y) на N; влево (вверх) — увеличьте."
    )

    def card_page(c: Canvas, label: str, dx: float, dy: float, rotate: bool) -> None:
        c.translate(dx * mm, -dy * mm)
        if rotate:
            c.translate(CARD_W * mm, CARD_H * mm)
            c.rotate(180)
        _outline(c, 0, 0, inset, label)
        _ruler(c, 0, CARD_H * mm, 85, True)
        _ruler(c, 0, CARD_H * mm, 53, False)
        c.setFont(fonts.REGULAR, 5)
        name = f"Профиль: {profile.name or 'без названия'}; X {profile.offset_x_mm:+.1f}, Y {profile.offset_y_mm:+.1f} мм"
        c.drawString(12 * mm, 20 * mm, name)
        _wrapped(c, hint, 12 * mm, 16 * mm, 62 * mm, 5)
        c.showPage()

    def build(path: Path) -> None:
        if layout == "card":
            c = _canvas(path, (CARD_W * mm, CARD_H * mm), "Калибровка принтера билетов")
            card_page(c, "ЛИЦО", profile.offset_x_mm, profile.offset_y_mm, False)
            card_page(
                c, "ОБОРОТ", profile.back_offset_x_mm, profile.back_offset_y_mm, profile.rotate_back
            )
        else:
            c = _canvas(path, A4, "Калибровка: билеты на листах A4")
            grid = SheetGrid()
            for back in (False, True):
                dx = profile.back_offset_x_mm if back else profile.offset_x_mm
                dy = profile.back_offset_y_mm if back else profile.offset_y_mm
                c.translate(dx * mm, -dy * mm)
                _ruler(c, 0, grid.page_h * mm, 200, True)
                _ruler(c, 0, grid.page_h * mm, 290, False)
                for i in range(grid.per_sheet):
                    x, y = grid.slot(i, back)
                    label = f"{'ОБОРОТ' if back else 'ЛИЦО'} {i + 1}"
                    _outline(c, x * mm, (grid.page_h - y - CARD_H) * mm, 0, label)
                _crop_marks(c, grid, grid.per_sheet, back)
                c.setFont(fonts.REGULAR, 8)
                c.drawString(
                    20 * mm,
                    8 * mm,
                    "Напечатайте с двух сторон (переплёт по длинному краю): рамки оборота "
                    "должны совпасть с рамками лица на просвет.",
                )
                c.showPage()
        c.save()

    return _write(out, build)


def _outline(c: Canvas, x: float, y: float, inset: float, label: str) -> None:
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    c.rect(x + inset * mm, y + inset * mm, (CARD_W - 2 * inset) * mm, (CARD_H - 2 * inset) * mm)
    cx, cy = x + CARD_W / 2 * mm, y + CARD_H / 2 * mm
    c.line(cx - 3 * mm, cy, cx + 3 * mm, cy)
    c.line(cx, cy - 3 * mm, cx, cy + 3 * mm)
    c.setFont(fonts.BOLD, 7)
    c.setFillColorRGB(0, 0, 0)
    c.drawCentredString(cx, cy + 4 * mm, label)


def _wrapped(c: Canvas, text: str, x: float, top: float, width: float, size: float) -> None:
    fitted, lines = fit_text(text, fonts.REGULAR, size, size, width, 100 * mm, 10, 1.2)
    c.setFont(fonts.REGULAR, fitted)
    for i, line in enumerate(lines):
        c.drawString(x, top - i * fitted * 1.2, line)


def page_count(records: Iterable[Any], layout: str, grid: SheetGrid | None = None) -> int:
    n = len(list(records))
    if layout == "a4":
        return 2 * math.ceil(n / (grid or SheetGrid()).per_sheet)
    return 2 * n
