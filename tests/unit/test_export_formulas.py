"""Nothing live leaves the program (issue 17, point 1): every export kind, opened by openpyxl
and by LibreOffice, holds no formula that came from data, and phones still read as phones."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.models import Member, Organisation
from app.models.audit import AuditEntry, export_audit
from app.models.cells import csv_value, needs_neutralising
from app.models.export import export_members
from app.models.report import build_report
from app.models.stock import receive_edition
from app.models.stock_queries import export_balances_xlsx
from app.services.org_sheets import write_org_sheets, write_ranking_xlsx
from app.services.report_export import export_report

# what a stranger's list could have carried in before the entry checks (or an older copy):
# each would compute to a number, open a link or run a command if a spreadsheet took it
INJECTED = {
    "last_name": '=HYPERLINK("http://x";"y")',
    "first_name": "=10+20",
    "patronymic": "-50+60",
    "position": "+30+40",
    "email": "@SUM(1;2)",
}
ORG_NAME = "=70+80"
PHONE = "+79101234567"


def test_the_cell_rules():
    for text in ("=1+2", "+1+A1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "+cmd|' /C calc'!A0"):
        assert needs_neutralising(text) and csv_value(text) == "'" + text
    for text in ("+79101234567", "+7 (910) 123-45-67", "-5", "Иванова", "", "3 = 3"):
        assert not needs_neutralising(text) and csv_value(text) == text
    assert csv_value(12) == 12 and csv_value(None) is None


@pytest.fixture
def poisoned(demo_db):
    """A demo base with formula-like text written around the entry checks."""
    with demo_db.session() as s:
        member_id = s.scalar(select(Member.id).order_by(Member.sort_key).limit(1))
        s.execute(update(Member).where(Member.id == member_id).values(**INJECTED, phone=PHONE))
        org_id = s.scalar(select(Member.organisation_id).where(Member.id == member_id))
        s.execute(update(Organisation).where(Organisation.id == org_id).values(name=ORG_NAME))
        s.execute(update(Organisation).where(Organisation.id == org_id).values(short_name=""))
        receive_edition(s, "Буклет 2026", 100)
    return demo_db


def write_every_export(db, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / "члены.csv", folder / "члены.xlsx"]
    with db.session() as s:
        for path in files:
            export_members(s, path)
        entry = AuditEntry(1, dt.datetime(2026, 1, 1), "=2+3", "export", "member", "-4+5", {})
        for name in ("журнал.csv", "журнал.xlsx"):
            export_audit(s, folder / name, [entry])
            files.append(folder / name)
        export_balances_xlsx(s, folder / "остатки.xlsx")
        export_report(s, build_report(s, dt.date.today()), folder / "отчёт.xlsx")
        write_org_sheets(s, folder / "списки.xlsx")
        write_ranking_xlsx(s, folder / "рейтинг.xlsx", "primary", None)
    kinds = ("остатки", "отчёт", "списки", "рейтинг")
    return files + [folder / f"{kind}.xlsx" for kind in kinds]


def xlsx_texts(path: Path) -> list[str]:
    book = load_workbook(path)
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return texts


def test_every_export_writes_text_as_text(poisoned, tmp_path):
    files = write_every_export(poisoned, tmp_path)
    members_xlsx = xlsx_texts(tmp_path / "члены.xlsx")
    for value in INJECTED.values():
        assert value in members_xlsx  # exactly as stored, in a text cell
    assert PHONE in members_xlsx
    assert "=2+3" in xlsx_texts(tmp_path / "журнал.xlsx")
    assert any(t.strip() == ORG_NAME for t in xlsx_texts(tmp_path / "остатки.xlsx"))
    assert ORG_NAME in xlsx_texts(tmp_path / "отчёт.xlsx")
    assert ORG_NAME in xlsx_texts(tmp_path / "рейтинг.xlsx")
    sheets = xlsx_texts(tmp_path / "списки.xlsx")
    assert any(t.startswith(ORG_NAME + " (код") for t in sheets)

    with (tmp_path / "члены.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fields = {v for r in rows for v in r.values()}
    for value in INJECTED.values():
        assert "'" + value in fields and value not in fields
    assert PHONE in fields  # a phone is not a formula: it stays as it is
    audit = (tmp_path / "журнал.csv").read_text(encoding="utf-8-sig")
    assert "'=2+3" in audit and "'-4+5" in audit
    assert len(files) == 8


@pytest.mark.slow
@pytest.mark.sqlite_only  # the files are the same whichever engine wrote them
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_computes_nothing_from_the_exports(poisoned, tmp_path):
    """LibreOffice opens each export and saves it as CSV: had any cell been a formula, the
    saved file would hold its result (30, 110, 150…) instead of the text."""
    files = write_every_export(poisoned, tmp_path / "in")
    out = tmp_path / "out"
    profile = (tmp_path / "lo-profile").as_uri()
    for path in files:  # one folder per file: члены.csv and члены.xlsx share a name
        target = out / path.suffix[1:] / path.stem
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir",
                str(target),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": str(tmp_path)},
        )
    converted = {
        p.parent.parent.name + "/" + p.stem: p.read_text("utf-8") for p in out.rglob("*.csv")
    }
    assert len(converted) == 8, sorted(converted)
    for key in ("xlsx/члены", "csv/члены"):
        text = converted[key]
        for value in ("=10+20", "+30+40", "-50+60", "HYPERLINK", "@SUM(1;2)"):
            assert value in text, (key, value)
        assert "79101234567" in text
    for key in ("xlsx/журнал", "csv/журнал"):
        assert "=2+3" in converted[key] and "-4+5" in converted[key]
    for key in ("xlsx/остатки", "xlsx/отчёт", "xlsx/рейтинг"):
        assert ORG_NAME in converted[key]
