"""Card PDFs as a user checks them: page sizes, barcodes that scan, text inside the card,
backs behind their fronts on the A4 sheet."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.printing import fonts
from app.printing.barcodes import DOT_MM, bar_runs, modules
from app.printing.card_templates import CARD_H, CARD_W, SAFE_MM, load_template, template_names
from app.printing.card_text import fit_text
from app.printing.cards_pdf import PrinterProfile, SheetGrid, calibration_pdf, cards_pdf
from app.printing.issue_sheet import issue_sheet_pdf

PT_PER_MM = 72 / 25.4
LONG_ORG = "Муниципальное бюджетное общеобразовательное учреждение № 1234"  # 61 characters
REGION = "Курская областная организация Общероссийского Профсоюза образования"

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftoppm") or not shutil.which("pdftotext"),
    reason="poppler-utils (pdftoppm, pdftotext, pdfinfo) are not installed",
)
needs_zbar = pytest.mark.skipif(
    not shutil.which("zbarimg"), reason="zbarimg (Debian zbar-tools) is not installed"
)


@dataclass(frozen=True)
class Rec:
    last_name: str
    first_name: str
    patronymic: str
    organisation_name: str
    card_number: str
    organisation_short_name: str = ""
    region_name: str = REGION

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name} {self.patronymic}"


def ean(serial: int) -> str:
    from app.models.card_numbers import ean13_check_digit

    first12 = "246" + str(serial).zfill(9)
    return first12 + ean13_check_digit(first12)


NAMES = [
    ("Иванова", "Мария", "Петровна"),
    ("Ёлкин", "Пётр", "Семёнович"),
    ("Константинопольская-Щедрина", "Александра-Виктория", "Вячеславовна"),
    ("Ли", "Ян", ""),
    ("Соколов", "Андрей", "Игоревич"),
    ("Борисова", "Ольга", "Николаевна"),
    ("Кузнецов", "Дмитрий", "Олегович"),
    ("Смирнова", "Анна", "Сергеевна"),
    ("Орлов", "Илья", "Ильич"),
]


def records(n: int = 9) -> list[Rec]:
    return [
        Rec(*NAMES[i % len(NAMES)], LONG_ORG if i % 2 else "МБДОУ «Детский сад № 5»", ean(i + 1))
        for i in range(n)
    ]


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(float(w) / PT_PER_MM, float(h) / PT_PER_MM) for w, h in sizes]


def words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax in mm from the top-left, word) as pdftotext sees them."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(*(float(v) / PT_PER_MM for v in box), text) for *box, text in found]


def decode(pdf: Path, tmp_path: Path, page: int) -> list[str]:
    stem = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "300",
            "-gray",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    image = next(tmp_path.glob(f"page{page}*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True)
    image.unlink()
    return sorted(line for line in out.stdout.split() if line)


# --- fitting ----------------------------------------------------------------------------
def test_fit_text_never_leaves_its_box():
    fonts.register_fonts()
    w, h = 77.6 * PT_PER_MM, 7.2 * PT_PER_MM
    for text in (LONG_ORG, LONG_ORG * 3, "Ш" * 200, "коротко"):
        size, lines = fit_text(text, fonts.REGULAR, 7, 5, w, h, max_lines=2, leading=1.1)
        assert 1 <= len(lines) <= 2 and size >= 5
        assert all(stringWidth(line, fonts.REGULAR, size) <= w + 1e-6 for line in lines)
        assert size * (0.8 + 0.22 + (len(lines) - 1) * 1.1) <= h + 1e-6
    size, lines = fit_text("Ш" * 200, fonts.BOLD, 14, 8, w, 6 * PT_PER_MM)
    assert lines[0].endswith("…") and size == 8


def test_barcode_modules_are_whole_dots():
    bars = modules("code128", "2460000000017")
    assert set(bars) == {"0", "1"} and bars.startswith("11010011100")  # Start C
    runs = bar_runs("0110111001")
    assert runs == [(1, 2), (4, 3), (9, 1)]
    assert round(3 * DOT_MM, 3) == 0.254 and round(4 * DOT_MM, 3) == 0.339


# --- layouts -----------------------------------------------------------------------------
@needs_poppler
def test_card_printer_pages_are_cr80_and_hold_the_cyrillic_name(tmp_path):
    pdf = cards_pdf(records(3), load_template(), tmp_path / "карты.pdf", "card")
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 6
    for w, h in sizes:
        assert abs(w - 85.6) < 0.1 and abs(h - 53.98) < 0.1
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ЁЛКИН" in text and "Пётр Семёнович" in text
    assert "ЕДИНЫЙ ЭЛЕКТРОННЫЙ ПРОФСОЮЗНЫЙ БИЛЕТ" in text
    fonts_out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    font_rows = [line for line in fonts_out.splitlines()[2:] if line.strip()]
    assert font_rows and all(" yes " in row for row in font_rows)  # every font embedded


@needs_poppler
def test_a4_pages_are_a4_with_eight_cards(tmp_path):
    pdf = cards_pdf(records(9), load_template(), tmp_path / "a4.pdf", "a4")
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 4  # 8 + 1 cards: two sheets, fronts and backs
    for w, h in sizes:
        assert abs(w - 210) < 0.1 and abs(h - 297) < 0.1
    assert SheetGrid().per_sheet >= 8


@needs_poppler
@needs_zbar
@pytest.mark.slow
@pytest.mark.parametrize("template", template_names())
@pytest.mark.parametrize("rotate", [False, True])
def test_every_card_barcode_scans_back(tmp_path, template, rotate):
    recs = records(3)
    profile = PrinterProfile(offset_x_mm=0.7, offset_y_mm=-0.4, rotate_back=rotate)
    pdf = cards_pdf(recs, load_template(template), tmp_path / "c.pdf", "card", profile)
    for i, rec in enumerate(recs):
        assert decode(pdf, tmp_path, 2 * i + 2) == [rec.card_number]
        assert decode(pdf, tmp_path, 2 * i + 1) == []  # the front has no barcode


@needs_poppler
@needs_zbar
@pytest.mark.slow
def test_every_barcode_on_an_a4_sheet_scans_back(tmp_path):
    recs = records(8)
    pdf = cards_pdf(recs, load_template("ean13"), tmp_path / "a4.pdf", "a4")
    assert decode(pdf, tmp_path, 2) == sorted(r.card_number for r in recs)


@needs_poppler
def test_each_back_lands_behind_its_front_on_a4(tmp_path):
    recs = records(8)
    pdf = cards_pdf(recs, load_template(), tmp_path / "a4.pdf", "a4")
    front, back = words(pdf, 1), words(pdf, 2)
    front_template = {e.get("text"): e for e in load_template().front if e["type"] == "text"}
    number_x = front_template["№ {card_number}"]["x"]
    for rec in recs:
        (f,) = [w for w in front if w[4] == rec.card_number]
        (b,) = [w for w in back if w[4] == rec.card_number]
        # the front number is left-aligned number_x mm inside the card; "№ " comes first
        (sign,) = [
            w for w in front if w[4] == "№" and abs(w[1] - f[1]) < 0.5 and 0 <= f[0] - w[2] < 3
        ]
        card_left = sign[0] - number_x
        card_centre = card_left + CARD_W / 2
        back_centre = (b[0] + b[2]) / 2  # the back number is centred on the card
        assert abs(back_centre - (210 - card_centre)) < 0.5, rec.card_number
        assert abs(b[1] - f[1]) < CARD_H / 2  # the same row


@needs_poppler
@pytest.mark.parametrize("layout", ["card", "a4"])
def test_a_long_organisation_name_stays_inside_the_card(tmp_path, layout):
    assert len(LONG_ORG) >= 60
    rec = Rec(
        "Константинопольская-Щедрина", "Александра-Виктория", "Вячеславовна", LONG_ORG, ean(7)
    )
    pdf = cards_pdf([rec], load_template(), tmp_path / "long.pdf", layout)
    page = words(pdf, 1)
    if layout == "card":
        left, right = SAFE_MM, CARD_W - SAFE_MM
    else:
        x, _ = SheetGrid().slot(0)
        left, right = x + SAFE_MM, x + CARD_W - SAFE_MM
    org_words = set(LONG_ORG.split())
    seen = set()
    for x0, _y0, x1, _y1, word in page:
        assert left - 0.05 <= x0 and x1 <= right + 0.05, word
        if word in org_words:
            seen.add(word)
    assert seen == org_words  # all of it is there, shrunk or wrapped, not cut


@needs_poppler
def test_calibration_pages(tmp_path):
    card = calibration_pdf(tmp_path / "cal.pdf", "card", PrinterProfile("Evolis", 1.0, -0.5))
    assert len(page_sizes_mm(card)) == 2
    a4 = calibration_pdf(tmp_path / "cal4.pdf", "a4")
    assert [round(w) for w, _ in page_sizes_mm(a4)] == [210, 210]


@needs_poppler
def test_issue_sheet_lists_members_with_numbers_and_page_numbers(tmp_path):
    recs = records(80)
    pdf = issue_sheet_pdf(recs, tmp_path / "ведомость.pdf", "Школа № 1", REGION)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = len(page_sizes_mm(pdf))
    assert pages >= 2
    assert "Ведомость выдачи" in text and "Подпись" in text
    assert f"Лист {pages} из {pages}" in text
    for rec in recs:
        assert rec.card_number in text
    assert "Иванова Мария Петровна" in text


@needs_poppler
def test_fronts_only_and_single_sided_order(tmp_path):
    recs = records(3)
    fronts = cards_pdf(recs, load_template(), tmp_path / "f.pdf", "card")
    assert len(page_sizes_mm(fronts)) == 6
    from app.printing.cards_pdf import card_printer_pdf

    only = card_printer_pdf(recs, load_template(), tmp_path / "o.pdf", sides=("front",))
    assert len(page_sizes_mm(only)) == 3
    simplex = card_printer_pdf(
        recs, load_template(), tmp_path / "s.pdf", PrinterProfile(duplex=False)
    )
    # without duplex all fronts come first, then the backs in the same order
    assert [
        any(w[4] == rec.card_number for w in words(simplex, 4 + i)) for i, rec in enumerate(recs)
    ] == [True] * 3
    assert all(not any(w[4] == "PROFKARDS" for w in words(simplex, p)) for p in (1, 2, 3))
