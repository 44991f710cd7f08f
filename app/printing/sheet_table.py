"""A4 sheets with a ruled table and a column to sign: the issue sheet and the organisations'
sheets share this one renderer.

It lays the rows out itself and draws straight on the canvas: a few hundred pages of
platypus tables (a Paragraph per cell) took most of the 6 s of 30 organisations' sheets.
The table's heading row is drawn once as a form XObject and placed on every page it starts,
as the booklets place their static pages. Pages say "Лист N из M" (laid out first, drawn
once the count is known).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import fonts

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 15 * mm, 15 * mm, 15 * mm, 18 * mm
SIZE, LEADING, PAD = 8.5, 10.0, 4.0  # cell text, its line height, padding above and below
TITLE_SIZE, SUB_SIZE = 12.0, 9.0
GREY = (0.91, 0.91, 0.91)


@dataclass
class Column:
    title: str
    width: float  # points
    align: str = "left"  # "left" | "right"


@dataclass
class Section:
    """One part starting on a new page: centred lines above, the table, a line to sign."""

    title: str
    subtitles: list[str]
    rows: list[list[str]]
    footer: str
    empty: str = ""  # said instead of the table when there are no rows
    _lines: list[list[list[str]]] = field(default_factory=list, repr=False)


def _wrap(text: str, width: float, font: str = fonts.REGULAR, size: float = SIZE) -> list[str]:
    if not text:
        return [""]
    if stringWidth(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) or [""]:
        lines.extend(_break_long(line, width, font, size))
    return lines


def _break_long(line: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than its column (a name typed without spaces) is broken between letters
    rather than run off the page: reportlab's simpleSplit never breaks inside a word."""
    pieces: list[str] = []
    while len(line) > 1 and stringWidth(line, font, size) > width:
        low, high = 1, len(line) - 1  # the longest start that fits: at least one letter
        while low < high:
            middle = (low + high + 1) // 2
            if stringWidth(line[:middle], font, size) <= width:
                low = middle
            else:
                high = middle - 1
        pieces.append(line[:low])
        line = line[low:]
    pieces.append(line)
    return pieces


def _row_height(lines: list[list[str]]) -> float:
    return max(len(cell) for cell in lines) * LEADING + 2 * PAD


class _Page:
    def __init__(self) -> None:
        self.ops: list[Callable[[Canvas], None]] = []


def sheet_pdf(
    sections: Sequence[Section], columns: Sequence[Column], out: Path, title: str
) -> None:
    """Write the sections to `out` (the caller writes through a temporary name)."""
    fonts.register_fonts()
    inner = [c.width - 4 for c in columns]
    head_lines = [_wrap(c.title, w, fonts.BOLD) for c, w in zip(columns, inner, strict=True)]
    head_h = _row_height(head_lines)
    table_w = sum(c.width for c in columns)
    x0 = LEFT + (PAGE_W - LEFT - RIGHT - table_w) / 2

    pages: list[_Page] = []
    page = _Page()
    y = PAGE_H - TOP

    def new_page() -> None:
        nonlocal page, y
        page = _Page()
        pages.append(page)
        y = PAGE_H - TOP

    def text_line(text: str, font: str, size: float, centred: bool = True) -> None:
        nonlocal y
        for line in _wrap(text, PAGE_W - LEFT - RIGHT, font, size):
            y -= size * 1.25
            at = y

            def draw(c: Canvas, line: str = line, at: float = at) -> None:
                c.setFont(font, size)
                if centred:
                    c.drawCentredString(PAGE_W / 2, at, line)
                else:
                    c.drawString(LEFT, at, line)

            page.ops.append(draw)

    def heading_row() -> None:
        nonlocal y
        y -= head_h
        at = y
        page.ops.append(lambda c, at=at: _place_head(c, at))

    for section in sections:
        new_page()
        text_line(section.title, fonts.BOLD, TITLE_SIZE)
        y -= 2 * mm
        for sub in section.subtitles:
            text_line(sub, fonts.REGULAR, SUB_SIZE)
        y -= 4 * mm
        if not section.rows:
            text_line(section.empty, fonts.REGULAR, SIZE, centred=False)
        else:
            heading_row()
            for row in section.rows:
                lines = [_wrap(v, w) for v, w in zip(row, inner, strict=True)]
                h = _row_height(lines)
                if y - h < BOTTOM:
                    new_page()
                    heading_row()
                y -= h
                at = y
                page.ops.append(
                    lambda c, lines=lines, at=at, h=h: _draw_row(c, columns, x0, at, h, lines)
                )
        y -= 8 * mm
        if y - LEADING * 3 < BOTTOM:
            new_page()
        text_line(section.footer, fonts.REGULAR, SIZE, centred=False)

    canvas = Canvas(str(out), pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor("Profdesk")
    canvas.setCreator("Profdesk")
    _head_form(canvas, columns, x0, head_h, head_lines)
    total = len(pages)
    for index, p in enumerate(pages, start=1):
        canvas.setLineWidth(0.4)
        for op in p.ops:
            op(canvas)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawRightString(PAGE_W - RIGHT, 10 * mm, f"Лист {index} из {total}")
        canvas.showPage()
    canvas.save()


HEAD_FORM = "sheetHead"


def _place_head(c: Canvas, at: float) -> None:
    c.saveState()
    c.translate(0, at)
    c.doForm(HEAD_FORM)
    c.restoreState()


def _head_form(
    c: Canvas, columns: Sequence[Column], x0: float, h: float, lines: list[list[str]]
) -> None:
    """The heading row, drawn once at y = 0; each page places it with a translation."""
    c.beginForm(HEAD_FORM, lowerx=0, lowery=0, upperx=PAGE_W, uppery=h)
    c.setFillColorRGB(*GREY)
    c.rect(x0, 0, sum(col.width for col in columns), h, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    _cells(c, columns, x0, 0, h, lines, fonts.BOLD, centred=True)
    c.endForm()


def _cells(
    c: Canvas,
    columns: Sequence[Column],
    x0: float,
    y: float,
    h: float,
    lines: list[list[str]],
    font: str,
    centred: bool = False,
) -> None:
    x = x0
    c.setFont(font, SIZE)
    for column, cell in zip(columns, lines, strict=True):
        c.rect(x, y, column.width, h, stroke=1, fill=0)
        top = y + h / 2 + len(cell) * LEADING / 2 - SIZE * 0.85  # centred vertically
        for i, line in enumerate(cell):
            at = top - i * LEADING
            if centred:
                c.drawCentredString(x + column.width / 2, at, line)
            elif column.align == "right":
                c.drawRightString(x + column.width - 2, at, line)
            else:
                c.drawString(x + 2, at, line)
        x += column.width


def _draw_row(
    c: Canvas, columns: Sequence[Column], x0: float, y: float, h: float, lines: list[list[str]]
) -> None:
    _cells(c, columns, x0, y, h, lines, fonts.REGULAR)
