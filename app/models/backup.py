"""Backup copies of the database made with SQLite's online backup API, and their list.

A plain file copy of a live WAL database can miss pages; the backup API cannot. Backups sit
in a folder beside the database (app.paths.backups_dir_for), named
`<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3`; the newest KEEP_BACKUPS are kept.
A database on a PostgreSQL server is copied by app.models.server_backup. Checking a copy
and remembering its verdict: app.models.backup_checks; restoring one: app.models.restore.

The daily copy is kept only if it passes the full PRAGMA integrity_check, so a damaged
database never pushes good copies out; a copy's verdict is remembered by its size and
time (docs/integrity.md), so "the newest good backup" costs one check per new copy.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import backups_dir_for
from . import cipher, soundness
from .backup_checks import (
    DAMAGED,
    GOOD,
    STATE_TITLES,
    UNCHECKED,
    CheckStop,
    integrity_problem,
    known_verdict,
    remember_verdict,
    verify_backup,
)
from .errors import DatabaseDamagedError
from .server_backup import backup_server_database, server_backups_dir

KEEP_BACKUPS = 30
REASON_TITLES = {
    "daily": "ежедневная",
    "manual": "вручную",
    "before-migration": "перед обновлением",
    "before-import": "перед импортом",
    "before-exchange": "перед обменом",
    "before-restore": "перед восстановлением",
}


@dataclass
class BackupInfo:
    path: Path
    made_at: dt.datetime  # local time, from the file name
    reason: str
    size: int

    @property
    def reason_title(self) -> str:
        return REASON_TITLES.get(self.reason, self.reason)

    @property
    def state(self) -> str:
        """good, damaged or unchecked, as far as a check has told (nothing is run)."""
        ok = known_verdict(self.path)
        return UNCHECKED if ok is None else GOOD if ok else DAMAGED

    @property
    def state_title(self) -> str:
        return STATE_TITLES[self.state]


def backup_database(db_path: Path, *, reason: str = "manual", out: Path | None = None) -> Path:
    """Copy the database at db_path to `out` (or a dated file in its backups folder)."""
    db_path = Path(db_path)
    prune = out is None
    if out is None:
        folder = backups_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    out = Path(out)
    # written under a temporary name and renamed: a backup is whole or absent
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    # an encrypted database's copy is keyed the same (salt included): the same password opens it
    key = cipher.key_of_file(db_path)
    source = cipher.connect(db_path, key=key)
    try:
        target = cipher.connect(tmp, key=key)
        try:
            source.backup(target)
            # one self-contained file: a read-only check later leaves no -wal or -shm beside it
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    os.replace(tmp, out)
    if prune:
        _prune(out.parent, db_path.stem)
    return out


def _prune(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    db_path = Path(db_path)
    return _list_dated(backups_dir_for(db_path), db_path.stem, ".sqlite3")


def _list_dated(folder: Path, stem: str, suffix: str) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    prefix = f"{stem}-"
    for path in folder.glob(f"{stem}-*{suffix}"):
        rest = path.stem[len(prefix) :]
        parts = rest.split("-", 3)
        try:
            made_at = _made_at("-".join(parts[:3]))
        except ValueError:
            continue
        reason = parts[3] if len(parts) > 3 else ""
        found.append(BackupInfo(path, made_at, reason, path.stat().st_size))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


_STAMP = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})-([0-9]{2})([0-9]{2})([0-9]{2})-([0-9]{6})")


def _made_at(stamp: str) -> dt.datetime:
    """strptime(stamp, "%Y%m%d-%H%M%S-%f"), read directly when written as this program writes
    it: the first strptime of a process costs 10 ms, and every reading command lists the
    copies (is the day's checked copy made?)."""
    found = _STAMP.fullmatch(stamp)
    if found is None:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
    return dt.datetime(*map(int, found.groups()))


def daily_backup_due(db_path: Path, today: dt.date | None = None) -> bool:
    """No copy made today has passed the full check yet (a copy before an import or an
    exchange is made unchecked: it does not stand in for the day's checked one)."""
    today = today or dt.date.today()
    return not any(
        b.made_at.date() == today and known_verdict(b.path) for b in list_backups(db_path)
    )


def backup_daily(
    db_path: Path, today: dt.date | None = None, *, cancel: CheckStop | None = None
) -> Path | None:
    """The first open of a day makes a backup; later opens that day make none.

    The copy is made beside its final name and kept only if it passes the full
    integrity_check: the backup API copies pages as they are, so the copy is exactly as
    sound as the database was. A damaged one is removed and DatabaseDamagedError raised
    (the good copies stay, and every open checks in full until the file is restored);
    `cancel` stopped stops the check (CheckCancelled, no copy: the next open tries again)."""
    if not daily_backup_due(db_path, today):
        return None
    folder = backups_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    out = folder / f"{db_path.stem}-{stamp}-daily.sqlite3"
    checking = out.with_name(f".{out.name}.checking")
    try:
        backup_database(db_path, out=checking)
        problem = integrity_problem(checking, cancel=cancel)
        if problem is not None:
            soundness.report_damage(db_path)
            raise DatabaseDamagedError(damaged_message(db_path, daily=True))
        os.replace(checking, out)
    finally:
        checking.unlink(missing_ok=True)
    remember_verdict(out, True)
    _prune(folder, db_path.stem)
    return out


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest copy that passes the full check: newest first, stopping at the first good
    one (each copy is checked once; later asks read its verdict)."""
    for info in list_backups(db_path):
        if verify_backup(info) == GOOD:
            return info
    return None


def damaged_message(db_path: Path, *, daily: bool = False) -> str:
    """The sentence for a damaged database, with the way back. `daily`: the check before
    the day's backup found it, and no copy was made over the good ones."""
    good = newest_good_backup(db_path)
    found = (
        f"Проверка перед ежедневной резервной копией нашла повреждение в базе данных "
        f"«{db_path}», и копия не сделана"
        if daily
        else f"База данных «{db_path}» повреждена"
    )
    if good is None:
        near = "с базой" if daily else "с ней"
        return f"{found}, а исправных резервных копий рядом {near} нет: обратитесь к специалисту."
    return (
        f"{found}: восстановите {'базу' if daily else 'её'} из последней исправной резервной "
        f"копии «{good.path}» от {good.made_at:%d.%m.%Y %H:%M} (меню «Сервис → Восстановить "
        "из копии…» или команда profdesk-cli restore с этим файлом)."
    )


def backup_open_database(db: Any, *, reason: str = "manual", out: Path | None = None) -> Path:
    """A backup of an open app.models.database.Database, whichever engine it is on."""
    if db.path is not None:
        return backup_database(db.path, reason=reason, out=out)
    return backup_server_database(db.engine.url, reason=reason, out=out)


def manual_backup(db: Any, out: Path | None = None) -> Path:
    """A copy asked for by the user: the whole database, so an unlimited administrator's job
    (the program's own copies before changes and at the day's first start need no one)."""
    from .audit import log_event
    from .permissions import Permission, access

    with db.session() as s:
        rule = access(s)
        rule.require(Permission.BACKUP)
        rule.require_whole("Резервная копия")
    made = backup_open_database(db, reason="manual", out=out)
    with db.session() as s:
        log_event(s, "backup", "database", details={"file": made.name})
    return made


def backup_before_change(db: Any, reason: str) -> Path | None:
    """The copy taken before an import or an exchange. On a server without pg_dump here
    there is none: the change is one transaction there, and the server's backups apply."""
    import shutil

    if db.path is None and shutil.which("pg_dump") is None:
        return None
    return backup_open_database(db, reason=reason)


def list_open_database_backups(db: Any) -> list[BackupInfo]:
    """The backups of an open database, newest first: files beside a SQLite database, or
    this computer's pg_dump files of a server database."""
    if db.path is not None:
        return list_backups(db.path)
    return _list_dated(server_backups_dir(), db.engine.url.database, ".dump")
