"""profdesk-cli exchange, end to end: a region and a district copy as two database files."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.models import Member, open_database
from app.models.members import update_member

PASS = "фраза для обмена файлами"


def _edit(db_file: Path, member_id: str, **values) -> None:
    db = open_database(db_file)
    try:
        with db.session() as s:
            update_member(s, member_id, values)
    finally:
        db.close()


def test_exchange_round_trip_with_conflict(cli, tmp_path: Path) -> None:
    region, district = tmp_path / "регион.sqlite3", tmp_path / "район.sqlite3"
    env = {"PROFDESK_PASSPHRASE": PASS}
    phrase_file = tmp_path / "фраза.txt"
    phrase_file.write_text(PASS + "\n", encoding="utf-8")
    assert cli("demo", "--members", "300", db=region).returncode == 0

    out = cli(
        "exchange", "export", "--org", "T01", "--out", str(tmp_path / "t01.pdx"), db=region, env=env
    )
    assert out.returncode == 0, out.stderr
    assert "полный" in out.stdout

    wrong = cli(
        "exchange",
        "import",
        str(tmp_path / "t01.pdx"),
        db=district,
        env={"PROFDESK_PASSPHRASE": "совсем другая фраза"},
    )
    assert wrong.returncode == 1
    assert (
        wrong.stderr.strip()
        == "Ошибка: Неверная парольная фраза обмена: файл выгружен с другой фразой."
    )

    dry = cli(
        "exchange",
        "import",
        str(tmp_path / "t01.pdx"),
        "--dry-run",
        "--json",
        "--passphrase-file",
        str(phrase_file),
        db=district,
    )
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert preview["created"] > 3 and preview["dry_run"] is True
    real = cli(
        "exchange",
        "import",
        str(tmp_path / "t01.pdx"),
        "--json",
        "--passphrase-file",
        str(phrase_file),
        db=district,
    )
    report = json.loads(real.stdout)
    assert {k: report[k] for k in ("created", "updated", "conflicts", "refused")} == {
        "created": preview["created"],
        "updated": 0,
        "conflicts": 0,
        "refused": 0,
    }
    assert report["district_created"] is True

    db = open_database(district)
    with db.session() as s:
        member_id = s.scalar(select(Member.id).order_by(Member.sort_key))
    db.close()
    _edit(district, member_id, phone="+7 900 000 00 01")
    _edit(region, member_id, phone="+7 900 000 00 02")

    assert (
        cli(
            "exchange", "export", "--out", str(tmp_path / "back.pdx"), db=district, env=env
        ).returncode
        == 0
    )
    back = cli("exchange", "import", str(tmp_path / "back.pdx"), "--json", db=region, env=env)
    assert json.loads(back.stdout)["conflicts"] == 1

    listed = json.loads(cli("exchange", "conflicts", "--json", db=region).stdout)
    assert [(c["field"], c["here"], c["there"]) for c in listed] == [
        ("phone", "+79000000002", "+79000000001")
    ]
    text = cli("exchange", "conflicts", db=region).stdout
    assert "здесь: +79000000002" in text and "там:   +79000000001" in text

    done = cli("exchange", "resolve", listed[0]["id"], "--take", "there", db=region)
    assert done.returncode == 0, done.stderr
    assert json.loads(cli("exchange", "conflicts", "--json", db=region).stdout) == []

    again = cli("exchange", "resolve", listed[0]["id"], "--take", "there", db=region)
    assert again.returncode == 1 and again.stderr.startswith("Ошибка: ")
    missing = cli("exchange", "import", str(tmp_path / "нет.pdx"), db=region, env=env)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
