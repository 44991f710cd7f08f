"""Nothing half-written: a CLI process killed in the middle of a bulk write leaves the
database intact and exactly as it was before."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest


def snapshot(path) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every table, read after SQLite's own crash recovery."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'member_fts%' ORDER BY name"
            )
        ]
        result = {}
        for table in tables:
            digest = hashlib.sha256()
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for row in rows:
                digest.update(repr(row).encode())
            result[table] = (len(rows), digest.hexdigest())
        # the search index must agree with the member table after recovery
        result["member_fts"] = conn.execute("SELECT count(*) FROM member_fts").fetchone()
        return result
    finally:
        conn.close()


def _bulk_write(path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", str(path), "demo", "--members", "60000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_killed_bulk_write_leaves_the_database_as_it_was(db_path, cli, tmp_path):
    assert cli("init", db=db_path).returncode == 0
    before = snapshot(db_path)
    assert before["member"][0] == 0 and before["organisation"][0] == 1
    # how long an uninterrupted run takes on this machine, so that kills land inside it
    whole = tmp_path / "whole.sqlite3"
    shutil.copy(db_path, whole)
    started = time.monotonic()
    assert _bulk_write(whole).wait(timeout=600) == 0
    duration = time.monotonic() - started
    rng = random.Random()
    inside = 0  # kills that landed before the commit: the database must be exactly as before
    for attempt in range(8):
        if inside >= 2:
            break
        target = tmp_path / f"killed-{attempt}.sqlite3"
        shutil.copy(db_path, target)
        process = _bulk_write(target)
        share = rng.uniform(0.1, 0.7)
        time.sleep(duration * share)
        if process.poll() is not None:  # this run was faster than the measured one
            continue
        process.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs
        process.wait(timeout=60)
        after = snapshot(target)
        # a loaded machine can let the kill land after the commit: then the whole run is there
        if after["member"][0] == 60000:
            continue
        inside += 1
        assert after == before, f"changed after a kill at {share:.0%} of the run"
        # and the database still opens and works normally afterwards
        result = cli("orgs", "list", "--json", db=target)
        assert result.returncode == 0, result.stderr
    assert inside >= 2, "no kill landed inside the write on this machine"
