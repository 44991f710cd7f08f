"""profdesk-cli members import, end to end in a separate process."""

from __future__ import annotations

import json

from openpyxl import Workbook


def primary_code(cli, db_path) -> str:
    orgs = json.loads(cli("orgs", "list", "--json", db=db_path).stdout)
    return next(o["code"] for o in orgs if o["kind"] == "primary")


def search(cli, db_path, text: str) -> list[dict]:
    return json.loads(cli("members", "search", text, "--all", "--json", db=db_path).stdout)


def test_import_dry_run_then_real_then_again(cli, db_path, tmp_path):
    assert cli("demo", "--members", "300", db=db_path).returncode == 0
    code = primary_code(cli, db_path)
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Новые"
    ws.append(["Список на 1 сентября"])
    ws.append(["Фамилия", "Имя", "Отчество", "Дата рождения", "Телефон", "Номер билета"])
    ws.append(["ЗАЙЦЕВА", "марина", "юрьевна", "14.05.1986", "8 910 765-43-21", "4600000000123"])
    ws.append(["Зайцев", "Борис", "", "31.02.1990", None, None])
    ws.append(["", "Олег", "", "01.01.1980", None, None])
    path = tmp_path / "новые члены.xlsx"
    workbook.save(path)

    dry = cli("members", "import", str(path), "--org", code, "--dry-run", "--json", db=db_path)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert (report["created"], report["updated"], report["skipped"]) == (1, 0, 0)
    assert set(report) == {"created", "updated", "skipped", "errors", "warnings", "skipped_rows"}
    assert [(e["row"], e["column"], e["value"]) for e in report["errors"]] == [
        (4, "Дата рождения", "31.02.1990"),
        (5, "Фамилия", ""),
    ]
    assert "31.02.1990" in report["errors"][0]["message"]
    assert report["warnings"] == [] and report["skipped_rows"] == []
    assert search(cli, db_path, "зайцева") == []

    real = cli("members", "import", str(path), "--org", code, "--sheet", "Новые", db=db_path)
    assert real.returncode == 0, real.stderr
    assert "добавлено 1" in real.stdout
    assert "строка 4, столбец «Дата рождения» (ошибка):" in real.stderr
    assert "строка 5, столбец «Фамилия» (ошибка): Не указана фамилия." in real.stderr
    found = search(cli, db_path, "зайцева марина")
    assert len(found) == 1
    assert found[0]["phone"] == "+79107654321"
    assert found[0]["birth_date"] == "1986-05-14"
    assert found[0]["card_number"] == "4600000000123"
    assert found[0]["organization_code"] == code

    again = json.loads(
        cli("members", "import", str(path), "--org", code, "--json", db=db_path).stdout
    )
    assert (again["created"], again["skipped"]) == (0, 1)
    assert len(search(cli, db_path, "зайцева марина")) == 1


def test_export_import_round_trip_through_the_cli(cli, db_path, tmp_path):
    assert cli("demo", "--members", "400", db=db_path).returncode == 0
    out = tmp_path / "все.xlsx"
    assert cli("members", "export", str(out), db=db_path).returncode == 0
    before = (tmp_path / "до.csv", tmp_path / "после.csv")
    assert cli("members", "export", str(before[0]), db=db_path).returncode == 0
    result = cli("members", "import", str(out), "--json", db=db_path)
    report = json.loads(result.stdout)
    assert (report["created"], report["updated"], report["skipped"]) == (0, 0, 400)
    assert report["errors"] == [] and report["warnings"] == []
    assert {r["reason"] for r in report["skipped_rows"]} == {
        "без изменений: всё из строки уже есть в базе"
    }
    assert cli("members", "export", str(before[1]), db=db_path).returncode == 0
    assert before[0].read_text(encoding="utf-8") == before[1].read_text(encoding="utf-8")


def test_unreadable_file_and_wrong_sheet_are_refused(cli, db_path, tmp_path):
    assert cli("demo", "--members", "50", db=db_path).returncode == 0
    junk = tmp_path / "список.xlsx"
    junk.write_text("это не книга Excel", encoding="utf-8")
    result = cli("members", "import", str(junk), db=db_path)
    assert result.returncode == 1
    assert result.stderr.startswith("Ошибка: Файл «список.xlsx» не удаётся прочитать")
    assert "Traceback" not in result.stderr

    workbook = Workbook()
    workbook.active.append(["ФИО", "Дата рождения"])
    good = tmp_path / "книга.xlsx"
    workbook.save(good)
    result = cli("members", "import", str(good), "--sheet", "Нет такого", db=db_path)
    assert result.returncode == 1 and "нет листа «Нет такого»" in result.stderr
    result = cli("members", "import", str(good), "--org", "НЕТ", db=db_path)
    assert result.returncode == 1 and "Организации с кодом «НЕТ» нет" in result.stderr
