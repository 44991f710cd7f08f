"""profdesk-cli stock, end to end: a print run down two levels, refusals, the act PDF."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, text

EDITION = "Как работать в Профкардс? 2026"


def balances(cli, db_path) -> dict[str, dict]:
    out = cli("stock", "balance", "--json", db=db_path)
    assert out.returncode == 0, out.stderr
    return {r["code"]: r for r in json.loads(out.stdout)}


def figures(row: dict) -> tuple:
    keys = ("received", "shipped", "handed_out", "written_off", "on_hand", "in_transit")
    return tuple(row[k] for k in keys)


def ledger(db_path) -> list:
    """Every ledger row and shipment, read straight from the database, not through Profdesk."""
    if isinstance(db_path, str):  # on the test server
        engine = create_engine(db_path)
        try:
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT * FROM stock_movement ORDER BY id")).all()
                return rows + conn.execute(text("SELECT * FROM stock_shipment ORDER BY id")).all()
        finally:
            engine.dispose()
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT * FROM stock_movement ORDER BY id").fetchall()
        return rows + conn.execute("SELECT * FROM stock_shipment ORDER BY id").fetchall()


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_stock_season_through_the_cli(cli, db_path, tmp_path):
    ok(cli("demo", "--members", "300", "--seed", "5", db=db_path))
    ok(
        cli(
            "stock",
            "receive",
            "--edition",
            EDITION,
            "--qty",
            "2500",
            "--date",
            "01.02.2026",
            db=db_path,
        )
    )
    first = ok(
        cli("stock", "ship", "--to", "T01", "--qty", "1000", "--date", "2026-02-03", db=db_path)
    )
    shipment_id = first.strip()
    assert len(shipment_id) == 36  # the id alone on stdout, for scripts

    # a refused over-shipment: exit 1, one sentence, nothing changed
    before = ledger(db_path)
    refused = cli("stock", "ship", "--to", "R-01", "--qty", "1501", db=db_path)
    assert refused.returncode == 1
    assert refused.stderr.startswith("Ошибка: Нельзя отправить 1 501 экз.")
    assert "на руках 1 500 экз." in refused.stderr and "Traceback" not in refused.stderr
    assert ledger(db_path) == before

    ok(
        cli(
            "stock",
            "confirm",
            shipment_id,
            "--by",
            "Иванова А. П.",
            "--date",
            "05.02.2026",
            db=db_path,
        )
    )
    second = json.loads(
        ok(cli("stock", "ship", "--to", "T01-001", "--qty", "300", "--json", db=db_path))
    )
    assert second["number"] == 2 and second["status"] == "sent"
    ok(cli("stock", "confirm", "2", "--by", "Петров С. С.", "--qty", "295", db=db_path))
    ok(cli("stock", "handout", "--org", "T01-001", "--qty", "40", db=db_path))
    wrong = json.loads(
        ok(
            cli(
                "stock",
                "writeoff",
                "--org",
                "T01",
                "--qty",
                "70",
                "--reason",
                "порваны",
                "--json",
                db=db_path,
            )
        )
    )
    ok(cli("stock", "reverse", wrong[0]["id"][:8], "--reason", "списали не то", db=db_path))
    ok(cli("stock", "writeoff", "--org", "T01", "--qty", "7", "--reason", "порваны", db=db_path))

    rows = balances(cli, db_path)
    assert figures(rows["R46"]) == (2500, 1000, 0, 0, 1500, 0)
    assert figures(rows["T01"]) == (1000, 300, 0, 7, 693, 0)
    assert figures(rows["T01-001"]) == (300, 0, 40, 5, 255, 0)
    assert rows["T01-001"]["members_without_booklet"] == max(0, rows["T01-001"]["members"] - 40)

    history = json.loads(ok(cli("stock", "history", "--org", "T01", "--json", db=db_path)))
    assert [h["change"] for h in history] == [1000, -300, -70, 70, -7]
    assert history[2]["reversed"] is True

    # confirming twice and reversing twice are refused
    again = cli("stock", "confirm", "2", "--by", "Петров", db=db_path)
    assert again.returncode == 1 and "уже закрыта" in again.stderr
    twice = cli("stock", "reverse", wrong[0]["id"], db=db_path)
    assert twice.returncode == 1 and "уже сторнирована" in twice.stderr

    xlsx = tmp_path / "остатки.xlsx"
    ok(cli("stock", "balance", "--xlsx", str(xlsx), db=db_path))
    sheet = load_workbook(xlsx).active
    t01 = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "T01")
    assert t01[2:7] == (1000, 300, 0, 7, 693)

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils for the PDF text")
    pdf = tmp_path / "акт 2.pdf"
    ok(cli("stock", "act", second["id"], "--out", str(pdf), db=db_path))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.replace("\u00a0", " ").split())
    assert "АКТ ПРИЁМА-ПЕРЕДАЧИ № 2" in text
    assert "300 (триста) экземпляров" in text
    assert "295 (двести девяносто пять) экземпляров" in text
    assert "Петров С. С." in text
