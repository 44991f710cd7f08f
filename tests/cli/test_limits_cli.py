"""Issue 21, points 6 and 7, as a user types them: one Russian sentence and exit 1 for each
absurd value, never an internal failure; long names never break a PDF."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

INTERNAL = "внутренний сбой"


def refused(result, words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert words in result.stderr and INTERNAL not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_absurd_values_get_a_sentence(cli, db_path):
    assert cli("demo", "--members", "120", "--seed", "2", db=db_path).returncode == 0
    for extra, words in (
        (["--year", "-5"], "Год издания должен быть от 1900"),
        (["--year", "99999"], "Год издания должен быть от 1900"),
        (["--qty", "12345678901234567890123"], "больше 10 000 000 экз."),
    ):
        args = ["stock", "receive", "--edition", "Буклет", "--qty", "100", *extra]
        refused(cli(*args, db=db_path), words)
    assert (
        cli("stock", "receive", "--edition", "Буклет", "--qty", "100", db=db_path).returncode == 0
    )
    for day, words in (
        ("1800-01-01", "раньше 1900 года"),
        ("0001-01-01", "01.01.0001"),
        ("9999-12-31", "31.12.9999 — позже"),
    ):
        refused(cli("stock", "ship", "--to", "T01", "--qty", "5", "--date", day, db=db_path), words)
    balance = cli("stock", "balance", "--json", db=db_path)
    assert '"shipped": 0' in balance.stdout
    refused(cli("report", "--as-of", "0001-01-01", "--json", db=db_path), "Дата отчёта")
    words = " ".join(f"слово{i}" for i in range(500))
    refused(cli("members", "search", words, db=db_path), "Слишком длинный текст для поиска")
    refused(cli("audit", "--since", "0001-01-01", db=db_path), "Начало выборки журнала")
    huge = cli("members", "search", "иван", "--limit", "9" * 23, db=db_path)
    assert huge.returncode == 1 and "слишком большое число" in huge.stderr
    assert INTERNAL not in huge.stderr
    refused(cli("members", "search", "-", db=db_path), "Укажите, что искать")
    dashed = cli("members", "search", "-иван", "--limit", "3", db=db_path)
    assert dashed.returncode == 0 and "Иван" in dashed.stdout, dashed.stderr


@pytest.mark.slow
@pytest.mark.sqlite_only  # PostgreSQL never holds a 5,000-character surname
def test_a_5000_character_surname_prints(cli, sqlite_path, tmp_path):
    """Typed on an older copy, before the limits: the sheet and the consent form still
    print, the name cut with «…» where the page has no room for it."""
    assert cli("demo", "--members", "60", "--seed", "3", db=sqlite_path).returncode == 0
    with sqlite3.connect(sqlite_path) as raw:
        member_id, code = raw.execute(
            "SELECT m.id, o.code FROM member m JOIN organisation o ON o.id = m.organisation_id "
            "JOIN card c ON c.member_id = m.id LIMIT 1"
        ).fetchone()
        raw.execute("UPDATE member SET last_name = ? WHERE id = ?", ("Д" * 5000, member_id))
    sheet, consent = tmp_path / "ведомость.pdf", tmp_path / "согласие.pdf"
    result = cli("cards", "sheet", "--org", code, "--out", str(sheet), db=sqlite_path)
    assert result.returncode == 0, result.stderr
    result = cli("members", "consent-form", member_id, "--out", str(consent), db=sqlite_path)
    assert result.returncode == 0, result.stderr
    if shutil.which("pdftotext"):
        for pdf in (sheet, consent):
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert "…" in text and "Д" * 5000 not in text.replace("\n", "")
