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

What goes where on the four pages is a booklet layout (app.printing.booklet_layout: the
built-in one in resources/templates/booklets, or the office's own from the designer).

Speed: the fixed elements of the four pages are drawn once, as PDF form XObjects, and every
sheet only places them and writes the member's texts (name, number…); 1,000 personalised
booklets take well under 3 s.

Text that does not fit its frame is left out from the first paragraph that does not fit, and
a warning names that paragraph; nothing is dropped silently.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from .. import part_files
from ..errors import ProfdeskError, ValidationError
from . import fonts
from .booklet_content import BookletContent, BookletEntry, default_emblem
from .booklet_layout import PAGES, BookletLayout, BookletRenderer, load_builtin, text_values
from .booklet_pages import IMPOSED, PAGE_MODES
from .card_layout import PLACE_OUTLINE_GREY

PAGE_W, PAGE_H = A5  # one booklet page, 148 x 210 mm
SHEET_W, SHEET_H = landscape(A4)  # the printed sheet, 297 x 210 mm
SHEET_X0 = (SHEET_W - 2 * PAGE_W) / 2  # 0.5 mm: the fold sits exactly in the middle

# ID-1 / CR80 (ISO/IEC 7810): the card place of the built-in layout, in points
CARD_W = 85.6 * mm
CARD_H = 53.98 * mm
CARD_X = (PAGE_W - CARD_W) / 2  # on page 3, centred
CARD_Y = PAGE_H - 24 * mm - CARD_H
OUTLINE_GREY = PLACE_OUTLINE_GREY  # the outline's colour (tests find it by this grey)

Progress = Callable[[int, int], bool]


class PrintCancelled(ProfdeskError):
    """The user pressed Cancel; no file was written."""


@dataclass
class BookletResult:
    """What was written: warnings to show the user, counts for the audit log."""

    warnings: list[str] = field(default_factory=list)
    booklets: int = 0
    pages: int = 0


# a one- or two-letter word (в, и, с, на, по, не…) never ends a line: it sticks to the next
_SHORT_WORD = re.compile(r"(?<![\w-])(\w{1,2}) (?=\S)")
# and a dash never starts one
_DASH = re.compile(r" ([—–])")


def typeset(text: str) -> str:
    """Russian line-breaking rules as non-breaking spaces."""
    return _DASH.sub("\u00a0\\1", _SHORT_WORD.sub("\\1\u00a0", text))


def member_values(entry: BookletEntry | None) -> dict[str, str]:
    """The member fields a booklet layout may use (the card's, as far as a booklet knows)."""
    if entry is None:
        return {}
    parts = (entry.last_name, entry.first_name, entry.patronymic)
    return {
        "last_name": entry.last_name,
        "first_name": entry.first_name,
        "patronymic": entry.patronymic,
        "full_name": entry.full_name,
        "first_and_patronymic": " ".join(p for p in parts[1:] if p),
        "organisation": entry.organisation_full or entry.organisation,
        "organisation_short": entry.organisation,
        "region": entry.region,
        "card_number": entry.card_number,
    }


def _emblem(path: Path | None, warnings: list[str]) -> str:
    if path is not None:
        try:
            ImageReader(str(path)).getSize()
            return str(path)
        except Exception:  # noqa: BLE001 - any unreadable image falls back, with a warning
            warnings.append(
                f"Файл эмблемы «{path}» не открывается как рисунок: напечатана эмблема по умолчанию."
            )
    return str(default_emblem())


def renderer_for(content: BookletContent, warnings: list[str]) -> BookletRenderer:
    layout = content.layout if content.layout is not None else load_builtin("default")
    assert isinstance(layout, BookletLayout)
    emblem = _emblem(content.emblem_path, warnings)
    return BookletRenderer(layout, text_values(content.texts, typeset), emblem)


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
    warnings: list[str] = []
    renderer = renderer_for(content, warnings)
    warnings += renderer.fixed_warnings()
    placeholders = content.texts.placeholders()
    if placeholders:
        shown = ", ".join(placeholders[:4])
        if len(placeholders) > 4:
            shown += f" и ещё {len(placeholders) - 4}"
        warnings.append(f"В тексте остались места для заполнения: {shown}.")

    target_path = None if hasattr(out, "write") else Path(out)
    sheet = _Sheet(renderer)
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
        for page in PAGES:
            c.beginForm(page, 0, 0, PAGE_W, PAGE_H)
            renderer.draw_fixed(c, page)
            c.endForm()

        entries: list[BookletEntry | None] = list(content.entries) or [None] * total
        pdf_pages = 0
        for done, entry in enumerate(entries):
            if progress is not None and done % 50 == 0 and not progress(done, total):
                raise PrintCancelled("Печать буклетов отменена: файл не создан.")
            values = member_values(entry)
            if pages == IMPOSED:
                pdf_pages += sheet.imposed(c, values)
            else:
                pdf_pages += sheet.single(c, values)
        c.save()
    if progress is not None:
        progress(total, total)
    if sheet.too_long:
        warnings.append(
            f"ФИО или название организации не поместились целиком в {sheet.too_long} "
            "буклетах (обрезаны «…»): проверьте их или увеличьте рамку в макете буклета."
        )
    return BookletResult(warnings=warnings, booklets=total, pages=pdf_pages)


class _Sheet:
    """Places the page forms and writes each booklet's member texts over them."""

    def __init__(self, renderer: BookletRenderer) -> None:
        self.renderer = renderer
        self.ops = {page: renderer.member_ops(page) for page in PAGES}
        self.too_long = 0

    def _member(self, c: Canvas, page: str, values: dict[str, str]) -> None:
        ops = self.ops[page]
        if not values or not ops:
            return  # a blank booklet: no name, no number
        self.renderer.draw_member(c, page, ops, values)
        if any(op[0] == "text" and self.renderer.cut(page, op, values) for op in ops):
            self.too_long += 1

    def _page(self, c: Canvas, page: str, values: dict[str, str]) -> None:
        c.doForm(page)
        self._member(c, page, values)

    def imposed(self, c: Canvas, values: dict[str, str]) -> int:
        # side one: page 4 | page 1; side two, upright (flip on the short edge): page 2 | page 3
        for left, right in (("page4", "page1"), ("page2", "page3")):
            c.saveState()
            c.translate(SHEET_X0, 0)
            self._page(c, left, values)
            c.translate(PAGE_W, 0)
            self._page(c, right, values)
            c.restoreState()
            c.showPage()
        return 2

    def single(self, c: Canvas, values: dict[str, str]) -> int:
        for page in PAGES:
            self._page(c, page, values)
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
        layout=content.layout,
    )
    return render_booklets(sample, io.BytesIO()).warnings
