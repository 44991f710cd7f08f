"""profdesk-cli and damage quick_check misses (issue 21, point 5): the day's first command
refuses in one sentence naming the older good copy, `backup --list --check` tells each copy's
state, and `restore` of that copy gives a sound database."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.models import demo, open_database
from app.models.backup import backup_database
from app.paths import backups_dir_for
from tests.damage import damage_index

pytestmark = [pytest.mark.plain_file, pytest.mark.slow]


def test_index_damage_is_refused_listed_and_restored(cli, tmp_path):
    path = tmp_path / "Профсоюз" / "profdesk.sqlite3"
    db = open_database(path)
    with db.session(log_changes=False) as s:
        demo.generate(s, members=2000, seed=1)
    db.close()
    folder = backups_dir_for(path)
    folder.mkdir()

    def copy(days: int, reason: str):
        when = dt.datetime.now() - dt.timedelta(days=days)
        out = folder / f"{path.stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
        return backup_database(path, out=out)

    oldest = copy(3, "manual")
    older = copy(2, "daily")
    damage_index(path)
    newer = copy(1, "before-import")  # a copy made from the damaged file yesterday

    refused = cli("members", "search", "Иванов", db=path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("Ошибка: ")
    assert "нашла повреждение" in refused.stderr and "копия не сделана" in refused.stderr
    assert f"резервной копии «{older}»" in refused.stderr  # the older good one, not the newer
    assert str(newer) not in refused.stderr
    assert len(list(folder.glob("*.sqlite3"))) == 3  # no daily copy of the damage

    listing = cli("backup", "--list", db=path)  # of a damaged database too
    assert listing.returncode == 0 and "повреждена" in listing.stderr
    rows = listing.stdout.splitlines()
    assert all(str(p) in r for r, p in zip(rows, (newer, older, oldest), strict=True))
    assert "повреждена" in rows[0] and "исправна" in rows[1]  # found while naming the copy
    assert "не проверена" in rows[2]  # the search stopped at the first good copy
    checked = cli("backup", "--list", "--check", db=path).stdout.splitlines()
    assert "исправна" in checked[2]

    restored = cli("restore", str(older), db=path)
    assert restored.returncode == 0, restored.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    found = cli("members", "search", "Иванов", "--limit", "3", db=path)
    assert found.returncode == 0 and found.stdout.strip()
