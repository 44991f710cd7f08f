import json
import shutil
import subprocess

from openpyxl import load_workbook

KEYS = {
    "members",
    "workers",
    "students",
    "pensioners",
    "employees",
    "coverage_workers_pct",
    "youth",
    "e_registered",
    "e_registered_pct",
    "cards_issued",
    "joined",
    "left",
    "primaries",
}


def test_report_json_xlsx_pdf_end_to_end(cli, db_path, tmp_path):
    assert cli("demo", "--members", "500", "--seed", "5", db=db_path).returncode == 0
    run = cli(
        "report",
        "--as-of",
        "31.05.2026",
        "--from",
        "2026-01-01",
        "--to",
        "31.05.2026",
        "--json",
        db=db_path,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data["R46"]) >= KEYS
    territorials = [r for r in data.values() if r["kind"] == "territorial"]
    assert data["R46"]["members"] == sum(t["members"] for t in territorials) + sum(
        r["members"] for r in data.values() if r["parent_code"] == "R46" and r["kind"] == "primary"
    )
    assert data["R46"]["members"] <= 500 and data["R46"]["joined"] >= 0

    one = json.loads(
        cli("report", "--as-of", "31.05.2026", "--org", "T01", "--json", db=db_path).stdout
    )
    assert next(iter(one)) == "T01" and one["T01"]["members"] == data["T01"]["members"]
    assert one["T01"]["joined"] is None  # no period asked

    xlsx = tmp_path / "отчёт.xlsx"
    run = cli("report", "--as-of", "31.05.2026", "--out", str(xlsx), db=db_path)
    assert run.returncode == 0 and "сохранён" in run.stdout
    assert load_workbook(xlsx).active["A3"].value == "Дата отчёта: 31.05.2026"

    pdf = tmp_path / "отчёт.pdf"
    assert cli("report", "--as-of", "31.05.2026", "--out", str(pdf), db=db_path).returncode == 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Статистический отчёт на 31.05.2026" in text


def test_report_errors_are_one_russian_sentence(cli, db_path, tmp_path):
    assert cli("demo", "--members", "50", db=db_path).returncode == 0
    run = cli("report", "--as-of", "31.02.2026", "--json", db=db_path)
    assert run.returncode == 1 and "не дата" in run.stderr
    run = cli("report", "--as-of", "2026-05-31", "--org", "NOPE", "--json", db=db_path)
    assert run.returncode == 1 and run.stderr.startswith("Ошибка: ") and "NOPE" in run.stderr
    run = cli("report", "--as-of", "2026-05-31", "--out", str(tmp_path / "r.txt"), db=db_path)
    assert run.returncode == 1 and ".xlsx или .pdf" in run.stderr
    run = cli(
        "report",
        "--as-of",
        "2026-05-31",
        "--from",
        "2026-06-01",
        "--to",
        "2026-01-01",
        "--json",
        db=db_path,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr
    run = cli("report", "--as-of", "2026-05-31", db=db_path)
    assert run.returncode == 1
