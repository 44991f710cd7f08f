"""The CLI's import writes its pages straight into the file (a rollback journal, when no
one else has the file open): killed after it has written into the file, it still leaves
the database exactly as it was, and the next open is in WAL mode again."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.cli.test_security_kill import snapshot

ROWS = 40_000
SURNAMES = ["Иванова", "Петрова", "Смирнова", "Кузнецова", "Соколова", "Попова", "Лебедева"]
NAMES = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана"]


def _big_list(path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Фамилия", "Имя", "Отчество", "Дата рождения", "Телефон"])
        for i in range(ROWS):  # 16,800 birth dates for each surname: every row a new person
            born = f"{1 + i % 28:02d}.{1 + i // 28 % 12:02d}.{1950 + i // 336 % 50}"
            surname, name = SURNAMES[i // 16_800], NAMES[i % 8]
            writer.writerow([surname, name, "Сергеевна", born, f"8910{i:07d}"])


def _journal_mode(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_an_import_killed_after_writing_into_the_file_leaves_it_as_it_was(cli, db_path, tmp_path):
    assert cli("demo", "--members", "300", db=db_path).returncode == 0
    orgs = json.loads(cli("orgs", "list", "--json", db=db_path).stdout)
    code = next(o["code"] for o in orgs if o["kind"] == "primary")
    source = tmp_path / "список.csv"
    _big_list(source)
    before = snapshot(db_path)
    size = db_path.stat().st_size
    journal = db_path.with_name(db_path.name + "-journal")

    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", str(db_path)]
        + ["members", "import", str(source), "--org", code],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # the moment the import's own pages are in the file: only the journal undoes them
        deadline = time.monotonic() + 300
        while not (journal.exists() and db_path.stat().st_size > size + 8_000_000):
            assert process.poll() is None, "the import ended before it wrote into the file"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        process.kill()  # SIGKILL: no cleanup runs, as after Task Manager or a power cut
    finally:
        process.kill()
        process.wait(timeout=60)

    assert journal.exists()  # a hot journal: SQLite rolls it back at the next open
    assert snapshot(db_path) == before
    assert db_path.stat().st_size == size
    listed = cli("orgs", "list", "--json", db=db_path)
    assert listed.returncode == 0, listed.stderr
    assert _journal_mode(db_path) == "wal"

    again = cli("members", "import", str(source), "--org", code, "--json", db=db_path)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["created"] == ROWS
    assert _journal_mode(db_path) == "wal"
    assert not journal.exists()
