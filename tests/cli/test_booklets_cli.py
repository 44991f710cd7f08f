"""profdesk-cli booklets: print personalised and blank booklets, export/import the text."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def text(pdf, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(out.split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from tests.conftest import run_cli

    db_path = tmp_path_factory.mktemp("Буклеты") / "profdesk.sqlite3"
    assert run_cli("demo", "--members", "300", db=db_path).returncode == 0
    return db_path


def everyone(cli, db, out) -> list[dict]:
    """Every member as the CSV export lists them (an empty search is refused)."""
    import csv

    assert cli("members", "export", str(out), db=db).returncode == 0
    with out.open(encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if not row["left_on"]]


def test_print_for_an_organisation_then_blank_then_single(cli, demo_file, tmp_path):
    orgs = json.loads(cli("orgs", "list", "--json", db=demo_file).stdout)
    org = next(o for o in orgs if o["kind"] == "primary")
    members = everyone(cli, demo_file, tmp_path / "before.csv")
    out = tmp_path / "Буклеты.pdf"
    done = cli("booklets", "print", "--out", str(out), "--org", org["code"], db=demo_file)
    assert done.returncode == 0, done.stderr
    count = int(re.search(r"\(именных\): (\d+)", done.stdout).group(1))
    assert count > 0 and pages(out) == 2 * count
    assert "Предупреждение: В тексте остались места для заполнения" in done.stderr
    # every member got a number, and the first sheet names the first member of the list
    mine = everyone(cli, demo_file, tmp_path / "after.csv")
    in_org = [m for m in mine if m["organization_code"] == org["code"]]
    assert len(in_org) == count and all(m["card_number"] for m in in_org)
    assert len(members) == len(mine)
    side_two = text(out, 2)
    assert any(m["card_number"] in side_two and m["last_name"] in side_two for m in in_org)

    blank = tmp_path / "blank.pdf"
    done = cli("booklets", "print", "--out", str(blank), "--blank", "4", db=demo_file)
    assert done.returncode == 0 and pages(blank) == 8
    single = tmp_path / "single.pdf"
    done = cli(
        "booklets", "print", "--out", str(single), "--blank", "2", "--pages", "single",
        db=demo_file,
    )  # fmt: skip
    assert done.returncode == 0 and pages(single) == 8
    assert "Как работать в Профкардс?" in text(single, 1)


def test_with_cards_makes_both_files_in_the_same_order(cli, demo_file, tmp_path):
    import re
    import subprocess

    orgs = json.loads(cli("orgs", "list", "--json", db=demo_file).stdout)
    code = next(o["code"] for o in orgs if o["kind"] == "primary")
    booklets_pdf, cards_pdf = tmp_path / "буклеты.pdf", tmp_path / "билеты.pdf"
    done = cli(
        "booklets", "print", "--org", code, "--out", str(booklets_pdf), "--with-cards",
        str(cards_pdf), db=demo_file,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    def numbers(pdf) -> list[str]:
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        found = re.findall(r"(?<!\d)(\d{13})(?!\d)", text.replace(" ", ""))
        return [n for i, n in enumerate(found) if i == 0 or found[i - 1] != n]

    in_booklets, in_cards = numbers(booklets_pdf), numbers(cards_pdf)
    assert in_booklets and in_booklets == in_cards
    batches = json.loads(cli("cards", "batches", "--json", db=demo_file).stdout)
    assert batches and batches[0]["count"] == len(in_booklets)


def test_text_export_edit_import(cli, demo_file, tmp_path):
    exported = tmp_path / "текст.json"
    assert cli("booklets", "text", "export", str(exported), db=demo_file).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["title"] == "Как работать в Профкардс?"
    data["contacts"] = ["Телефон: 8 (4712) 11-22-33"]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli("booklets", "text", "import", str(exported), db=demo_file).returncode == 0
    out = tmp_path / "b.pdf"
    assert cli("booklets", "print", "--out", str(out), "--blank", "1", db=demo_file).returncode == 0
    assert "8 (4712) 11-22-33" in text(out, 1)
    exported.write_text('{"titel": "x"}', encoding="utf-8")
    bad = cli("booklets", "text", "import", str(exported), db=demo_file)
    assert bad.returncode == 1 and "titel" in bad.stderr


def test_org_and_blank_together_is_an_error(cli, demo_file, tmp_path):
    done = cli(
        "booklets", "print", "--out", str(tmp_path / "x.pdf"), "--org", "R", "--blank", "2",
        db=demo_file,
    )  # fmt: skip
    assert done.returncode == 1 and "либо --org" in done.stderr
