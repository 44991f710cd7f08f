"""The booklet PDF as a user checks it: where each page sits, the card place, the text."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app.errors import ProfdeskError
from app.printing.booklet import (
    CARD_H,
    CARD_W,
    CARD_X,
    CARD_Y,
    IMPOSED,
    OUTLINE_GREY,
    PAGE_H,
    SHEET_X0,
    check_texts,
    render_booklets,
)
from app.printing.booklet_content import (
    BookletContent,
    BookletEntry,
    BookletTexts,
    default_texts,
)
from app.printing.booklet_pages import SINGLE

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
    reason="needs poppler-utils (pdftotext, pdftoppm)",
)

MM = 72 / 25.4
ORG = "Тестовая областная организация Профсоюза образования"


def texts(**changes) -> BookletTexts:
    data = {**default_texts(), "organisation_name": ORG, **changes}
    return BookletTexts.from_dict(data)


def content(entries=None, blank=0, **changes) -> BookletContent:
    return BookletContent(texts=texts(**changes), entries=entries or [], blank_count=blank)


WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(pdf: Path, page: int) -> tuple[float, float, list[tuple[float, float, str]]]:
    """(page width, page height, [(x centre, y top, word)]) with y measured from the top."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    found = [
        ((float(a) + float(c)) / 2, float(b), html.unescape(w))
        for a, b, c, _d, w in WORD.findall(out)
    ]
    return float(size.group(1)), float(size.group(2)), found


def where(found, word: str) -> tuple[float, float]:
    hits = [(x, y) for x, y, w in found if w == word]
    assert hits, f"{word!r} not on the page"
    return hits[0]


def page_text(pdf: Path, page: int | None = None) -> str:
    """The text of a page (or the file) with runs of white space made one space."""
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_imposed_sides_carry_pages_4_1_then_2_3_upright(tmp_path):
    pdf = tmp_path / "booklet.pdf"
    entry = BookletEntry("Семёнова Алёна Петровна", "2460000000017", "ППО школы № 1")
    result = render_booklets(content([entry]), pdf, IMPOSED)
    assert (result.booklets, result.pages) == (1, 2)

    width, height, side1 = words(pdf, 1)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    # page 4 (directions, contacts) on the left half, the cover on the right half
    assert where(side1, "направления")[0] < width / 2
    assert where(side1, "Контакты")[0] < width / 2
    assert where(side1, "Профкардс?")[0] > width / 2
    assert where(side1, "Профкардс?")[1] < height / 4  # the title at the top: upright

    _, _, side2 = words(pdf, 2)
    # page 2 (registration steps) left, page 3 (card place, name, number) right
    heading_x, heading_y = where(side2, "зарегистрироваться")
    site_x, site_y = where(side2, "сайт")
    assert heading_x < width / 2 and site_x < width / 2
    # upright, not turned by 180 degrees: page 2's heading is at the top, above the steps
    assert heading_y < height / 6 and heading_y < site_y
    name_x, name_y = where(side2, "Семёнова")
    assert name_x > width / 2
    assert where(side2, "2460000000017")[0] > width / 2
    # the name sits just under the card place
    card_bottom_from_top = height - CARD_Y
    assert card_bottom_from_top < name_y < card_bottom_from_top + 15 * MM


def test_single_pages_are_a5_in_reading_order(tmp_path):
    pdf = tmp_path / "single.pdf"
    entries = [BookletEntry("Иванов Иван Иванович", "2460000000024")]
    result = render_booklets(content(entries), pdf, SINGLE)
    assert result.pages == 4 and page_count(pdf) == 4
    width, height, _ = words(pdf, 1)
    assert (round(width / MM), round(height / MM)) == (148, 210)
    assert "Как работать в Профкардс?" in page_text(pdf, 1)
    assert "Через мобильное приложение" in page_text(pdf, 2)
    assert "Иванов Иван Иванович" in page_text(pdf, 3)
    assert "Контакты" in page_text(pdf, 4)


def _render_gray(pdf: Path, page: int, dpi: int, x: float, y: float, w: float, h: float):
    """A crop (in points from the top-left) of one page, without anti-aliasing."""
    scale = dpi / 72
    out = pdf.with_suffix("")
    subprocess.run(
        [
            "pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray",
            "-aa", "no", "-aaVector", "no",
            "-x", str(int(x * scale)), "-y", str(int(y * scale)),
            "-W", str(int(w * scale)), "-H", str(int(h * scale)),
            "-singlefile", str(pdf), str(out),
        ],
        check=True,
    )  # fmt: skip
    return Image.open(out.with_suffix(".pgm"))


