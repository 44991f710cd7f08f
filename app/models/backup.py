"""Backup copies of the database made with SQLite's online backup API.

A plain file copy of a live WAL database can miss pages; the backup API cannot.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ..paths import backups_dir_for

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
