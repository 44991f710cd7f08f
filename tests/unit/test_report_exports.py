"""The report as a workbook and as a PDF: what a user opening the files would check."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import ChangeLogEntry
from app.models.errors import ValidationError
from app.models.report import build_report
from app.services.report_export import COLUMNS, export_report

AS_OF = dt.date(2026, 5, 31)
PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 5, 31))


@pytest.fixture
def report(demo_db):
    with demo_db.session() as s:
        return build_report(s, AS_OF, *PERIOD)


def test_xlsx_holds_the_tree_as_numbers_with_outline_levels(demo_db, report, tmp_path):
    out = tmp_path / "отчёт на дату.xlsx"
    with demo_db.session() as s:
        export_report(s, report, out, threshold=90.0)
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "Статистический отчёт на 31.05.2026"
    assert sheet["A2"].value == report.root.full_name
    header = [c.value for c in sheet[6]]
    assert header[:2] == ["Организация", "Код"]
    members_col = header.index("Членов Профсоюза") + 1
    pct_col = header.index("На эл. учёте, %") + 1
    rows = report.rows()
    assert sheet.max_row >= 6 + len(rows)
    for offset, row in enumerate(rows, 1):
        r = 6 + offset
        assert sheet.cell(r, 2).value == row.code
        members = sheet.cell(r, members_col)
        assert isinstance(members.value, int) and members.value == row.figures.members
        pct = sheet.cell(r, pct_col)
        if row.figures.e_registered_pct is None:
            assert pct.value is None
        else:
            assert isinstance(pct.value, int | float) and pct.number_format == "0.0%"
            assert pct.value == pytest.approx(row.figures.e_registered_pct / 100)
        assert sheet.cell(r, 1).alignment.indent == 2 * row.level
        assert (sheet.row_dimensions[r].outline_level or 0) == row.level
    assert {row.level for row in rows} == {0, 1, 2}
    # the e-registration % below the threshold is filled
    low = next(
        (i for i, row in enumerate(rows, 7) if (row.figures.e_registered_pct or 100) < 90), None
    )
    if low is not None:
        assert sheet.cell(low, pct_col).fill.fgColor.rgb.endswith("FDE2E1")
    with demo_db.session() as s:
        entry = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "export")).one()
        assert entry.entity == "report" and json.loads(entry.new_value)["file"] == out.name


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_pdf_is_landscape_with_header_page_numbers_and_cyrillic_text(demo_db, report, tmp_path):
    out = tmp_path / "отчёт.pdf"
    with demo_db.session() as s:
        export_report(s, report, out, threshold=95.0)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(x) for x in size.split()[2:5:2])
    assert width > height and round(width) == 842  # A4 landscape
    assert pages >= 2
    for page in (1, pages):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(out), "-"],
            capture_output=True,
            text=True,
        ).stdout
        assert report.root.full_name in text
        assert "31.05.2026" in text
        assert f"Страница {page} из {pages}" in text
    whole = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    # each table page repeats the column header; the chart names every territorial
    assert whole.count("Организация") >= pages - 1
    assert "электронном учёте по территориальным" in whole
    for territorial in report.territorials():
        assert territorial.name in whole
    region_members = f"{report.root.figures.members:,}".replace(",", "\u00a0")
    assert region_members in whole
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "PTSans" in fonts and "yes" in fonts  # embedded


def test_unknown_format_is_refused(demo_db, report, tmp_path):
    with demo_db.session() as s, pytest.raises(ValidationError, match=r"\.xlsx или \.pdf"):
        export_report(s, report, tmp_path / "report.docx")
    assert not (tmp_path / "report.docx").exists()


def test_columns_without_a_period_leave_out_joined_and_left(demo_db, tmp_path):
    with demo_db.session() as s:
        report = build_report(s, AS_OF)
        export_report(s, report, tmp_path / "r.xlsx")
    header = [c.value for c in load_workbook(tmp_path / "r.xlsx").active[6]]
    assert "Принято за период" not in header
    assert len(header) == 2 + len([c for c in COLUMNS if not c.period_only])
