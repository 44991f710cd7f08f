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

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .. import part_files
from ..errors import ProfdeskError, ValidationError
from . import fonts
from .card_renderer import CardRenderer
from .card_templates import CARD_H, CARD_W, CardTemplate
from .card_text import CardRecord, fit_text

BLEED_MM = 3.0
GUTTER_MM = 8.0  # between the bleeds of neighbouring cards on a sheet: room for crop marks
MARK_GAP_MM = 0.5  # crop marks start this far outside the bleed
MARK_LEN_MM = 3.0

Report = Callable[[int, int, str], bool]


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
