"""The booklet «Как работать в Профкардс?»: one A4 sheet, both sides, folded once to A5.

Pages (A5 portrait, 148 x 210 mm):

1. the cover: title, emblem, subtitle, the regional organisation's name;
2. how to register in the PROFKARDS programme: through the mobile app and the website;
3. the place the card is mounted in (the CR80 outline 85.6 x 53.98 mm at true size,
   corner radius 3.18 mm, with diagonal slit marks at the corners that also show where
   the corners go when the card is glued), the member's full name and card number under
   it, and what the card gives;
4. the regional organisation's main directions of work and its contacts.

Imposed (the default) — an A4 landscape PDF, two PDF pages per booklet:

* side one (odd PDF pages): page 4 on the left half, page 1 (the cover) on the right;
* side two (even PDF pages): page 2 on the left half, page 3 on the right.

Orientation of side two: print duplex with **flip on the short edge**. For a landscape
sheet the short edges are its left and right sides, so the printer turns the sheet over
like a page of a book, about the vertical axis. Turned that way, the back of the right
half (the cover) becomes the left half of side two — page 2 — and the back of page 4
becomes page 3, and both sides come out upright. Side two is therefore drawn upright in
the PDF, exactly like side one, *not* rotated by 180 degrees. A printer left on "flip on
the long edge" turns the sheet about its horizontal axis: side two then comes out upside
down with pages 2 and 3 swapped, which is the first thing to check on a test sheet.

Single pages — for a print shop that imposes itself: A5 PDF pages 1, 2, 3, 4 of each
booklet in order.

Speed: the four pages are drawn once, as PDF form XObjects, and every sheet only places
them and writes the name and number; 1,000 personalised booklets take well under 3 s.

Text that does not fit its page or frame is left out from the first paragraph that does
not fit, and a warning names that paragraph; nothing is dropped silently.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer

from .. import part_files
from ..errors import ProfdeskError, ValidationError
from . import fonts
from .booklet_content import BookletContent, BookletEntry, BookletTexts, default_emblem

IMPOSED = "imposed"
SINGLE = "single"
PAGE_MODES = (IMPOSED, SINGLE)

PAGE_W, PAGE_H = A5  # one booklet page, 148 x 210 mm
SHEET_W, SHEET_H = landscape(A4)  # the printed sheet, 297 x 210 mm
SHEET_X0 = (SHEET_W - 2 * PAGE_W) / 2  # 0.5 mm: the fold sits exactly in the middle
MARGIN = 13 * mm

# ID-1 / CR80 (ISO/IEC 7810): the card place is drawn at exactly this size
CARD_W = 85.6 * mm
CARD_H = 53.98 * mm
CARD_R = 3.18 * mm
CARD_X = (PAGE_W - CARD_W) / 2  # on page 3, centred
CARD_Y = PAGE_H - 24 * mm - CARD_H
OUTLINE_GREY = 0.55  # the outline's colour (tests find it by this grey)
OUTLINE_WIDTH = 0.5
SLIT_LEG = 9 * mm  # a slit meets the outline this far from the corner along each edge
SLIT_OVERRUN = 2.5 * mm  # and goes on a little past it, so the corner slides in

BLUE = Color(0.09, 0.29, 0.59)
DARK = Color(0.12, 0.12, 0.12)
GREY = Color(0.35, 0.35, 0.35)

Progress = Callable[[int, int], bool]


class PrintCancelled(ProfdeskError):
    """The user pressed Cancel; no file was written."""


@dataclass
class BookletResult:
    """What was written: warnings to show the user, counts for the audit log."""

    warnings: list[str] = field(default_factory=list)
    booklets: int = 0
    pages: int = 0


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=11, leading=14.5, textColor=DARK, spaceAfter=5
    )
    return {
        "cover_title": ParagraphStyle(
            "cover_title",
            fontName=fonts.BOLD,
            fontSize=31,
            leading=36,
            alignment=TA_CENTER,
            textColor=BLUE,
        ),
        "cover_sub": ParagraphStyle(
            "cover_sub",
            fontName=fonts.REGULAR,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            textColor=DARK,
        ),
        "cover_org": ParagraphStyle(
            "cover_org",
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=14.5,
            alignment=TA_CENTER,
            textColor=DARK,
        ),
        "h1": ParagraphStyle(
            "h1",
            fontName=fonts.BOLD,
            fontSize=15.5,
            leading=19,
            textColor=BLUE,
            spaceAfter=6,
            alignment=TA_LEFT,
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=15,
            textColor=BLUE,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "body": body,
        "step": ParagraphStyle(
            "step",
            parent=body,
            leftIndent=18,
            bulletIndent=0,
            bulletFontName=fonts.BOLD,
            bulletFontSize=12,
            bulletColor=BLUE,
            spaceAfter=4.5,
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=13,
            bulletIndent=1,
            bulletFontName=fonts.BOLD,
            bulletColor=BLUE,
            spaceAfter=4.5,
        ),
        "contact": ParagraphStyle("contact", parent=body, spaceAfter=3),
        "contact_org": ParagraphStyle(
            "contact_org", parent=body, fontName=fonts.BOLD, spaceAfter=3
        ),
    }


# a one- or two-letter word (в, и, с, на, по, не…) never ends a line: it sticks to the next
_SHORT_WORD = re.compile(r"(?<![\w-])(\w{1,2}) (?=\S)")
# and a dash never starts one
_DASH = re.compile(r" ([—–])")


def typeset(text: str) -> str:
    """Russian line-breaking rules as non-breaking spaces."""
    return _DASH.sub("\u00a0\\1", _SHORT_WORD.sub("\\1\u00a0", text))


def _p(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    return Paragraph(escape(typeset(text)), style, bulletText=bullet)


def _first_words(flowable: Flowable, count: int = 6) -> str:
    text = flowable.getPlainText() if isinstance(flowable, Paragraph) else ""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


class _Drawer:
    """Draws the four static pages once and checks that their text fits."""

    def __init__(self, content: BookletContent) -> None:
        self.texts: BookletTexts = content.texts
        self.styles = _styles()
        self.warnings: list[str] = []
        self.emblem = self._load_emblem(content.emblem_path)

    def _load_emblem(self, path: Path | None) -> ImageReader:
        if path is not None:
            try:
                reader = ImageReader(str(path))
                reader.getSize()
                return reader
            except Exception:  # noqa: BLE001 - any unreadable image falls back, with a warning
                self.warnings.append(
                    f"Файл эмблемы «{path}» не открывается как рисунок: "
                    "напечатана эмблема по умолчанию."
                )
        return ImageReader(str(default_emblem()))

    def fill(self, c: Canvas, rect: tuple[float, float, float, float], story, where: str):
        x, y, w, h = rect
        frame = Frame(x, y, w, h, 0, 0, 0, 0, showBoundary=0)
        remaining = [f for f in story if f is not None]
        frame.addFromList(remaining, c)
        left = [f for f in remaining if isinstance(f, Paragraph)]
        if left:
            self.warnings.append(
                f"{where}: текст не помещается — не напечатано, начиная со слов "
                f"«{_first_words(left[0])}» ({_count_paragraphs(len(left))}). "
                "Сократите текст или уменьшите число пунктов."
            )

    # --- the pages, each in its own A5 coordinates ----------------------------------------
    def cover(self, c: Canvas) -> None:
        s, t = self.styles, self.texts
        width = PAGE_W - 2 * MARGIN
        title_h = 32 * mm
        self.fill(
            c,
            (MARGIN, PAGE_H - 22 * mm - title_h, width, title_h),
            [_p(t.title, s["cover_title"])],
            "Обложка, название",
        )
        size = 78 * mm
        emblem_y = PAGE_H - 22 * mm - title_h - 10 * mm - size
        c.drawImage(
            self.emblem,
            (PAGE_W - size) / 2,
            emblem_y,
            size,
            size,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )
        sub_h = 26 * mm
        self.fill(
            c,
            (MARGIN + 6 * mm, emblem_y - 8 * mm - sub_h, width - 12 * mm, sub_h),
            [_p(t.subtitle, s["cover_sub"])] if t.subtitle else [],
            "Обложка, подзаголовок",
        )
        org_h = 24 * mm
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.2)
        c.line(
            PAGE_W / 2 - 20 * mm,
            MARGIN + org_h + 4 * mm,
            PAGE_W / 2 + 20 * mm,
            MARGIN + org_h + 4 * mm,
        )
        self.fill(
            c,
            (MARGIN, MARGIN, width, org_h),
            [_p(t.organisation_name, s["cover_org"])] if t.organisation_name else [],
            "Обложка, название организации",
        )

    def page2(self, c: Canvas) -> None:
        s, t = self.styles, self.texts
        story: list[Flowable | None] = [
            _p(t.steps_heading, s["h1"]) if t.steps_heading else None,
            _p(t.steps_intro, s["body"]) if t.steps_intro else None,
            _p(t.app_heading, s["h2"]) if t.app_heading else None,
            *[_p(step, s["step"], f"{n}.") for n, step in enumerate(t.app_steps, 1)],
            _p(t.site_heading, s["h2"]) if t.site_heading else None,
            *[_p(step, s["step"], f"{n}.") for n, step in enumerate(t.site_steps, 1)],
        ]
        self.fill(c, _text_rect(), story, "Страница 2 (регистрация)")

    def page3(self, c: Canvas) -> None:
        s, t = self.styles, self.texts
        draw_card_place(c)
        top = CARD_Y - 34 * mm  # room for the name, the number and the organisation
        story: list[Flowable | None] = [
            _p(t.benefits_heading, s["h2"]) if t.benefits_heading else None,
            *[_p(par, s["body"]) for par in t.benefits],
        ]
        self.fill(
            c,
            (MARGIN, MARGIN, PAGE_W - 2 * MARGIN, top - MARGIN),
            story,
            "Страница 3 (место для билета)",
        )

    def page4(self, c: Canvas) -> None:
        s, t = self.styles, self.texts
        story: list[Flowable | None] = [
            _p(t.directions_heading, s["h1"]) if t.directions_heading else None,
            *[_p(item, s["bullet"], "•") for item in t.directions],
            Spacer(1, 6 * mm) if t.contacts or t.contacts_heading else None,
            _p(t.contacts_heading, s["h1"]) if t.contacts_heading else None,
            _p(t.organisation_name, s["contact_org"])
            if t.organisation_name and (t.contacts or t.contacts_heading)
            else None,
            *[_p(line, s["contact"]) for line in t.contacts],
        ]
        self.fill(c, _text_rect(), story, "Страница 4 (направления работы и контакты)")
        size = 16 * mm
        c.drawImage(
            self.emblem,
            (PAGE_W - size) / 2,
            MARGIN - 4 * mm,
            size,
            size,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )


def _text_rect() -> tuple[float, float, float, float]:
    # the bottom 14 mm of pages 2 and 4 stay free (page 4 has the small emblem there)
    return (MARGIN, MARGIN + 14 * mm, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN - 14 * mm)


def _count_paragraphs(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        word = "абзац"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "абзаца"
    else:
        word = "абзацев"
    return f"{n} {word}"


def draw_card_place(c: Canvas, x: float = CARD_X, y: float = CARD_Y) -> None:
    """The CR80 outline at true size with diagonal slit marks at its four corners."""
    c.saveState()
    c.setStrokeGray(OUTLINE_GREY)
    c.setLineWidth(OUTLINE_WIDTH)
    c.roundRect(x, y, CARD_W, CARD_H, CARD_R, stroke=1, fill=0)
    c.setStrokeGray(0.25)
    c.setLineWidth(0.6)
    c.setDash(2.2, 1.6)
    corners = ((x, y, 1, 1), (x + CARD_W, y, -1, 1), (x, y + CARD_H, 1, -1))
    corners += ((x + CARD_W, y + CARD_H, -1, -1),)
    unit = SLIT_OVERRUN / (2**0.5)
    for cx, cy, dx, dy in corners:
        # from a point on the horizontal edge to a point on the vertical edge, extended
        x1, y1 = cx + dx * SLIT_LEG, cy
        x2, y2 = cx, cy + dy * SLIT_LEG
        c.line(x1 + dx * unit, y1 - dy * unit, x2 - dx * unit, y2 + dy * unit)
    c.setFillGray(0.72)
    c.setFont(fonts.REGULAR, 9)
    c.drawCentredString(x + CARD_W / 2, y + CARD_H / 2 + 2, "Место для профсоюзного билета")
    c.restoreState()


class _Personaliser:
    """Writes the name and number under the card place; counts lines that overflow.

    A long name or organisation is set narrower, then smaller, then on two lines; it is
    never shortened. Whatever is still wider than the page is counted for a warning.
    """

    NAME = ((fonts.BOLD, 13), (fonts.NARROW_BOLD, 13), (fonts.NARROW_BOLD, 11))
    ORG = ((fonts.NARROW, 8.5), (fonts.NARROW, 7.5))
    MAX_W = PAGE_W - 2 * MARGIN

    def __init__(self) -> None:
        self.too_long = 0

    def draw(self, c: Canvas, entry: BookletEntry, x0: float) -> None:
        centre = x0 + PAGE_W / 2
        y = CARD_Y - 9 * mm
        c.setFillColor(DARK)
        for font, size, text in self._lines(entry.full_name, self.NAME):
            c.setFont(font, size)
            c.drawCentredString(centre, y, text)
            y -= size + 2
        y -= 2
        if entry.card_number:
            c.setFont(fonts.REGULAR, 11)
            c.drawCentredString(centre, y, f"Билет № {entry.card_number}")
            y -= 13
        if entry.organisation:
            c.setFillColor(GREY)
            for font, size, text in self._lines(entry.organisation, self.ORG):
                c.setFont(font, size)
                c.drawCentredString(centre, y, text)
                y -= size + 1.5

    def _lines(self, text: str, faces) -> list[tuple[str, float, str]]:  # noqa: ANN001
        for font, size in faces:
            if stringWidth(text, font, size) <= self.MAX_W:
                return [(font, size, text)]
        font, size = faces[-1]
        words = text.split()
        if len(words) < 2:
            self.too_long += 1
            return [(font, size, text)]
        # two lines, broken at the space that makes the longer line shortest
        best = min(
            range(1, len(words)),
            key=lambda i: max(
                stringWidth(" ".join(words[:i]), font, size),
                stringWidth(" ".join(words[i:]), font, size),
            ),
        )
        lines = [" ".join(words[:best]), " ".join(words[best:])]
        if max(stringWidth(line, font, size) for line in lines) > self.MAX_W:
            self.too_long += 1
        return [(font, size, line) for line in lines]


def render_booklets(
    content: BookletContent,
    out: Path | str | BinaryIO,
    pages: str = IMPOSED,
    progress: Progress | None = None,
) -> BookletResult:
    """Write the booklets to `out` (a path, written via a temporary file, or a binary file).

    `progress(done, total)` is called now and then; when it returns False the run stops
    and no file is left behind.
    """
    if pages not in PAGE_MODES:
        raise ValidationError("Раскладка страниц — imposed (для дуплекса) или single (по одной).")
    total = content.booklet_count
    if total <= 0:
        raise ValidationError("Печатать нечего: нет ни одного члена Профсоюза в выборке.")
    with _binary_streams():
        return _render(content, out, pages, progress, total)


@contextlib.contextmanager
def _binary_streams():
    """Flate-only streams, no ASCII85 on top: a third faster to write and a smaller file."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _render(
    content: BookletContent,
    out: Path | str | BinaryIO,
    pages: str,
    progress: Progress | None,
    total: int,
) -> BookletResult:
    drawer = _Drawer(content)
    placeholders = content.texts.placeholders()
    if placeholders:
        shown = ", ".join(placeholders[:4])
        if len(placeholders) > 4:
            shown += f" и ещё {len(placeholders) - 4}"
        drawer.warnings.append(f"В тексте остались места для заполнения: {shown}.")

    target_path = None if hasattr(out, "write") else Path(out)
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(part_files.writing(target_path)) if target_path else None
        size = landscape(A4) if pages == IMPOSED else A5
        c = Canvas(
            str(tmp) if tmp else out,
            pagesize=size,
            pageCompression=1,
            initialFontName=fonts.REGULAR,  # no unembedded Helvetica in the file
        )
        c.setTitle(content.texts.title or "Буклет")
        c.setAuthor("Profdesk")
        c.setSubject("Буклет «Как работать в Профкардс?»")
        for number, draw in enumerate((drawer.cover, drawer.page2, drawer.page3, drawer.page4), 1):
            c.beginForm(f"page{number}", 0, 0, PAGE_W, PAGE_H)
            draw(c)
            c.endForm()

        personaliser = _Personaliser()
        entries: list[BookletEntry | None] = list(content.entries) or [None] * total
        pdf_pages = 0
        for done, entry in enumerate(entries):
            if progress is not None and done % 50 == 0 and not progress(done, total):
                raise PrintCancelled("Печать буклетов отменена: файл не создан.")
            if pages == IMPOSED:
                pdf_pages += _imposed_sheet(c, entry, personaliser)
            else:
                pdf_pages += _single_pages(c, entry, personaliser)
        c.save()
    if progress is not None:
        progress(total, total)
    if personaliser.too_long:
        drawer.warnings.append(
            f"ФИО или название организации шире страницы в {personaliser.too_long} "
            "буклетах (напечатано целиком, но выходит за поля): проверьте их."
        )
    return BookletResult(warnings=drawer.warnings, booklets=total, pages=pdf_pages)


