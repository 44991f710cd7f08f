"""The reading commands of cards, layouts and stock take the light path on a plain file (no
SQLAlchemy imported) and print exactly what the normal path prints once a user exists."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.cli.test_light_read_cli import _light

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

READING = [
    ["cards", "layouts", "list"],
    ["cards", "layouts", "list", "--json"],
    ["booklets", "layouts", "list"],
    ["booklets", "layouts", "list", "--json"],
    ["cards", "batches"],
    ["cards", "batches", "--json"],
    ["stock", "shipments"],
    ["stock", "shipments", "--json"],
    ["stock", "shipments", "--status", "sent"],
    ["stock", "shipments", "--org", "T01", "--since", "02.02.2026", "--until", "2026-02-20"],
    ["stock", "history", "--org", "R-01"],
    ["stock", "history", "--org", "T01", "--json"],
    ["stock", "history", "--org", "T01-001"],
    ["stock", "history", "--org", "T01"],
]


def _ok(done) -> str:  # noqa: ANN001
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_reading_commands_skip_sqlalchemy_and_print_the_same(cli, sqlite_path):
    db = sqlite_path
    _ok(cli("demo", "--members", "300", "--seed", "5", db=db))
    stock = ["stock", "receive", "--edition", "Буклет 2026", "--qty", "1500"]
    _ok(cli(*stock, "--date", "2026-02-01", db=db))
    first = _ok(cli("stock", "ship", "--to", "T01", "--qty", "1000", "--date", "2026-02-03", db=db))
    _ok(
        cli(
            "stock",
            "confirm",
            first.strip(),
            "--by",
            "Иванова А. П.",
            "--date",
            "05.02.2026",
            db=db,
        )
    )
    shipped = ["stock", "ship", "--to", "T01-001", "--qty", "300", "--date", "2026-02-10"]
    _ok(cli(*shipped, db=db))
    _ok(cli("stock", "confirm", "2", "--by", "Петров С. С.", "--qty", "295", db=db))
    _ok(cli("stock", "ship", "--to", "T02", "--qty", "50", "--draft", db=db))
    _ok(cli("stock", "handout", "--org", "T01-001", "--qty", "40", db=db))
    wrong = json.loads(
        _ok(
            cli(
                "stock",
                "writeoff",
                "--org",
                "T01",
                "--qty",
                "3",
                "--reason",
                "не то",
                "--json",
                db=db,
            )
        )
    )
    _ok(cli("stock", "reverse", wrong[0]["id"], "--reason", "списали не то", db=db))

    _ok(cli("cards", "print", "--org", "T01-001", "--out", str(db.parent / "a.pdf"), db=db))
    _ok(
        cli(
            "cards",
            "print",
            "--org",
            "T02",
            "--layout",
            "a4",
            "--out",
            str(db.parent / "b.pdf"),
            db=db,
        )
    )
    for group, name, title in (("cards", "office", "Билет офиса"), ("booklets", "kursk", None)):
        exported = db.parent / f"{group}.json"
        _ok(cli(group, "layouts", "export", "default", "--out", str(exported), db=db))
        body = json.loads(exported.read_text(encoding="utf-8")) | {"name": name}
        if title:
            body["title"] = title
        exported.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        _ok(cli(group, "layouts", "import", str(exported), db=db))
    _ok(cli("cards", "layouts", "import", str(exported.parent / "cards.json"), db=db))

    copies = db.parent / f"{db.stem}-backups"
    shutil.rmtree(copies)  # as on the next morning: the day's checked copy is due
    _out, loaded = _light(db, READING[0])
    assert loaded  # the day's first open makes the checked copy: the normal path

    light = {}
    for argv in READING:
        out, loaded = _light(db, argv)
        assert not loaded, argv  # the light path: no SQLAlchemy at all
        light[tuple(argv)] = out
    assert len(json.loads(light[("cards", "batches", "--json")])) == 2
    cards = json.loads(light[("cards", "layouts", "list", "--json")])["layouts"]
    assert cards[-1] == {"name": "office", "title": "Билет офиса", "built_in": False, "version": 2}
    assert "kursk                версия 1" in light[("booklets", "layouts", "list")]
    assert "(печатается)" in light[("booklets", "layouts", "list")]
    shipments = json.loads(light[("stock", "shipments", "--json")])
    assert [s["number"] for s in shipments] == [3, 2, 1]
    assert "(сторнирована)" in light[("stock", "history", "--org", "T01")]
    assert "отправка № 2" in light[("stock", "history", "--org", "T01-001")]
    history = json.loads(light[("stock", "history", "--org", "T01", "--json")])
    assert [h["balance"] for h in history][-1] == 1000 - 300

    # a code that is not there: the normal path says so, in Russian, exit 1
    missing = cli("stock", "history", "--org", "НЕТ-ТАКОЙ", db=db)
    assert missing.returncode == 1 and "НЕТ-ТАКОЙ" in missing.stderr

    # with a user, every command signs in on the normal path, and prints the same
    env = {"PROFDESK_NEW_PASSWORD": "пароль-админа-1", "PROFDESK_PASSWORD": "пароль-админа-1"}
    assert cli("users", "add", "admin", "--role", "administrator", db=db, env=env).returncode == 0
    for argv in READING:
        done = cli("--user", "admin", *argv, db=db, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout == light[tuple(argv)], argv
