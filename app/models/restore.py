"""Restoring the database from a backup copy, after checking the copy in full.

Nothing here needs an open Database: restore must work when the live file is damaged.
A database on a PostgreSQL server is restored by its administrator
(app.models.server_backup.refuse_server_restore).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..errors import ProfdeskError
from ..paths import backups_dir_for
from . import cipher, soundness
from .backup import backup_database
from .backup_checks import check_backup_file
from .errors import ValidationError


def restore_database(db_path: Path, source: Path, password: str | None = None) -> Path | None:
    """Replace the database at db_path with the backup `source`, after checking it.

    What is replaced is first backed up (reason before-restore) if it can be read; that
    copy's path is returned. The caller must have closed every connection to db_path.
    The copy goes through the backup API into the live file in one transaction, so a
    crash leaves the old or the new database, never a mix. The copy comes back as it is:
    an encrypted copy gives an encrypted database (with the same password), a plain one a
    plain database; when that differs from the live file, the file is swapped whole.
    """
    db_path = Path(db_path)
    source = Path(source)
    check_backup_file(source, password)
    if source.resolve() == db_path.resolve():
        raise ValidationError("Это и есть открытая база данных: выберите резервную копию.")
    saved: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            saved = backup_database(db_path, reason="before-restore")
        except (ProfdeskError, *cipher.DATABASE_ERRORS):
            # the live file is too damaged to read: keep it as it is, beside the backups
            folder = backups_dir_for(db_path)
            folder.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            saved = folder / f"{db_path.stem}-damaged-{stamp}.bin"
            os.replace(db_path, saved)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    key = cipher.key_of_file(source)
    live_key = _live_key(db_path)
    if db_path.exists() and live_key == key:
        _copy(source, db_path, key)
    else:
        tmp = db_path.with_name(db_path.name + ".restoring")
        tmp.unlink(missing_ok=True)
        _copy(source, tmp, key)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    soundness.replaced(db_path)  # the copy passed the full check: old doubts are gone
    return saved


def _live_key(db_path: Path) -> str | None:
    """The key of the file being replaced (None: plain, missing or no longer readable)."""
    try:
        return cipher.key_of_file(db_path) if db_path.exists() else None
    except ProfdeskError:
        return ""  # encrypted with a key not known here: never written into, swapped whole


def _copy(source: Path, target: Path, key: str | None) -> None:
    src = cipher.connect(source, read_only=True, key=key)
    try:
        out = cipher.connect(target, key=key)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