def test_card_outline_is_cr80_at_true_size(tmp_path):
    pdf = tmp_path / "card.pdf"
    render_booklets(content([BookletEntry("Петров Пётр", "2460000000031")]), pdf, IMPOSED)
    dpi = 600
    # side two, page 3 is the right half: crop around the card place with a margin
    left = SHEET_X0 + 419.53 + CARD_X - 20
    top = PAGE_H - CARD_Y - CARD_H - 20
    image = _render_gray(pdf, 2, dpi, left, top, CARD_W + 40, CARD_H + 40)
    grey = round(OUTLINE_GREY * 255)
    mask = image.point(lambda v: 255 if abs(v - grey) <= 2 else 0)
    x0, y0, x1, y1 = mask.getbbox()
    px_mm = 25.4 / dpi
    line_mm = 0.5 / MM
    width_mm = (x1 - x0) * px_mm - line_mm
    height_mm = (y1 - y0) * px_mm - line_mm
    assert width_mm == pytest.approx(85.6, abs=0.1)
    assert height_mm == pytest.approx(53.98, abs=0.1)
    # rounded corners, r = 3.18 mm: walking in from the bounding box's corner along the
    # diagonal, the outline's outer edge (radius r + half the line) is met after
    # (r + line/2) * (1 - 1/sqrt 2)
    step = next(t for t in range(200) if mask.getpixel((x0 + t, y0 + t)))
    radius = step * px_mm / (1 - 2**-0.5) - line_mm / 2
    assert radius == pytest.approx(3.18, abs=0.25)
    # and the slit marks (a darker dashed grey) cross each corner
    slits = image.point(lambda v: 255 if v < 100 else 0)
    reach = int(10 / px_mm)
    for cx, cy in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        near = slits.crop((cx - reach, cy - reach, cx + reach, cy + reach))
        assert near.getbbox() is not None, (cx, cy)
    assert slits.crop((x0 + reach, y0 + reach, x1 - reach, y1 - reach)).getbbox() is None


def test_cyrillic_text_is_extractable_and_fonts_are_embedded(tmp_path):
    pdf = tmp_path / "text.pdf"
    render_booklets(content(blank=1), pdf, SINGLE)
    text = page_text(pdf)
    for phrase in (
        "Как работать в Профкардс?",
        "Что даёт профсоюзный билет",
        "Основные направления работы",
        "более 650",
        ORG.split()[0],
    ):
        assert phrase in text, phrase
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes yes yes " in row for row in rows), fonts


def test_blank_run_gives_n_identical_sheets(tmp_path):
    pdf = tmp_path / "blank.pdf"
    result = render_booklets(content(blank=3), pdf)
    assert (result.booklets, result.pages, page_count(pdf)) == (3, 6, 6)
    assert page_text(pdf, 2) == page_text(pdf, 6)
    assert "Билет №" not in page_text(pdf)
    single = tmp_path / "blank_single.pdf"
    assert render_booklets(content(blank=2), single, SINGLE).pages == 8


def test_text_that_does_not_fit_is_a_warning_not_a_silent_cut(tmp_path):
    directions = [f"Направление работы номер {n}, описанное довольно подробно." for n in range(40)]
    pdf = tmp_path / "long.pdf"
    result = render_booklets(
        content(blank=1, directions=directions, title="Очень " * 30 + "длинное название"),
        pdf,
    )
    page4 = [w for w in result.warnings if w.startswith("Страница 4")]
    assert len(page4) == 1
    # the warning names the first item left out, and that item is really not printed
    first_missing = re.search(r"номер (\d+)", page4[0]).group(1)
    printed = page_text(pdf, 1)
    assert f"номер {int(first_missing) - 1}," in printed
    assert f"номер {first_missing}," not in printed
    assert any(w.startswith("Обложка, название") for w in result.warnings)
    # the short draft fits: only the reminder about the places to fill in
    assert check_texts(content(blank=1)) == [
        w for w in check_texts(content(blank=1)) if w.startswith("В тексте остались места")
    ]
    assert len(check_texts(content(blank=1))) == 1


def test_each_sheet_names_its_member_in_order(tmp_path):
    entries = [BookletEntry(f"Фамилия{n} Имя Отчество", f"24600000{n:05d}") for n in range(12)]
    pdf = tmp_path / "batch.pdf"
    render_booklets(content(entries), pdf)
    for n, entry in enumerate(entries):
        side_two = page_text(pdf, 2 * n + 2)
        assert entry.full_name in side_two and entry.card_number in side_two
        assert "Фамилия" not in page_text(pdf, 2 * n + 1)


def test_cancel_leaves_no_file(tmp_path):
    pdf = tmp_path / "cancelled.pdf"
    entries = [BookletEntry(f"Ф{n} И О", str(n)) for n in range(120)]
    with pytest.raises(ProfdeskError, match="отменена"):
        render_booklets(content(entries), pdf, progress=lambda done, total: done < 60)
    assert list(tmp_path.iterdir()) == []


def test_unreadable_emblem_falls_back_with_a_warning(tmp_path):
    bad = tmp_path / "эмблема.png"
    bad.write_bytes(b"not an image")
    booklet = content(blank=1)
    booklet.emblem_path = bad
    result = render_booklets(booklet, io.BytesIO())
    assert any("эмблем" in w for w in result.warnings)


def test_long_names_and_organisations_are_printed_whole(tmp_path):
    name = "Константинопольская-Переяславская Александра-Виктория Владиславовна-Оглы"
    org = (
        "Первичная профсоюзная организация муниципального бюджетного общеобразовательного "
        "учреждения «Средняя общеобразовательная школа № 12 с углублённым изучением предметов»"
    )
    pdf = tmp_path / "long.pdf"
    result = render_booklets(content([BookletEntry(name, "2460000000048", org)]), pdf)
    printed = page_text(pdf, 2)
    for word in (name + " " + org).split():
        assert word in printed, word
    assert not any("шире страницы" in w for w in result.warnings)
