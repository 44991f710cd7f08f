"""orgs add, orgs edit and orgs list --json through profdesk-cli: the chairman's ФИО and phone."""

from __future__ import annotations

import json


def test_add_edit_and_list_an_organisations_chairman(region_db, db_path, cli):
    region_db.close()
    made = cli("orgs", "add", "T1", "--kind", "territorial", "--name", "Район", db=db_path)
    assert made.returncode == 0, made.stderr
    made = cli(
        "orgs",
        "add",
        "T1-01",
        "--parent",
        "T1",
        "--name",
        "Первичная организация школы № 1",
        "--chair",
        "Сидорова Анна Петровна",
        "--chair-phone",
        "8 (910) 115-44-33",
        db=db_path,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "Добавлена организация T1-01: Первичная организация школы № 1"

    bad = cli("orgs", "edit", "T1-01", "--chair-phone", "позвонить завтра", db=db_path)
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr == (
        "Ошибка: Телефон председателя не похож на российский номер: нужно 10 цифр после +7.\n"
    )
    edited = cli("orgs", "edit", "T1-01", "--chair", "Ёлкина Мария Семёновна", db=db_path)
    assert edited.returncode == 0, edited.stderr

    listed = cli("orgs", "list", "--json", db=db_path)
    school = next(o for o in json.loads(listed.stdout) if o["code"] == "T1-01")
    assert school["parent_code"] == "T1"
    assert (school["chair"], school["chair_phone"]) == ("Ёлкина Мария Семёновна", "+79101154433")
