"""Cards: 1,000 members front and back, against bare reportlab and against gLabels.

    python bench/cards_bench.py [--cards 1000] [--runs 3]

1. Profdesk: app.printing.cards_pdf with the default template (card-printer layout: one
   CR80 page per side), everything included: fitting names into their boxes, encoding the
   barcodes with python-barcode, drawing.
2. Bare reportlab: a plain script that draws exactly the same elements (the same strings
   at the same sizes and places, the same rectangles, the same image, the same bars),
   everything computed beforehand, so only reportlab's own drawing is timed.
   Target: Profdesk under 1.25 x this.
3. gLabels (glabels-3-batch, /work/shared/peers/glabels/card.glabels): the same members
   merged from a CSV, one front page per member. Target: Profdesk at least 8 x faster per
   front page, measured on a fronts-only run of the same members (and reported with
   the backs as well).

Times are CPU seconds (best of the runs; gLabels' from its process's rusage), because the
machine is shared with other work and the wall clock mostly measures the neighbours.

The members come from a demo database (the same seed every run).
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.models import cards as card_ops  # noqa: E402
from app.models import demo, open_database  # noqa: E402
from app.printing import fonts  # noqa: E402
from app.printing.barcodes import DOT_MM, bar_runs, modules  # noqa: E402
from app.printing.card_renderer import CardRenderer  # noqa: E402
from app.printing.card_templates import CARD_H, CARD_W, load_template  # noqa: E402
from app.printing.card_text import ASCENT, fields_of, fit_text  # noqa: E402
from app.printing.cards_pdf import card_printer_pdf  # noqa: E402

GLABELS_CARD = Path("/work/shared/peers/glabels/card.glabels")


def members(count: int, folder: Path) -> list:
    db = open_database(folder / "bench.sqlite3")
    with db.session(log_changes=False) as s:
        demo.generate(s, members=max(count * 2, 2000), seed=11)
    with db.session() as s:
        records = card_ops.prepare_print(s)[:count]
    db.close()
    return records


def plan(records: list) -> list[list[tuple]]:
    """Every page as plain drawing operations, computed outside the timing."""
    template = load_template()
    renderer = CardRenderer(template)
    pages = []
    for record in records:
        values = fields_of(record)
        for ops in (renderer.front, renderer.back):
            page: list[tuple] = []
            for op in ops:
                kind = op[0]
                if kind == "text":
                    (_, text, _dyn, font, size, min_size, max_lines, leading) = op[:8]
                    align, _valign, upper, x, top, w, h = op[8:]
                    text = text.format_map(values)
                    text = text.upper() if upper else text
                    fitted, lines = fit_text(text, font, size, min_size, w, h, max_lines, leading)
                    baseline = top - ASCENT * fitted
                    for line in lines:
                        page.append(("text", font, fitted, align, x, w, baseline, line))
                        baseline -= fitted * leading
                elif kind in ("box", "line", "image"):
                    page.append(op)
                else:
                    _, name, sym, module, x, y, w, h = op
                    bars = modules(name, values["card_number"])
                    total = (len(bars) + sym.quiet_left + sym.quiet_right) * module
                    start = round((x + (w - total) / 2 + sym.quiet_left * module) / DOT_MM) * DOT_MM
                    bottom = (CARD_H - y - h) * mm
                    rects = [
                        ((start + a * module) * mm, bottom, n * module * mm, h * mm)
                        for a, n in bar_runs(bars)
                    ]
                    white = ((start - sym.quiet_left * module) * mm, bottom, total * mm, h * mm)
                    page.append(("bars", white, rects))
            pages.append(page)
    return pages


def bare_reportlab(pages: list[list[tuple]], out: Path) -> None:
    c = Canvas(
        str(out),
        pagesize=(CARD_W * mm, CARD_H * mm),
        pageCompression=1,
        initialFontName=fonts.REGULAR,
    )
    for page in pages:
        for op in page:
            kind = op[0]
            if kind == "text":
                _, font, size, align, x, w, baseline, line = op
                c.setFillColorRGB(0, 0, 0)
                c.setFont(font, size)
                if align == "center":
                    c.drawCentredString(x + w / 2, baseline, line)
                elif align == "right":
                    c.drawRightString(x + w, baseline, line)
                else:
                    c.drawString(x, baseline, line)
            elif kind == "box":
                _, x, y, w, h, fill, stroke, _sw, _r = op
                c.setFillColor(fill)
                c.rect(x, y, w, h, stroke=0, fill=1)
            elif kind == "line":
                c.setStrokeColor(op[6])
                c.setLineWidth(op[5])
                c.line(op[1], op[2], op[3], op[4])
            elif kind == "image":
                c.drawImage(
                    op[1], op[2], op[3], op[4], op[5], mask="auto", preserveAspectRatio=True
                )
            else:
                _, white, rects = op
                c.setFillColorRGB(1, 1, 1)
                c.rect(*white, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                path = c.beginPath()
                for rect in rects:
                    path.rect(*rect)
                c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()


def glabels(records: list, folder: Path) -> float | None:
    tool = shutil.which("glabels-3-batch")
    if tool is None or not GLABELS_CARD.is_file():
        return None
    data = folder / "members.csv"
    with data.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["last_name", "first_name", "patronymic", "organization", "card_number"])
        for r in records:
            writer.writerow(
                [r.last_name, r.first_name, r.patronymic, r.organisation_name, r.card_number]
            )
    card = folder / "card.glabels"
    shutil.copyfile(GLABELS_CARD, card)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [tool, "-i", str(data), "-o", str(folder / "peer.pdf"), str(card)],
        check=True,
        capture_output=True,
        cwd=folder,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # CPU seconds, as for Profdesk
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(work) -> float:  # noqa: ANN001
    """CPU seconds of this process: on a machine shared with other work the wall clock
    says more about the neighbours than about the code."""
    start = time.process_time()
    work()
    return time.process_time() - start


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    fonts.register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        records = members(args.cards, folder)
        template = load_template()
        pages = plan(records)
        fronts_only = ("front",)
        ours, bare, fronts = [], [], []
        for _ in range(args.runs):  # interleaved, so shared-machine noise hits both alike
            ours.append(timed(lambda: card_printer_pdf(records, template, folder / "ours.pdf")))
            bare.append(timed(lambda: bare_reportlab(pages, folder / "bare.pdf")))
            fronts.append(
                timed(
                    lambda: card_printer_pdf(
                        records, template, folder / "fronts.pdf", sides=fronts_only
                    )
                )
            )
        peer = glabels(records, folder)
        ours_t, bare_t = min(ours), min(bare)
        fronts_t = min(fronts)
        n = len(records)
        print(f"machine: {os.cpu_count()} cores, {cpu_model()} (shared with parallel work)")
        print(
            f"cards: {n}, front and back ({2 * n} CR80 pages), best of {args.runs} runs, CPU seconds"
        )
        print(f"Profdesk cards_pdf:      {ours_t:7.2f} s  ({ours_t / n * 1000:.2f} ms per card)")
        print(
            f"bare reportlab, same:    {bare_t:7.2f} s  -> ratio {ours_t / bare_t:.2f} (target < 1.25)"
        )
        if peer is None:
            print("gLabels: glabels-3-batch not installed, skipped")
        else:
            print(
                f"Profdesk, fronts only:   {fronts_t:7.2f} s  ({fronts_t / n * 1000:.2f} ms per front page)"
            )
            print(
                f"gLabels, fronts only:    {peer:7.2f} s  ({peer / n * 1000:.2f} ms per front page)"
                f" -> Profdesk {peer / fronts_t:.1f}x faster per front page (target >= 8);"
                f" {peer / ours_t:.1f}x even with the backs"
            )


if __name__ == "__main__":
    main()
