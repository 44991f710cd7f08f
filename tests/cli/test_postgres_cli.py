"""profdesk-cli with a PostgreSQL server: --db URL, migrate, the password rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.pgtest import fresh_pg_database


def test_password_in_the_url_is_refused(cli):
    done = cli("--db", "postgresql+psycopg://office:secret@127.0.0.1:1/profdesk", "orgs", "list")
    assert done.returncode == 1
    assert "Пароль в командной строке виден другим" in done.stderr
    assert "secret" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_demo_file_migrated_to_the_server_and_searched_there(cli, sqlite_path):
    db_path = sqlite_path
    assert cli("demo", "--members", "800", db=db_path).returncode == 0
    before = cli("members", "search", "ёлкин", "--json", db=db_path)
    assert before.returncode == 0
    with fresh_pg_database() as url:
        moved = cli("migrate", "--from", f"sqlite:///{db_path}", "--to", url)
        assert moved.returncode == 0, moved.stderr
        assert "member" in moved.stdout and "800" in moved.stdout
        assert "число записей в каждой таблице проверено" in moved.stdout

        after = cli("--db", url, "members", "search", "ЕЛКИН", "--json")
        assert after.returncode == 0, after.stderr
        assert after.stdout == before.stdout and "Ёлкин" in after.stdout

        again = cli("migrate", "--from", str(db_path), "--to", url)
        assert again.returncode == 1 and "уже есть данные" in again.stderr

        env_url = cli("members", "search", "ёлкин", "--json", env={"PROFDESK_DB": url})
        assert env_url.returncode == 0 and env_url.stdout == before.stdout


def test_backups_of_a_server_database(cli, tmp_path):
    """pg_dump makes the copy when it is installed; restoring is the server's administrator's
    job, since everyone's work is in that database."""
    with fresh_pg_database() as url:
        assert cli("--db", url, "demo", "--members", "40").returncode == 0
        if shutil.which("pg_dump"):
            made = cli("--db", url, "backup")
            assert made.returncode == 0, made.stderr
            dump = made.stdout.split(": ", 1)[1].strip()
            assert dump.endswith("-manual.dump") and Path(dump).read_bytes()[:5] == b"PGDMP"
            listing = cli("--db", url, "backup", "--list")
            assert "вручную" in listing.stdout and dump in listing.stdout

        no_pg_dump = {"PATH": str(tmp_path)}  # a computer without PostgreSQL's tools
        refused = cli("--db", url, "backup", env=no_pg_dump)
        assert refused.returncode == 1 and "резервные копии делает сам сервер" in refused.stderr

        restore = cli("--db", url, "restore", str(tmp_path / "копия.sqlite3"))
        assert restore.returncode == 1
        assert "восстановить её из копии может только администратор сервера" in restore.stderr
        assert "Traceback" not in restore.stderr + refused.stderr
