"""More reading commands on the light path (no SQLAlchemy imported): audit, ranking,
progress, exchange conflicts print exactly what the normal path prints; when the normal
path would write first (the month's snapshot, a settled duplicate to drop), it answers."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.cli.test_light_read_cli import _light

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

# the same on either path once a user exists (whose sign-ins the log records meanwhile)
READING = [
    ["audit", "--action", "update"],
    ["audit", "--entity", "member", "--json"],
    ["audit", "--action", "snapshot", "--limit", "1", "--json"],
    ["ranking"],
    ["ranking", "--level", "territorial", "--json"],
    ["ranking", "--org", "TERRITORIAL", "--json"],
    ["progress"],
    ["progress", "--json", "--months", "3"],
    ["progress", "--org", "TERRITORIAL"],
    ["exchange", "conflicts"],
    ["exchange", "conflicts", "--json"],
]
LIGHT_ONLY = [
    ["audit"],
    ["audit", "--by", "nobody", "--json"],
]


def test_more_reading_commands_skip_sqlalchemy_and_print_the_same(cli, sqlite_path):
    db = sqlite_path
    assert cli("init", db=db).returncode == 0
    assert cli("demo", "--members", "400", "--seed", "3", db=db).returncode == 0
    waiting = json.loads(cli("worklist", "no-consent", "--json", db=db).stdout)["members"]
    ids = [m["id"] for m in waiting[:3]]
    assert cli("mark", "consent", *ids, "--on", "01.06.2025", db=db).stdout == "Отмечено: 3 из 3.\n"
    assert cli("progress", db=db).returncode == 0  # the month's snapshot: an audit entry
    orgs = json.loads(cli("orgs", "list", "--json", db=db).stdout)
    territorial = next(o["code"] for o in orgs if o["kind"] == "territorial")
    reading = [[territorial if w == "TERRITORIAL" else w for w in argv] for argv in READING]
    shutil.rmtree(db.parent / f"{db.stem}-backups")  # the next morning: the copy is due
    _, loaded = _light(db, ["audit"])
    assert loaded  # the day's first open makes the checked copy: the normal path

    light = {}
    for argv in reading + LIGHT_ONLY:
        out, loaded = _light(db, argv)
        assert not loaded, argv  # the light path: no SQLAlchemy at all
        light[tuple(argv)] = out
    updates = light[("audit", "--entity", "member", "--json")]
    assert {e["entity_id"] for e in json.loads(updates)} >= set(ids)
    assert "consent_on" in light[("audit",)] and "изменение" in light[("audit",)]
    assert json.loads(light[("audit", "--by", "nobody", "--json")]) == []
    ranked = json.loads(light[("ranking", "--level", "territorial", "--json")])["organizations"]
    assert ranked and ranked[0]["left"] >= ranked[-1]["left"]
    assert territorial in {r["code"] for r in ranked}
    assert "100 % (электронный учёт)" in light[("progress",)]
    # a window longer than the months stored: the normal path rebuilds them (and stores)
    _, loaded = _light(db, ["progress", "--months", "30"])
    assert loaded
    # an organisation that is not there: the normal path says so
    wrong = cli("ranking", "--org", "НЕТ", db=db)
    assert wrong.returncode == 1 and "НЕТ" in wrong.stderr

    assert light[("exchange", "conflicts")] == "Расхождений нет.\n"
    # a proposal of duplicates whose member is gone: the normal path lists what waits, and
    # drops such a proposal first (a write), so the light path leaves it to it
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO exchange_conflict (id, kind, entity, entity_id, field, here_origin, "
            "here_at, there_value, there_version, there_origin, there_at, detected_at) "
            "VALUES ('c1', 'duplicate', 'member', 'gone', '', '', '', 'gone too', '{}', '', "
            "'', '2026-01-01 00:00:00.000000')"
        )
    conn.close()
    out, loaded = _light(db, ["exchange", "conflicts", "--json"])
    assert loaded and json.loads(out) == []
    out, loaded = _light(db, ["exchange", "conflicts", "--json"])
    assert not loaded and json.loads(out) == []

    env = {"PROFDESK_NEW_PASSWORD": "пароль-админа-1", "PROFDESK_PASSWORD": "пароль-админа-1"}
    assert cli("users", "add", "admin", "--role", "administrator", db=db, env=env).returncode == 0
    for argv in reading:
        done = cli("--user", "admin", *argv, db=db, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout == light[tuple(argv)], argv
