"""Backup copies of the database made with SQLite's online backup API, and restoring them.

A plain file copy of a live WAL database can miss pages; the backup API cannot. Backups sit
in a folder beside the database (app.paths.backups_dir_for), named
`<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3`; the newest KEEP_BACKUPS are kept.
Nothing here needs an open Database: restore must work when the live file is damaged.
A database on a PostgreSQL server is copied with the server's own tool, pg_dump, when it is
installed on this computer; otherwise the server's own backups apply (its administrator's).

The daily copy is kept only if it passes the full PRAGMA integrity_check, so a damaged
database never pushes good copies out; a copy's verdict is remembered by its size and
time (docs/integrity.md), so "the newest good backup" costs one check per new copy.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ProfdeskError
from ..paths import backups_dir_for, data_dir
from . import cipher, soundness
from .errors import DatabaseDamagedError, DatabaseOpenError, ValidationError

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
GOOD, DAMAGED, UNCHECKED = "good", "damaged", "unchecked"
STATE_TITLES = {GOOD: "исправна", DAMAGED: "повреждена", UNCHECKED: "не проверена"}
VERDICTS_FILE = ".verdicts.json"  # in the backups folder: name -> size, mtime, ok
_verdicts_lock = threading.Lock()


class CheckCancelled(Exception):
    """The check was stopped (the program is closing); no verdict."""


class CheckStop:
    """Stops a running check from another thread (sqlite3's interrupt(): no callback into
    Python while SQLite works, so the check never waits for the GUI thread's GIL)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Any = None
        self.stopped = False

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    def attach(self, conn: Any) -> None:
        with self._lock:
            if self.stopped:
                raise CheckCancelled()
            self._conn = conn

    def detach(self) -> None:
        with self._lock:
            self._conn = None


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
            made_at = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        reason = parts[3] if len(parts) > 3 else ""
        found.append(BackupInfo(path, made_at, reason, path.stat().st_size))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


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


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes spaces, '#' and '?' in folder names."""
    return Path(path).resolve().as_uri() + "?mode=ro"


# --- checks ----------------------------------------------------------------------------------
def integrity_problem(
    path: Path, *, quick: bool = False, cancel: CheckStop | None = None
) -> str | None:
    """None when SQLite finds the file sound, else its first complaint. `cancel.stop()`
    stops a running check with CheckCancelled."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = cipher.connect(path, read_only=True)
    except (ProfdeskError, *cipher.ERRORS) as exc:
        return str(exc)
    try:
        if cancel is not None:
            cancel.attach(conn)
        rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    except cipher.ERRORS as exc:
        if cancel is not None and cancel.stopped:
            raise CheckCancelled() from exc
        return str(exc)
    finally:
        if cancel is not None:
            cancel.detach()
        conn.close()
    result = rows[0][0] if rows else "no answer"
    return None if result == "ok" else str(result)


# --- the verdicts on backup copies -----------------------------------------------------------
def _read_verdicts(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / VERDICTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


def known_verdict(path: Path) -> bool | None:
    """What the last full check of this copy said, if the copy has not changed since."""
    try:
        entry = _read_verdicts(path.parent).get(path.name)
        if isinstance(entry, dict) and entry.get("stamp") == _stamp(path):
            return bool(entry.get("ok"))
    except OSError:
        pass
    return None


def remember_verdict(path: Path, ok: bool) -> None:
    """Note a copy's verdict (best effort: a lost note only means one more check)."""
    folder = path.parent
    with _verdicts_lock:
        try:
            verdicts = _read_verdicts(folder)
            verdicts = {n: v for n, v in verdicts.items() if (folder / n).exists()}
            verdicts[path.name] = {"stamp": _stamp(path), "ok": ok}
            tmp = folder / f"{VERDICTS_FILE}.{os.getpid()}.{threading.get_ident()}"
            tmp.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, folder / VERDICTS_FILE)
        except OSError:
            pass


def verify_backup(info: BackupInfo) -> str:
    """The copy's state, checking it in full (integrity_check) unless its verdict is known;
    a copy whose password is not known here stays unchecked."""
    known = known_verdict(info.path)
    if known is not None:
        return GOOD if known else DAMAGED
    if cipher.looks_encrypted(info.path) and cipher.key_for(info.path) is None:
        return UNCHECKED
    ok = integrity_problem(info.path) is None
    remember_verdict(info.path, ok)
    return GOOD if ok else DAMAGED


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
    if path.parent.name.endswith("-backups"):  # one of the program's own copies
        remember_verdict(path, problem is None)
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
    import subprocess  # here: a server's copy only; plain files' commands skip its import

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
