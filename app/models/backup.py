"""Backup copies of the database made with SQLite's online backup API.

A plain file copy of a live WAL database can miss pages; the backup API cannot.
A database on a PostgreSQL server is copied with the server's own tool, pg_dump, when it is
installed on this computer; otherwise the server's own backups apply (its administrator's).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from ..errors import ProfdeskError
from ..paths import backups_dir_for, data_dir

KEEP_BACKUPS = 30


def backup_database(db_path: Path, *, reason: str = "manual", out: Path | None = None) -> Path:
    """Copy the database at db_path to `out` (or a dated file in its backups folder)."""
    prune = out is None
    if out is None:
        folder = backups_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(db_path)
    try:
        target = sqlite3.connect(out)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    if prune:
        _prune(out.parent, db_path.stem)
    return out


def _prune(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def backup_open_database(db: Any, *, reason: str = "manual", out: Path | None = None) -> Path:
    """A backup of an open app.models.db.Database, whichever engine it is on."""
    if db.path is not None:
        return backup_database(db.path, reason=reason, out=out)
    return backup_server_database(db.engine.url, reason=reason, out=out)


def backup_server_database(url: Any, *, reason: str = "manual", out: Path | None = None) -> Path:
    """pg_dump of the server database at `url` (a SQLAlchemy URL) into a custom-format file.

    Without `out` the file goes to the user's data folder, backups/<database>-<time>.dump.
    The password (if the URL carries one after a prompt) reaches pg_dump through its
    environment, never its command line."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise ProfdeskError(
            "База данных находится на сервере PostgreSQL, и её резервные копии делает сам "
            "сервер: обратитесь к его администратору (программа pg_dump на этом компьютере "
            "не найдена)."
        )
    if out is None:
        folder = data_dir() / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = folder / f"{url.database}-{stamp}-{reason}.dump"
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    partial = out.with_name(out.name + ".partial")
    done = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={conninfo}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        reason_line = (done.stderr.strip().splitlines() or ["без пояснений"])[-1]
        raise ProfdeskError(f"pg_dump не сделал резервную копию базы на сервере: {reason_line}")
    partial.replace(out)
    return out
