"""profdesk-cli cards ... end to end, as an office user runs it."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def pdf_text(path) -> str:  # noqa: ANN001
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def pages(path) -> int:  # noqa: ANN001
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.mark.slow
def test_assign_print_sheet_reissue(cli, db_path, tmp_path):
    assert cli("demo", "--members", "300", "--seed", "5", db=db_path).returncode == 0
    orgs = json.loads(cli("orgs", "list", "--json", db=db_path).stdout)
    territorial = next(o for o in orgs if o["kind"] == "territorial")
    code = territorial["code"]

    assigned = cli("cards", "assign", "--org", code, db=db_path)
    assert assigned.returncode == 0, assigned.stderr
    count = int(assigned.stdout.split()[-1])
    assert count >= 0  # the demo's e-registered members hold cards already
    again = cli("cards", "assign", "--org", code, db=db_path)
    assert again.stdout.split()[-1] == "0"

    out = tmp_path / "билеты.pdf"
    printed = cli("cards", "print", "--out", str(out), "--org", code, db=db_path)
    assert printed.returncode == 0, printed.stderr
    printed_count = int(printed.stdout.split()[1])  # "Билетов: N → ..."
    assert printed_count > count
    assert pages(out) == 2 * printed_count  # front and back per member
    text = pdf_text(out)
    assert "ЕДИНЫЙ ЭЛЕКТРОННЫЙ ПРОФСОЮЗНЫЙ БИЛЕТ" in text

    # the same members, in the same order, on the issue sheet
    sheet = tmp_path / "ведомость.pdf"
    assert cli("cards", "sheet", "--out", str(sheet), "--org", code, db=db_path).returncode == 0
    sheet_text = pdf_text(sheet)
    assert "Ведомость выдачи" in sheet_text

    csv_out = tmp_path / "members.csv"
    assert cli("members", "export", str(csv_out), db=db_path).returncode == 0
    found = list(csv.DictReader(csv_out.open(encoding="utf-8")))
    with_card = [m for m in found if m["card_number"] and m["card_number"] in sheet_text]
    assert with_card
    member = with_card[0]
    assert member["last_name"].upper() in text

    nothing = cli(
        "cards",
        "print",
        "--out",
        str(tmp_path / "x.pdf"),
        "--org",
        code,
        "--only-unprinted",
        db=db_path,
    )
    assert "Печатать нечего" in nothing.stdout

    reissued = cli("cards", "reissue", member["id"], db=db_path)
    assert reissued.returncode == 0, reissued.stderr
    new_number = reissued.stdout.split()[-1]
    assert new_number != member["card_number"]

    a4 = tmp_path / "a4.pdf"
    one = cli(
        "cards",
        "print",
        "--out",
        str(a4),
        "--org",
        code,
        "--only-unprinted",
        "--layout",
        "a4",
        "--template",
        "ean13",
        db=db_path,
    )
    assert one.returncode == 0, one.stderr
    assert pages(a4) == 2 and new_number in pdf_text(a4)

    batches = json.loads(cli("cards", "batches", "--json", db=db_path).stdout)
    assert [b["count"] for b in batches] == [1, printed_count]

    cal = tmp_path / "cal.pdf"
    assert cli("cards", "calibration", "--out", str(cal), db=db_path).returncode == 0
    assert pages(cal) == 2


def test_errors_are_one_russian_sentence(cli, db_path, tmp_path):
    assert cli("demo", "--members", "50", db=db_path).returncode == 0
    bad = cli("cards", "print", "--out", str(tmp_path / "x.pdf"), "--template", "нет", db=db_path)
    assert bad.returncode == 1 and bad.stderr.startswith("Ошибка: Макета билета «нет» нет")
    unknown = cli("cards", "print", "--out", str(tmp_path / "x.pdf"), "--org", "ZZZ", db=db_path)
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert not (tmp_path / "x.pdf").exists()