def _imposed_sheet(c: Canvas, entry: BookletEntry | None, personaliser: _Personaliser) -> int:
    # side one: page 4 | page 1
    c.saveState()
    c.translate(SHEET_X0, 0)
    c.doForm("page4")
    c.translate(PAGE_W, 0)
    c.doForm("page1")
    c.restoreState()
    c.showPage()
    # side two, upright (flip on the short edge): page 2 | page 3
    c.saveState()
    c.translate(SHEET_X0, 0)
    c.doForm("page2")
    c.translate(PAGE_W, 0)
    c.doForm("page3")
    c.restoreState()
    if entry is not None:
        personaliser.draw(c, entry, SHEET_X0 + PAGE_W)
    c.showPage()
    return 2


def _single_pages(c: Canvas, entry: BookletEntry | None, personaliser: _Personaliser) -> int:
    for number in (1, 2, 3, 4):
        c.doForm(f"page{number}")
        if number == 3 and entry is not None:
            personaliser.draw(c, entry, 0)
        c.showPage()
    return 4


def check_texts(content: BookletContent) -> list[str]:
    """The warnings a print run would give, without keeping the PDF (for the editor)."""
    import io

    sample = BookletContent(
        texts=content.texts,
        emblem_path=content.emblem_path,
        entries=content.entries[:1],
        blank_count=1,
    )
    return render_booklets(sample, io.BytesIO()).warnings
