"""Booklets: 1,000 personalised booklets «Как работать в Профкардс?» in under 3 s.

    python bench/booklet_bench.py

Measures, in one run:
1. render_booklets, imposed (2,000 A4 pages) and single pages (4,000 A5 pages), where
   the four static pages are PDF form XObjects drawn once;
2. the peer: the straightforward way, drawing every static page again on every sheet
   (same reportlab, same layout and renderer, no forms);
3. end to end as the GUI/CLI do it: select 1,000 members of a demo database, give them
   card numbers, render, log the print.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.printing import booklet as bl  # noqa: E402
from app.printing.booklet_content import (  # noqa: E402
    BookletContent,
    BookletEntry,
    BookletTexts,
    default_texts,
)

COUNT = 1000


def content() -> BookletContent:
    texts = BookletTexts.from_dict(
        {**default_texts(), "organisation_name": "Курская областная организация Профсоюза"}
    )
    entries = [
        BookletEntry(
            f"Константинова{n} Александра Владимировна", f"246{n:010d}", f"МБОУ «СОШ № {n % 90}»"
        )
        for n in range(COUNT)
    ]
    return BookletContent(texts=texts, entries=entries)


def naive(booklets: BookletContent) -> bytes:
    """Every sheet draws its four pages from scratch: layout, paragraphs, image (the same
    renderer and layout, only without the form XObjects)."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=landscape(A4), initialFontName="PTSans")
    renderer = bl.renderer_for(booklets, [])
    ops = {page: renderer.member_ops(page) for page in ("page1", "page2", "page3", "page4")}
    for entry in booklets.entries:
        values = bl.member_values(entry)
        for left, right in (("page4", "page1"), ("page2", "page3")):
            c.saveState()
            c.translate(bl.SHEET_X0, 0)
            for page in (left, right):
                renderer.draw_fixed(c, page)
                renderer.draw_member(c, page, ops[page], values)
                c.translate(bl.PAGE_W, 0)
            c.restoreState()
            c.showPage()
    c.save()
    return out.getvalue()


def timed(label: str, work) -> float:
    """Wall and CPU seconds: on a shared machine the wall clock includes waiting for a core."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    size = len(result) if isinstance(result, bytes) else ""
    print(f"{label:<58} {seconds:6.2f} s (cpu {cpu:5.2f} s) {size and f'{size / 1e6:.1f} MB'}")
    return seconds


def end_to_end() -> None:
    from sqlalchemy import select

    from app.models import Member, demo, open_database
    from app.services import booklets

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        with db.session(log_changes=False) as s:
            demo.generate(s, members=5000, seed=3)
        with db.session() as s:
            ids = list(s.scalars(select(Member.id).where(Member.left_on.is_(None)).limit(COUNT)))

        def work() -> bytes:
            out = io.BytesIO()
            with db.session() as s:
                c = booklets.booklet_content(s, member_ids=ids)
                result = bl.render_booklets(c, out)
                booklets.log_booklet_print(s, result.booklets, result.pages, blank=False)
            return out.getvalue()

        timed(f"end to end: select + number + render {len(ids)} (5,000-member db)", work)
        db.close()


def main() -> None:
    booklets = content()
    bl.render_booklets(booklets, io.BytesIO())  # fonts registered, caches warm

    def ours(pages: str):
        def work() -> bytes:
            out = io.BytesIO()
            bl.render_booklets(booklets, out, pages)
            return out.getvalue()

        return work

    timed(f"render_booklets, imposed: {COUNT} booklets, {2 * COUNT} A4 pages", ours(bl.IMPOSED))
    timed(f"render_booklets, single: {COUNT} booklets, {4 * COUNT} A5 pages", ours(bl.SINGLE))
    timed(f"peer: redraw static pages per sheet, {COUNT} booklets", lambda: naive(booklets))
    end_to_end()


if __name__ == "__main__":
    main()
