import csv
import json

from openpyxl import load_workbook


def test_init_demo_search_export(cli, db_path, tmp_path):
    assert cli("demo", "--members", "400", "--seed", "3", db=db_path).returncode == 0
    orgs = json.loads(cli("orgs", "list", "--json", db=db_path).stdout)
    assert {o["kind"] for o in orgs} == {"region", "territorial", "primary"}
    assert {"id", "code", "name", "kind", "parent_code", "employees", "students"} <= set(orgs[0])

    out = tmp_path / "список членов.csv"
    assert cli("members", "export", str(out), db=db_path).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 400
    some = rows[0]
    found = json.loads(
        cli(
            "members",
            "search",
            some["last_name"].upper(),
            "--all",
            "--json",
            "--limit",
            "500",
            db=db_path,
        ).stdout
    )
    assert some["id"] in {m["id"] for m in found}
    assert set(found[0]) == set(rows[0])

    xlsx = tmp_path / "члены.xlsx"
    assert cli("members", "export", str(xlsx), db=db_path).returncode == 0
    sheet = load_workbook(xlsx, read_only=True).active
    header = next(sheet.iter_rows(values_only=True))
    assert header[1:4] == ("Фамилия", "Имя", "Отчество")


def test_same_seed_gives_same_data(cli, tmp_path):
    outputs = []
    for name in ("a.sqlite3", "b.sqlite3"):
        db = tmp_path / name
        cli("demo", "--members", "200", "--seed", "5", db=db)
        cli("members", "export", str(tmp_path / f"{name}.csv"), db=db)
        outputs.append((tmp_path / f"{name}.csv").read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


def test_errors_are_one_sentence_without_traceback(cli, tmp_path):
    bad = tmp_path / "not a db.sqlite3"
    bad.write_bytes(b"PK\x03\x04 this is a zip")
    result = cli("orgs", "list", db=bad)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "не является базой данных" in result.stderr
    result = cli("members", "export", str(tmp_path / "x.pdf"), db=tmp_path / "new.sqlite3")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert cli("no-such-command", db=tmp_path / "new.sqlite3").returncode == 1


def test_db_from_environment(cli, tmp_path):
    target = tmp_path / "из переменной.sqlite3"
    result = cli(
        "init", "--region-name", "Курская областная организация", env={"PROFDESK_DB": str(target)}
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()
