"""Reading commands on a plain file take the light path (no SQLAlchemy imported) and print
exactly what the normal path prints; the day's first command still makes the checked copy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

ROOT = Path(__file__).resolve().parents[2]
READING = [
    ["orgs", "list", "--json"],
    ["orgs", "list"],
    ["members", "search", "ова", "--limit", "15", "--json"],
    ["members", "search", "Семёнова", "--all"],
    ["members", "search", "910", "--limit", "5", "--json"],
    ["stock", "balance", "--json"],
    ["stock", "balance"],
    ["worklist", "no-consent", "--json"],
    ["report", "--as-of", "01.06.2025", "--from", "01.01.2025", "--json"],
    ["backup", "--list"],
    ["worklist", "not-in-profkards"],
    ["cards", "layouts", "check", "default", "--json"],
    ["cards", "layouts", "check", "default"],
    ["users", "list", "--json"],
]


def _light(db: Path, argv: list[str], env: dict | None = None) -> tuple[str, bool]:
    """The command run in a child process: what it printed, and whether SQLAlchemy (or
    reportlab, which the light path needs no more than SQLAlchemy) loaded."""
    probe = (
        "import sys; from app.cli import main; "
        f"code = main(['--db', {str(db)!r}, *{argv!r}]); "
        "sys.stdout.flush(); "
        "heavy = 'sqlalchemy' in sys.modules or 'reportlab' in sys.modules; "
        "sys.stderr.write('sqlalchemy' if heavy else 'light'); "
        "sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={**os.environ, **(env or {})},
    )
    return done.stdout, done.stderr.endswith("sqlalchemy")


def test_reading_commands_skip_sqlalchemy_and_print_the_same(cli, sqlite_path):
    db = sqlite_path
    assert cli("init", db=db).returncode == 0
    assert cli("demo", "--members", "400", "--seed", "3", db=db).returncode == 0
    assert cli("stock", "receive", "--edition", "Буклет", "--qty", "300", db=db).returncode == 0
    orgs = json.loads(cli("orgs", "list", "--json", db=db).stdout)
    territorial = next(o["code"] for o in orgs if o["kind"] == "territorial")
    assert cli("stock", "ship", "--to", territorial, "--qty", "70", db=db).returncode == 0
    copies = db.parent / f"{db.stem}-backups"
    shutil.rmtree(copies)  # as on the next morning: the day's checked copy is due
    first, loaded = _light(db, ["orgs", "list", "--json"])
    assert loaded  # the day's first open makes the checked copy: the normal path
    assert any(copies.glob("*-daily.sqlite3"))

    light = {}
    for argv in READING:
        out, loaded = _light(db, argv)
        assert not loaded, argv  # the light path: no SQLAlchemy at all
        light[tuple(argv)] = out
    assert light[tuple(READING[0])] == first
    assert len(json.loads(light[tuple(READING[2])])) == 15
    assert json.loads(light[tuple(READING[-1])]) == []

    # with a user, every command signs in on the normal path, and prints the same
    env = {"PROFDESK_NEW_PASSWORD": "пароль-админа-1", "PROFDESK_PASSWORD": "пароль-админа-1"}
    assert cli("users", "add", "admin", "--role", "administrator", db=db, env=env).returncode == 0
    for argv in READING[:-1]:
        done = cli("--user", "admin", *argv, db=db, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout == light[tuple(argv)], argv
    out, loaded = _light(db, ["--user", "admin", "orgs", "list", "--json"], env)
    assert loaded


def test_work_lists_written_as_bytes_read_the_same_on_any_stdout(cli, sqlite_path):
    """The light path writes SQLite's UTF-8 to a UTF-8 stdout as it is; a stdout of another
    encoding (a Windows console redirected to a file in cp1251) gets the same text."""
    db = sqlite_path
    assert cli("init", db=db).returncode == 0
    assert cli("demo", "--members", "200", "--seed", "5", db=db).returncode == 0
    cli("orgs", "list", db=db)  # the day's checked copy: the next commands are light
    for argv in (["worklist", "no-consent", "--json"], ["worklist", "not-in-profkards"]):
        utf8, loaded = _light(db, argv)
        assert not loaded and "а" in utf8  # Russian text, not escapes
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", "--db", str(db), *argv],
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": "cp1251"},
            check=True,
        )
        assert done.stdout.decode("cp1251") == utf8
    members = json.loads(_light(db, ["worklist", "no-consent", "--json"])[0])["members"]
    assert members and all(m["last_name"] for m in members)
