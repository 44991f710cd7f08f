"""Backup copies of the database made with SQLite's online backup API, and restoring them.

A plain file copy of a live WAL database can miss pages; the backup API cannot. Backups sit
in a folder beside the database (app.paths.backups_dir_for), named
`<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3`; the newest KEEP_BACKUPS are kept.
Nothing here needs an open Database: restore must work when the live file is damaged.
A database on a PostgreSQL server is copied with the server's own tool, pg_dump, when it is
installed on this computer; otherwise the server's own backups apply (its administrator's).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ProfdeskError
from ..paths import backups_dir_for, data_dir
from . import cipher, soundness
from .errors import DatabaseOpenError, ValidationError

KEEP_BACKUPS = 30
SQLITE_HEADER = b"SQLite format 3\x00"
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
            made_at = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        reason = parts[3] if len(parts) > 3 else ""
        found.append(BackupInfo(path, made_at, reason, path.stat().st_size))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def backup_daily(db_path: Path, today: dt.date | None = None) -> Path | None:
    """The first open of a day makes a backup; later opens that day make none."""
    today = today or dt.date.today()
    if any(b.made_at.date() == today for b in list_backups(db_path)):
        return None
    return backup_database(db_path, reason="daily")


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes spaces, '#' and '?' in folder names."""
    return Path(path).resolve().as_uri() + "?mode=ro"


# --- checks ----------------------------------------------------------------------------------
def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = cipher.connect(path, read_only=True)
    except (ProfdeskError, *cipher.ERRORS) as exc:
        return str(exc)
    try:
        rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    except cipher.ERRORS as exc:
        return str(exc)
    finally:
        conn.close()
    result = rows[0][0] if rows else "no answer"
    return None if result == "ok" else str(result)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    for info in list_backups(db_path):
        if integrity_problem(info.path, quick=True) is None:
            return info
    return None


def damaged_message(db_path: Path) -> str:
    """The sentence for a damaged database, with the way back."""
    good = newest_good_backup(db_path)
    if good is None:
        return (
            f"База данных «{db_path}» повреждена, а исправных резервных копий рядом с ней нет: "
            "обратитесь к специалисту."
        )
    return (
        f"База данных «{db_path}» повреждена: восстановите её из последней исправной "
        f"резервной копии «{good.path}» от {good.made_at:%d.%m.%Y %H:%M} "
        f"(profdesk-cli restore «{good.path}» или меню «Сервис → Восстановить из копии…»)."
    )


def check_backup_file(path: Path, password: str | None = None) -> str:
    """Refuse a file that is not a sound Profdesk database this program can open.

    An encrypted copy needs its key: unlocked already (a copy of this database), remembered
    in the OS store, or `password`. Returns its schema revision."""
    from . import migrate

    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Файла «{path}» нет.")
    encrypted = cipher.looks_encrypted(path)
    with path.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER and not encrypted:
            raise ValidationError(f"Файл «{path.name}» — не резервная копия базы Profdesk.")
    if encrypted and cipher.key_for(path) is None:
        if not password:
            raise ValidationError(
                f"Резервная копия «{path.name}» зашифрована, а её пароль не введён: без него "
                "копию не восстановить, текущая база не изменена."
            )
        try:
            cipher.unlock(path, password)
        except cipher.WrongPasswordError:
            raise ValidationError(
                f"Неверный пароль резервной копии «{path.name}» (или копия повреждена): "
                "текущая база не изменена."
            ) from None
    problem = integrity_problem(path)
    if problem is not None:
        raise ValidationError(
            f"Резервная копия «{path.name}» повреждена: восстанавливать её нельзя."
        )
    conn = cipher.connect(path, read_only=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "organisation", "member", "change_log"} <= tables:
            raise ValidationError(f"Файл «{path.name}» — не база данных Profdesk.")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if revision is None:
        raise ValidationError(f"Файл «{path.name}» — не база данных Profdesk.")
    try:
        migrate.refuse_if_newer(revision[0])
    except DatabaseOpenError as exc:
        raise ValidationError(
            f"Копия «{path.name}» сделана более новой версией Profdesk: "
            "установите её, чтобы восстановить эту копию."
        ) from exc
    return revision[0]


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


def backup_open_database(db: Any, *, reason: str = "manual", out: Path | None = None) -> Path:
    """A backup of an open app.models.db.Database, whichever engine it is on."""
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
    if db.path is None and shutil.which("pg_dump") is None:
        return None
    return backup_open_database(db, reason=reason)


def server_backups_dir() -> Path:
    return data_dir() / "backups"


def list_open_database_backups(db: Any) -> list[BackupInfo]:
    """The backups of an open database, newest first: files beside a SQLite database, or
    this computer's pg_dump files of a server database."""
    if db.path is not None:
        return list_backups(db.path)
    return _list_dated(server_backups_dir(), db.engine.url.database, ".dump")


def refuse_server_restore(db: Any) -> None:
    """Restoring replaces the data of everyone working in the database: on a server only
    its administrator does that. `db` None: the caller already knows it is a server."""
    if db is None or db.path is None:
        raise ProfdeskError(
            "База данных находится на сервере PostgreSQL, где одновременно работают другие "
            "сотрудники: восстановить её из копии может только администратор сервера "
            f"(pg_restore; копии этого компьютера лежат в папке «{server_backups_dir()}»)."
        )


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
        folder = server_backups_dir()
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
