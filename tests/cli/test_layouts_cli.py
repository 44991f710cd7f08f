"""profdesk-cli cards layouts ...: list, export, import, check, and printing with an office layout."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


@pytest.mark.slow
def test_an_office_layout_from_a_file_is_listed_checked_and_printed(cli, db_path, tmp_path):
    assert cli("demo", "--members", "120", "--seed", "4", db=db_path).returncode == 0
    shared = tmp_path / "макет.json"
    exported = cli("cards", "layouts", "export", "default", "--out", str(shared), db=db_path)
    assert exported.returncode == 0, exported.stderr
    body = json.loads(shared.read_text(encoding="utf-8"))
    body["name"], body["title"] = "kursk", "Билет Курской области"
    body["front"][5]["text"] = "БИЛЕТ КУРСКОЙ ОБЛАСТИ"
    shared.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")

    imported = cli("cards", "layouts", "import", str(shared), db=db_path)
    assert imported.returncode == 0 and "версия 1" in imported.stdout
    listed = json.loads(cli("cards", "layouts", "list", "--json", db=db_path).stdout)
    assert {"name": "kursk", "title": "Билет Курской области", "built_in": False, "version": 1} in (
        listed["layouts"]
    )

    check = cli("cards", "layouts", "check", "kursk", "--json", db=db_path)
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["members"] > 100 and report["misfits"] == []
    assert "лицо: текст {last_name}" in report["worst"]

    out = tmp_path / "билеты.pdf"
    printed = cli("cards", "print", "--out", str(out), "--template", "kursk", db=db_path)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "БИЛЕТ КУРСКОЙ ОБЛАСТИ" in text

    body["front"].append({"type": "sticker", "x": 1, "y": 1, "w": 1, "h": 1})
    shared.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    refused = cli("cards", "layouts", "import", str(shared), db=db_path)
    assert refused.returncode == 1 and "неизвестный тип элемента «sticker»" in refused.stderr
    assert "Traceback" not in refused.stderr
    listed = json.loads(cli("cards", "layouts", "list", "--json", db=db_path).stdout)
    assert next(i for i in listed["layouts"] if i["name"] == "kursk")["version"] == 1
