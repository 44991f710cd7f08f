"""profdesk-cli encrypt / decrypt, and every command on an encrypted file, as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

PASSWORD = "пароль районной базы"


@pytest.mark.slow
def test_encrypt_use_and_decrypt_a_district_file(cli, tmp_path: Path) -> None:
    base = tmp_path / "район.sqlite3"
    none = {"PROFDESK_DB_PASSWORD": ""}
    right = {"PROFDESK_DB_PASSWORD": PASSWORD}
    assert cli("demo", "--members", "200", db=base, env=none).returncode == 0
    plain = cli("members", "search", "ова", "--limit", "0", db=base, env=none).stdout

    done = cli("encrypt", db=base, env={**none, "PROFDESK_NEW_DB_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert "зашифрована" in done.stdout and "Без пароля данные не восстановить" in done.stdout
    assert not base.read_bytes().startswith(b"SQLite format 3")

    for env, words in (
        (none, "зашифрована: введите её пароль"),
        (right | {"PROFDESK_DB_PASSWORD": "не тот пароль"}, "Неверный пароль базы данных"),
    ):
        refused = cli("members", "search", "ова", db=base, env=env)
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1 and words in refused.stderr
        assert "not a database" not in refused.stderr and "ERROR" not in refused.stderr

    assert cli("members", "search", "ова", "--limit", "0", db=base, env=right).stdout == plain
    copy = tmp_path / "копия.sqlite3"
    assert cli("backup", "--out", str(copy), db=base, env=right).returncode == 0
    assert not copy.read_bytes().startswith(b"SQLite format 3")  # the copy is encrypted too
    restored = cli("restore", str(copy), db=base, env=right)
    assert restored.returncode == 0, restored.stderr

    done = cli("decrypt", db=base, env=right)
    assert done.returncode == 0, done.stderr
    assert base.read_bytes().startswith(b"SQLite format 3")
    assert cli("members", "search", "ова", "--limit", "0", db=base, env=none).stdout == plain
    audit = cli("audit", "--json", db=base, env=none).stdout
    assert '"encrypt"' in audit and '"decrypt"' in audit
